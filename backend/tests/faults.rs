//! Fault injection (`/api/v1/test/faults`, only with the test hooks): every kind as
//! a client sees it, how rules match and count down, and that a faulted write
//! changes nothing. `drop` and `hang` are checked on a real TCP connection, since
//! what matters there is that no HTTP response arrives at all.

mod common;

use axum::http::StatusCode;
use common::*;
use injixo_backend::{db, faults::Rule, AppState};
use serde_json::{json, Value};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const FAULTS: &str = "/api/v1/test/faults";

/// An app with the test hooks and the given rules installed.
async fn faulted(rules: Value) -> (Api, AppState) {
    let state = AppState::with_test_hooks(db::open_in_memory().expect("db"));
    let api = Api::from_state(state.clone());
    let res = api.post(FAULTS, &json!({ "faults": rules }), &[]).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    (api, state)
}

fn one(method: &str, path: &str, fault: &str) -> Value {
    json!([{ "method": method, "path": path, "fault": fault }])
}

#[tokio::test]
async fn status_faults_answer_with_the_matching_problem() {
    let cases = [
        ("500", StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        ("503", StatusCode::SERVICE_UNAVAILABLE, "vendor_unavailable"),
        ("401", StatusCode::UNAUTHORIZED, "unauthorized"),
        ("403", StatusCode::FORBIDDEN, "forbidden"),
        ("409", StatusCode::CONFLICT, "request_in_progress"),
        ("422", StatusCode::UNPROCESSABLE_ENTITY, "validation_failed"),
    ];
    for (fault, status, code) in cases {
        let (api, _) = faulted(one("GET", "/api/v1/integrations", fault)).await;
        let res = api.get("/api/v1/integrations").await;
        let problem = assert_problem(&res, status, code);
        assert_eq!(field_errors(&problem), vec![], "{fault}: {problem}");
        // Like every real answer: the security headers are there too.
        assert!(res.header("content-security-policy").is_some(), "{fault}");
        let retry = matches!(fault, "503" | "409").then_some("1");
        assert_eq!(res.header("retry-after"), retry, "{fault}");
        let challenge = (fault == "401").then_some("Session realm=\"injixo\"");
        assert_eq!(res.header("www-authenticate"), challenge, "{fault}");
    }
}

#[tokio::test]
async fn malformed_is_a_200_json_response_that_is_not_json() {
    let (api, _) = faulted(one("GET", "/api/v1/catalogue", "malformed")).await;
    let res = api.get("/api/v1/catalogue").await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.header("content-type"), Some("application/json"));
    assert!(
        serde_json::from_slice::<Value>(&res.body).is_err(),
        "{}",
        res.text()
    );
}

#[tokio::test]
async fn latency_delays_and_then_handles_the_request() {
    let rules = json!([{ "method": "POST", "path": "/api/v1/integrations", "fault": "latency", "ms": 200 }]);
    let (api, _) = faulted(rules).await;
    let started = Instant::now();
    let id = api.create_freshchat("Slow").await;
    assert!(started.elapsed() >= Duration::from_millis(200));
    assert_eq!(api.integration(&id).await["name"], "Slow");
}

#[tokio::test]
async fn a_faulted_create_reaches_no_handler_and_stores_nothing() {
    for fault in ["500", "503", "401", "403", "409", "422", "malformed"] {
        let (api, _) = faulted(one("POST", "/api/v1/integrations", fault)).await;
        let res = api
            .create(&freshchat("Chat", "acme.freshchat.com", API_KEY))
            .await;
        assert_ne!(res.status, StatusCode::CREATED, "{fault}");
        api.delete(FAULTS).await;
        assert!(api.list().await.is_empty(), "{fault} stored something");
    }
}

#[tokio::test]
async fn times_counts_down_and_get_shows_what_is_left() {
    let rules = json!([{ "path": "/api/v1/account", "fault": "500", "times": 2 }]);
    let (api, _) = faulted(rules).await;
    assert_eq!(api.get(FAULTS).await.json()["faults"][0]["times"], 2);
    for _ in 0..2 {
        let res = api.get("/api/v1/account").await;
        assert_eq!(res.status, StatusCode::INTERNAL_SERVER_ERROR);
    }
    assert_eq!(api.get("/api/v1/account").await.status, StatusCode::OK);
    let listed = api.get(FAULTS).await.json();
    assert_eq!(listed["faults"][0]["times"], 0, "{listed}");
    assert_eq!(listed["faults"][0]["fault"], "500");
}

#[tokio::test]
async fn without_times_a_rule_applies_until_cleared() {
    let (api, _) = faulted(one("GET", "/api/v1/account", "503")).await;
    for _ in 0..3 {
        let res = api.get("/api/v1/account").await;
        assert_eq!(res.status, StatusCode::SERVICE_UNAVAILABLE);
    }
    assert!(api.get(FAULTS).await.json()["faults"][0]["times"].is_null());
    let res = api.post(FAULTS, &json!({ "faults": [] }), &[]).await;
    assert_eq!(res.json(), json!({ "faults": [] }));
    assert_eq!(api.get("/api/v1/account").await.status, StatusCode::OK);

    let res = api
        .post(
            FAULTS,
            &json!({ "faults": one("GET", "/api/v1/account", "500") }),
            &[],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    let res = api.delete(FAULTS).await;
    assert_eq!(res.status, StatusCode::NO_CONTENT);
    assert_eq!(api.get("/api/v1/account").await.status, StatusCode::OK);
    assert_eq!(api.get(FAULTS).await.json(), json!({ "faults": [] }));
}

#[tokio::test]
async fn paths_match_exactly_or_by_prefix_and_methods_when_given() {
    let rules = json!([{ "path": "/api/v1/integrations/*", "fault": "403" }]);
    let (api, _) = faulted(rules).await;
    assert_eq!(api.get("/api/v1/integrations").await.status, StatusCode::OK);
    assert_eq!(
        api.get("/api/v1/integrations/x").await.status,
        StatusCode::FORBIDDEN
    );
    let res = api.post_empty("/api/v1/integrations/x/pause").await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);

    let (api, _) = faulted(one("post", "/api/v1/integrations", "500")).await;
    assert_eq!(api.get("/api/v1/integrations").await.status, StatusCode::OK);
    assert_eq!(
        api.get("/api/v1/integrations/").await.status,
        StatusCode::NOT_FOUND
    );
    let res = api
        .create(&freshchat("Chat", "acme.freshchat.com", API_KEY))
        .await;
    assert_eq!(res.status, StatusCode::INTERNAL_SERVER_ERROR);

    // The first matching rule with hits left wins.
    let rules = json!([
        { "path": "/api/v1/health", "fault": "401", "times": 1 },
        { "path": "/api/v1/*", "fault": "409" },
    ]);
    let (api, _) = faulted(rules).await;
    assert_eq!(
        api.get("/api/v1/health").await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(api.get("/api/v1/health").await.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn the_test_hooks_themselves_are_never_faulted() {
    let (api, _) = faulted(json!([{ "path": "/*", "fault": "500" }])).await;
    assert_eq!(
        api.get("/api/v1/health").await.status,
        StatusCode::INTERNAL_SERVER_ERROR
    );
    assert_eq!(api.get(FAULTS).await.status, StatusCode::OK);
    let clock = api
        .post("/api/v1/test/clock", &json!({ "advance_seconds": 1 }), &[])
        .await;
    assert_eq!(clock.status, StatusCode::OK);
    let res = api.post(FAULTS, &json!({ "faults": [] }), &[]).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(api.get("/api/v1/health").await.status, StatusCode::OK);
}

#[tokio::test]
async fn external_systems_are_faulted_too() {
    let (api, _) = faulted(one("POST", "/external-systems/*", "401")).await;
    let res = api
        .events(Some("Bearer ixk_whatever"), &contact_events())
        .await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
    assert_eq!(
        res.header("www-authenticate"),
        Some("Bearer realm=\"injixo\"")
    );
}

#[tokio::test]
async fn rules_that_could_never_match_are_refused() {
    let (api, _) = faulted(json!([])).await;
    for rule in [
        json!({ "path": "api/v1/health", "fault": "500" }),
        json!({ "path": "/api/*/health", "fault": "500" }),
        json!({ "path": "/api/v1/health", "fault": "418" }),
        json!({ "path": "/api/v1/health", "fault": "500", "extra": 1 }),
        json!({ "method": "GET /", "path": "/api/v1/health", "fault": "500" }),
    ] {
        let res = api.post(FAULTS, &json!({ "faults": [rule] }), &[]).await;
        assert_problem(&res, StatusCode::BAD_REQUEST, "bad_request");
    }
    assert_eq!(api.get(FAULTS).await.json(), json!({ "faults": [] }));
}

#[tokio::test]
async fn without_the_test_hooks_there_are_no_faults() {
    let api = Api::new();
    let res = api
        .post(
            FAULTS,
            &json!({ "faults": one("GET", "/api/v1/health", "500") }),
            &[],
        )
        .await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
    assert_problem(&api.get(FAULTS).await, StatusCode::NOT_FOUND, "not_found");
    // Rules put straight into the state are not consulted either: the middleware
    // is not installed.
    let state = AppState::new(db::open_in_memory().expect("db"));
    let rules: Vec<Rule> = serde_json::from_value(one("GET", "/api/v1/health", "500")).unwrap();
    state.faults.set(rules);
    let api = Api::from_state(state);
    assert_eq!(api.get("/api/v1/health").await.status, StatusCode::OK);
}

/// The app on a real socket, as the SPA and schemathesis reach it.
async fn serve(api: &Api) -> std::net::SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = api.router.clone();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    addr
}

/// Writes `raw` and reads until the server closes (a reset counts as closing);
/// returns what arrived and when the connection ended.
async fn exchange(addr: std::net::SocketAddr, raw: &str) -> (String, Duration) {
    let started = Instant::now();
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.write_all(raw.as_bytes()).await.unwrap();
    let mut received = Vec::new();
    let mut buf = [0u8; 4096];
    let read_all = async {
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => received.extend_from_slice(&buf[..n]),
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(10), read_all)
        .await
        .expect("the server closed the connection");
    (
        String::from_utf8_lossy(&received).into_owned(),
        started.elapsed(),
    )
}

fn raw_create(body: &Value) -> String {
    let body = body.to_string();
    format!(
        "POST /api/v1/integrations HTTP/1.1\r\nHost: localhost\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
}

#[tokio::test]
async fn drop_closes_the_connection_without_any_response() {
    let (api, _) =
        faulted(json!([{ "path": "/api/v1/integrations", "fault": "drop", "times": 1 }])).await;
    let addr = serve(&api).await;
    let create = raw_create(&freshchat("Chat", "acme.freshchat.com", API_KEY));
    let (received, _) = exchange(addr, &create).await;
    assert!(!received.contains("HTTP/1.1"), "got a response: {received}");
    assert!(received.is_empty(), "got bytes: {received}");
    assert!(
        api.list().await.is_empty(),
        "the dropped create stored something"
    );
    // The server lives on: the same request on a new connection is answered.
    let (received, _) = exchange(
        addr,
        &create.replace("HTTP/1.1\r\n", "HTTP/1.1\r\nConnection: close\r\n"),
    )
    .await;
    assert!(received.starts_with("HTTP/1.1 201"), "{received}");
}

#[tokio::test]
async fn hang_answers_nothing_and_closes_after_ms() {
    let rules = json!([{ "method": "GET", "path": "/api/v1/health", "fault": "hang", "ms": 300 }]);
    let (api, _) = faulted(rules).await;
    let addr = serve(&api).await;
    let get = "GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n";
    let (received, elapsed) = exchange(addr, get).await;
    assert!(received.is_empty(), "got a response: {received}");
    assert!(elapsed >= Duration::from_millis(300), "{elapsed:?}");
}
