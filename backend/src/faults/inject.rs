//! The middleware that applies the rules of `super::FaultState` to each request:
//! canned problem responses, delays, and connections closed without an answer.

use super::{FaultState, Kind};
use crate::{
    credentials::{BEARER_CHALLENGE, SESSION_CHALLENGE},
    problem::ApiError,
    request_id::LogNote,
};
use axum::{
    body::{Body, Bytes, HttpBody},
    extract::{Request, State},
    http::{header, HeaderValue, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use injixo_contract::{ErrorCode, API_PREFIX};
use std::{
    pin::Pin,
    task::{Context, Poll},
    time::Duration,
};

/// Installed on the whole app (only with the test hooks), inside the request id and
/// security headers, so that faulted answers carry both like real ones.
pub async fn middleware(State(faults): State<FaultState>, req: Request, next: Next) -> Response {
    let path = req.uri().path();
    let hook = path
        .strip_prefix(API_PREFIX)
        .is_some_and(|rest| rest == "/test" || rest.starts_with("/test/"));
    let rule = if hook {
        None
    } else {
        faults.take(req.method().as_str(), path)
    };
    let Some(rule) = rule else {
        return next.run(req).await;
    };
    let sleep =
        |default_ms| tokio::time::sleep(Duration::from_millis(rule.ms.unwrap_or(default_ms)));
    let mut res = match rule.fault {
        Kind::Latency => {
            sleep(1000).await;
            next.run(req).await
        }
        Kind::Hang => {
            sleep(60_000).await;
            aborted()
        }
        Kind::Drop => aborted(),
        Kind::Malformed => {
            let mut res = (StatusCode::OK, "{\"items\": [{\"id\": ").into_response();
            res.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            res
        }
        Kind::Internal => {
            ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal).into_response()
        }
        Kind::Unavailable => retry_after(
            StatusCode::SERVICE_UNAVAILABLE,
            ErrorCode::VendorUnavailable,
        ),
        Kind::Unauthorized => {
            let mut e = ApiError::new(StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized);
            // The challenge a real 401 of this path carries.
            e.www_authenticate = Some(if path.starts_with(API_PREFIX) {
                SESSION_CHALLENGE
            } else {
                BEARER_CHALLENGE
            });
            e.into_response()
        }
        Kind::Forbidden => {
            ApiError::new(StatusCode::FORBIDDEN, ErrorCode::Forbidden).into_response()
        }
        Kind::InProgress => retry_after(StatusCode::CONFLICT, ErrorCode::RequestInProgress),
        Kind::Invalid => ApiError::validation(Vec::new()).into_response(),
    };
    // The request log (outside this layer) adds `fault=<kind>` to the request's
    // line, and `-` for the status when the client gets no response at all.
    res.extensions_mut().insert(LogNote {
        text: format!("fault={}", rule.fault.as_str()),
        answered: rule.fault.answers(),
    });
    res
}

fn retry_after(status: StatusCode, code: ErrorCode) -> Response {
    let mut e = ApiError::new(status, code);
    e.retry_after = Some(1);
    e.into_response()
}

/// A response that hyper never sends: its body fails before the first byte, and
/// hyper answers a failing body by closing the connection. The status line and
/// headers are still in hyper's write buffer then (it flushes them with the first
/// body bytes), so the client sees the connection end with no response at all.
/// (Not so for `HEAD`, whose body hyper never polls: it gets the bare 200 head.)
fn aborted() -> Response {
    Response::new(Body::new(Abort))
}

struct Abort;

impl HttpBody for Abort {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, std::io::Error>>> {
        Poll::Ready(Some(Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionAborted,
            "fault injection: connection dropped",
        ))))
    }
}
