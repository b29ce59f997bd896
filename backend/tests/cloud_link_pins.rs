//! Claiming injixo Cloud Link PINs through the API: wrong, expired and used PINs
//! get one answer, and too many wrong ones a cool-down per scope.

#[path = "common/cloud_link.rs"]
mod cloud_link;
mod common;

use axum::http::StatusCode;
use cloud_link::*;
use common::*;
use injixo_contract::{PIN_COOLDOWN_SECS, PIN_MAX_WRONG, PIN_VALID_SECS};
use serde_json::json;

async fn advance(api: &Api, secs: i64) {
    let res = api
        .post(
            "/api/v1/test/clock",
            &json!({ "advance_seconds": secs }),
            &[],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
}

#[track_caller]
fn assert_pin_invalid(res: &Res) {
    assert_field_errors(res, &[("pin", "pin_invalid")]);
}

/// A six-digit PIN that is not `pin`.
fn other_than(pin: &str) -> String {
    let n: u32 = pin.parse().unwrap();
    format!("{:06}", (n + 1) % 1_000_000)
}

#[tokio::test]
async fn a_live_pin_links_once() {
    let api = api();
    let client = Client::register(&api, "Europe/Berlin").await;
    assert_eq!(client.pin.len(), 6);
    let res = claim(&api, &client.pin, None).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let link = res.json();
    assert_eq!(link["connected"], true);
    assert_eq!(link["time_zone"], "Europe/Berlin");
    assert_pin_invalid(&claim(&api, &client.pin, None).await);
}

#[tokio::test]
async fn wrong_and_expired_pins_get_the_same_answer() {
    let api = api();
    let client = Client::register(&api, "UTC").await;
    assert_pin_invalid(&claim(&api, &other_than(&client.pin), None).await);
    assert_pin_invalid(&claim(&api, "12345", None).await);
    advance(&api, PIN_VALID_SECS).await;
    assert_pin_invalid(&claim(&api, &client.pin, None).await);
}

#[tokio::test]
async fn too_many_wrong_pins_cool_the_scope_down() {
    let api = api();
    let (mut other, created) = linked_integration(&api, "DB").await;
    let client = Client::register(&api, "UTC").await;
    let wrong = other_than(&client.pin);
    for _ in 0..PIN_MAX_WRONG {
        assert_pin_invalid(&claim(&api, &wrong, None).await);
    }
    // The next try, even with the right PIN, is refused until the cool-down ends.
    let res = claim(&api, &client.pin, None).await;
    assert_problem(&res, StatusCode::TOO_MANY_REQUESTS, "pin_attempts_exceeded");
    let retry: i64 = res.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=PIN_COOLDOWN_SECS).contains(&retry), "{retry}");
    // Another scope (an integration being edited) is not affected.
    let id = created["id"].as_str().unwrap();
    other.new_pin().await;
    assert_pin_invalid(&claim(&api, &other_than(&other.pin), Some(id)).await);
    advance(&api, PIN_COOLDOWN_SECS - 10).await;
    let res = claim(&api, &client.pin, None).await;
    assert_problem(&res, StatusCode::TOO_MANY_REQUESTS, "pin_attempts_exceeded");
    // 10 s, or 9 when a real second passed since the cool-down began.
    let retry = res.header("retry-after").unwrap();
    assert!(retry == "10" || retry == "9", "{retry}");
    advance(&api, 10).await;
    // The PIN expired meanwhile; a fresh one links.
    let mut client = client;
    client.new_pin().await;
    assert_eq!(
        claim(&api, &client.pin, None).await.status,
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn a_right_pin_does_not_end_a_cool_down_early() {
    let api = api();
    let a = Client::register(&api, "UTC").await;
    let b = Client::register(&api, "UTC").await;
    for _ in 0..PIN_MAX_WRONG - 1 {
        assert_pin_invalid(&claim(&api, "000000x", None).await);
    }
    assert_eq!(claim(&api, &a.pin, None).await.status, StatusCode::CREATED);
    // The success did not forget the wrong tries: one more starts the cool-down.
    assert_pin_invalid(&claim(&api, "000000x", None).await);
    let res = claim(&api, &b.pin, None).await;
    assert_problem(&res, StatusCode::TOO_MANY_REQUESTS, "pin_attempts_exceeded");
}

#[tokio::test]
async fn wrong_tries_are_forgotten_after_the_window() {
    let api = api();
    let client = Client::register(&api, "UTC").await;
    for _ in 0..PIN_MAX_WRONG - 1 {
        assert_pin_invalid(&claim(&api, "x", None).await);
    }
    advance(&api, PIN_COOLDOWN_SECS).await;
    assert_pin_invalid(&claim(&api, "x", None).await);
    let mut client = client;
    client.new_pin().await;
    assert_eq!(
        claim(&api, &client.pin, None).await.status,
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn claims_for_an_integration_need_one_that_can_use_cloud_link() {
    let api = api();
    let client = Client::register(&api, "UTC").await;
    let res = claim(&api, &client.pin, Some("nope")).await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
    let chat = api.create_freshchat("Chat").await;
    let res = claim(&api, &client.pin, Some(&chat)).await;
    assert_field_errors(&res, &[("integration_id", "invalid_option")]);
    // Neither counted as a wrong PIN, nor used the PIN up.
    assert_eq!(
        claim(&api, &client.pin, None).await.status,
        StatusCode::CREATED
    );
}

#[tokio::test]
async fn a_new_claim_of_an_integration_replaces_its_link() {
    let api = api();
    let (_, created) = linked_integration(&api, "DB").await;
    let id = created["id"].as_str().unwrap();
    let moved = Client::register(&api, "Europe/Berlin").await;
    let res = claim(&api, &moved.pin, Some(id)).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let link_id = res.json()["id"].as_str().unwrap().to_string();
    let serving = moved.spawn_one(|_| verified("Europe/Berlin"));
    let res = api.update(id, &json!({ "cloud_link_id": link_id })).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    serving.await.unwrap();
    assert_eq!(res.json()["cloud_link"]["id"], link_id.as_str());
    let beat = moved.heartbeat("Europe/Berlin").await.json();
    assert_eq!(beat, json!({ "linked": true, "integration_id": id }));
}
