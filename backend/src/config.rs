//! Settings from the environment: `PORT`, `HOST`, `DATA_DIR`, `DIST_DIR`,
//! `ACCOUNT_PLAN` (the simulated account's injixo plan), and `INJIXO_TEST_HOOKS=1`
//! to serve the test hooks (never in production).

use injixo_contract::Plan;
use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Config {
    pub host: String,
    pub port: u16,
    pub data_dir: PathBuf,
    pub dist_dir: PathBuf,
    /// `INJIXO_TEST_HOOKS=1`: serve `POST /api/v1/test/clock` (see `AppState`).
    pub test_hooks: bool,
    /// `ACCOUNT_PLAN`: `essential`, `advanced`, `enterprise` (the default) or `classic`.
    pub plan: Plan,
}

impl Config {
    pub fn from_env() -> Result<Self, String> {
        let var = |k: &str, default: &str| std::env::var(k).unwrap_or_else(|_| default.into());
        let port = var("PORT", "8080")
            .parse()
            .map_err(|_| "PORT must be a number between 0 and 65535".to_string())?;
        Ok(Self {
            host: var("HOST", "127.0.0.1"),
            port,
            data_dir: var("DATA_DIR", "./data").into(),
            dist_dir: var("DIST_DIR", "./dist").into(),
            // Exactly "1": a stray `INJIXO_TEST_HOOKS=0` must not switch them on.
            test_hooks: var("INJIXO_TEST_HOOKS", "") == "1",
            plan: parse_plan(&var("ACCOUNT_PLAN", "enterprise")).ok_or_else(|| {
                "ACCOUNT_PLAN must be essential, advanced, enterprise or classic".to_string()
            })?,
        })
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
}
