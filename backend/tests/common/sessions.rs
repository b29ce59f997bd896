//! Helpers of the session tests: a backend in one `AUTH_MODE`, logging in, and
//! reading `Set-Cookie`.
#![allow(dead_code)] // each test crate uses its own subset

use super::common::*;
use axum::{
    body::Body,
    http::{Method, StatusCode},
};
use injixo_backend::{config::AuthMode, db, AppState};
use serde_json::json;

/// Test hooks on, in this mode.
pub fn api(mode: AuthMode) -> Api {
    let mut state = AppState::with_test_hooks(db::open_in_memory().unwrap());
    state.auth_mode = mode;
    Api::from_state(state)
}

/// A logged-in browser: the session id (the `ixi_session` cookie) and CSRF token.
pub struct Login {
    pub id: String,
    pub csrf: String,
}

impl Login {
    pub fn cookie(&self) -> String {
        format!("ixi_session={}; ixi_csrf={}", self.id, self.csrf)
    }
}

pub fn set_cookies(res: &Res) -> Vec<String> {
    res.headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_string())
        .collect()
}

/// The `Set-Cookie` of this cookie, as `(value, attributes)`.
pub fn set_cookie(res: &Res, name: &str) -> (String, Vec<String>) {
    let line = set_cookies(res)
        .into_iter()
        .find(|c| c.starts_with(&format!("{name}=")))
        .unwrap_or_else(|| panic!("no Set-Cookie {name}: {:?}", set_cookies(res)));
    let mut parts = line.split(';').map(|p| p.trim().to_string());
    let value = parts.next().unwrap()[name.len() + 1..].to_string();
    (value, parts.collect())
}

pub async fn login(api: &Api, user: &str) -> Login {
    let res = api
        .post("/api/v1/session", &json!({ "user": user }), &[])
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    Login {
        id: set_cookie(&res, "ixi_session").0,
        csrf: res.json()["csrf_token"].as_str().unwrap().to_string(),
    }
}

pub async fn send(api: &Api, method: Method, path: &str, headers: &[(&str, &str)]) -> Res {
    let mut all = vec![("content-type", "application/json")];
    all.extend_from_slice(headers);
    let body = if method == Method::POST && path.ends_with("/integrations") {
        freshchat("Chat", "acme.freshchat.com", API_KEY).to_string()
    } else if method == Method::PATCH {
        json!({ "name": "Renamed" }).to_string()
    } else {
        String::new()
    };
    api.send(request(method, path, &all, Body::from(body)))
        .await
}
