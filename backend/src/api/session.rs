//! `/api/v1/session` and the session check in front of every `/api/v1` request.
//!
//! A session is a random id, sent as the HttpOnly cookie `ixi_session` (or, for
//! hosts that prefer it, as `Authorization: Bearer <id>`), and a CSRF token, sent
//! as the readable cookie `ixi_csrf`. The reference backend has no passwords: any
//! user name logs in. With `AUTH_MODE=session` every request but `GET /health` and
//! `POST`/`GET /session` needs a session; in both modes a request that carries a
//! valid session cookie and changes something must repeat the CSRF token in
//! `X-CSRF-Token` (double submit: another site can make the browser send the
//! cookie, but cannot read the token or set the header). A bearer token needs no
//! CSRF token: browsers never attach it on their own. The injixo Cloud Link
//! client's endpoints (`/cloud-link/client/…`) use neither: the client proves
//! itself with its own token, in either mode.

use super::app_key::{no_store, random_token};
use crate::{
    clock,
    config::AuthMode,
    credentials::{bearer_token, key_hash, SESSION_CHALLENGE},
    db,
    json::ApiJson,
    problem::ApiError,
    state::AppState,
};
use axum::{
    extract::{Request, State},
    http::{header, HeaderMap, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
    Extension, Json,
};
use db::SessionRow;
use injixo_contract::{
    CreateSession, ErrorCode, FieldError, FieldErrorCode, SessionInfo, API_PREFIX, CSRF_COOKIE,
    CSRF_HEADER, SESSION_COOKIE, SESSION_USER_MAX_LEN,
};

/// Paths of the injixo Cloud Link client's endpoints, below `/api/v1`.
pub const CLOUD_LINK_CLIENT_PREFIX: &str = "/cloud-link/client/";

/// Sliding: each request with the session moves its end this far from now.
pub const SESSION_TTL_SECS: i64 = 8 * 3600;

/// The request's session, put into its extensions by `middleware`.
#[derive(Clone, Debug)]
pub struct Current {
    /// The SHA-256 of the session id (`credentials::key_hash`), its database key.
    pub id_hash: String,
    /// The user and CSRF token of the session.
    pub row: SessionRow,
    /// Whether it came as a cookie (which needs the CSRF header on changes).
    pub by_cookie: bool,
}

/// Runs in front of every `/api/v1` route (and its 404/405 fallbacks).
pub async fn middleware(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Result<Response, ApiError> {
    let path = req.uri().path();
    let path = path.strip_prefix(API_PREFIX).unwrap_or(path);
    // The injixo Cloud Link client authenticates with its own token (see
    // `cloud_link_client`), never with a session: no session, no CSRF check.
    if path.starts_with(CLOUD_LINK_CLIENT_PREFIX) {
        return Ok(next.run(req).await);
    }
    let method = req.method();
    let login = method == Method::POST && path == "/session";
    // The test hooks exist only with INJIXO_TEST_HOOKS=1 and must work for a test
    // that has no session (expiring every session is one of them).
    let test_hook = path.starts_with("/test/");
    let public = test_hook
        || (method == Method::GET && path == "/health")
        || ((method == Method::POST || method == Method::GET) && path == "/session");
    let changes = !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS);
    let current = find(&state, req.headers())?;
    match &current {
        Some(c) if c.by_cookie && changes && !login && !test_hook => {
            let sent = req.headers().get(CSRF_HEADER).and_then(|v| v.to_str().ok());
            if !sent.is_some_and(|t| same(t, &c.row.csrf_token)) {
                return Err(ApiError::new(StatusCode::FORBIDDEN, ErrorCode::CsrfFailed));
            }
        }
        None if state.auth_mode == AuthMode::Session && !public => return Err(unauthorized()),
        _ => {}
    }
    if let Some(c) = current {
        req.extensions_mut().insert(c);
    }
    Ok(next.run(req).await)
}

/// The live session of a bearer token, else of a session cookie; its expiry slides.
fn find(state: &AppState, headers: &HeaderMap) -> Result<Option<Current>, ApiError> {
    let bearer = bearer_token(headers).map(|id| (id, false));
    let cookies = cookies(headers, SESSION_COOKIE).map(|id| (id, true));
    let mut candidates = bearer.into_iter().chain(cookies).peekable();
    if candidates.peek().is_none() {
        return Ok(None);
    }
    let (now, until) = now_and_expiry(state);
    let conn = state.db.lock().expect("db lock");
    for (id, by_cookie) in candidates {
        let id_hash = key_hash(id);
        if let Some(row) = db::touch_session(&conn, &id_hash, &now, &until)? {
            return Ok(Some(Current {
                id_hash,
                row,
                by_cookie,
            }));
        }
    }
    Ok(None)
}

fn now_and_expiry(state: &AppState) -> (String, String) {
    let now = state.clock.now();
    let until = now + time::Duration::seconds(SESSION_TTL_SECS);
    (clock::format(now), clock::format(until))
}

/// Every value of the cookie `name` (a browser may send two, set for two paths).
fn cookies<'a>(headers: &'a HeaderMap, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(move |pair| {
            let (k, v) = pair.trim().split_once('=')?;
            (k == name && !v.is_empty()).then_some(v)
        })
}

/// Compares in time independent of where the strings differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0, |d, (x, y)| d | (x ^ y)) == 0
}

fn unauthorized() -> ApiError {
    let mut e = ApiError::new(StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized);
    e.www_authenticate = Some(SESSION_CHALLENGE);
    e
}

/// `POST /session`: logs in as `user`, replacing the session the browser had (a
/// fresh id each time, so an id planted before the login is worth nothing). Needs
/// no CSRF token: the JSON body's content type already keeps other sites' forms out.
pub async fn create(
    State(state): State<AppState>,
    current: Option<Extension<Current>>,
    ApiJson(req): ApiJson<CreateSession>,
) -> Result<Response, ApiError> {
    let user = req.user.trim();
    let problem = if user.is_empty() {
        Some(FieldErrorCode::Required)
    } else if user.chars().count() > SESSION_USER_MAX_LEN {
        Some(FieldErrorCode::TooLong)
    } else {
        None
    };
    if let Some(code) = problem {
        let field = "user".to_string();
        return Err(ApiError::validation(vec![FieldError { field, code }]));
    }
    let id = random_token();
    let row = SessionRow {
        user: user.to_string(),
        csrf_token: random_token(),
    };
    let (now, until) = now_and_expiry(&state);
    {
        let conn = state.db.lock().expect("db lock");
        if let Some(Extension(old)) = current {
            db::delete_session(&conn, &old.id_hash)?;
        }
        db::purge_expired_sessions(&conn, &now)?;
        db::insert_session(&conn, &key_hash(&id), &row, &now, &until)?;
    }
    let cookies = [
        format!("{SESSION_COOKIE}={id}; HttpOnly; SameSite=Lax; Path=/"),
        format!("{CSRF_COOKIE}={}; SameSite=Lax; Path=/", row.csrf_token),
    ];
    let mut res = no_store((StatusCode::CREATED, Json(info(row))).into_response());
    for cookie in cookies {
        let value = HeaderValue::from_str(&cookie).map_err(ApiError::internal)?;
        res.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(res)
}

/// `GET /session`: who is logged in, and the CSRF token (for a page that cannot read
/// the cookie, or lost it); 401 without a live session.
pub async fn get(current: Option<Extension<Current>>) -> Result<Response, ApiError> {
    let Extension(current) = current.ok_or_else(unauthorized)?;
    Ok(no_store(Json(info(current.row)).into_response()))
}

/// `DELETE /session`: forgets the session and clears both cookies.
pub async fn delete(
    State(state): State<AppState>,
    current: Option<Extension<Current>>,
) -> Result<Response, ApiError> {
    if let Some(Extension(current)) = current {
        let conn = state.db.lock().expect("db lock");
        db::delete_session(&conn, &current.id_hash)?;
    }
    let mut res = StatusCode::NO_CONTENT.into_response();
    let cleared = [
        format!("{SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0"),
        format!("{CSRF_COOKIE}=; SameSite=Lax; Path=/; Max-Age=0"),
    ];
    for cookie in cleared {
        let value = HeaderValue::from_str(&cookie).map_err(ApiError::internal)?;
        res.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(res)
}

fn info(row: SessionRow) -> SessionInfo {
    SessionInfo {
        user: row.user,
        csrf_token: row.csrf_token,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_value_of_one_cookie() {
        let mut h = HeaderMap::new();
        h.append(
            header::COOKIE,
            HeaderValue::from_static("a=1; ixi_session=x"),
        );
        h.append(
            header::COOKIE,
            HeaderValue::from_static("ixi_session=y;ixi_session="),
        );
        let found: Vec<_> = cookies(&h, SESSION_COOKIE).collect();
        assert_eq!(found, ["x", "y"]);
    }

    #[test]
    fn compares_whole_tokens() {
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "ab"));
        assert!(!same("", "a"));
    }
}
