//! Reference backend for the injixo integrations API.
//!
//! It implements `docs/openapi.yaml` on SQLite, serves the built SPA, and simulates
//! the vendor side deterministically (see `verify`) so that tests can drive every
//! outcome. It is a test double with production manners, not the real injixo backend.

pub mod api;
pub mod catalogue;
pub mod config;
pub mod db;
pub mod problem;
pub mod request_id;
pub mod static_files;
pub mod verify;

use axum::Router;
use std::sync::{Arc, Mutex};

/// Shared by all handlers.
#[derive(Clone)]
pub struct AppState {
    pub db: Arc<Mutex<rusqlite::Connection>>,
    pub catalogue: Arc<injixo_contract::Catalogue>,
}

impl AppState {
    pub fn new(conn: rusqlite::Connection) -> Self {
        Self {
            db: Arc::new(Mutex::new(conn)),
            catalogue: Arc::new(catalogue::catalogue()),
        }
    }
}

/// The whole application: `/api/v1` plus the SPA from `dist`.
pub fn app(state: AppState, dist: &std::path::Path) -> Router {
    Router::new()
        .nest(injixo_contract::API_PREFIX, api::router(state))
        .fallback_service(static_files::service(dist))
        .layer(axum::middleware::from_fn(request_id::middleware))
}
