//! Reference backend for the injixo integrations API.
//!
//! It implements `docs/openapi.yaml` on SQLite, serves the built SPA, and simulates
//! the vendor side deterministically (see `verify`) so that tests can drive every
//! outcome. It is a test double with production manners, not the real injixo backend.
//!
//! Modules, in layers: each imports only from layers below its own, never up or
//! sideways, so a module can be read (and changed) knowing only what is beneath it.
//!
//! - `lib.rs` (`app`) and `main.rs`: assemble the rest.
//! - `api` (`/api/v1`) and `external` (`/external-systems`): the handlers.
//! - `state`: `AppState`, what the handlers share.
//! - `cloud_link`: injixo Cloud Link's PINs, jobs, link status and download, on
//!   `db`, `clock`, `config` and `credentials`.
//! - `faults`: fault injection, the test hooks' rules and middleware.
//! - `json` (`ApiJson`), then `problem` (`ApiError`): reading requests, answering
//!   errors.
//! - `request_id`: the request's id and log line. A layer inside it that wants a
//!   word in the line (fault injection does) puts a `request_id::LogNote` into its
//!   response; `request_id` does not know who.
//! - `static_files`: the built SPA, on `first_paint` (the stand-alone page's
//!   frame and preloads).
//! - Importing nothing of this crate: `credentials`, `db`, `verify`, `catalogue`,
//!   `clock`, `config`, `security_headers`, `csv` (the CSV integration's engine
//!   work: time zones, the SQL sandbox, checks, analysis).

// Every public item says what it is for; `clippy -D warnings` (make test) holds
// new ones to it.
#![warn(missing_docs)]

pub mod api;
pub mod catalogue;
pub mod clock;
pub mod cloud_link;
pub mod config;
pub mod credentials;
pub mod csv;
pub mod db;
pub mod faults;
pub mod first_paint;
pub mod json;
pub mod preloads;
pub mod problem;
pub mod request_id;
pub mod security_headers;
pub mod state;
pub mod static_files;
pub mod verify;

mod external;

pub use state::AppState;

use axum::Router;
use std::sync::Arc;

/// What the stand-alone page's frame may know of the account: the catalogue the
/// API serves, and, while the API is open to anyone (the stand-alone app), how many
/// integrations the overview lists. With sessions, a page that anyone may load
/// tells nothing about the account.
fn spa_facts(state: &AppState) -> first_paint::Facts {
    let db = state.db.clone();
    let open = state.auth_mode == config::AuthMode::Open;
    first_paint::Facts {
        catalogue: state.catalogue.clone(),
        integrations: Arc::new(move || {
            let conn = db.lock().ok().filter(|_| open)?;
            db::count_integrations(&conn).ok().map(|n| n as usize)
        }),
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
        .fallback_service(static_files::service(dist, spa_facts(&state)));
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
