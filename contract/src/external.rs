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

/// `POST /external-systems/contact-events` response.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventsAccepted {
    pub accepted: usize,
}

