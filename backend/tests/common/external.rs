//! Helpers of the `/external-systems` tests: integrations with an injixo API key,
//! agent-status bodies and deliveries, and the clock hook.
#![allow(dead_code)] // each test crate uses its own subset

use super::common::*;
use axum::http::StatusCode;
use serde_json::{json, Value};

pub const AGENT_STATUSES: &str = "/external-systems/agent-statuses";

/// An integration with an injixo API key: who delivers.
pub struct Sender {
    pub id: String,
    pub key: String,
    /// Its `configuration_id`, as the integration returns it.
    pub configuration_id: Value,
}

impl Sender {
    /// The `Authorization` header value with this key.
    pub fn bearer(&self) -> String {
        format!("Bearer {}", self.key)
    }
}

/// Creates an integration from this create request and generates its key.
pub async fn sender(api: &Api, create: &Value) -> Sender {
    let created = api.created(create).await;
    let id = created["id"].as_str().expect("id").to_string();
    let res = api.app_key(&id, &json!({}), &[]).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    Sender {
        key: res.json()["key"].as_str().expect("key").to_string(),
        configuration_id: created["configuration_id"].clone(),
        id,
    }
}

/// Creates a Freshchat integration with an injixo API key: `(id, key)`.
pub async fn with_key(api: &Api, name: &str) -> (String, String) {
    let domain = format!("{}.freshchat.com", name.to_lowercase().replace(' ', "-"));
    let sender = sender(api, &freshchat(name, &domain, API_KEY)).await;
    (sender.id, sender.key)
}

/// An `AgentStatuses` body for the integration with this configuration ID: one
/// agent, two statuses (the help article's example), the second one still open.
pub fn agent_statuses(configuration_id: &Value) -> Value {
    json!({
        "data": [
            {
                "agentIdentifier": "bob@mycompany.com",
                "activityIdentifier": "Test",
                "startTime": "2022-12-06T08:00:00Z",
                "endTime": "2022-12-06T13:00:00Z",
            },
            {
                "agentIdentifier": "bob@mycompany.com",
                "activityIdentifier": "Lunch",
                "startTime": "2022-12-06T14:00:00+01:00",
            },
        ],
        "meta": { "integrationConfigurationId": configuration_id, "externalSystem": "My ACD" },
    })
}

/// `POST /external-systems/agent-statuses` with this `Authorization` value.
pub async fn deliver_statuses(api: &Api, authorization: Option<&str>, body: &Value) -> Res {
    let headers: Vec<(&str, &str)> = authorization
        .map(|a| vec![("authorization", a)])
        .unwrap_or_default();
    api.post(AGENT_STATUSES, body, &headers).await
}

/// Moves the server's clock (test hooks on) and returns the hook's answer.
pub async fn advance(api: &Api, seconds: i64) -> Value {
    let res = api
        .post(
            "/api/v1/test/clock",
            &json!({ "advance_seconds": seconds }),
            &[],
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    res.json()
}

/// Creates an injixo API integration and generates its key.
pub async fn injixo_api(api: &Api, name: &str) -> Sender {
    sender(api, &valid_create("injixo-api", name)).await
}

/// `body` with the member at the JSON Pointer `pointer` set to `value`, or removed
/// (`None`).
pub fn changed(body: &Value, pointer: &str, value: Option<Value>) -> Value {
    let mut body = body.clone();
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
    match (body.pointer_mut(parent).expect(pointer), value) {
        (Value::Object(o), Some(v)) => {
            o.insert(key.to_string(), v);
        }
        (Value::Object(o), None) => {
            o.remove(key);
        }
        (Value::Array(a), Some(v)) => a[key.parse::<usize>().expect("an index")] = v,
        (other, _) => panic!("{pointer} in {other}"),
    }
    body
}

/// Asserts that nothing of a refused delivery was recorded.
pub async fn assert_nothing_recorded(api: &Api, id: &str) {
    let got = api.integration(id).await;
    assert_eq!(got["status"], "connecting");
    assert_eq!(got["last_import_at"], Value::Null);
    assert_eq!(got["app_key"]["last_used_at"], Value::Null);
}
