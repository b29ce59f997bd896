//! Integrations as the API returns and accepts them.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// An integration. Secret settings never appear in `settings`; `secrets` tells which
/// are configured and their last four characters, nothing more.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Integration {
    pub id: String,
    /// The integration configuration ID senders to the injixo API quote in
    /// `meta.integrationConfigurationId`; unique per account, never reused.
    pub configuration_id: u64,
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
    /// The injixo API key the vendor-side injixo app authenticates with, if one was
    /// generated (models whose catalogue entry has a `key_use`). Only metadata:
    /// the key itself is returned once, by `POST /integrations/{id}/app-key`.
    #[serde(default)]
    pub app_key: Option<AppKeyInfo>,
    /// The linked injixo Cloud Link of an on-premise integration, with its status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_link: Option<crate::CloudLink>,
    /// Things the admin should look at, computed by the server from its clock.
    #[serde(default)]
    pub hints: Vec<Hint>,
}

/// What remains visible of an injixo API key after it was shown once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppKeyInfo {
    pub last4: String,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// RFC 3339, UTC; when the injixo app last sent data with this key.
    #[serde(default)]
    pub last_used_at: Option<String>,
}

/// `POST /integrations/{id}/app-key` body.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GenerateAppKey {
    /// Must be true to replace an existing key (which stops working at once); without
    /// it the request is refused with `app_key_exists`, so a stale page or a double
    /// click cannot silently invalidate the key just pasted into the app.
    #[serde(default)]
    pub replace: bool,
}

/// `POST /integrations/{id}/app-key` response: the only time the key is sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GeneratedAppKey {
    pub key: String,
    pub info: AppKeyInfo,
}

/// A condition worth the admin's attention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Hint {
    /// Operational, but the injixo app has sent nothing for longer than
    /// `APP_SILENCE_THRESHOLD_SECS`: most likely its injixo API key is no longer
    /// valid and must be replaced (the help article's FAQ).
    AppSilent,
    #[serde(other)]
    Unknown,
}

/// After this long without data from the injixo app, an operational integration gets
/// the `app_silent` hint.
pub const APP_SILENCE_THRESHOLD_SECS: i64 = 6 * 60 * 60;

/// A value of one form field on the wire.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FieldValue {
    Bool(bool),
    Number(i64),
    Text(String),
}

impl FieldValue {
    pub fn as_text(&self) -> Option<&str> {
        match self {
            FieldValue::Text(s) => Some(s),
            FieldValue::Bool(_) | FieldValue::Number(_) => None,
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

/// `GET /api/v1/integrations`: one page of the account's integrations, by name.
/// Still `{items}` first, so a client of the unpaged list reads the first page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IntegrationList {
    pub items: Vec<Integration>,
    /// Where the next page starts (the `cursor` of the next request); `None` (JSON
    /// `null`) on the last page. Opaque: only the server that issued it reads it.
    #[serde(default)]
    pub next_cursor: Option<String>,
    /// How many integrations the account has now (all pages), for "50 of 107".
    #[serde(default)]
    pub total: u64,
}

/// Items per page of `GET /integrations` without `limit`.
pub const INTEGRATIONS_PAGE_DEFAULT: u32 = 50;
/// The largest `limit` of `GET /integrations`: a page stays a bounded answer.
pub const INTEGRATIONS_PAGE_MAX: u32 = 200;

/// `POST /api/v1/integrations`. Secrets travel only in this direction.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreateIntegration {
    pub name: String,
    pub model: String,
    pub settings: BTreeMap<String, FieldValue>,
    /// The injixo Cloud Link claimed with a PIN (`CloudLink::id`), for models whose
    /// catalogue entry has `cloud_link`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_link_id: Option<String>,
    /// The schema of a CSV integration (*Create a new CSV schema*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csv_schema: Option<crate::CsvSchema>,
}

/// `PATCH /api/v1/integrations/{id}`: only what is present changes. A secret is
/// replaced when a new value is sent and kept when it is left out; fields marked
/// `immutable` in the catalogue are refused (`immutable`) unless unchanged.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateIntegration {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default)]
    pub settings: BTreeMap<String, FieldValue>,
    /// A newly claimed injixo Cloud Link (*Connect a new installation of injixo
    /// Cloud Link*) replacing the current one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_link_id: Option<String>,
    /// A changed CSV schema (*Edit CSV schema*, *Save schema*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csv_schema: Option<crate::CsvSchema>,
}

/// `GET /api/v1/account`: what the catalogue offers depends on the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub plan: crate::Plan,
}

/// `GET /api/v1/health`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Health {
    pub status: String,
}
