//! `/external-systems`: where the vendor-side injixo app delivers data, modelled on
//! the public injixo API. Not part of `/api/v1` (which the SPA uses with the admin's
//! session): the caller is a machine that proves itself with an injixo API key.

use crate::{
    api::{key_hash, ApiJson},
    db,
    problem::ApiError,
    AppState,
};
use axum::{
    extract::{FromRequest, Request, State},
    http::{header, HeaderMap, StatusCode},
    routing::post,
    Json, Router,
};
use injixo_contract::{ContactEvents, ErrorCode, EventsAccepted};

pub const PREFIX: &str = "/external-systems";

pub fn router(state: AppState) -> Router {
    Router::new()
        .route(
            "/contact-events",
            post(contact_events).fallback(|| async {
                ApiError::new(StatusCode::METHOD_NOT_ALLOWED, ErrorCode::BadRequest)
            }),
        )
        // Unknown paths here are API 404s, not the SPA's index.html.
        .fallback(|| async { ApiError::not_found() })
        .with_state(state)
}

/// `POST /external-systems/contact-events`: authenticates the key before looking at
/// the body, so a caller without a valid key learns nothing about its request.
async fn contact_events(
    State(state): State<AppState>,
    req: Request,
) -> Result<(StatusCode, Json<EventsAccepted>), ApiError> {
    let hash = bearer_token(req.headers())
        .map(key_hash)
        .ok_or_else(|| unauthorized(CHALLENGE))?;
    let known = {
        let conn = state.db.lock().expect("db lock");
        db::app_key_known(&conn, &hash)?
    };
    if !known {
        return Err(unauthorized(CHALLENGE_INVALID));
    }
    let ApiJson(events) = ApiJson::<ContactEvents>::from_request(req, &()).await?;
    let timestamps_ok = events
        .data
        .iter()
        .all(|e| crate::clock::parse(&e.timestamp).is_some());
    if events.data.is_empty() || !timestamps_ok {
        return Err(ApiError::bad_request());
    }
    // The reference backend does not keep the events themselves; what the
    // integration page shows is when data last arrived.
    let now = state.clock.now_rfc3339();
    let recorded = {
        let conn = state.db.lock().expect("db lock");
        db::record_events(&conn, &hash, &now)?
    };
    // The key was replaced while the body was being read.
    if recorded.is_none() {
        return Err(unauthorized(CHALLENGE_INVALID));
    }
    Ok((
        StatusCode::ACCEPTED,
        Json(EventsAccepted {
            accepted: events.data.len(),
        }),
    ))
}

/// RFC 6750 challenges: without credentials, and with credentials that are not
/// (or no longer) valid.
pub(crate) const CHALLENGE: &str = "Bearer realm=\"injixo\"";
const CHALLENGE_INVALID: &str = "Bearer realm=\"injixo\", error=\"invalid_token\"";

fn unauthorized(challenge: &'static str) -> ApiError {
    let mut e = ApiError::new(StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized);
    e.www_authenticate = Some(challenge);
    e
}

/// The token of `Authorization: Bearer <token>` (the scheme is case-insensitive).
/// Also how `/api/v1` reads a session id sent as a bearer token.
pub(crate) fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn reads_only_bearer_tokens() {
        let token = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(header::AUTHORIZATION, HeaderValue::from_str(v).unwrap());
            bearer_token(&h).map(str::to_owned)
        };
        assert_eq!(token("Bearer ixk_abc").as_deref(), Some("ixk_abc"));
        assert_eq!(token("bearer  ixk_abc ").as_deref(), Some("ixk_abc"));
        assert_eq!(token("Basic dXNlcjpwdw=="), None);
        assert_eq!(token("Bearer "), None);
        assert_eq!(token("ixk_abc"), None);
        assert_eq!(bearer_token(&HeaderMap::new()), None);
    }
}
