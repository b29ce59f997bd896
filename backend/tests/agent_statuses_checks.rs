//! `POST /external-systems/agent-statuses` refuses what it cannot take: each field
//! error named by its JSON Pointer, the batch limits, and bodies that are not JSON
//! objects. Nothing of a refused delivery is recorded.

mod common;
#[path = "common/external.rs"]
mod external;

use axum::{
    body::Body,
    http::{Method, StatusCode},
};
use common::*;
use external::*;
use injixo_contract::{AGENT_STATUSES_MAX_ITEMS, EXTERNAL_TEXT_MAX_CHARS};
use serde_json::{json, Value};

#[tokio::test]
async fn each_invalid_field_is_named_by_its_pointer() {
    let api = Api::new();
    let acd = injixo_api(&api, "My ACD").await;
    let body = agent_statuses(&acd.configuration_id);
    let too_long = json!("x".repeat(EXTERNAL_TEXT_MAX_CHARS + 1));
    let start = body["data"][0]["startTime"].clone();
    let cases: Vec<(&str, Option<Value>, &str)> = vec![
        ("/data", None, "required"),
        ("/data", Some(Value::Null), "required"),
        ("/data", Some(json!([])), "required"),
        ("/data", Some(json!({})), "invalid_type"),
        ("/data/1", Some(json!("status")), "invalid_type"),
        ("/data/0/agentIdentifier", None, "required"),
        ("/data/0/agentIdentifier", Some(json!("")), "required"),
        ("/data/0/agentIdentifier", Some(json!(" \t")), "required"),
        ("/data/0/agentIdentifier", Some(json!(42)), "invalid_type"),
        (
            "/data/0/agentIdentifier",
            Some(too_long.clone()),
            "too_long",
        ),
        ("/data/1/activityIdentifier", Some(Value::Null), "required"),
        (
            "/data/1/activityIdentifier",
            Some(json!(["Test"])),
            "invalid_type",
        ),
        (
            "/data/1/activityIdentifier",
            Some(too_long.clone()),
            "too_long",
        ),
        ("/data/0/startTime", None, "required"),
        (
            "/data/0/startTime",
            Some(json!("yesterday")),
            "time_invalid",
        ),
        (
            "/data/0/startTime",
            Some(json!("2022-12-06T08:00:00")),
            "time_invalid",
        ),
        (
            "/data/0/startTime",
            Some(json!(1_670_313_600)),
            "invalid_type",
        ),
        ("/data/0/endTime", Some(json!("soon")), "time_invalid"),
        ("/data/0/endTime", Some(json!(false)), "invalid_type"),
        ("/data/0/endTime", Some(start), "end_before_start"),
        (
            "/data/0/endTime",
            Some(json!("2022-12-06T09:00:00+02:00")),
            "end_before_start",
        ),
        ("/meta", None, "required"),
        ("/meta", Some(json!("My ACD")), "invalid_type"),
        ("/meta/integrationConfigurationId", None, "required"),
        (
            "/meta/integrationConfigurationId",
            Some(json!("1")),
            "invalid_type",
        ),
        (
            "/meta/integrationConfigurationId",
            Some(json!(1.5)),
            "invalid_type",
        ),
        ("/meta/externalSystem", Some(json!(7)), "invalid_type"),
        ("/meta/externalSystem", Some(too_long), "too_long"),
    ];
    for (pointer, value, code) in cases {
        let res =
            deliver_statuses(&api, Some(&acd.bearer()), &changed(&body, pointer, value)).await;
        assert_field_errors(&res, &[(pointer, code)]);
    }

    // All problems at once, in the order of the body.
    let mut all = changed(&body, "/data/0/agentIdentifier", None);
    all = changed(&all, "/data/0/startTime", Some(json!("now")));
    all = changed(&all, "/data/1/endTime", Some(json!("2022-12-06T12:59:59Z")));
    all = changed(&all, "/meta/integrationConfigurationId", Some(json!(-1)));
    let res = deliver_statuses(&api, Some(&acd.bearer()), &all).await;
    assert_field_errors(
        &res,
        &[
            ("/data/0/agentIdentifier", "required"),
            ("/data/0/startTime", "time_invalid"),
            ("/data/1/endTime", "end_before_start"),
            ("/meta/integrationConfigurationId", "integration_mismatch"),
        ],
    );
    assert_nothing_recorded(&api, &acd.id).await;
}

#[tokio::test]
async fn batches_hold_one_to_a_thousand_statuses() {
    let api = Api::new();
    let acd = injixo_api(&api, "My ACD").await;
    let body = agent_statuses(&acd.configuration_id);
    let batch =
        |n: usize, item: &Value| changed(&body, "/data", Some(json!(vec![item.clone(); n])));

    let full = batch(AGENT_STATUSES_MAX_ITEMS, &body["data"][0]);
    let res = deliver_statuses(&api, Some(&acd.bearer()), &full).await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "{}", res.text());
    assert_eq!(res.json(), json!({ "accepted": AGENT_STATUSES_MAX_ITEMS }));

    // One more is refused as a whole, its items unread.
    let over = batch(AGENT_STATUSES_MAX_ITEMS + 1, &json!({}));
    let res = deliver_statuses(&api, Some(&acd.bearer()), &over).await;
    assert_field_errors(&res, &[("/data", "too_long")]);
    let res = deliver_statuses(&api, Some(&acd.bearer()), &batch(0, &json!({}))).await;
    assert_field_errors(&res, &[("/data", "required")]);

    // A body over 2 MB is not read at all.
    let huge = changed(
        &body,
        "/meta/externalSystem",
        Some(json!("x".repeat(3 << 20))),
    );
    let res = deliver_statuses(&api, Some(&acd.bearer()), &huge).await;
    assert_problem(&res, StatusCode::BAD_REQUEST, "bad_request");
}

#[tokio::test]
async fn bodies_that_are_not_json_objects_are_bad_requests() {
    let api = Api::new();
    let acd = injixo_api(&api, "My ACD").await;
    let valid = agent_statuses(&acd.configuration_id).to_string();
    let bearer = acd.bearer();
    let json_type = ("content-type", "application/json");
    let cases = [
        (json_type, "{".to_string()),
        (json_type, "[]".to_string()),
        (json_type, "null".to_string()),
        (json_type, "\"data\"".to_string()),
        (json_type, String::new()),
        (("content-type", "text/plain"), valid),
    ];
    for (content_type, body) in cases {
        let headers = [content_type, ("authorization", bearer.as_str())];
        let req = request(Method::POST, AGENT_STATUSES, &headers, Body::from(body));
        let res = api.send(req).await;
        assert_problem(&res, StatusCode::BAD_REQUEST, "bad_request");
    }
    assert_nothing_recorded(&api, &acd.id).await;
}
