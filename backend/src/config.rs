//! Settings from the environment: `PORT`, `HOST`, `DATA_DIR`, `DIST_DIR`, and
//! `INJIXO_TEST_HOOKS=1` to serve the test hooks (never in production).

use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Config {
    pub host: String,
    pub port: u16,
    pub data_dir: PathBuf,
    pub dist_dir: PathBuf,
    /// `INJIXO_TEST_HOOKS=1`: serve `POST /api/v1/test/clock` (see `AppState`).
    pub test_hooks: bool,
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
        })
    }
}
