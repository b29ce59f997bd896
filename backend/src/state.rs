//! `AppState`: what the handlers (and the session middleware) share.
//!
//! Its own module rather than the crate root, so that `api` and `external` depend
//! on it without depending on `lib.rs`, which assembles them.

use crate::{catalogue, clock, cloud_link, config, faults};
use injixo_contract::Plan;
use std::sync::{Arc, Mutex, RwLock};

/// Shared by all handlers.
#[derive(Clone)]
pub struct AppState {
    /// The one database connection (see `db`).
    pub db: Arc<Mutex<rusqlite::Connection>>,
    /// What `GET /catalogue` serves and requests are checked against.
    pub catalogue: Arc<injixo_contract::Catalogue>,
    /// Every "now" the backend reads comes from here.
    pub clock: Arc<clock::Clock>,
    /// Serve the test hooks (`POST /api/v1/test/clock`); off unless
    /// `INJIXO_TEST_HOOKS=1`, because they let any caller move the server's time.
    pub test_hooks: bool,
    /// The account's injixo plan, which decides the models it may add: `enterprise`
    /// unless `ACCOUNT_PLAN` says otherwise; only the test hook changes it later.
    pub plan: Arc<RwLock<Plan>>,
    /// `AUTH_MODE`: whether `/api/v1` needs a session (see `api::session`).
    pub auth_mode: config::AuthMode,
    /// The fault rules of `POST /api/v1/test/faults`; only consulted when
    /// `test_hooks` is on (the middleware is not installed otherwise).
    pub faults: faults::FaultState,
    /// injixo Cloud Link: its configuration and the wake-ups of waiting jobs.
    pub cloud_link: Arc<cloud_link::Hub>,
}

impl AppState {
    /// Test hooks off.
    pub fn new(conn: rusqlite::Connection) -> Self {
        Self {
            db: Arc::new(Mutex::new(conn)),
            catalogue: Arc::new(catalogue::catalogue()),
            clock: Arc::new(clock::Clock::new()),
            test_hooks: false,
            plan: Arc::new(RwLock::new(Plan::Enterprise)),
            auth_mode: config::AuthMode::Open,
            faults: faults::FaultState::default(),
            cloud_link: Arc::default(),
        }
    }

    /// The account's plan now.
    pub fn plan(&self) -> Plan {
        *self.plan.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Changes the account's plan (`ACCOUNT_PLAN` at start, the test hook later).
    pub fn set_plan(&self, plan: Plan) {
        *self.plan.write().unwrap_or_else(|e| e.into_inner()) = plan;
    }

    /// Test hooks on: for tests and `INJIXO_TEST_HOOKS=1` only.
    pub fn with_test_hooks(conn: rusqlite::Connection) -> Self {
        Self {
            test_hooks: true,
            ..Self::new(conn)
        }
    }
}
