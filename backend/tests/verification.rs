//! The simulated vendor (`backend/src/verify.rs`): each fixture documented in
//! `docs/openapi.yaml` gives its status and code, on the right field.

mod common;

use axum::http::StatusCode;
use common::*;
use std::time::{Duration, Instant};

#[tokio::test]
async fn an_unreachable_domain_is_reported_on_the_domain() {
    let api = Api::new();
    let res = api
        .create(&freshchat("Chat", "unreachable.freshchat.com", API_KEY))
        .await;
    assert_field_errors(&res, &[("domain", "domain_unreachable")]);
    // Without a reachable domain the credentials cannot be checked at all.
    let res = api
        .create(&freshchat(
            "Chat",
            "unreachable.freshchat.com",
            "invalid-api-key",
        ))
        .await;
    assert_field_errors(&res, &[("domain", "domain_unreachable")]);
    assert!(api.list().await.is_empty());
}

#[tokio::test]
async fn a_vendor_that_is_down_is_unavailable_with_retry_after() {
    let api = Api::new();
    let res = api
        .create(&freshchat("Chat", "https://Down.Freshchat.com/", API_KEY))
        .await;
    let problem = assert_problem(&res, StatusCode::SERVICE_UNAVAILABLE, "vendor_unavailable");
    assert_eq!(problem.get("errors"), None);
    let retry: u64 = res
        .header("retry-after")
        .expect("Retry-After")
        .parse()
        .expect("Retry-After in seconds");
    assert!(retry > 0);
    assert!(api.list().await.is_empty());
    // The name was not used up by the failed attempt.
    let res = api
        .create(&freshchat("Chat", "acme.freshchat.com", API_KEY))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
}

#[tokio::test]
async fn a_slow_vendor_still_succeeds() {
    let api = Api::new();
    let started = Instant::now();
    let res = api
        .create(&freshchat("Chat", "slow.freshchat.com", API_KEY))
        .await;
    assert!(started.elapsed() >= Duration::from_millis(1400));
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    assert_eq!(res.json()["settings"]["domain"], "slow.freshchat.com");
    assert_eq!(api.list().await.len(), 1);
}

#[tokio::test]
async fn an_invalid_api_key_is_reported_on_the_api_key() {
    let api = Api::new();
    let res = api
        .create(&freshchat(
            "Chat",
            "acme.freshchat.com",
            " invalid-api-key ",
        ))
        .await;
    assert_field_errors(&res, &[("api_key", "credentials_invalid")]);
    assert!(!res.text().contains("invalid-api-key"), "secret echoed");
    assert!(api.list().await.is_empty());
}

#[tokio::test]
async fn only_exactly_the_invalid_key_is_invalid() {
    let res = Api::new()
        .create(&freshchat(
            "Chat",
            "acme.freshchat.com",
            "invalid-api-key-2",
        ))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
}

#[tokio::test]
async fn an_agent_key_lacks_the_role() {
    let api = Api::new();
    let res = api
        .create(&freshchat(
            "Chat",
            "acme.freshchat.com",
            "agent-0123456789abcdef",
        ))
        .await;
    assert_field_errors(&res, &[("api_key", "credentials_insufficient_role")]);
    assert!(api.list().await.is_empty());
}

#[tokio::test]
async fn validation_comes_before_verification() {
    // An invalid name means the vendor is never asked: no 503, no wait.
    let api = Api::new();
    let started = Instant::now();
    let res = api
        .create(&freshchat(" ", "slow.freshchat.com", API_KEY))
        .await;
    assert_field_errors(&res, &[("name", "required")]);
    let res = api
        .create(&freshchat("", "down.freshchat.com", API_KEY))
        .await;
    assert_field_errors(&res, &[("name", "required")]);
    assert!(started.elapsed() < Duration::from_millis(1000));
}

#[tokio::test]
async fn a_taken_name_is_reported_before_the_vendor_is_asked() {
    let api = Api::new();
    let res = api
        .create(&freshchat("Chat", "acme.freshchat.com", API_KEY))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let res = api
        .create(&freshchat("chat", "down.freshchat.com", API_KEY))
        .await;
    assert_problem(&res, StatusCode::CONFLICT, "name_taken");
}

/// `valid_create(model)` with one setting changed.
fn with(model: &str, field: &str, value: serde_json::Value) -> serde_json::Value {
    let mut body = valid_create(model, "Fixture");
    body["settings"][field] = value;
    body
}

#[tokio::test]
async fn each_new_models_credentials_can_be_refused_on_their_field() {
    let api = Api::new();
    let cases = [
        ("vonage", "client_secret", "credentials_invalid"),
        ("talkdesk", "client_secret", "credentials_invalid"),
        ("ujet", "company_secret_code", "credentials_invalid"),
        ("odigo", "tech_password", "credentials_invalid"),
    ];
    for (model, field, code) in cases {
        let res = api
            .create(&with(model, field, serde_json::json!("invalid-api-key")))
            .await;
        assert_field_errors(&res, &[(field, code)]);
        assert!(!res.text().contains("invalid-api-key"), "{model}: echoed");
        let res = api
            .create(&with(model, field, serde_json::json!("agent-0123456789")))
            .await;
        assert_field_errors(&res, &[(field, "credentials_insufficient_role")]);
    }
    // The web service password counts only while the break statuses are ticked.
    let mut body = valid_create("odigo", "Breaks");
    body["settings"]["import_detailed_break_statuses"] = serde_json::json!(true);
    body["settings"]["odigo_url"] = serde_json::json!("https://acme.odigo.cx/tenant");
    body["settings"]["web_service_user"] = serde_json::json!("ws-user");
    body["settings"]["web_service_password"] = serde_json::json!("invalid-api-key");
    assert_field_errors(
        &api.create(&body).await,
        &[("web_service_password", "credentials_invalid")],
    );
    body["settings"]["import_detailed_break_statuses"] = serde_json::json!(false);
    let res = api.create(&body).await;
    assert_eq!(res.status, StatusCode::CREATED, "hidden: {}", res.text());
}

#[tokio::test]
async fn a_host_name_locator_can_be_unreachable() {
    let api = Api::new();
    for (model, field, value) in [
        ("ujet", "subdomain", "unreachable"),
        ("odigo", "api_domain", "unreachable.acme.example"),
    ] {
        // Credentials are not checked without a reachable host.
        let mut body = with(model, field, serde_json::json!(value));
        let secret = if model == "ujet" {
            "company_secret_code"
        } else {
            "tech_password"
        };
        body["settings"][secret] = serde_json::json!("invalid-api-key");
        assert_field_errors(&api.create(&body).await, &[(field, "domain_unreachable")]);
    }
    // An account's name is never unreachable: only a host name is.
    let res = api
        .create(&with(
            "talkdesk",
            "account_name",
            serde_json::json!("unreachable"),
        ))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
}

#[tokio::test]
async fn every_model_without_a_domain_can_find_its_vendor_down() {
    let api = Api::new();
    for (model, field, value) in [
        ("five9", "username", "down"),
        ("genesys-cloud", "api_key", "down"),
        ("vonage", "client_id", "down"),
        ("talkdesk", "account_name", "down"),
        ("ujet", "subdomain", "down"),
        ("odigo", "api_domain", "down.acme.example"),
    ] {
        let res = api
            .create(&with(model, field, serde_json::json!(value)))
            .await;
        assert_problem(&res, StatusCode::SERVICE_UNAVAILABLE, "vendor_unavailable");
        assert!(res.header("retry-after").is_some(), "{model}");
    }
    // Only the first label counts: `download` is an account like any other.
    let res = api
        .create(&with("vonage", "client_id", serde_json::json!("download")))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    assert_eq!(api.list().await.len(), 1);
}

#[tokio::test]
async fn every_model_without_a_domain_can_be_slow() {
    let api = Api::new();
    let started = Instant::now();
    let cases = [
        ("five9", "username", "slow"),
        ("genesys-cloud", "api_key", "slow"),
        ("vonage", "client_id", "slow"),
        ("talkdesk", "account_name", "slow"),
        ("ujet", "subdomain", "slow"),
        ("odigo", "api_domain", "slow.acme.example"),
    ];
    // All at once: each answers after the delay.
    let tasks: Vec<_> = cases
        .iter()
        .map(|(model, field, value)| {
            let mut body = with(model, field, serde_json::json!(value));
            body["name"] = serde_json::json!(model);
            let api = api.clone();
            tokio::spawn(async move { api.create(&body).await })
        })
        .collect();
    for (task, (model, _, _)) in tasks.into_iter().zip(cases) {
        let res = task.await.expect("the request task");
        assert_eq!(res.status, StatusCode::CREATED, "{model}: {}", res.text());
    }
    assert!(started.elapsed() >= Duration::from_millis(1400));
    assert_eq!(api.list().await.len(), cases.len());
}
