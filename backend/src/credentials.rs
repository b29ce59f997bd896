//! How credentials are read, stored and asked for, shared by both HTTP surfaces:
//! `/api/v1` (admin sessions, see `api::session`) and `/external-systems` (injixo
//! API keys, see `external`), and by the test-only fault injection, which must
//! answer a faulted 401 with the challenge a real one of that path carries.
//!
//! It lives below all of them so that none imports another for these few items.

use axum::http::{header, HeaderMap};
use sha2::{Digest, Sha256};

/// The `WWW-Authenticate` challenge of an `/api/v1` 401 for want of a session
/// (RFC 9110 wants one; browsers show no login dialog for this scheme).
pub const SESSION_CHALLENGE: &str = "Session realm=\"injixo\"";

/// RFC 6750 challenge of an `/external-systems` 401 without credentials.
pub const BEARER_CHALLENGE: &str = "Bearer realm=\"injixo\"";

/// RFC 6750 challenge of an `/external-systems` 401 with credentials that are not
/// (or no longer) valid.
pub const BEARER_CHALLENGE_INVALID: &str = "Bearer realm=\"injixo\", error=\"invalid_token\"";

/// The token of `Authorization: Bearer <token>` (the scheme is case-insensitive):
/// an injixo API key on `/external-systems`, a session id on `/api/v1`.
pub fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// What the database keeps of an injixo API key or a session id, and looks a
/// presented one up by.
pub fn key_hash(key: &str) -> String {
    hex_sha256(key.as_bytes())
}

/// Lowercase hex SHA-256: `key_hash`, and the fingerprint by which an
/// Idempotency-Key request is told from a reuse of the key.
pub fn hex_sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
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
