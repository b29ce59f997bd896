//! The `/api/v1` endpoints as a client sees them: reading, creating, validation,
//! name uniqueness, write-only secrets and persistence.

mod common;

use axum::{
    body::Body,
    http::{Method, StatusCode},
};
use common::*;
use injixo_backend::db;
use serde_json::{json, Value};
use std::path::Path;

#[tokio::test]
async fn health_is_ok() {
    let res = Api::new().get("/api/v1/health").await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.json(), json!({ "status": "ok" }));
    assert!(res.header("x-request-id").is_some_and(|id| !id.is_empty()));
}

#[tokio::test]
async fn catalogue_offers_freshchat_by_freshworks() {
    let res = Api::new().get("/api/v1/catalogue").await;
    assert_eq!(res.status, StatusCode::OK);
    let catalogue: injixo_contract::Catalogue = serde_json::from_slice(&res.body).unwrap();
    let vendor = catalogue.vendor("freshworks").expect("vendor freshworks");
    assert_eq!(vendor.name, "Freshworks");
    let (owner, model) = catalogue.model("freshchat").expect("model freshchat");
    assert_eq!(owner.id, "freshworks");
    assert_eq!(model.name, "Freshchat");
    match &model.field("domain").expect("domain field").kind {
        injixo_contract::FieldKind::Domain { suffix, foreign } => {
            assert_eq!(suffix, "freshchat.com");
            assert!(foreign.iter().any(|f| f.suffix == "freshdesk.com"));
        }
        other => panic!("domain is {other:?}"),
    }
    let api_key = model.field("api_key").expect("api_key field");
    assert!(matches!(
        api_key.kind,
        injixo_contract::FieldKind::Secret { .. }
    ));
    assert!(api_key.required);
}

#[tokio::test]
async fn create_returns_the_integration_without_its_secret() {
    let api = Api::new();
    let res = api
        .create(&freshchat("  Chat   EU ", "Acme.Freshchat.com", API_KEY))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    assert!(
        !res.text().contains(API_KEY),
        "secret leaked: {}",
        res.text()
    );
    let created = res.json();
    let id = created["id"].as_str().expect("id").to_string();
    assert_eq!(
        res.header("location"),
        Some(format!("/api/v1/integrations/{id}").as_str())
    );
    assert_eq!(res.header("idempotent-replayed"), None);
    assert_eq!(created["name"], "Chat EU");
    assert_eq!(created["model"], "freshchat");
    assert_eq!(created["vendor"], "freshworks");
    assert_eq!(created["status"], "connecting");
    assert_eq!(
        created["settings"],
        json!({ "domain": "acme.freshchat.com" })
    );
    assert_eq!(
        created["secrets"],
        json!({ "api_key": { "last4": "WXYZ" } })
    );
    assert_eq!(created["last_import_at"], Value::Null);
    for stamp in ["created_at", "updated_at"] {
        let s = created[stamp].as_str().expect(stamp);
        time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
            .unwrap_or_else(|e| panic!("{stamp} {s:?}: {e}"));
        assert!(s.ends_with('Z'), "{stamp} {s:?} is not UTC");
    }

    let list = api.get("/api/v1/integrations").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(
        !list.text().contains(API_KEY),
        "secret leaked: {}",
        list.text()
    );
    assert_eq!(
        list.json(),
        json!({ "items": [created.clone()], "next_cursor": null, "total": 1 })
    );

    let got = api.get(&format!("/api/v1/integrations/{id}")).await;
    assert_eq!(got.status, StatusCode::OK);
    assert!(
        !got.text().contains(API_KEY),
        "secret leaked: {}",
        got.text()
    );
    assert_eq!(got.json(), created);
}

#[tokio::test]
async fn the_list_is_ordered_by_name() {
    let api = Api::new();
    for (name, sub) in [("zeta", "z"), ("Alpha", "a"), ("beta", "b")] {
        let res = api
            .create(&freshchat(name, &format!("{sub}.freshchat.com"), API_KEY))
            .await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    }
    let names: Vec<Value> = api.list().await.iter().map(|i| i["name"].clone()).collect();
    assert_eq!(names, [json!("Alpha"), json!("beta"), json!("zeta")]);
}

#[tokio::test]
async fn short_secrets_reveal_no_last4() {
    let api = Api::new();
    let res = api
        .create(&freshchat("Short", "acme.freshchat.com", "key-12345"))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    assert_eq!(res.json()["secrets"], json!({ "api_key": { "last4": "" } }));
}

#[tokio::test]
async fn an_unknown_integration_is_a_problem_with_a_request_id() {
    let api = Api::new();
    let res = api.get("/api/v1/integrations/does-not-exist").await;
    let problem = assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
    assert_eq!(problem.get("errors"), None, "no field errors: {problem}");

    let other = api.get("/api/v1/integrations/does-not-exist").await;
    assert_ne!(
        other.header("x-request-id"),
        res.header("x-request-id"),
        "request ids are per request"
    );
}

#[tokio::test]
async fn unknown_api_paths_and_methods_are_problems() {
    let api = Api::new();
    assert_problem(
        &api.get("/api/v1/nope").await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    let res = api
        .send(request(
            Method::DELETE,
            "/api/v1/integrations",
            &[],
            Body::empty(),
        ))
        .await;
    assert_problem(&res, StatusCode::METHOD_NOT_ALLOWED, "bad_request");
}

#[tokio::test]
async fn empty_fields_are_each_reported() {
    let res = Api::new().create(&freshchat("   ", " ", "")).await;
    assert_field_errors(
        &res,
        &[
            ("name", "required"),
            ("domain", "required"),
            ("api_key", "required"),
        ],
    );
    let res = Api::new()
        .create(&json!({ "name": "", "model": "freshchat", "settings": {} }))
        .await;
    assert_field_errors(
        &res,
        &[
            ("name", "required"),
            ("domain", "required"),
            ("api_key", "required"),
        ],
    );
}

#[tokio::test]
async fn domains_are_checked_against_the_vendor() {
    let api = Api::new();
    let cases = [
        ("acme.freshdesk.com", "domain_wrong_vendor"),
        ("https://acme.freshcaller.com/", "domain_wrong_vendor"),
        ("freshchat.com", "domain_missing_subdomain"),
        ("acme.example.com", "domain_not_vendor"),
        ("not a domain", "domain_invalid"),
    ];
    for (domain, code) in cases {
        let res = api.create(&freshchat("Chat", domain, API_KEY)).await;
        assert_field_errors(&res, &[("domain", code)]);
    }
    assert!(api.list().await.is_empty(), "nothing was stored");
}

#[tokio::test]
async fn a_pasted_url_is_stored_as_its_host() {
    let api = Api::new();
    let res = api
        .create(&freshchat(
            "Chat",
            " https://Acme.Freshchat.com/x ",
            API_KEY,
        ))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    assert_eq!(res.json()["settings"]["domain"], "acme.freshchat.com");
    assert_eq!(
        api.list().await[0]["settings"]["domain"],
        "acme.freshchat.com"
    );
}

#[tokio::test]
async fn settings_outside_the_model_and_wrong_types_are_rejected() {
    let api = Api::new();
    let mut body = freshchat("Chat", "acme.freshchat.com", API_KEY);
    body["settings"]["region"] = json!("eu");
    assert_field_errors(&api.create(&body).await, &[("region", "unknown_field")]);

    let mut body = freshchat("Chat", "acme.freshchat.com", API_KEY);
    body["settings"]["api_key"] = json!(true);
    assert_field_errors(&api.create(&body).await, &[("api_key", "invalid_type")]);

    let long = "x".repeat(513);
    let res = api
        .create(&freshchat("Chat", "acme.freshchat.com", &long))
        .await;
    assert_field_errors(&res, &[("api_key", "too_long")]);
    assert!(
        !res.text().contains(&long),
        "the rejected secret is not echoed"
    );

    let res = api
        .create(&freshchat(&"n".repeat(81), "acme.freshchat.com", API_KEY))
        .await;
    assert_field_errors(&res, &[("name", "too_long")]);
}

#[tokio::test]
async fn an_unknown_model_is_rejected() {
    let api = Api::new();
    let mut body = freshchat("Chat", "acme.freshchat.com", API_KEY);
    body["model"] = json!("fresh-nothing");
    let res = api.create(&body).await;
    assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "unknown_model");
    assert!(api.list().await.is_empty());
}

#[tokio::test]
async fn bodies_that_are_not_the_expected_json_are_bad_requests() {
    let api = Api::new();
    let post = |body: &'static str, content_type: &'static str| {
        request(
            Method::POST,
            "/api/v1/integrations",
            &[("content-type", content_type)],
            Body::from(body),
        )
    };
    let cases = [
        post("{\"name\": ", "application/json"),
        post("[]", "application/json"),
        post(
            "{\"name\":\"x\",\"model\":\"freshchat\"}",
            "application/json",
        ),
        // Not a FieldValue (an integer is one, for number fields: `invalid_type`).
        post(
            "{\"name\":\"x\",\"model\":\"freshchat\",\"settings\":{\"domain\":4.2}}",
            "application/json",
        ),
        post(
            "{\"name\":\"x\",\"model\":\"freshchat\",\"settings\":{}}",
            "text/plain",
        ),
    ];
    for req in cases {
        let res = api.send(req).await;
        assert_problem(&res, StatusCode::BAD_REQUEST, "bad_request");
    }
    assert!(api.list().await.is_empty());
}

#[tokio::test]
async fn names_are_unique_ignoring_case_and_whitespace() {
    let api = Api::new();
    let res = api
        .create(&freshchat("Chat EU", "one.freshchat.com", API_KEY))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());

    let res = api
        .create(&freshchat("  chat   eu ", "two.freshchat.com", API_KEY))
        .await;
    let problem = assert_problem(&res, StatusCode::CONFLICT, "name_taken");
    assert_eq!(field_errors(&problem), pairs(&[("name", "name_taken")]));
    assert_eq!(api.list().await.len(), 1);
}

#[tokio::test]
async fn concurrent_creates_of_one_name_store_one_integration() {
    // Both pass the early name check while the vendor is slow; the database decides.
    let api = Api::new();
    let one = freshchat("Twin", "slow.freshchat.com", API_KEY);
    let two = freshchat("twin", "slow.freshchat.com", API_KEY);
    let (a, b) = tokio::join!(api.create(&one), api.create(&two));
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::CREATED, StatusCode::CONFLICT]);
    let conflict = if a.status == StatusCode::CONFLICT {
        &a
    } else {
        &b
    };
    let problem = assert_problem(conflict, StatusCode::CONFLICT, "name_taken");
    assert_eq!(field_errors(&problem), pairs(&[("name", "name_taken")]));
    assert_eq!(api.list().await.len(), 1);
}

#[tokio::test]
async fn integrations_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("integrations.sqlite3");
    let dist = Path::new("/nonexistent/dist");

    let api = Api::with(db::open(&path).unwrap(), dist);
    let res = api
        .create(&freshchat("Kept", "acme.freshchat.com", API_KEY))
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let created = res.json();
    drop(api);

    let api = Api::with(db::open(&path).unwrap(), dist);
    assert_eq!(api.list().await, vec![created.clone()]);
    let id = created["id"].as_str().unwrap();
    assert_eq!(
        api.get(&format!("/api/v1/integrations/{id}")).await.json(),
        created
    );
    // The name is still taken after the restart.
    let res = api
        .create(&freshchat("KEPT", "other.freshchat.com", API_KEY))
        .await;
    assert_problem(&res, StatusCode::CONFLICT, "name_taken");
}
