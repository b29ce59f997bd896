//! `POST /integrations/{id}/app-key`: the injixo API key that the admin pastes into
//! the vendor-side injixo app (or, for an injixo API integration, into their own
//! application), which sends it as `Authorization: Bearer <key>` to
//! `POST /external-systems/contact-events`.
//!
//! The key is returned exactly once. The database keeps its SHA-256 and last four
//! characters; the only other copy is an idempotent replay, kept for
//! `REPLAY_TTL_SECS` so that a retried POST gets the same key rather than a second
//! one that silently invalidates the first.

use super::idempotency::{self, Begun};
use crate::{credentials::key_hash, db, json::ApiJson, problem::ApiError, state::AppState};
use axum::{
    extract::{Path, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use injixo_contract::{AppKeyInfo, ErrorCode, GenerateAppKey, GeneratedAppKey};
use sha2::{Digest, Sha256};

/// How long an Idempotency-Key replay of this endpoint (which holds the plaintext
/// key) is kept: long enough for a client's retries, short enough that the key is
/// not lying around.
pub const REPLAY_TTL_SECS: i64 = 10 * 60;

/// Every key starts with this, so a key is recognisable in the app's settings and
/// in secret scanners.
pub const KEY_PREFIX: &str = "ixk_";

pub async fn generate(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<GenerateAppKey>,
) -> Result<Response, ApiError> {
    let scope = format!(
        "POST {}/integrations/{id}/app-key",
        injixo_contract::API_PREFIX
    );
    let guard = match idempotency::begin(&state, &headers, &scope, &req, Some(REPLAY_TTL_SECS))? {
        Begun::Proceed(guard) => guard,
        Begun::Replay(status, body) => return Ok(no_store(idempotency::replayed(status, body))),
    };
    let generated = generate_fresh(&state, &id, &req)?;
    guard.complete(StatusCode::CREATED, &generated)?;
    Ok(no_store(
        (StatusCode::CREATED, Json(generated)).into_response(),
    ))
}

fn generate_fresh(
    state: &AppState,
    id: &str,
    req: &GenerateAppKey,
) -> Result<GeneratedAppKey, ApiError> {
    // One lock from the check to the write: two concurrent requests without
    // `replace` cannot both find "no key yet".
    let conn = state.db.lock().expect("db lock");
    let stored = db::get_integration(&conn, id)?.ok_or_else(ApiError::not_found)?;
    // The injixo app's key, or the key of an *Access injixo API* integration whose
    // sender is the customer's own application: the same kind of key either way.
    let uses_key = state
        .catalogue
        .model(&stored.integration.model)
        .is_some_and(|(_, m)| m.key_use.is_some());
    if !uses_key {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::AppNotRequired,
        ));
    }
    if stored.integration.app_key.is_some() && !req.replace {
        return Err(ApiError::new(StatusCode::CONFLICT, ErrorCode::AppKeyExists));
    }
    let key = new_key();
    let info = AppKeyInfo {
        last4: injixo_contract::rules::last4(&key),
        created_at: state.clock.now_rfc3339(),
        last_used_at: None,
    };
    db::set_app_key(&conn, id, &key_hash(&key), &info)?;
    Ok(GeneratedAppKey { key, info })
}

/// `ixk_` and 40 base64url characters (240 bits).
fn new_key() -> String {
    format!("{KEY_PREFIX}{}", random_token())
}

/// 40 base64url characters, 240 random bits (keys, session ids, CSRF tokens). The
/// randomness is two v4 UUIDs, 244 bits from the operating system's CSPRNG;
/// SHA-256 spreads them evenly over the bytes (the UUIDs' fixed version and variant
/// bits are not random).
pub(crate) fn random_token() -> String {
    let mut seed = [0u8; 32];
    seed[..16].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
    seed[16..].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
    let digest = Sha256::digest(seed);
    base64url(&digest[..30])
}

/// Unpadded base64url (RFC 4648 §5) of a whole number of 3-byte groups.
fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    debug_assert_eq!(bytes.len() % 3, 0);
    bytes
        .chunks(3)
        .flat_map(|c| {
            let n = (u32::from(c[0]) << 16) | (u32::from(c[1]) << 8) | u32::from(c[2]);
            [18, 12, 6, 0].map(|shift| char::from(ALPHABET[(n >> shift & 63) as usize]))
        })
        .collect()
}

/// The body holds a secret: no cache may keep it.
pub(crate) fn no_store(mut res: Response) -> Response {
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_prefixed_url_safe_and_distinct() {
        let a = new_key();
        let b = new_key();
        assert_ne!(a, b);
        let body = a.strip_prefix(KEY_PREFIX).expect("prefix");
        assert_eq!(body.len(), 40);
        assert!(body
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert_eq!(injixo_contract::rules::last4(&a).len(), 4);
    }

    #[test]
    fn base64url_matches_rfc_4648() {
        assert_eq!(base64url(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64url(&[0xfb, 0xff, 0xbf]), "-_-_");
    }
}
