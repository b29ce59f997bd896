//! injixo Cloud Link end to end through the API: a client registers, is claimed,
//! serves an on-premise integration whose status follows its heartbeats, and
//! authenticates with its own token (never a session).

#[path = "common/cloud_link.rs"]
mod cloud_link;
mod common;

use axum::{body::Body, http::Method, http::StatusCode};
use cloud_link::*;
use common::*;
use injixo_backend::config::AuthMode;
use injixo_contract::{JobKind, LINK_LOST_AFTER_SECS};
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

#[tokio::test]
async fn a_linked_integration_is_operational_while_its_client_beats() {
    let api = api();
    let (client, created) = linked_integration(&api, "Agent status DB").await;
    let id = created["id"].as_str().unwrap();
    assert_eq!(created["status"], "operational", "{created}");
    let link = &created["cloud_link"];
    assert_eq!(link["connected"], true);
    assert_eq!(link["time_zone"], "Europe/Berlin");
    assert_eq!(link["host"], "acd-gw-01");
    // The password is write-only here as everywhere.
    assert_eq!(created["secrets"]["db_password"]["last4"], "1234");
    assert!(!created.to_string().contains("s3cret"), "{created}");

    advance(&api, LINK_LOST_AFTER_SECS + 1).await;
    let lost = api.integration(id).await;
    assert_eq!(lost["status"], "problem_detected");
    assert_eq!(lost["cloud_link"]["connected"], false);
    let listed = api.list().await;
    assert_eq!(listed[0]["status"], "problem_detected");

    let beat = client.heartbeat("Europe/Berlin").await;
    assert_eq!(beat.status, StatusCode::OK, "{}", beat.text());
    assert_eq!(beat.json(), json!({ "linked": true, "integration_id": id }));
    let back = api.integration(id).await;
    assert_eq!(back["status"], "operational");
    assert_eq!(back["cloud_link"]["connected"], true);

    // Paused stays paused, connected or not.
    api.post_empty(&format!("/api/v1/integrations/{id}/pause"))
        .await;
    assert_eq!(api.integration(id).await["status"], "paused");
    advance(&api, LINK_LOST_AFTER_SECS + 1).await;
    assert_eq!(api.integration(id).await["status"], "paused");
}

#[tokio::test]
async fn the_verify_job_carries_the_settings_and_secrets_to_the_client() {
    let api = api();
    let client = Client::register(&api, "Europe/Berlin").await;
    let link = client.claimed().await;
    let serving = client.spawn_one(|_| verified("Europe/Berlin"));
    let body = db_create("DB", link["id"].as_str(), "Europe/Berlin");
    api.created(&body).await;
    let job = serving.await.unwrap();
    let JobKind::Verify { settings } = job.kind else {
        panic!("not a verify job: {job:?}");
    };
    assert_eq!(
        settings["db_password"].as_text(),
        Some("s3cret-password-1234")
    );
    assert_eq!(settings["db_host"].as_text(), Some("db.internal"));
    // Answered jobs are gone: a second answer finds nothing.
    let again = client.answer(&job.id, &verified("UTC")).await;
    assert_problem(&again, StatusCode::NOT_FOUND, "not_found");
}

#[tokio::test]
async fn heartbeats_tell_the_client_whether_it_is_linked() {
    let api = api();
    let mut client = Client::register(&api, "UTC").await;
    let beat = client.heartbeat("UTC").await;
    assert_eq!(beat.json(), json!({ "linked": false }));
    // A fresh PIN replaces the old one, which stops working.
    let old = client.pin.clone();
    assert_eq!(client.new_pin().await.status, StatusCode::OK);
    assert_ne!(client.pin, old);
    let res = claim(&api, &old, None).await;
    assert_eq!(field_errors(&res.json()), pairs(&[("pin", "pin_invalid")]));
    let link = client.claimed().await;
    assert_eq!(
        client.heartbeat("UTC").await.json(),
        json!({ "linked": true })
    );
    let got = api
        .get(&format!(
            "/api/v1/cloud-link/links/{}",
            link["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(got.status, StatusCode::OK);
    assert_eq!(got.json()["id"], link["id"]);
    assert_problem(
        &api.get("/api/v1/cloud-link/links/nope").await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
}

#[tokio::test]
async fn deleting_the_integration_unlinks_its_client() {
    let api = api();
    let (client, created) = linked_integration(&api, "DB").await;
    let id = created["id"].as_str().unwrap();
    assert_eq!(
        api.delete(&format!("/api/v1/integrations/{id}"))
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        client.heartbeat("Europe/Berlin").await.json(),
        json!({ "linked": false })
    );
}

#[tokio::test]
async fn jobs_long_poll_and_answer_204_when_none_came() {
    let api = api();
    let client = Client::register(&api, "UTC").await;
    let started = std::time::Instant::now();
    let res = client.poll(1).await;
    assert_eq!(res.status, StatusCode::NO_CONTENT);
    assert!(res.body.is_empty());
    assert!(started.elapsed() >= std::time::Duration::from_millis(900));
    for bad in ["26", "-1", "x", ""] {
        let res = client
            .api
            .send(request(
                Method::GET,
                &format!("/api/v1/cloud-link/client/jobs?wait={bad}"),
                &[("authorization", &client.bearer())],
                Body::empty(),
            ))
            .await;
        assert_problem(&res, StatusCode::BAD_REQUEST, "bad_request");
    }
}

#[tokio::test]
async fn client_calls_need_the_clients_own_token() {
    let state = state_with(fast_config());
    let api = Api::from_state(state.clone());
    let client = Client::register(&api, "UTC").await;
    assert!(client.token.starts_with("ixc_"));
    for auth in [None, Some("Bearer ixc_not-a-token".to_string())] {
        let headers: Vec<(&str, &str)> =
            auth.iter().map(|a| ("authorization", a.as_str())).collect();
        let res = api
            .post(
                "/api/v1/cloud-link/client/heartbeat",
                &facts("UTC"),
                &headers,
            )
            .await;
        assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
        assert!(res
            .header("www-authenticate")
            .unwrap()
            .starts_with("Bearer"));
    }
    // The token is kept as a hash only.
    let stored: String = state
        .db
        .lock()
        .unwrap()
        .query_row("SELECT token_hash FROM cloud_link_clients", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(stored, injixo_backend::credentials::key_hash(&client.token));
}

#[tokio::test]
async fn the_client_needs_no_session_and_the_admin_does() {
    let mut state = state_with(fast_config());
    state.auth_mode = AuthMode::Session;
    let api = Api::from_state(state);
    let client = Client::register(&api, "UTC").await;
    assert_eq!(client.heartbeat("UTC").await.status, StatusCode::OK);
    assert_eq!(client.poll(0).await.status, StatusCode::NO_CONTENT);
    let res = claim(&api, &client.pin, None).await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
    // A session cookie without the CSRF header is refused on admin paths only.
    let login = api
        .post("/api/v1/session", &json!({ "user": "ada" }), &[])
        .await;
    let cookie = login
        .header("set-cookie")
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let res = api
        .post(
            "/api/v1/cloud-link/claims",
            &json!({ "pin": client.pin }),
            &[("cookie", &cookie)],
        )
        .await;
    assert_problem(&res, StatusCode::FORBIDDEN, "csrf_failed");
    let res = api
        .post(
            "/api/v1/cloud-link/client/heartbeat",
            &facts("UTC"),
            &[("cookie", &cookie), ("authorization", &client.bearer())],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
}
