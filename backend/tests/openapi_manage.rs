//! `docs/openapi.yaml` against real responses of the account, edit, pause, resume
//! and delete endpoints, and of every catalogue model (`openapi.rs` checks the
//! routes and the rest).

mod common;
#[path = "common/schema.rs"]
mod schema;

use axum::http::StatusCode;
use common::*;
use schema::{assert_valid, check_response, doc};
use serde_json::json;

const MODELS: [&str; 6] = [
    "freshdesk",
    "freshdesk-contact-center",
    "five9",
    "zendesk",
    "genesys-cloud",
    "injixo-api",
];

#[tokio::test]
async fn every_model_creates_a_documented_integration() {
    let doc = doc();
    let api = Api::new();
    for model in MODELS {
        let body = valid_create(model, model);
        assert_valid(&doc, "CreateIntegration", &body);
        let res = api.create(&body).await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
        check_response(&doc, "post", "/integrations", &res);
    }
    check_response(
        &doc,
        "get",
        "/catalogue",
        &api.get("/api/v1/catalogue").await,
    );
    check_response(&doc, "get", "/account", &api.get("/api/v1/account").await);
}

#[tokio::test]
async fn a_plan_refusal_is_documented() {
    let doc = doc();
    let state = injixo_backend::AppState::new(injixo_backend::db::open_in_memory().unwrap());
    state.set_plan(injixo_contract::Plan::Essential);
    let api = Api::from_state(state);
    let res = api.create(&valid_create("injixo-api", "API")).await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);
    check_response(&doc, "post", "/integrations", &res);
}

#[tokio::test]
async fn edits_and_their_failures_are_documented() {
    let doc = doc();
    let api = Api::new();
    let path = "/integrations/{id}";
    api.create_freshchat("Taken").await;
    let id = api.create_freshchat("Chat").await;
    let zendesk = api.created(&valid_create("zendesk", "Zendesk")).await;
    let zendesk = zendesk["id"].as_str().unwrap();
    let cases = [
        (id.as_str(), json!({ "name": "Chat EU" }), StatusCode::OK),
        (
            &id,
            json!({ "settings": { "api_key": "sk-live-9876543210-ABCD" } }),
            StatusCode::OK,
        ),
        (&id, json!({ "name": "taken" }), StatusCode::CONFLICT),
        (
            &id,
            json!({ "settings": { "api_key": "invalid-api-key" } }),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            &id,
            json!({ "settings": { "domain": "down.freshchat.com" } }),
            StatusCode::SERVICE_UNAVAILABLE,
        ),
        (
            zendesk,
            json!({ "settings": { "group_queues_by": "phone_number" } }),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        ("nope", json!({ "name": "X" }), StatusCode::NOT_FOUND),
        (&id, json!({ "name": false }), StatusCode::BAD_REQUEST),
    ];
    for (target, body, status) in cases {
        if status != StatusCode::BAD_REQUEST {
            assert_valid(&doc, "UpdateIntegration", &body);
        }
        let res = api.update(target, &body).await;
        assert_eq!(res.status, status, "{body}: {}", res.text());
        check_response(&doc, "patch", path, &res);
    }
    let url = format!("/api/v1/integrations/{id}");
    let key = [("idempotency-key", "edit")];
    for _ in 0..2 {
        let res = api.patch(&url, &json!({ "name": "Keyed" }), &key).await;
        check_response(&doc, "patch", path, &res);
    }
}

#[tokio::test]
async fn pause_resume_and_delete_are_documented() {
    let doc = doc();
    let api = Api::new();
    let id = api.create_freshchat("Chat").await;
    for action in ["pause", "pause", "resume", "resume"] {
        let res = api
            .post_empty(&format!("/api/v1/integrations/{id}/{action}"))
            .await;
        assert_eq!(res.status, StatusCode::OK);
        check_response(
            &doc,
            "post",
            &format!("/integrations/{{id}}/{action}"),
            &res,
        );
    }
    let res = api.post_empty("/api/v1/integrations/nope/pause").await;
    check_response(&doc, "post", "/integrations/{id}/pause", &res);
    for status in [StatusCode::NO_CONTENT, StatusCode::NOT_FOUND] {
        let res = api.delete(&format!("/api/v1/integrations/{id}")).await;
        assert_eq!(res.status, status);
        check_response(&doc, "delete", "/integrations/{id}", &res);
    }
}

#[test]
fn number_fields_and_values_are_documented() {
    let doc = doc();
    assert_valid(
        &doc,
        "FieldKind",
        &json!({ "type": "number", "min": 1, "max": 60 }),
    );
    assert_valid(&doc, "FieldValue", &json!(15));
    let mut events = contact_events();
    events["meta"] = json!({ "integrationConfigurationId": 1234 });
    assert_valid(&doc, "ContactEvents", &events);
}
