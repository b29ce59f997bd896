//! `PATCH /integrations/{id}`: renames, replaced and kept secrets, immutable fields,
//! verification of changed credentials, and retries.

mod common;

use axum::http::StatusCode;
use common::*;
use serde_json::json;

const NEW_KEY: &str = "sk-live-9876543210-ABCD";

#[tokio::test]
async fn a_rename_keeps_the_secrets_and_stamps_updated_at() {
    let api = Api::with_test_hooks();
    let id = api.create_freshchat("Chat").await;
    let before = api.integration(&id).await;
    api.post("/api/v1/test/clock", &json!({ "advance_seconds": 60 }), &[])
        .await;
    let res = api
        .update(&id, &json!({ "name": "  Chat   Europe " }))
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let after = res.json();
    assert_eq!(after["name"], "Chat Europe");
    assert_eq!(after["secrets"], json!({ "api_key": { "last4": "WXYZ" } }));
    assert_eq!(after["settings"], before["settings"]);
    assert_eq!(after["created_at"], before["created_at"]);
    assert_eq!(after["configuration_id"], before["configuration_id"]);
    assert_ne!(after["updated_at"], before["updated_at"]);
    assert_eq!(api.integration(&id).await, after);

    // An empty secret also means "keep it".
    let res = api
        .update(&id, &json!({ "settings": { "api_key": "" } }))
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    assert_eq!(res.json()["secrets"]["api_key"]["last4"], "WXYZ");
}

#[tokio::test]
async fn a_new_secret_replaces_the_saved_one() {
    let api = Api::new();
    let id = api.create_freshchat("Chat").await;
    let res = api
        .update(
            &id,
            &json!({ "settings": { "api_key": format!(" {NEW_KEY} ") } }),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    assert!(!res.text().contains(NEW_KEY), "secret leaked");
    assert_eq!(res.json()["secrets"]["api_key"]["last4"], "ABCD");
    assert_eq!(
        api.integration(&id).await["secrets"]["api_key"]["last4"],
        "ABCD"
    );
}

#[tokio::test]
async fn rejected_credentials_change_nothing() {
    let api = Api::new();
    let id = api.create_freshchat("Chat").await;
    let before = api.integration(&id).await;
    let res = api
        .update(
            &id,
            &json!({ "name": "Renamed", "settings": { "api_key": "invalid-api-key" } }),
        )
        .await;
    assert_field_errors(&res, &[("api_key", "credentials_invalid")]);
    let res = api
        .update(
            &id,
            &json!({ "settings": { "domain": "unreachable.freshchat.com" } }),
        )
        .await;
    assert_field_errors(&res, &[("domain", "domain_unreachable")]);
    let res = api
        .update(
            &id,
            &json!({ "settings": { "domain": "down.freshchat.com" } }),
        )
        .await;
    assert_problem(&res, StatusCode::SERVICE_UNAVAILABLE, "vendor_unavailable");
    let res = api
        .update(
            &id,
            &json!({ "settings": { "domain": "acme.freshdesk.com" } }),
        )
        .await;
    assert_field_errors(&res, &[("domain", "domain_wrong_vendor")]);
    assert_eq!(api.integration(&id).await, before);

    // A changed domain is verified with the saved key, and then stored.
    let res = api
        .update(
            &id,
            &json!({ "settings": { "domain": "https://New.Freshchat.com/" } }),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    assert_eq!(res.json()["settings"]["domain"], "new.freshchat.com");
}

#[tokio::test]
async fn a_changed_user_name_is_verified_with_the_saved_password() {
    let api = Api::new();
    let body = valid_create("five9", "Five9");
    let mut weak = body.clone();
    weak["settings"]["password"] = json!("agent-0123456789");
    assert_field_errors(
        &api.create(&weak).await,
        &[("password", "credentials_insufficient_role")],
    );
    let id = api.created(&body).await["id"].as_str().unwrap().to_string();
    let res = api
        .update(
            &id,
            &json!({ "settings": { "username": "other", "account_region": "usa" } }),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let settings = &res.json()["settings"];
    assert_eq!(settings["username"], "other");
    assert_eq!(settings["account_region"], "usa");
    assert_eq!(settings["group_queues_by"], "skills", "left out, kept");
    let res = api
        .update(&id, &json!({ "settings": { "account_region": "asia" } }))
        .await;
    assert_field_errors(&res, &[("account_region", "invalid_option")]);
}

#[tokio::test]
async fn zendesk_grouping_may_only_be_sent_unchanged() {
    let api = Api::new();
    let created = api.created(&valid_create("zendesk", "Zendesk")).await;
    let id = created["id"].as_str().unwrap();
    let res = api
        .update(
            id,
            &json!({ "settings": { "group_queues_by": "phone_number" } }),
        )
        .await;
    assert_field_errors(&res, &[("group_queues_by", "immutable")]);
    assert_eq!(api.integration(id).await, created);

    // What a form sends back when only the name was edited.
    let res = api
        .update(
            id,
            &json!({ "name": "Zendesk EU", "settings": {
                "group_queues_by": "ivr", "domain": "acme.zendesk.com", "api_token": "" } }),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    assert_eq!(res.json()["name"], "Zendesk EU");
    assert_eq!(res.json()["settings"]["group_queues_by"], "ivr");
}

#[tokio::test]
async fn names_stay_unique_across_renames() {
    let api = Api::new();
    api.create_freshchat("Chat").await;
    let id = api.create_freshchat("Other").await;
    let res = api.update(&id, &json!({ "name": " CHAT " })).await;
    let problem = assert_problem(&res, StatusCode::CONFLICT, "name_taken");
    assert_eq!(field_errors(&problem), pairs(&[("name", "name_taken")]));
    // Its own name, cased or spaced differently, is not taken.
    let res = api.update(&id, &json!({ "name": "OTHER" })).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    assert_eq!(res.json()["name"], "OTHER");
    let res = api
        .update(&id, &json!({ "name": "", "settings": { "x": 1 } }))
        .await;
    assert_field_errors(&res, &[("name", "required"), ("x", "unknown_field")]);
}

#[tokio::test]
async fn unknown_integrations_and_bad_bodies_are_problems() {
    let api = Api::new();
    let res = api.update("nope", &json!({ "name": "X" })).await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
    let id = api.create_freshchat("Chat").await;
    let res = api.update(&id, &json!({ "name": 7 })).await;
    assert_problem(&res, StatusCode::BAD_REQUEST, "bad_request");
    let res = api
        .update(&id, &json!({ "settings": { "domain": null } }))
        .await;
    assert_problem(&res, StatusCode::BAD_REQUEST, "bad_request");
}

#[tokio::test]
async fn new_credentials_end_a_detected_problem() {
    let api = Api::with_test_hooks();
    let id = api.create_freshchat("Chat").await;
    let hook = format!("/api/v1/test/integrations/{id}/status");
    let res = api
        .post(&hook, &json!({ "status": "problem_detected" }), &[])
        .await;
    assert_eq!(res.json()["status"], "problem_detected");
    let res = api.update(&id, &json!({ "name": "Renamed" })).await;
    assert_eq!(
        res.json()["status"],
        "problem_detected",
        "a rename fixes nothing"
    );
    let res = api
        .update(&id, &json!({ "settings": { "api_key": NEW_KEY } }))
        .await;
    assert_eq!(res.json()["status"], "connecting");

    api.post(&hook, &json!({ "status": "paused" }), &[]).await;
    let res = api
        .update(&id, &json!({ "settings": { "api_key": API_KEY } }))
        .await;
    assert_eq!(res.json()["status"], "paused", "still paused");
}

#[tokio::test]
async fn a_retried_edit_is_replayed_not_repeated() {
    let api = Api::new();
    let id = api.create_freshchat("Chat").await;
    let path = format!("/api/v1/integrations/{id}");
    let body = json!({ "name": "Once" });
    let key = [("idempotency-key", "edit-1")];
    let first = api.patch(&path, &body, &key).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.text());
    let second = api.patch(&path, &body, &key).await;
    assert_eq!(second.status, StatusCode::OK);
    assert_eq!(second.header("idempotent-replayed"), Some("true"));
    assert_eq!(second.json(), first.json());
    let other = api.patch(&path, &json!({ "name": "Twice" }), &key).await;
    assert_problem(
        &other,
        StatusCode::UNPROCESSABLE_ENTITY,
        "idempotency_key_reused",
    );
    // The same key on another integration is another request.
    let id2 = api.create_freshchat("Second").await;
    let path2 = format!("/api/v1/integrations/{id2}");
    let res = api
        .patch(&path2, &json!({ "name": "Once again" }), &key)
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
}
