//! Saving on-premise integrations: the link they need, and verification through
//! the linked client (time zone, connection, silence).

#[path = "common/cloud_link.rs"]
mod cloud_link;
mod common;

use axum::http::StatusCode;
use cloud_link::*;
use common::*;
use injixo_contract::{JobResult, LINK_LOST_AFTER_SECS};
use serde_json::json;
use std::time::{Duration, Instant};

#[tokio::test]
async fn saving_without_a_link_is_refused_when_one_is_needed() {
    let api = api();
    let res = api.create(&db_create("DB", None, "UTC")).await;
    assert_problem(
        &res,
        StatusCode::UNPROCESSABLE_ENTITY,
        "cloud_link_not_connected",
    );
    let res = api
        .create(&db_create("DB", Some("no-such-link"), "UTC"))
        .await;
    assert_problem(
        &res,
        StatusCode::UNPROCESSABLE_ENTITY,
        "cloud_link_not_connected",
    );
    // A model whose link is optional saves without one, and has no link status.
    let body = json!({ "name": "Files", "model": OPTIONAL_MODEL, "settings": {} });
    let created = api.created(&body).await;
    assert_eq!(created["status"], "connecting");
    assert!(created.get("cloud_link").is_none(), "{created}");
    // A link for a model without Cloud Link is a field it does not have.
    let mut chat = freshchat("Chat", "acme.freshchat.com", API_KEY);
    chat["cloud_link_id"] = json!("x");
    let res = api.create(&chat).await;
    assert_field_errors(&res, &[("cloud_link_id", "unknown_field")]);
}

#[tokio::test]
async fn a_link_serves_one_integration() {
    let api = api();
    let (client, created) = linked_integration(&api, "First").await;
    let link_id = created["cloud_link"]["id"].as_str().unwrap();
    let _ = client;
    let res = api
        .create(&db_create("Second", Some(link_id), "Europe/Berlin"))
        .await;
    assert_problem(
        &res,
        StatusCode::UNPROCESSABLE_ENTITY,
        "cloud_link_not_connected",
    );
}

#[tokio::test]
async fn another_time_zone_than_the_clients_is_a_mismatch() {
    let api = api();
    let client = Client::register(&api, "America/New_York").await;
    let link = client.claimed().await;
    let serving = client.spawn_one(|_| verified("America/New_York"));
    let res = api
        .create(&db_create("DB", link["id"].as_str(), "Europe/Berlin"))
        .await;
    serving.await.unwrap();
    assert_field_errors(&res, &[("db_time_zone", "time_zone_mismatch")]);
    // Nothing was stored, and the link is still free for the corrected form.
    assert!(api.list().await.is_empty());
    let serving = client.spawn_one(|_| verified("America/New_York"));
    let created = api
        .created(&db_create("DB", link["id"].as_str(), "America/New_York"))
        .await;
    serving.await.unwrap();
    assert_eq!(created["status"], "operational");
}

#[tokio::test]
async fn a_client_that_cannot_connect_is_quoted() {
    let api = api();
    let client = Client::register(&api, "UTC").await;
    let link = client.claimed().await;
    let message = "could not connect to server: Connection refused";
    let serving = client.spawn_one(move |_| JobResult::ConnectionFailed {
        message: message.into(),
    });
    let res = api
        .create(&db_create("DB", link["id"].as_str(), "UTC"))
        .await;
    serving.await.unwrap();
    let problem = assert_problem(
        &res,
        StatusCode::UNPROCESSABLE_ENTITY,
        "verification_failed",
    );
    assert_eq!(problem["system_message"], message);
    assert!(!res.text().contains("s3cret"));
}

#[tokio::test]
async fn a_silent_client_is_unreachable() {
    let api = api();
    let client = Client::register(&api, "UTC").await;
    let link = client.claimed().await;
    let started = Instant::now();
    let res = api
        .create(&db_create("DB", link["id"].as_str(), "UTC"))
        .await;
    assert_problem(
        &res,
        StatusCode::SERVICE_UNAVAILABLE,
        "cloud_link_unreachable",
    );
    assert!(started.elapsed() >= fast_config().verify_wait);
    assert!(started.elapsed() < fast_config().verify_wait + Duration::from_secs(2));
    // The job was withdrawn: a client coming back later finds nothing to do.
    assert_eq!(client.poll(0).await.status, StatusCode::NO_CONTENT);
}

#[tokio::test]
async fn a_client_not_seen_for_a_minute_is_unreachable_at_once() {
    let api = api();
    let client = Client::register(&api, "UTC").await;
    let link = client.claimed().await;
    let res = api
        .post(
            "/api/v1/test/clock",
            &json!({ "advance_seconds": LINK_LOST_AFTER_SECS + 1 }),
            &[],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK);
    let started = Instant::now();
    let res = api
        .create(&db_create("DB", link["id"].as_str(), "UTC"))
        .await;
    assert_problem(
        &res,
        StatusCode::SERVICE_UNAVAILABLE,
        "cloud_link_unreachable",
    );
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[tokio::test]
async fn changes_are_verified_through_the_client() {
    let api = api();
    let (client, created) = linked_integration(&api, "DB").await;
    let id = created["id"].as_str().unwrap();
    // A rename alone needs no verification (no client answers here).
    let res = api.update(id, &json!({ "name": "DB renamed" })).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    // A new time zone is checked against the client's.
    let serving = client.spawn_one(|_| verified("Europe/Berlin"));
    let res = api
        .update(
            id,
            &json!({ "settings": { "db_time_zone": "Europe/Paris" } }),
        )
        .await;
    let job = serving.await.unwrap();
    assert_field_errors(&res, &[("db_time_zone", "time_zone_mismatch")]);
    // The saved password went to the client with the change.
    let injixo_contract::JobKind::Verify { settings } = job.kind else {
        panic!("{job:?}")
    };
    assert_eq!(
        settings["db_password"].as_text(),
        Some("s3cret-password-1234")
    );
    // A link serving another integration cannot be taken over.
    let (_, other) = linked_integration(&api, "Other").await;
    let taken = other["cloud_link"]["id"].as_str().unwrap();
    let res = api.update(id, &json!({ "cloud_link_id": taken })).await;
    assert_problem(
        &res,
        StatusCode::UNPROCESSABLE_ENTITY,
        "cloud_link_not_connected",
    );
}
