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
