//! `/api/v1`: the REST contract of `docs/openapi.yaml`.

mod app_key;
mod idempotency;
mod integrations;
mod json;

pub use app_key::{key_hash, KEY_PREFIX, REPLAY_TTL_SECS};
pub use json::ApiJson;

use crate::{problem::ApiError, AppState};
use axum::{
    extract::State,
    routing::{get, post},
    Json, Router,
};
use injixo_contract::{Catalogue, Health};
use serde::{Deserialize, Serialize};

pub fn router(state: AppState) -> Router {
    let mut router = Router::new()
        .route("/health", get(health))
        .route("/catalogue", get(catalogue))
        .route(
            "/integrations",
            get(integrations::list).post(integrations::create),
        )
        .route("/integrations/{id}", get(integrations::get))
        .route("/integrations/{id}/app-key", post(app_key::generate));
    // Not in docs/openapi.yaml: without INJIXO_TEST_HOOKS=1 the path does not exist.
    if state.test_hooks {
        router = router.route("/test/clock", post(advance_clock));
    }
    router
        .fallback(|| async { ApiError::not_found() })
        .method_not_allowed_fallback(|| async {
            ApiError::new(
                axum::http::StatusCode::METHOD_NOT_ALLOWED,
                injixo_contract::ErrorCode::BadRequest,
            )
        })
        .with_state(state)
}

async fn health() -> Json<Health> {
    Json(Health {
        status: "ok".into(),
    })
}

async fn catalogue(State(state): State<AppState>) -> Json<Catalogue> {
    Json((*state.catalogue).clone())
}

/// `POST /api/v1/test/clock` body (test hook).
#[derive(Debug, Deserialize, Serialize)]
pub struct AdvanceClock {
    pub advance_seconds: i64,
}

/// `POST /api/v1/test/clock` response (test hook).
#[derive(Debug, Deserialize, Serialize)]
pub struct ClockNow {
    pub now: String,
}

/// Moves the server's clock forward, so a test can see "six hours later" at once.
async fn advance_clock(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<AdvanceClock>,
) -> Result<Json<ClockNow>, ApiError> {
    let now = state
        .clock
        .advance(req.advance_seconds)
        .ok_or_else(ApiError::bad_request)?;
    Ok(Json(ClockNow {
        now: crate::clock::format(now),
    }))
}
