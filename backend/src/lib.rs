//! Reference backend for the injixo integrations API.
//!
//! It implements `docs/openapi.yaml` on SQLite, serves the built SPA, and simulates
//! the vendor side deterministically (see `verify`) so that tests can drive every
//! outcome. It is a test double with production manners, not the real injixo backend.

pub mod api;
pub mod catalogue;
pub mod clock;
pub mod config;
pub mod credentials;
pub mod db;
pub mod faults;
pub mod json;
pub mod problem;
pub mod request_id;
pub mod security_headers;
pub mod static_files;
pub mod verify;

mod external;

use axum::Router;
use injixo_contract::Plan;
use std::sync::{Arc, Mutex, RwLock};

/// Shared by all handlers.
#[derive(Clone)]
pub struct AppState {
    pub db: Arc<Mutex<rusqlite::Connection>>,
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
        }
    }

    /// The account's plan now.
    pub fn plan(&self) -> Plan {
        *self.plan.read().unwrap_or_else(|e| e.into_inner())
    }

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

/// The whole application: `/api/v1`, the injixo app's `/external-systems` endpoint,
/// the demo portal from `portal` under `/portal/`, and the SPA from `dist` for
/// everything else. Every response gets the security headers. With the test hooks,
/// fault injection runs in front of all of it (see `faults`).
pub fn app(state: AppState, dist: &std::path::Path, portal: &std::path::Path) -> Router {
    let mut router = Router::new()
        .nest(injixo_contract::API_PREFIX, api::router(state.clone()))
        .nest(external::PREFIX, external::router(state.clone()))
        .nest_service(static_files::PORTAL_PREFIX, static_files::portal(portal))
        .fallback_service(static_files::service(dist));
    if state.test_hooks {
        router = router.layer(axum::middleware::from_fn_with_state(
            state.faults.clone(),
            faults::middleware,
        ));
    }
    router
        .layer(axum::middleware::from_fn(security_headers::middleware))
        .layer(axum::middleware::from_fn(request_id::middleware))
}
