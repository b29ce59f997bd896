//! Integrations as the API returns and accepts them.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// An integration. Secret settings never appear in `settings`; `secrets` tells which
/// are configured and their last four characters, nothing more.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Integration {
    pub id: String,
    pub name: String,
    /// Catalogue model id (`freshchat`).
    pub model: String,
    /// Catalogue vendor id (`freshworks`).
    pub vendor: String,
    pub status: IntegrationStatus,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// RFC 3339, UTC.
    pub updated_at: String,
    /// RFC 3339, UTC; `None` until the first data arrived.
    #[serde(default)]
    pub last_import_at: Option<String>,
    /// Non-secret settings, normalized.
    pub settings: BTreeMap<String, FieldValue>,
    /// Metadata of write-only settings, keyed by field id.
    pub secrets: BTreeMap<String, SecretInfo>,
}

/// A value of one form field on the wire.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FieldValue {
    Bool(bool),
    Text(String),
}

impl FieldValue {
    pub fn as_text(&self) -> Option<&str> {
        match self {
            FieldValue::Text(s) => Some(s),
            FieldValue::Bool(_) => None,
        }
    }
}

/// What the API reveals about a saved secret.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecretInfo {
    /// The last four characters, for recognising which key is configured.
    pub last4: String,
}

/// The lifecycle shown on the overview.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IntegrationStatus {
    Operational,
    ProblemDetected,
    Paused,
    Connecting,
    Importing,
    InPreparation,
}

impl IntegrationStatus {
    pub const ALL: [IntegrationStatus; 6] = [
        IntegrationStatus::Operational,
        IntegrationStatus::ProblemDetected,
        IntegrationStatus::Paused,
        IntegrationStatus::Connecting,
        IntegrationStatus::Importing,
        IntegrationStatus::InPreparation,
    ];

    /// The wire name, also used for database storage.
    pub fn as_str(self) -> &'static str {
        match self {
            IntegrationStatus::Operational => "operational",
            IntegrationStatus::ProblemDetected => "problem_detected",
            IntegrationStatus::Paused => "paused",
            IntegrationStatus::Connecting => "connecting",
            IntegrationStatus::Importing => "importing",
            IntegrationStatus::InPreparation => "in_preparation",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// `GET /api/v1/integrations`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IntegrationList {
    pub items: Vec<Integration>,
}

/// `POST /api/v1/integrations`. Secrets travel only in this direction.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateIntegration {
    pub name: String,
    pub model: String,
    pub settings: BTreeMap<String, FieldValue>,
}

/// `GET /api/v1/health`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Health {
    pub status: String,
}
