//! `POST /external-systems/agent-statuses` (the endpoint the help article's injixo
//! API names next to contact events): what it accepts, its key, the configuration
//! ID in `meta`, and the status it drives. What it refuses field by field:
//! `agent_statuses_checks.rs`.

mod common;
#[path = "common/external.rs"]
mod external;
#[path = "common/schema.rs"]
mod schema;

use axum::http::StatusCode;
use common::*;
use external::*;
use injixo_contract::EXTERNAL_TEXT_MAX_CHARS;
use serde_json::{json, Value};

#[tokio::test]
async fn accepted_statuses_make_the_integration_operational() {
    let api = Api::new();
    let acd = injixo_api(&api, "My ACD").await;
    let before = api.integration(&acd.id).await;
    assert_eq!(before["status"], "connecting");

    let body = agent_statuses(&acd.configuration_id);
    let res = deliver_statuses(&api, Some(&acd.bearer()), &body).await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "{}", res.text());
    assert_eq!(res.json(), json!({ "accepted": 2 }));
    assert!(res.header("x-request-id").is_some());

    let after = api.integration(&acd.id).await;
    assert_eq!(after["status"], "operational");
    let imported = after["last_import_at"].as_str().expect("last_import_at");
    assert_eq!(after["app_key"]["last_used_at"], imported);
    assert_eq!(
        after["updated_at"], before["updated_at"],
        "data is no change"
    );

    // At the limits: the longest texts (counted in characters, not bytes), fractions
    // and offsets, `null` for what is optional, members that are not read.
    let longest = "é".repeat(EXTERNAL_TEXT_MAX_CHARS);
    let mut edge = changed(&body, "/data/0/agentIdentifier", Some(json!(longest)));
    edge = changed(&edge, "/data/0/activityIdentifier", Some(json!(longest)));
    edge = changed(
        &edge,
        "/data/0/startTime",
        Some(json!("2022-12-06T08:00:00.5+01:00")),
    );
    edge = changed(
        &edge,
        "/data/0/endTime",
        Some(json!("2022-12-06T07:00:00.6Z")),
    );
    edge = changed(&edge, "/data/1/endTime", Some(Value::Null));
    edge = changed(&edge, "/data/1/comment", Some(json!("not read")));
    edge = changed(&edge, "/meta/externalSystem", Some(json!(longest)));
    let res = deliver_statuses(&api, Some(&acd.bearer()), &edge).await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "{}", res.text());
    edge = changed(&edge, "/meta/externalSystem", None);
    let res = deliver_statuses(&api, Some(&acd.bearer()), &edge).await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "{}", res.text());

    // Any integration's key will do, with its own configuration ID.
    let (chat, chat_key) = with_key(&api, "Chat").await;
    let chat_id = api.integration(&chat).await["configuration_id"].clone();
    let bearer = format!("Bearer {chat_key}");
    let res = deliver_statuses(&api, Some(&bearer), &agent_statuses(&chat_id)).await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "{}", res.text());
    assert_eq!(api.integration(&chat).await["status"], "operational");
}

#[tokio::test]
async fn missing_unknown_or_replaced_keys_are_unauthorized() {
    let api = Api::new();
    let acd = injixo_api(&api, "My ACD").await;
    let body = agent_statuses(&acd.configuration_id);
    let cases = [
        None,
        Some("Bearer".to_string()),
        Some(acd.key.clone()),
        Some(format!("Basic {}", acd.key)),
        Some("Bearer ixk_not-a-key".to_string()),
    ];
    for authorization in cases {
        let res = deliver_statuses(&api, authorization.as_deref(), &body).await;
        assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
        let challenge = res.header("www-authenticate").expect("WWW-Authenticate");
        assert!(challenge.starts_with("Bearer"), "{challenge}");
        assert!(!res.text().contains(&acd.key), "key echoed");
    }
    // The key is checked before the body: no hint that the body was wrong.
    let res = deliver_statuses(&api, Some("Bearer ixk_not-a-key"), &json!({})).await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
    assert_nothing_recorded(&api, &acd.id).await;

    // A replaced key is refused at once, its successor accepted.
    let res = api.app_key(&acd.id, &json!({ "replace": true }), &[]).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let new_key = format!("Bearer {}", res.json()["key"].as_str().unwrap());
    let res = deliver_statuses(&api, Some(&acd.bearer()), &body).await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
    let res = deliver_statuses(&api, Some(&new_key), &body).await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "{}", res.text());
}

#[tokio::test]
async fn another_integrations_configuration_id_is_refused() {
    let api = Api::new();
    let acd = injixo_api(&api, "My ACD").await;
    let other = injixo_api(&api, "Other ACD").await;
    assert_ne!(acd.configuration_id, other.configuration_id);
    for (sender, named) in [(&acd, &other), (&other, &acd)] {
        let body = agent_statuses(&named.configuration_id);
        let res = deliver_statuses(&api, Some(&sender.bearer()), &body).await;
        assert_field_errors(
            &res,
            &[("/meta/integrationConfigurationId", "integration_mismatch")],
        );
    }
    // Deleted integrations' IDs are never given again, and name no one.
    let gone = injixo_api(&api, "Gone").await;
    assert_eq!(
        api.delete(&format!("/api/v1/integrations/{}", gone.id))
            .await
            .status,
        StatusCode::NO_CONTENT
    );
    let res = deliver_statuses(
        &api,
        Some(&acd.bearer()),
        &agent_statuses(&gone.configuration_id),
    )
    .await;
    assert_field_errors(
        &res,
        &[("/meta/integrationConfigurationId", "integration_mismatch")],
    );
    let res = deliver_statuses(
        &api,
        Some(&gone.bearer()),
        &agent_statuses(&gone.configuration_id),
    )
    .await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
    assert_nothing_recorded(&api, &acd.id).await;
    assert_nothing_recorded(&api, &other.id).await;
}

#[tokio::test]
async fn statuses_end_the_silence_of_an_app_like_events_do() {
    let api = Api::with_test_hooks();
    let (id, key) = with_key(&api, "Chat").await;
    let bearer = format!("Bearer {key}");
    let res = api.events(Some(&bearer), &contact_events()).await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "{}", res.text());
    advance(&api, 7 * 3600).await;
    let silent = api.integration(&id).await;
    assert_eq!(silent["hints"], json!(["app_silent"]));

    let body = agent_statuses(&silent["configuration_id"]);
    let res = deliver_statuses(&api, Some(&bearer), &body).await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "{}", res.text());
    let after = api.integration(&id).await;
    assert_eq!(after["hints"], json!([]));
    assert!(after["last_import_at"].as_str() > silent["last_import_at"].as_str());
}

#[tokio::test]
async fn responses_match_the_documented_schemas() {
    let doc = schema::doc();
    let api = Api::new();
    let acd = injixo_api(&api, "My ACD").await;
    let body = agent_statuses(&acd.configuration_id);
    schema::assert_valid(&doc, "AgentStatuses", &body);
    let bearer = acd.bearer();
    let cases = [
        (Some(bearer.as_str()), body.clone(), StatusCode::ACCEPTED),
        (Some(bearer.as_str()), json!([]), StatusCode::BAD_REQUEST),
        (
            Some(bearer.as_str()),
            json!({}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (None, body.clone(), StatusCode::UNAUTHORIZED),
        (Some("Bearer nope"), body, StatusCode::UNAUTHORIZED),
    ];
    for (authorization, body, status) in cases {
        let res = deliver_statuses(&api, authorization, &body).await;
        assert_eq!(res.status, status, "{}", res.text());
        schema::check_response(&doc, "post", AGENT_STATUSES, &res);
    }
    schema::assert_valid(&doc, "Integration", &api.integration(&acd.id).await);
}
