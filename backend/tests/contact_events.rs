//! `POST /external-systems/contact-events` (the injixo app's endpoint), the status
//! it drives, the `app_silent` hint, and the clock test hook behind it.

mod common;
#[path = "common/external.rs"]
mod external;
#[path = "common/schema.rs"]
mod schema;

use axum::http::StatusCode;
use common::*;
use external::{advance, with_key};
use injixo_backend::{db, AppState};
use serde_json::{json, Value};

async fn deliver(api: &Api, key: &str) -> Res {
    api.events(Some(&format!("Bearer {key}")), &contact_events())
        .await
}

#[tokio::test]
async fn a_delivery_makes_a_connecting_integration_operational() {
    let api = Api::new();
    let (id, key) = with_key(&api, "Chat").await;
    let before = api.integration(&id).await;
    assert_eq!(before["status"], "connecting");
    assert_eq!(before["last_import_at"], Value::Null);

    let res = deliver(&api, &key).await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "{}", res.text());
    assert_eq!(res.json(), json!({ "accepted": 1 }));
    assert!(res.header("x-request-id").is_some());

    let after = api.integration(&id).await;
    assert_eq!(after["status"], "operational");
    let imported = after["last_import_at"].as_str().expect("last_import_at");
    assert!(imported.ends_with('Z'), "{imported}");
    assert_eq!(after["app_key"]["last_used_at"], imported);
    assert_eq!(after["hints"], json!([]));
    assert_eq!(
        after["updated_at"], before["updated_at"],
        "data is no change"
    );

    let mut two = contact_events();
    let event = two["data"][0].clone();
    two["data"] = json!([event.clone(), event]);
    let res = api.events(Some(&format!("bearer {key}")), &two).await;
    assert_eq!(res.json(), json!({ "accepted": 2 }));
}

#[tokio::test]
async fn missing_or_invalid_keys_are_unauthorized() {
    let api = Api::new();
    let (id, key) = with_key(&api, "Chat").await;
    let cases = [
        None,
        Some(String::new()),
        Some("Bearer".to_string()),
        Some("Bearer ".to_string()),
        Some(key.clone()),
        Some(format!("Basic {key}")),
        Some("Bearer ixk_not-a-key".to_string()),
        Some(format!("Bearer {}", &key[..key.len() - 1])),
    ];
    for authorization in cases {
        let res = api
            .events(authorization.as_deref(), &contact_events())
            .await;
        assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
        let challenge = res.header("www-authenticate").expect("WWW-Authenticate");
        assert!(challenge.starts_with("Bearer"), "{challenge}");
        assert!(!res.text().contains(&key), "key echoed");
    }
    // The key is checked before the body: no hint that the body was wrong.
    let res = api
        .events(Some("Bearer ixk_not-a-key"), &json!({ "data": [] }))
        .await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
    assert_eq!(api.integration(&id).await["status"], "connecting");
}

#[tokio::test]
async fn bodies_that_are_not_contact_events_are_bad_requests() {
    let api = Api::new();
    let (id, key) = with_key(&api, "Chat").await;
    let mut bad_time = contact_events();
    bad_time["data"][0]["timestamp"] = json!("yesterday");
    let mut no_queue = contact_events();
    no_queue["data"][0]
        .as_object_mut()
        .unwrap()
        .remove("queueName");
    for body in [
        json!({ "data": [] }),
        json!({}),
        json!([]),
        bad_time,
        no_queue,
    ] {
        let res = api.events(Some(&format!("Bearer {key}")), &body).await;
        assert_problem(&res, StatusCode::BAD_REQUEST, "bad_request");
    }
    let after = api.integration(&id).await;
    assert_eq!(after["status"], "connecting", "nothing was accepted");
    assert_eq!(after["last_import_at"], Value::Null);
}

#[tokio::test]
async fn a_paused_integration_stays_paused_and_a_failing_one_recovers() {
    let state = AppState::new(db::open_in_memory().unwrap());
    let api = Api::from_state(state.clone());
    let (paused, paused_key) = with_key(&api, "Paused").await;
    let (failing, failing_key) = with_key(&api, "Failing").await;
    let set_status = |id: &str, status: &str| {
        let conn = state.db.lock().unwrap();
        let n = conn
            .execute(
                "UPDATE integrations SET status = ?2 WHERE id = ?1",
                [id, status],
            )
            .unwrap();
        assert_eq!(n, 1);
    };
    set_status(&paused, "paused");
    set_status(&failing, "problem_detected");

    assert_eq!(
        deliver(&api, &paused_key).await.status,
        StatusCode::ACCEPTED
    );
    let got = api.integration(&paused).await;
    assert_eq!(got["status"], "paused");
    assert!(got["last_import_at"].is_string(), "the data still arrived");

    assert_eq!(
        deliver(&api, &failing_key).await.status,
        StatusCode::ACCEPTED
    );
    assert_eq!(api.integration(&failing).await["status"], "operational");
}

#[tokio::test]
async fn a_silent_app_is_hinted_after_six_hours_until_it_delivers_again() {
    let api = Api::with_test_hooks();
    let (id, key) = with_key(&api, "Chat").await;
    let (waiting, _) = with_key(&api, "Waiting").await;
    assert_eq!(deliver(&api, &key).await.status, StatusCode::ACCEPTED);
    let hints = |api: Api, id: String| async move { api.integration(&id).await["hints"].clone() };
    assert_eq!(hints(api.clone(), id.clone()).await, json!([]));

    // Just under six hours: fine.
    advance(&api, 6 * 3600 - 60).await;
    assert_eq!(hints(api.clone(), id.clone()).await, json!([]));

    // Past six hours: silent, in the list too, but only for the operational one.
    let now = advance(&api, 120).await;
    let now = now["now"].as_str().expect("now");
    assert!(now.ends_with('Z') && !now.contains('.'), "{now}");
    assert_eq!(hints(api.clone(), id.clone()).await, json!(["app_silent"]));
    let list = api.list().await;
    let by_id = |id: &str| list.iter().find(|i| i["id"] == id).unwrap().clone();
    assert_eq!(by_id(&id)["hints"], json!(["app_silent"]));
    assert_eq!(by_id(&waiting)["status"], "connecting");
    assert_eq!(by_id(&waiting)["hints"], json!([]));

    // The next delivery ends it, stamped with the advanced clock.
    assert_eq!(deliver(&api, &key).await.status, StatusCode::ACCEPTED);
    let got = api.integration(&id).await;
    assert_eq!(got["hints"], json!([]));
    assert!(got["last_import_at"].as_str().unwrap() >= now);
}

#[tokio::test]
async fn the_clock_hook_exists_only_when_switched_on() {
    let res = Api::new()
        .post("/api/v1/test/clock", &json!({ "advance_seconds": 60 }), &[])
        .await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");

    let api = Api::with_test_hooks();
    let before = advance(&api, 0).await["now"].as_str().unwrap().to_string();
    let after = advance(&api, 86_400).await["now"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(after > before, "{before} → {after}");
    for seconds in [-1, i64::MAX] {
        let res = api
            .post(
                "/api/v1/test/clock",
                &json!({ "advance_seconds": seconds }),
                &[],
            )
            .await;
        assert_problem(&res, StatusCode::BAD_REQUEST, "bad_request");
    }
    // New integrations are stamped with the moved clock.
    let id = api.create_freshchat("Later").await;
    let created = api.integration(&id).await["created_at"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(created >= after, "{created} < {after}");
}

#[tokio::test]
async fn other_methods_and_paths_are_problems_not_the_spa() {
    let api = Api::new();
    let res = api.get("/external-systems/contact-events").await;
    assert_problem(&res, StatusCode::METHOD_NOT_ALLOWED, "bad_request");
    let res = api.get("/external-systems/nope").await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
}

#[tokio::test]
async fn responses_match_the_documented_schemas() {
    let doc = schema::doc();
    let api = Api::new();
    let path = "/external-systems/contact-events";
    schema::assert_valid(&doc, "ContactEvents", &contact_events());
    let (id, key) = with_key(&api, "Chat").await;
    let bearer = format!("Bearer {key}");
    let cases = [
        (
            Some(bearer.as_str()),
            contact_events(),
            StatusCode::ACCEPTED,
        ),
        (
            Some(bearer.as_str()),
            json!({ "data": [] }),
            StatusCode::BAD_REQUEST,
        ),
        (None, contact_events(), StatusCode::UNAUTHORIZED),
        (
            Some("Bearer nope"),
            contact_events(),
            StatusCode::UNAUTHORIZED,
        ),
    ];
    for (authorization, body, status) in cases {
        let res = api.events(authorization, &body).await;
        assert_eq!(res.status, status, "{}", res.text());
        schema::check_response(&doc, "post", path, &res);
    }
    schema::assert_valid(&doc, "Integration", &api.integration(&id).await);
}
