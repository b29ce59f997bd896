//! `Idempotency-Key` on `POST /api/v1/integrations`: retries are safe.

mod common;

use axum::http::StatusCode;
use common::*;
use std::time::Duration;

#[tokio::test]
async fn a_repeated_request_is_replayed_not_repeated() {
    let api = Api::new();
    let body = freshchat("Chat", "acme.freshchat.com", API_KEY);
    let first = api.create_with_key(&body, "key-1").await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text());
    assert_eq!(first.header("idempotent-replayed"), None);

    let second = api.create_with_key(&body, "key-1").await;
    assert_eq!(second.status, StatusCode::CREATED, "{}", second.text());
    assert_eq!(second.header("idempotent-replayed"), Some("true"));
    assert_eq!(second.body, first.body, "the very same body");
    assert_eq!(second.json(), first.json());
    assert_eq!(second.header("content-type"), Some("application/json"));
    assert_eq!(second.header("location"), first.header("location"));
    assert!(second.header("location").is_some());
    assert!(!second.text().contains(API_KEY), "secret leaked on replay");
    assert_ne!(second.header("x-request-id"), first.header("x-request-id"));

    assert_eq!(api.list().await.len(), 1);
}

#[tokio::test]
async fn a_replay_does_not_depend_on_json_formatting() {
    let api = Api::new();
    let body = freshchat("Chat", "acme.freshchat.com", API_KEY);
    let first = api.create_with_key(&body, "key-1").await;
    assert_eq!(first.status, StatusCode::CREATED);
    let pretty = serde_json::to_string_pretty(&body).unwrap();
    let res = api
        .send(request(
            axum::http::Method::POST,
            "/api/v1/integrations",
            &[
                ("content-type", "application/json"),
                ("idempotency-key", "key-1"),
            ],
            pretty.into(),
        ))
        .await;
    assert_eq!(res.header("idempotent-replayed"), Some("true"));
    assert_eq!(res.body, first.body);
}

#[tokio::test]
async fn a_key_reused_with_another_body_is_rejected() {
    let api = Api::new();
    let first = api
        .create_with_key(&freshchat("Chat", "acme.freshchat.com", API_KEY), "key-1")
        .await;
    assert_eq!(first.status, StatusCode::CREATED);
    let res = api
        .create_with_key(&freshchat("Other", "acme.freshchat.com", API_KEY), "key-1")
        .await;
    assert_problem(
        &res,
        StatusCode::UNPROCESSABLE_ENTITY,
        "idempotency_key_reused",
    );
    assert_eq!(res.header("idempotent-replayed"), None);
    assert_eq!(api.list().await.len(), 1);
}

#[tokio::test]
async fn a_key_of_a_failed_request_can_be_used_again() {
    let api = Api::new();
    let res = api
        .create_with_key(&freshchat("Chat", "acme.freshdesk.com", API_KEY), "key-1")
        .await;
    assert_field_errors(&res, &[("domain", "domain_wrong_vendor")]);

    // The corrected request with the same key goes through…
    let fixed = freshchat("Chat", "acme.freshchat.com", API_KEY);
    let res = api.create_with_key(&fixed, "key-1").await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    assert_eq!(res.header("idempotent-replayed"), None);
    // …and from then on the key stands for it.
    let again = api.create_with_key(&fixed, "key-1").await;
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    assert_eq!(again.body, res.body);
    assert_eq!(api.list().await.len(), 1);
}

#[tokio::test]
async fn a_key_of_an_unavailable_vendor_can_be_retried() {
    let api = Api::new();
    let body = freshchat("Chat", "down.freshchat.com", API_KEY);
    let res = api.create_with_key(&body, "key-1").await;
    assert_problem(&res, StatusCode::SERVICE_UNAVAILABLE, "vendor_unavailable");
    // The same request again is answered afresh, not replayed or refused.
    let res = api.create_with_key(&body, "key-1").await;
    assert_problem(&res, StatusCode::SERVICE_UNAVAILABLE, "vendor_unavailable");
    assert_eq!(res.header("idempotent-replayed"), None);
}

#[tokio::test]
async fn a_retry_while_the_first_request_runs_is_told_to_wait() {
    let api = Api::new();
    let body = freshchat("Chat", "slow.freshchat.com", API_KEY);
    let (first, second) = tokio::join!(api.create_with_key(&body, "key-1"), async {
        tokio::time::sleep(Duration::from_millis(200)).await;
        api.create_with_key(&body, "key-1").await
    });
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text());
    assert_problem(&second, StatusCode::CONFLICT, "request_in_progress");
    assert!(second.header("retry-after").is_some());
    // Once the first has finished, the retry is a replay.
    let third = api.create_with_key(&body, "key-1").await;
    assert_eq!(third.header("idempotent-replayed"), Some("true"));
    assert_eq!(third.body, first.body);
    assert_eq!(api.list().await.len(), 1);
}

#[tokio::test]
async fn a_key_of_an_abandoned_request_can_be_retried() {
    // The client gives up (aborts, or the connection drops) while the vendor is
    // slow: the server drops the request. Its key must not block the retry forever.
    let api = Api::new();
    let body = freshchat("Chat", "slow.freshchat.com", API_KEY);
    let abandoned = tokio::time::timeout(
        Duration::from_millis(300),
        api.create_with_key(&body, "key-1"),
    )
    .await;
    assert!(
        abandoned.is_err(),
        "the request should still have been running"
    );
    assert!(api.list().await.is_empty(), "nothing was stored");

    let res = api.create_with_key(&body, "key-1").await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    assert_eq!(res.header("idempotent-replayed"), None);
    assert_eq!(api.list().await.len(), 1);
}

#[tokio::test]
async fn invalid_keys_are_bad_requests() {
    let api = Api::new();
    let body = freshchat("Chat", "acme.freshchat.com", API_KEY);
    for key in [String::new(), "k".repeat(256)] {
        let res = api.create_with_key(&body, &key).await;
        assert_problem(&res, StatusCode::BAD_REQUEST, "bad_request");
    }
    assert!(api.list().await.is_empty());
    let res = api.create_with_key(&body, &"k".repeat(255)).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
}

#[tokio::test]
async fn without_a_key_every_request_is_new() {
    let api = Api::new();
    let first = api
        .create(&freshchat("Chat", "acme.freshchat.com", API_KEY))
        .await;
    assert_eq!(first.status, StatusCode::CREATED);
    let second = api
        .create(&freshchat("Chat", "acme.freshchat.com", API_KEY))
        .await;
    assert_problem(&second, StatusCode::CONFLICT, "name_taken");
}
