//! Helpers shared by the integration tests: an in-process app driven with
//! `tower::ServiceExt::oneshot`, and assertions on what a client sees.
#![allow(dead_code)] // each test crate uses its own subset

use axum::{
    body::{Body, Bytes},
    http::{header, HeaderMap, Method, Request, StatusCode},
    Router,
};
use http_body_util::BodyExt;
use injixo_backend::{app, db, AppState};
use serde_json::{json, Value};
use std::path::Path;
use tower::ServiceExt;

/// A key long enough (≥ 12 characters) for `last4` to reveal its last four.
pub const API_KEY: &str = "sk-live-0123456789-WXYZ";

/// One response, body read to the end.
#[derive(Debug)]
pub struct Res {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Res {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .get(name)
            .map(|v| v.to_str().expect("visible ASCII header"))
    }

    pub fn text(&self) -> String {
        String::from_utf8(self.body.to_vec()).expect("UTF-8 body")
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("body is not JSON ({e}): {}", self.text()))
    }
}

/// The application as a client sees it.
#[derive(Clone)]
pub struct Api {
    pub router: Router,
}

impl Api {
    /// In-memory database, no SPA build.
    pub fn new() -> Self {
        Self::with(
            db::open_in_memory().expect("in-memory db"),
            Path::new("/nonexistent/dist"),
        )
    }

    pub fn with(conn: rusqlite::Connection, dist: &Path) -> Self {
        Self {
            router: app(AppState::new(conn), dist, Path::new("/nonexistent/portal")),
        }
    }

    /// In-memory database, test hooks on (`POST /api/v1/test/clock`).
    pub fn with_test_hooks() -> Self {
        Self::from_state(AppState::with_test_hooks(
            db::open_in_memory().expect("in-memory db"),
        ))
    }

    /// No SPA build; keep a clone of `state` to reach its database directly.
    pub fn from_state(state: AppState) -> Self {
        Self {
            router: app(
                state,
                Path::new("/nonexistent/dist"),
                Path::new("/nonexistent/portal"),
            ),
        }
    }

    pub async fn send(&self, req: Request<Body>) -> Res {
        let res = self
            .router
            .clone()
            .oneshot(req)
            .await
            .expect("the router is infallible");
        let (parts, body) = res.into_parts();
        let body = body.collect().await.expect("body").to_bytes();
        Res {
            status: parts.status,
            headers: parts.headers,
            body,
        }
    }

    pub async fn get(&self, path: &str) -> Res {
        self.send(request(Method::GET, path, &[], Body::empty()))
            .await
    }

    /// `POST` with a JSON body and extra headers.
    pub async fn post(&self, path: &str, body: &Value, headers: &[(&str, &str)]) -> Res {
        let mut all = vec![("content-type", "application/json")];
        all.extend_from_slice(headers);
        self.send(request(
            Method::POST,
            path,
            &all,
            Body::from(serde_json::to_vec(body).expect("JSON")),
        ))
        .await
    }

    /// `PATCH` with a JSON body and extra headers.
    pub async fn patch(&self, path: &str, body: &Value, headers: &[(&str, &str)]) -> Res {
        let mut all = vec![("content-type", "application/json")];
        all.extend_from_slice(headers);
        self.send(request(
            Method::PATCH,
            path,
            &all,
            Body::from(serde_json::to_vec(body).expect("JSON")),
        ))
        .await
    }

    /// `PATCH /integrations/{id}`.
    pub async fn update(&self, id: &str, body: &Value) -> Res {
        self.patch(&format!("/api/v1/integrations/{id}"), body, &[])
            .await
    }

    pub async fn delete(&self, path: &str) -> Res {
        self.send(request(Method::DELETE, path, &[], Body::empty()))
            .await
    }

    /// `POST` without a body (`/pause`, `/resume`).
    pub async fn post_empty(&self, path: &str) -> Res {
        self.send(request(Method::POST, path, &[], Body::empty()))
            .await
    }

    /// Creates an integration, asserts 201 and returns it.
    pub async fn created(&self, body: &Value) -> Value {
        let res = self.create(body).await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
        res.json()
    }

    pub async fn create(&self, body: &Value) -> Res {
        self.post("/api/v1/integrations", body, &[]).await
    }

    pub async fn create_with_key(&self, body: &Value, key: &str) -> Res {
        self.post("/api/v1/integrations", body, &[("idempotency-key", key)])
            .await
    }

    /// `POST /integrations/{id}/app-key` with a JSON body and extra headers.
    pub async fn app_key(&self, id: &str, body: &Value, headers: &[(&str, &str)]) -> Res {
        let path = format!("/api/v1/integrations/{id}/app-key");
        self.post(&path, body, headers).await
    }

    /// `POST /external-systems/contact-events` with this `Authorization` value.
    pub async fn events(&self, authorization: Option<&str>, body: &Value) -> Res {
        let headers: Vec<(&str, &str)> = authorization
            .map(|a| vec![("authorization", a)])
            .unwrap_or_default();
        self.post("/external-systems/contact-events", body, &headers)
            .await
    }

    /// Creates a Freshchat integration and returns its id.
    pub async fn create_freshchat(&self, name: &str) -> String {
        let sub = name.to_lowercase().replace(' ', "-");
        let res = self
            .create(&freshchat(name, &format!("{sub}.freshchat.com"), API_KEY))
            .await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
        res.json()["id"].as_str().expect("id").to_string()
    }

    pub async fn integration(&self, id: &str) -> Value {
        let res = self.get(&format!("/api/v1/integrations/{id}")).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.text());
        res.json()
    }

    /// Every integration: all pages of `GET /integrations`, in order.
    pub async fn list(&self) -> Vec<Value> {
        let mut items = Vec::new();
        let mut path = "/api/v1/integrations?limit=200".to_string();
        loop {
            let res = self.get(&path).await;
            assert_eq!(res.status, StatusCode::OK, "{}", res.text());
            let page = res.json();
            items.extend(page["items"].as_array().expect("items").iter().cloned());
            match page["next_cursor"].as_str() {
                Some(c) => path = format!("/api/v1/integrations?limit=200&cursor={c}"),
                None => return items,
            }
        }
    }
}

pub fn request(method: Method, path: &str, headers: &[(&str, &str)], body: Body) -> Request<Body> {
    let mut req = Request::builder().method(method).uri(path);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    req.body(body).expect("request")
}

/// A create request for a Freshchat integration.
pub fn freshchat(name: &str, domain: &str, api_key: &str) -> Value {
    json!({
        "name": name,
        "model": "freshchat",
        "settings": { "domain": domain, "api_key": api_key },
    })
}

/// A valid create request for each model other than Freshchat, by model id.
pub fn valid_create(model: &str, name: &str) -> Value {
    let settings = match model {
        "freshdesk" => json!({ "domain": "acme.freshdesk.com", "api_key": API_KEY }),
        "freshdesk-contact-center" => json!({
            "domain": "acme.freshcaller.com",
            "api_key": API_KEY,
            "group_queues_by": "routing",
        }),
        "five9" => json!({
            "username": "wfm-import",
            "password": API_KEY,
            "account_region": "europe",
            "group_queues_by": "skills",
        }),
        "zendesk" => json!({
            "domain": "acme.zendesk.com",
            "username": "admin@acme.example",
            "api_token": API_KEY,
            "group_queues_by": "ivr",
        }),
        "genesys-cloud" => json!({
            "api_key": "3f1c0d2e-client-id",
            "api_secret": API_KEY,
            "account_region": "emea_frankfurt",
        }),
        "vonage" => json!({
            "client_id": "vonage-client-17",
            "client_secret": API_KEY,
            "account_region": "emea",
            "group_queues_by": "queues",
        }),
        "talkdesk" => json!({
            "account_name": "acme",
            "client_id": "talkdesk-client-17",
            "client_secret": API_KEY,
            "account_region": "europe",
        }),
        "ujet" => json!({
            "subdomain": "acme",
            "company_key": "company-key-17",
            "company_secret_code": API_KEY,
        }),
        // Without the detailed break statuses: no web service fields.
        "odigo" => json!({
            "tech_account": "tech-account",
            "tech_password": API_KEY,
            "api_domain": "api.acme.odigo.example",
            "app_id": "app-17",
            "instance": "acme",
            "user_name": "odigo-user",
            "statistics_table_id": 42,
            "ivr_timezone": "Europe/Paris",
        }),
        "injixo-api" => json!({}),
        other => panic!("no valid request for {other}"),
    };
    json!({ "name": name, "model": model, "settings": settings })
}

/// A `ContactEvents` body with one chat.
pub fn contact_events() -> Value {
    json!({
        "data": [{
            "properties": { "offered": true, "handled": true, "duration": 312.5 },
            "queueName": "Support EN",
            "queueIdentifier": "queue-17",
            "timestamp": "2025-01-31T09:30:00Z",
            "channel": "chats",
        }],
    })
}

/// Asserts a problem response of this status and code, with a request id that
/// matches the `X-Request-Id` header; returns the body.
#[track_caller]
pub fn assert_problem(res: &Res, status: StatusCode, code: &str) -> Value {
    assert_eq!(res.status, status, "{}", res.text());
    assert_eq!(
        res.header(header::CONTENT_TYPE.as_str()),
        Some("application/problem+json")
    );
    let problem = res.json();
    assert_eq!(problem["code"], code, "{problem}");
    assert_eq!(problem["status"], status.as_u16(), "{problem}");
    assert!(problem["title"].as_str().is_some_and(|t| !t.is_empty()));
    assert!(problem["type"].as_str().is_some_and(|t| !t.is_empty()));
    let rid = problem["request_id"].as_str().expect("request_id");
    assert!(!rid.is_empty(), "empty request_id");
    assert_eq!(res.header("x-request-id"), Some(rid));
    problem
}

/// `errors` of a problem as `(field, code)` pairs.
pub fn field_errors(problem: &Value) -> Vec<(String, String)> {
    problem["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|e| {
                    (
                        e["field"].as_str().expect("field").to_string(),
                        e["code"].as_str().expect("code").to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

pub fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(f, c)| (f.to_string(), c.to_string()))
        .collect()
}

/// Asserts a 422 `validation_failed` with exactly these field errors.
#[track_caller]
pub fn assert_field_errors(res: &Res, expected: &[(&str, &str)]) {
    let problem = assert_problem(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
    assert_eq!(field_errors(&problem), pairs(expected));
}
