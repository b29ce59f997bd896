//! The admin's session (`/api/v1/session`) and its CSRF protection.
//!
//! A host page (the account portal, or the reference backend's demo portal) logs the
//! admin in with `POST /api/v1/session`; the server answers with two cookies: the
//! session id in `SESSION_COOKIE` (HttpOnly, so no script can read it) and the CSRF
//! token in `CSRF_COOKIE` (readable, so the page can copy it into `CSRF_HEADER`).
//! Every request that changes something and carries the session cookie must send
//! that header: a page of another site can make the browser send the cookie, but it
//! can neither read the token nor set the header (double-submit).

use serde::{Deserialize, Serialize};

/// The HttpOnly cookie with the session id.
pub const SESSION_COOKIE: &str = "ixi_session";

/// The script-readable cookie with the session's CSRF token.
pub const CSRF_COOKIE: &str = "ixi_csrf";

/// The header that must repeat the CSRF token on POST, PATCH, PUT and DELETE.
pub const CSRF_HEADER: &str = "X-CSRF-Token";

/// Longest accepted `user`, in characters.
pub const SESSION_USER_MAX_LEN: usize = 80;

/// `POST /api/v1/session` body. The reference backend has no passwords: any
/// non-empty name of at most `SESSION_USER_MAX_LEN` characters logs in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreateSession {
    pub user: String,
}

/// `POST` and `GET /api/v1/session` response.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInfo {
    pub user: String,
    /// The value `CSRF_HEADER` must carry; also in the `CSRF_COOKIE` cookie.
    pub csrf_token: String,
}
