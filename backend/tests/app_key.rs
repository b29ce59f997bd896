//! `POST /api/v1/integrations/{id}/app-key`: the injixo API key is shown once, kept
//! only as a hash, replaced only on purpose, and safe to retry.

mod common;
#[path = "common/schema.rs"]
mod schema;

use axum::http::StatusCode;
use common::*;
use injixo_backend::{db, AppState};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Generates a key and returns the response's JSON, asserting a fresh 201.
async fn generate(api: &Api, id: &str, replace: bool) -> Value {
    let res = api.app_key(id, &json!({ "replace": replace }), &[]).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    assert_eq!(res.header("cache-control"), Some("no-store"));
    assert_eq!(res.header("idempotent-replayed"), None);
    res.json()
}

fn bearer(key: &str) -> String {
    format!("Bearer {key}")
}

#[tokio::test]
async fn the_key_is_shown_once_and_only_its_metadata_afterwards() {
    let dir = tempfile::tempdir().unwrap();
    let state = AppState::new(db::open(&dir.path().join("integrations.sqlite3")).unwrap());
    let api = Api::from_state(state);
    let id = api.create_freshchat("Chat").await;
    assert_eq!(api.integration(&id).await["app_key"], Value::Null);

    let generated = generate(&api, &id, false).await;
    let key = generated["key"].as_str().expect("key").to_string();
    let random = key.strip_prefix("ixk_").expect("ixk_ prefix");
    assert_eq!(random.len(), 40, "{key}");
    assert!(random
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    let info = &generated["info"];
    assert_eq!(info["last4"], key[key.len() - 4..]);
    assert_eq!(info["last_used_at"], Value::Null);
    let created_at = info["created_at"].as_str().expect("created_at");
    assert!(created_at.ends_with('Z'), "{created_at}");

    let got = api.get(&format!("/api/v1/integrations/{id}")).await;
    let list = api.get("/api/v1/integrations").await;
    for res in [&got, &list] {
        assert!(!res.text().contains(&key), "key leaked: {}", res.text());
        assert!(!res.text().contains(random), "key leaked: {}", res.text());
    }
    assert_eq!(got.json()["app_key"], *info);
    assert_eq!(
        got.json()["updated_at"],
        created_at,
        "a new key is a change"
    );
    assert_eq!(list.json()["items"][0]["app_key"], *info);

    // Nor is it anywhere on disk: the database, its WAL or its shared memory.
    let mut files = 0;
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        files += 1;
        assert!(
            !bytes.windows(random.len()).any(|w| w == random.as_bytes()),
            "the key is stored in plain text"
        );
    }
    assert!(files >= 1);
}

#[tokio::test]
async fn an_existing_key_is_replaced_only_on_request() {
    let api = Api::new();
    let id = api.create_freshchat("Chat").await;
    let old = generate(&api, &id, false).await["key"]
        .as_str()
        .unwrap()
        .to_string();

    for body in [json!({}), json!({ "replace": false })] {
        let res = api.app_key(&id, &body, &[]).await;
        assert_problem(&res, StatusCode::CONFLICT, "app_key_exists");
        assert!(!res.text().contains(&old));
    }
    // The refused requests changed nothing: the old key still works.
    let res = api.events(Some(&bearer(&old)), &contact_events()).await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "{}", res.text());
    assert!(api.integration(&id).await["app_key"]["last_used_at"].is_string());

    let replaced = generate(&api, &id, true).await;
    let new = replaced["key"].as_str().unwrap();
    assert_ne!(new, old);
    assert_eq!(replaced["info"]["last_used_at"], Value::Null);
    assert_eq!(api.integration(&id).await["app_key"], replaced["info"]);

    let res = api.events(Some(&bearer(&old)), &contact_events()).await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
    let res = api.events(Some(&bearer(new)), &contact_events()).await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "{}", res.text());
}

#[tokio::test]
async fn every_app_model_gets_keys_and_unknown_integrations_none() {
    let api = Api::new();
    let res = api
        .create(&json!({
            "name": "Tickets",
            "model": "freshdesk",
            "settings": { "domain": "acme.freshdesk.com", "api_key": API_KEY },
        }))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let desk = res.json()["id"].as_str().unwrap().to_string();
    let chat = api.create_freshchat("Chat").await;
    let a = generate(&api, &desk, false).await;
    let b = generate(&api, &chat, false).await;
    assert_ne!(a["key"], b["key"], "each integration has its own key");

    let res = api.app_key("no-such-id", &json!({}), &[]).await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
    let res = api.app_key(&chat, &json!({ "replace": "yes" }), &[]).await;
    assert_problem(&res, StatusCode::BAD_REQUEST, "bad_request");
}

#[tokio::test]
async fn a_model_without_the_app_has_no_key() {
    // A model the catalogue does not have (any more): stored directly.
    let state = AppState::new(db::open_in_memory().unwrap());
    {
        let mut conn = state.db.lock().unwrap();
        let inserted = db::insert_integration(
            &mut conn,
            &db::NewIntegration {
                id: "csv-1",
                name: "CSV",
                name_key: "csv",
                model: "csv-upload",
                vendor: "injixo",
                status: injixo_contract::IntegrationStatus::Operational,
                settings: &BTreeMap::new(),
                secrets: &BTreeMap::new(),
                now: "2025-01-31T09:30:00Z",
            },
        )
        .unwrap();
        assert!(inserted);
    }
    let api = Api::from_state(state);
    let res = api.app_key("csv-1", &json!({}), &[]).await;
    assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "app_not_required");
    assert_eq!(api.integration("csv-1").await["app_key"], Value::Null);
    assert_eq!(api.integration("csv-1").await["hints"], json!([]));
}

#[tokio::test]
async fn a_retried_request_gets_the_same_key_and_does_not_rotate_it() {
    let api = Api::new();
    let id = api.create_freshchat("Chat").await;
    let retry = [("idempotency-key", "retry-1")];
    let first = api.app_key(&id, &json!({}), &retry).await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.text());
    let key = first.json()["key"].as_str().unwrap().to_string();

    let second = api.app_key(&id, &json!({}), &retry).await;
    assert_eq!(second.status, StatusCode::CREATED, "{}", second.text());
    assert_eq!(second.header("idempotent-replayed"), Some("true"));
    assert_eq!(second.header("cache-control"), Some("no-store"));
    assert_eq!(second.body, first.body);
    assert_eq!(
        api.integration(&id).await["app_key"],
        first.json()["info"],
        "not rotated"
    );
    let res = api.events(Some(&bearer(&key)), &contact_events()).await;
    assert_eq!(
        res.status,
        StatusCode::ACCEPTED,
        "the first key still works"
    );

    // The same key with another body is a mistake, not a retry.
    let res = api.app_key(&id, &json!({ "replace": true }), &retry).await;
    assert_problem(
        &res,
        StatusCode::UNPROCESSABLE_ENTITY,
        "idempotency_key_reused",
    );
    let res = api.events(Some(&bearer(&key)), &contact_events()).await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "still the first key");
}

#[tokio::test]
async fn idempotency_keys_are_scoped_to_endpoint_and_integration() {
    let api = Api::new();
    let shared = [("idempotency-key", "same-key")];
    let res = api
        .create_with_key(&freshchat("One", "one.freshchat.com", API_KEY), "same-key")
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let one = res.json()["id"].as_str().unwrap().to_string();

    let res = api.app_key(&one, &json!({}), &shared).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    assert_eq!(res.header("idempotent-replayed"), None);
    assert!(res.json()["key"].is_string());

    let res = api
        .create_with_key(&freshchat("Two", "two.freshchat.com", API_KEY), "same-key")
        .await;
    assert_problem(
        &res,
        StatusCode::UNPROCESSABLE_ENTITY,
        "idempotency_key_reused",
    );
    let two = api.create_freshchat("Two").await;
    let res = api.app_key(&two, &json!({}), &shared).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    assert_eq!(res.header("idempotent-replayed"), None);
    assert_eq!(api.integration(&two).await["app_key"], res.json()["info"]);

    // And create still replays its own first response.
    let res = api
        .create_with_key(&freshchat("One", "one.freshchat.com", API_KEY), "same-key")
        .await;
    assert_eq!(res.header("idempotent-replayed"), Some("true"));
    assert_eq!(res.json()["id"], one.as_str());
}

#[tokio::test]
async fn the_replay_holding_the_key_expires_after_ten_minutes() {
    let state = AppState::with_test_hooks(db::open_in_memory().unwrap());
    let api = Api::from_state(state.clone());
    let id = api.create_freshchat("Chat").await;
    let retry = [("idempotency-key", "retry-1")];
    let first = api.app_key(&id, &json!({}), &retry).await;
    let key = first.json()["key"].as_str().unwrap().to_string();
    let stored = |key: &str| {
        let conn = state.db.lock().unwrap();
        conn.query_row(
            "SELECT count(*) FROM idempotency WHERE instr(body, ?1) > 0",
            [key],
            |r| r.get::<_, i64>(0),
        )
        .unwrap()
    };
    assert_eq!(stored(&key), 1, "kept for replays");

    let res = api
        .post(
            "/api/v1/test/clock",
            &json!({ "advance_seconds": 601 }),
            &[],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let res = api.app_key(&id, &json!({}), &retry).await;
    assert_problem(&res, StatusCode::CONFLICT, "app_key_exists");
    assert_eq!(stored(&key), 0, "forgotten");
    let res = api.events(Some(&bearer(&key)), &contact_events()).await;
    assert_eq!(
        res.status,
        StatusCode::ACCEPTED,
        "the key itself stays valid"
    );
}

#[tokio::test]
async fn responses_match_the_documented_schemas() {
    let doc = schema::doc();
    let api = Api::new();
    let path = "/integrations/{id}/app-key";
    let id = api.create_freshchat("Chat").await;
    for body in [json!({}), json!({ "replace": true })] {
        schema::assert_valid(&doc, "GenerateAppKey", &body);
    }
    let cases = [
        (id.as_str(), json!({}), StatusCode::CREATED),
        (id.as_str(), json!({}), StatusCode::CONFLICT),
        ("nope", json!({}), StatusCode::NOT_FOUND),
        (id.as_str(), json!("replace"), StatusCode::BAD_REQUEST),
    ];
    for (id, body, status) in cases {
        let res = api.app_key(id, &body, &[]).await;
        assert_eq!(res.status, status, "{}", res.text());
        schema::check_response(&doc, "post", path, &res);
    }
    for _ in 0..2 {
        let res = api
            .app_key(
                &id,
                &json!({ "replace": true }),
                &[("idempotency-key", "k")],
            )
            .await;
        schema::check_response(&doc, "post", path, &res);
    }
    let res = api.integration(&id).await;
    schema::assert_valid(&doc, "Integration", &res);
    assert!(res["app_key"].is_object());
}
