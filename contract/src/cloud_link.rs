//! injixo Cloud Link: the small client an admin installs next to an on-premise ACD or
//! database. It prints a 6-digit PIN valid for 5 minutes; the admin types the PIN
//! into the integration form (a *claim*), and from then on the client keeps a
//! heartbeat and does the work the server hands it (verification, *Run query*,
//! files to import). The client only ever opens connections itself (outgoing HTTPS).
//!
//! Two audiences: the SPA (catalogue spec, claims, link status, query previews) and
//! the client (`/cloud-link/client/…`: register, PIN, heartbeat, jobs, and the
//! files of its import folder for a linked CSV integration).

use serde::{Deserialize, Serialize};

/// How long a PIN can be claimed after the client printed it.
pub const PIN_VALID_SECS: i64 = 5 * 60;
/// Digits of a PIN.
pub const PIN_DIGITS: usize = 6;
/// Wrong PINs tried for one integration (or one new-integration form) before a
/// cool-down.
pub const PIN_MAX_WRONG: u32 = 5;
/// How long claiming is refused after too many wrong PINs.
pub const PIN_COOLDOWN_SECS: i64 = 5 * 60;
/// How often a linked client sends a heartbeat.
pub const HEARTBEAT_SECS: i64 = 15;
/// A linked client not seen for this long counts as not connected, and its
/// integration shows *Problem detected* (no source documents a figure: four missed
/// heartbeats, so one dropped request or a short network blip does not alarm anyone).
pub const LINK_LOST_AFTER_SECS: i64 = 60;
/// The longest *Run query* result the client sends back.
pub const QUERY_MAX_ROWS: usize = 20;
/// How long the client lets a *Run query* run before stopping it.
pub const QUERY_TIMEOUT_MS: u64 = 5_000;

/// The operating systems the form offers downloads for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Os {
    Windows,
    Linux,
}

/// Processor architectures of a download.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Arch {
    X64,
    X86,
    Arm,
}

/// Which build of the client a model needs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flavor {
    #[default]
    Standard,
    /// Cisco ICM has its own build.
    Cisco,
}

/// One download offered in the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Download {
    pub os: Os,
    pub arch: Arch,
}

impl Download {
    /// `GET` path of the download, below the API prefix.
    pub fn path(&self, flavor: Flavor) -> String {
        format!(
            "/cloud-link/downloads/{}/{}/{}",
            flavor.as_str(),
            self.os.as_str(),
            self.arch.as_str()
        )
    }
}

impl Os {
    pub fn as_str(self) -> &'static str {
        match self {
            Os::Windows => "windows",
            Os::Linux => "linux",
        }
    }
}

impl Arch {
    pub fn as_str(self) -> &'static str {
        match self {
            Arch::X64 => "x64",
            Arch::X86 => "x86",
            Arch::Arm => "arm",
        }
    }
}

impl Flavor {
    pub fn as_str(self) -> &'static str {
        match self {
            Flavor::Standard => "standard",
            Flavor::Cisco => "cisco",
        }
    }
}

/// What a model needs of injixo Cloud Link (`Model::cloud_link`): the form then shows
/// the *injixo Cloud Link* section right after the name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CloudLinkSpec {
    #[serde(default)]
    pub flavor: Flavor,
    /// The downloads the article offers, in order.
    pub downloads: Vec<Download>,
    /// Saving needs a linked client (`cloud_link_not_connected` otherwise). False for
    /// CSV, whose files may also be uploaded by hand.
    pub required: bool,
    /// Slug of the install article (`install-cloud-link`).
    pub help_path: String,
}

/// `POST /api/v1/cloud-link/claims`: the PIN the admin read off the client.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimCloudLink {
    pub pin: String,
    /// The integration being edited (*Connect a new installation of injixo Cloud
    /// Link*); absent in the setup form of a new integration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_id: Option<String>,
}

/// A claimed client as the SPA sees it (also `Integration::cloud_link`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CloudLink {
    /// Sent back in `CreateIntegration::cloud_link_id` / `UpdateIntegration`.
    pub id: String,
    pub host: String,
    pub version: String,
    pub os: String,
    /// The client system's IANA time zone.
    pub time_zone: String,
    /// RFC 3339, UTC.
    pub linked_at: String,
    /// RFC 3339, UTC; the last heartbeat.
    pub last_seen_at: String,
    /// Seen within `LINK_LOST_AFTER_SECS`.
    pub connected: bool,
}

/// `POST /api/v1/cloud-link/links/{id}/query`: *Run query* of the Database form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunQuery {
    pub sql: String,
    /// The form's settings (database type, type of import data, …), so the server
    /// knows which columns the query must return.
    #[serde(default)]
    pub settings: std::collections::BTreeMap<String, crate::FieldValue>,
}

/// A column of a query result: its name and the kind of values it holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultColumn {
    pub name: String,
    pub kind: ColumnKind,
}

/// What a result column holds, as far as the check of required columns cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ColumnKind {
    Text,
    Integer,
    Number,
    Timestamp,
    /// No value in the rows looked at (all NULL), so nothing to judge.
    Unknown,
}

/// A required column the query does not return, or returns with the wrong kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnProblem {
    pub name: String,
    pub expected: ColumnKind,
    /// `None`: the column is missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub found: Option<ColumnKind>,
}

/// The answer of *Run query*: the first rows as the client read them, and which
/// required columns are missing or of the wrong kind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QueryPreview {
    pub columns: Vec<ResultColumn>,
    /// At most `QUERY_MAX_ROWS`, each value as text (`None` for NULL).
    pub rows: Vec<Vec<Option<String>>>,
    /// More rows exist than were sent.
    pub truncated: bool,
    pub problems: Vec<ColumnProblem>,
}

// ---- The client's side (`/api/v1/cloud-link/client/…`) ---------------------------

/// `POST …/client/register`: a client starting up without a link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterClient {
    pub host: String,
    pub version: String,
    pub os: String,
    pub time_zone: String,
    #[serde(default)]
    pub flavor: Flavor,
}

/// The answer to `register` and to `…/client/pin`: the client's own token (kept in
/// its config, sent as `Authorization: Bearer`) and a PIN to print.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientPin {
    pub client_id: String,
    /// Only in the answer to `register`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    pub pin: String,
    /// RFC 3339, UTC.
    pub pin_expires_at: String,
}

/// `POST …/client/heartbeat` answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeartbeatAnswer {
    /// An admin claimed the PIN.
    pub linked: bool,
    /// The integration the client works for, once one was saved with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration_id: Option<String>,
}

/// `GET …/client/csv-integrations`: the CSV integrations whose saved settings link
/// this client, oldest link first. Its import folder feeds them
/// (`POST …/client/csv-files`); with none, it keeps its files until one is linked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientCsvIntegrations {
    pub items: Vec<ClientCsvIntegration>,
}

/// One CSV integration a client serves: its id (`integration_id` of
/// `POST …/client/csv-files`) and its name, for the client's log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientCsvIntegration {
    pub id: String,
    pub name: String,
}

/// Work for the client (`GET …/client/jobs`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Job {
    pub id: String,
    #[serde(flatten)]
    pub kind: JobKind,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum JobKind {
    /// Check that the client reaches the system described by `settings`, and report
    /// its own time zone.
    Verify {
        settings: std::collections::BTreeMap<String, crate::FieldValue>,
    },
    /// Run a read-only query and return the first rows.
    Query {
        sql: String,
        settings: std::collections::BTreeMap<String, crate::FieldValue>,
        max_rows: usize,
        timeout_ms: u64,
    },
}

/// `POST …/client/jobs/{id}`: what came of a job.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum JobResult {
    Verified {
        time_zone: String,
    },
    Rows {
        columns: Vec<ResultColumn>,
        rows: Vec<Vec<Option<String>>>,
        truncated: bool,
    },
    /// The client could not reach the ACD or database.
    ConnectionFailed {
        message: String,
    },
    /// The database refused the query; `message` is its own.
    SqlError {
        message: String,
    },
    /// The query ran past the time limit and was stopped.
    Timeout,
}
