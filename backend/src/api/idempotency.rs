//! `Idempotency-Key` for POST endpoints: a retried request with the same key and
//! body gets the first response again instead of doing the work twice.
//!
//! Keys are stored scoped by method and path (`POST /api/v1/integrations/7/app-key
//! <key>`), so one client key used on two endpoints, or on two integrations, means
//! two unrelated requests. Only successes are remembered: a failed or abandoned
//! request releases its key so it can be sent again, corrected or not.

use crate::{
    credentials::hex_sha256,
    db::{self, Claim},
    problem::ApiError,
    state::AppState,
};
use axum::{
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use injixo_contract::{ErrorCode, IDEMPOTENCY_KEY_HEADER};
use serde::Serialize;

/// Longest accepted key, in bytes.
const KEY_MAX: usize = 255;

/// The outcome of `begin`.
pub enum Begun {
    /// Do the work, then `Guard::complete` with the response to remember.
    Proceed(Guard),
    /// The same request succeeded before: answer with its status and JSON body
    /// (see `replayed`).
    Replay(StatusCode, String),
}

/// Reads the `Idempotency-Key` header and claims it for this request.
///
/// `scope` is the request's method and path; `request` the parsed body, whose digest
/// tells a retry from a reuse of the key for something else; with `ttl_secs` the
/// remembered response is forgotten that long after the claim.
pub fn begin(
    state: &AppState,
    headers: &HeaderMap,
    scope: &str,
    request: &impl Serialize,
    ttl_secs: Option<i64>,
) -> Result<Begun, ApiError> {
    let mut guard = Guard {
        state: state.clone(),
        key: None,
    };
    let Some(key) = key_of(headers)? else {
        return Ok(Begun::Proceed(guard));
    };
    let scoped = format!("{scope} {key}");
    let now = state.clock.now();
    let expires_at = ttl_secs.map(|s| crate::clock::format(now + time::Duration::seconds(s)));
    let claim = {
        let conn = state.db.lock().expect("db lock");
        db::claim_idempotency(
            &conn,
            &scoped,
            &fingerprint(request),
            &crate::clock::format(now),
            expires_at.as_deref(),
        )?
    };
    match claim {
        Claim::Fresh => {
            guard.key = Some(scoped);
            Ok(Begun::Proceed(guard))
        }
        Claim::Replay(status, body) => Ok(Begun::Replay(
            StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
            body,
        )),
        Claim::Mismatch => Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::IdempotencyKeyReused,
        )),
        Claim::InProgress => {
            let mut e = ApiError::new(StatusCode::CONFLICT, ErrorCode::RequestInProgress);
            e.retry_after = Some(1);
            Err(e)
        }
    }
}

fn key_of(headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    let Some(value) = headers.get(IDEMPOTENCY_KEY_HEADER) else {
        return Ok(None);
    };
    let key = value.to_str().map_err(|_| ApiError::bad_request())?;
    if key.is_empty() || key.len() > KEY_MAX {
        return Err(ApiError::bad_request());
    }
    Ok(Some(key.to_owned()))
}

/// A digest of the request, so a reused key is detected without storing the
/// request (which may hold secrets).
fn fingerprint(request: &impl Serialize) -> String {
    let bytes = serde_json::to_vec(request).expect("request serializes");
    hex_sha256(&bytes)
}

/// An Idempotency-Key claimed by this request and not completed yet. Dropping it
/// releases the key: after an error, and also when the handler is dropped mid-way
/// (the client hung up while the vendor was verifying) or panics, which would
/// otherwise leave the key "in progress" forever.
pub struct Guard {
    state: AppState,
    key: Option<String>,
}

impl Guard {
    /// Remembers the response for replays (nothing to do without a key).
    pub fn complete(mut self, status: StatusCode, body: &impl Serialize) -> Result<(), ApiError> {
        if let Some(key) = self.key.take() {
            let body = serde_json::to_string(body).expect("response serializes");
            let conn = self.state.db.lock().expect("db lock");
            if let Err(e) = db::complete_idempotency(&conn, &key, status.as_u16(), &body) {
                // Not remembered, so not replayable: let a retry do it afresh.
                let _ = db::release_idempotency(&conn, &key);
                return Err(e.into());
            }
        }
        Ok(())
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        if let Some(key) = self.key.take() {
            let conn = self
                .state
                .db
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if let Err(e) = db::release_idempotency(&conn, &key) {
                eprintln!("cannot release an Idempotency-Key: {e}");
            }
        }
    }
}

/// The remembered response, marked `Idempotent-Replayed: true`; the endpoint adds
/// any headers of the first response that are not part of the body.
pub fn replayed(status: StatusCode, body: String) -> Response {
    let mut res = (status, body).into_response();
    let headers = res.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    headers.insert("Idempotent-Replayed", HeaderValue::from_static("true"));
    res
}
