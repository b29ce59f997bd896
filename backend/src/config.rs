//! Settings from the environment: `PORT`, `HOST`, `DATA_DIR`, `DIST_DIR`,
//! `PORTAL_DIR` (the demo portal served under `/portal/`), `ACCOUNT_PLAN` (the
//! simulated account's injixo plan), `AUTH_MODE` (`open` or `session`), and
//! `INJIXO_TEST_HOOKS=1` to serve the test hooks (never in production), and with
//! them `INJIXO_SAMPLE_CATALOGUE_MODELS` (sample vendors for `make bench`); for
//! injixo Cloud Link `CLOUD_LINK_BIN` (the stand-in client offered as the Linux
//! download), `CLOUD_LINK_VERIFY_WAIT_MS` and `CLOUD_LINK_QUERY_WAIT_MS` (how long the
//! server waits for a client's answer).

use injixo_contract::{Plan, QUERY_TIMEOUT_MS};
use std::path::PathBuf;
use std::time::Duration;

/// The backend's settings, read once at start.
#[derive(Clone, Debug)]
pub struct Config {
    /// `HOST`, `127.0.0.1` by default: the address to listen on.
    pub host: String,
    /// `PORT`, 8080 by default (0: any free port).
    pub port: u16,
    /// `DATA_DIR`, `./data` by default: where the SQLite database lives.
    pub data_dir: PathBuf,
    /// `DIST_DIR`, `./dist` by default: the built SPA.
    pub dist_dir: PathBuf,
    /// `PORTAL_DIR`, `./portal` by default: relative to the working directory, which
    /// is the repository root for `make run` and the end-to-end tests.
    pub portal_dir: PathBuf,
    /// `AUTH_MODE`: `open` (the default) or `session`.
    pub auth_mode: AuthMode,
    /// `INJIXO_TEST_HOOKS=1`: serve `/api/v1/test/…` (the clock, the plan, fault
    /// injection, …; see `AppState`).
    pub test_hooks: bool,
    /// `ACCOUNT_PLAN`: `essential`, `advanced`, `enterprise` (the default) or `classic`.
    pub plan: Plan,
    /// `INJIXO_SAMPLE_CATALOGUE_MODELS=18`: pad the catalogue with sample vendors to
    /// this many models (`catalogue::samples`). Refused without the test hooks, as
    /// customers must never see a sample.
    pub sample_catalogue_models: Option<usize>,
    /// injixo Cloud Link: the download and the waits for a client.
    pub cloud_link: CloudLinkConfig,
}

/// How the backend works with injixo Cloud Link clients.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CloudLinkConfig {
    /// `CLOUD_LINK_BIN`, `target/server/injixo-cloud-link` by default: the stand-in
    /// client, served as the Linux x64 download.
    pub binary: PathBuf,
    /// `CLOUD_LINK_VERIFY_WAIT_MS`, 8 s by default: how long saving an on-premise
    /// integration waits for the client's verification.
    pub verify_wait: Duration,
    /// `CLOUD_LINK_QUERY_WAIT_MS`: how long *Run query* waits for the client's
    /// rows; by default the client's own time limit (`QUERY_TIMEOUT_MS`) plus 3 s.
    pub query_wait: Duration,
}

impl Default for CloudLinkConfig {
    fn default() -> Self {
        Self {
            binary: "target/server/injixo-cloud-link".into(),
            verify_wait: Duration::from_secs(8),
            query_wait: Duration::from_millis(QUERY_TIMEOUT_MS + 3_000),
        }
    }
}

impl CloudLinkConfig {
    /// Reads the `CLOUD_LINK_*` variables; unset ones keep their defaults.
    fn from_env() -> Result<Self, String> {
        let mut c = Self::default();
        if let Ok(bin) = std::env::var("CLOUD_LINK_BIN") {
            c.binary = bin.into();
        }
        let ms = |name: &str, default: Duration| match std::env::var(name) {
            Err(_) => Ok(default),
            Ok(v) => v
                .parse()
                .map(Duration::from_millis)
                .map_err(|_| format!("{name} must be a number of milliseconds")),
        };
        c.verify_wait = ms("CLOUD_LINK_VERIFY_WAIT_MS", c.verify_wait)?;
        c.query_wait = ms("CLOUD_LINK_QUERY_WAIT_MS", c.query_wait)?;
        Ok(c)
    }
}

impl Config {
    /// Reads the environment; a value that is set but not valid is an error (with
    /// a message for the operator), never silently the default.
    pub fn from_env() -> Result<Self, String> {
        let var = |k: &str, default: &str| std::env::var(k).unwrap_or_else(|_| default.into());
        let port = var("PORT", "8080")
            .parse()
            .map_err(|_| "PORT must be a number between 0 and 65535".to_string())?;
        // Exactly "1": a stray `INJIXO_TEST_HOOKS=0` must not switch them on.
        let test_hooks = var("INJIXO_TEST_HOOKS", "") == "1";
        let sample_catalogue_models = match var("INJIXO_SAMPLE_CATALOGUE_MODELS", "").as_str() {
            "" => None,
            _ if !test_hooks => {
                return Err("INJIXO_SAMPLE_CATALOGUE_MODELS needs INJIXO_TEST_HOOKS=1".into())
            }
            n => Some(n.parse().map_err(|_| {
                "INJIXO_SAMPLE_CATALOGUE_MODELS must be a number of models".to_string()
            })?),
        };
        Ok(Self {
            host: var("HOST", "127.0.0.1"),
            port,
            data_dir: var("DATA_DIR", "./data").into(),
            dist_dir: var("DIST_DIR", "./dist").into(),
            portal_dir: var("PORTAL_DIR", "./portal").into(),
            auth_mode: AuthMode::parse(&var("AUTH_MODE", "open"))
                .ok_or_else(|| "AUTH_MODE must be open or session".to_string())?,
            test_hooks,
            plan: parse_plan(&var("ACCOUNT_PLAN", "enterprise")).ok_or_else(|| {
                "ACCOUNT_PLAN must be essential, advanced, enterprise or classic".to_string()
            })?,
            sample_catalogue_models,
            cloud_link: CloudLinkConfig::from_env()?,
        })
    }
}

/// Whether `/api/v1` needs a session.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AuthMode {
    /// No session needed (the stand-alone app and most tests). A session, when the
    /// client has one, is still honoured, and so is its CSRF check.
    #[default]
    Open,
    /// Every `/api/v1` request but `GET /health` and `POST`/`GET /session` needs a
    /// session: the cookie (with the CSRF header on changes) or a bearer token.
    Session,
}

impl AuthMode {
    /// `open` or `session`, as `AUTH_MODE` spells them.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "open" => Some(Self::Open),
            "session" => Some(Self::Session),
            _ => None,
        }
    }
}

/// A plan by its wire name (`essential`).
pub fn parse_plan(s: &str) -> Option<Plan> {
    serde_json::from_value(serde_json::Value::String(s.to_string())).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans_parse_by_their_wire_names_only() {
        assert_eq!(parse_plan("essential"), Some(Plan::Essential));
        assert_eq!(parse_plan("classic"), Some(Plan::Classic));
        assert_eq!(parse_plan("Enterprise"), None);
        assert_eq!(parse_plan(""), None);
    }

    #[test]
    fn auth_modes_parse_by_their_names_only() {
        assert_eq!(AuthMode::parse("open"), Some(AuthMode::Open));
        assert_eq!(AuthMode::parse("session"), Some(AuthMode::Session));
        assert_eq!(AuthMode::parse("Session"), None);
        assert_eq!(AuthMode::parse(""), None);
    }
}
