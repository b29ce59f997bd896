//! Pausing, resuming and deleting integrations, their configuration IDs, the
//! status test hook, and the injixo API key of an injixo API integration.

mod common;

use axum::http::StatusCode;
use common::*;
use serde_json::{json, Value};

async fn generate_key(api: &Api, id: &str) -> String {
    let res = api.app_key(id, &json!({}), &[]).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    res.json()["key"].as_str().unwrap().to_string()
}

fn bearer(key: &str) -> String {
    format!("Bearer {key}")
}

#[tokio::test]
async fn pausing_and_resuming_and_their_no_ops() {
    let api = Api::with_test_hooks();
    let id = api.create_freshchat("Chat").await;
    let pause = format!("/api/v1/integrations/{id}/pause");
    let resume = format!("/api/v1/integrations/{id}/resume");

    // Resuming what is not paused changes nothing.
    let before = api.integration(&id).await;
    api.post("/api/v1/test/clock", &json!({ "advance_seconds": 60 }), &[])
        .await;
    let res = api.post_empty(&resume).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    assert_eq!(res.json(), before);

    let paused = api.post_empty(&pause).await.json();
    assert_eq!(paused["status"], "paused");
    assert_ne!(paused["updated_at"], before["updated_at"]);
    api.post("/api/v1/test/clock", &json!({ "advance_seconds": 60 }), &[])
        .await;
    let again = api.post_empty(&pause).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.json(), paused, "pausing again is a no-op");

    // Data arriving while paused leaves it paused.
    let key = generate_key(&api, &id).await;
    let res = api.events(Some(&bearer(&key)), &contact_events()).await;
    assert_eq!(res.status, StatusCode::ACCEPTED);
    assert_eq!(api.integration(&id).await["status"], "paused");

    let resumed = api.post_empty(&resume).await.json();
    assert_eq!(
        resumed["status"], "importing",
        "missing data is imported again"
    );
    let res = api.events(Some(&bearer(&key)), &contact_events()).await;
    assert_eq!(res.status, StatusCode::ACCEPTED);
    assert_eq!(api.integration(&id).await["status"], "operational");

    for path in [
        "/api/v1/integrations/nope/pause",
        "/api/v1/integrations/nope/resume",
    ] {
        assert_problem(
            &api.post_empty(path).await,
            StatusCode::NOT_FOUND,
            "not_found",
        );
    }
}

#[tokio::test]
async fn deleting_removes_the_integration_and_its_key() {
    let api = Api::new();
    let id = api.create_freshchat("Chat").await;
    let keep = api.create_freshchat("Keep").await;
    let key = generate_key(&api, &id).await;
    let path = format!("/api/v1/integrations/{id}");

    let res = api.delete(&path).await;
    assert_eq!(res.status, StatusCode::NO_CONTENT);
    assert!(res.body.is_empty());
    assert_problem(&api.get(&path).await, StatusCode::NOT_FOUND, "not_found");
    assert_problem(&api.delete(&path).await, StatusCode::NOT_FOUND, "not_found");
    let ids: Vec<Value> = api.list().await.iter().map(|i| i["id"].clone()).collect();
    assert_eq!(ids, [json!(keep)]);

    let res = api.events(Some(&bearer(&key)), &contact_events()).await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
    let res = api.update(&id, &json!({ "name": "Back" })).await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
    let res = api.app_key(&id, &json!({}), &[]).await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
    // The name is free again.
    api.create_freshchat("Chat").await;
}

#[tokio::test]
async fn a_deleted_integrations_key_is_not_replayed() {
    let api = Api::new();
    let id = api.create_freshchat("Chat").await;
    let retry = [("idempotency-key", "k-1")];
    let first = api.app_key(&id, &json!({}), &retry).await;
    assert_eq!(first.status, StatusCode::CREATED);
    let path = format!("/api/v1/integrations/{id}");
    assert_eq!(api.delete(&path).await.status, StatusCode::NO_CONTENT);
    let retried = api.app_key(&id, &json!({}), &retry).await;
    assert_problem(&retried, StatusCode::NOT_FOUND, "not_found");
}

#[tokio::test]
async fn configuration_ids_increase_and_are_never_reused() {
    let api = Api::new();
    let mut ids = Vec::new();
    for name in ["A", "B", "C"] {
        let created = api.created(&valid_create("injixo-api", name)).await;
        ids.push((created["id"].clone(), created["configuration_id"].clone()));
    }
    let numbers: Vec<&Value> = ids.iter().map(|(_, n)| n).collect();
    assert_eq!(numbers, [&json!(1), &json!(2), &json!(3)]);
    // A refused create uses no number.
    let res = api.create(&valid_create("injixo-api", "a")).await;
    assert_problem(&res, StatusCode::CONFLICT, "name_taken");

    let newest = ids[2].0.as_str().unwrap();
    let res = api.delete(&format!("/api/v1/integrations/{newest}")).await;
    assert_eq!(res.status, StatusCode::NO_CONTENT);
    let d = api.created(&valid_create("injixo-api", "C")).await;
    assert_eq!(d["configuration_id"], 4);
    let listed: Vec<Value> = api
        .list()
        .await
        .iter()
        .map(|i| i["configuration_id"].clone())
        .collect();
    assert_eq!(listed, [json!(1), json!(2), json!(4)]);
}

#[tokio::test]
async fn the_status_hook_sets_any_status() {
    let api = Api::with_test_hooks();
    let id = api.create_freshchat("Chat").await;
    let hook = format!("/api/v1/test/integrations/{id}/status");
    for status in [
        "problem_detected",
        "operational",
        "in_preparation",
        "paused",
        "importing",
    ] {
        let res = api.post(&hook, &json!({ "status": status }), &[]).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.text());
        assert_eq!(res.json()["status"], status);
        assert_eq!(api.integration(&id).await["status"], status);
    }
    let res = api.post(&hook, &json!({ "status": "broken" }), &[]).await;
    assert_problem(&res, StatusCode::BAD_REQUEST, "bad_request");
    let res = api
        .post(
            "/api/v1/test/integrations/nope/status",
            &json!({ "status": "paused" }),
            &[],
        )
        .await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");

    // Off without INJIXO_TEST_HOOKS=1.
    let api = Api::new();
    let id = api.create_freshchat("Chat").await;
    let hook = format!("/api/v1/test/integrations/{id}/status");
    let res = api.post(&hook, &json!({ "status": "paused" }), &[]).await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
}

#[tokio::test]
async fn an_injixo_api_integration_gets_a_key_and_its_data() {
    let api = Api::with_test_hooks();
    let created = api.created(&valid_create("injixo-api", "My ACD")).await;
    let id = created["id"].as_str().unwrap();
    let key = generate_key(&api, id).await;
    let mut events = contact_events();
    events["meta"] = json!({ "integrationConfigurationId": created["configuration_id"] });
    let res = api.events(Some(&bearer(&key)), &events).await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "{}", res.text());
    let now = api.integration(id).await;
    assert_eq!(now["status"], "operational");
    assert!(now["last_import_at"].is_string());
    assert_eq!(now["app_key"]["last_used_at"], now["last_import_at"]);

    // The silence hint is about the injixo app, which this model has not.
    api.post(
        "/api/v1/test/clock",
        &json!({ "advance_seconds": 7 * 3600 }),
        &[],
    )
    .await;
    assert_eq!(api.integration(id).await["hints"], json!([]));
}

#[tokio::test]
async fn models_without_a_key_refuse_one() {
    let api = Api::new();
    for model in ["five9", "zendesk", "genesys-cloud"] {
        let id = api.created(&valid_create(model, model)).await["id"]
            .as_str()
            .unwrap()
            .to_string();
        let res = api.app_key(&id, &json!({}), &[]).await;
        assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "app_not_required");
    }
    let id = api
        .created(&valid_create("freshdesk-contact-center", "FCC"))
        .await["id"]
        .as_str()
        .unwrap()
        .to_string();
    generate_key(&api, &id).await;
}
