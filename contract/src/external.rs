//! What arrives at `/external-systems`, where the vendor-side injixo app (or, for an
//! injixo API integration, the customer's own application) delivers data. Modelled on
//! the public injixo API; only the reference backend reads these, the SPA never does.

use serde::{Deserialize, Serialize};

/// `POST /external-systems/contact-events` (the vendor-side injixo app), modelled on
/// the public injixo API's Contact Event resource.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContactEvents {
    pub data: Vec<ContactEvent>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContactEvent {
    pub properties: ContactProperties,
    pub queue_name: String,
    #[serde(default)]
    pub queue_identifier: Option<String>,
    /// RFC 3339.
    pub timestamp: String,
    /// `chats`, `calls`, `emails`, `tickets`, …
    pub channel: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContactProperties {
    pub offered: bool,
    pub handled: bool,
    #[serde(default)]
    pub duration: Option<f64>,
}

/// The response of both `/external-systems` endpoints (`contact-events` and
/// `agent-statuses`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventsAccepted {
    /// How many items of `data` were accepted: all of them.
    pub accepted: usize,
}

/// `POST /external-systems/agent-statuses`, modelled on the public injixo API's Agent
/// Status resource: which activity an agent was in, from when until when. The
/// backend checks the body field by field (`validation_failed`, each error naming
/// its field by JSON Pointer, `/data/0/startTime`) and builds this from what passed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgentStatuses {
    /// 1 to `AGENT_STATUSES_MAX_ITEMS` statuses.
    pub data: Vec<AgentStatus>,
    pub meta: DeliveryMeta,
}

/// One agent status: an agent in one activity for a while.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AgentStatus {
    /// The agent as the external system knows them (`bob@mycompany.com`); in injixo
    /// it is mapped to a person as an external identifier. Not blank, at most
    /// `EXTERNAL_TEXT_MAX_CHARS`.
    pub agent_identifier: String,
    /// The external system's activity or status (`Lunch`). Not blank, at most
    /// `EXTERNAL_TEXT_MAX_CHARS`.
    pub activity_identifier: String,
    /// RFC 3339.
    pub start_time: String,
    /// RFC 3339, later than `start_time`; may be left out (or `null`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
}

/// The `meta` object of a delivery: which integration the sender means.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeliveryMeta {
    /// The integration's `configuration_id`; must be that of the integration whose
    /// injixo API key sent the request.
    pub integration_configuration_id: u64,
    /// The sender's name for its system (`My ACD`), at most `EXTERNAL_TEXT_MAX_CHARS`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_system: Option<String>,
}

/// Most agent statuses one request may carry; more is `too_long` on `/data`.
pub const AGENT_STATUSES_MAX_ITEMS: usize = 1000;

/// Longest `agentIdentifier`, `activityIdentifier` and `externalSystem`, in
/// characters (Unicode scalar values, as JSON Schema's `maxLength` counts).
pub const EXTERNAL_TEXT_MAX_CHARS: usize = 255;
