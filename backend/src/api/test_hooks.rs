//! Test hooks, served only with `INJIXO_TEST_HOOKS=1` (see `AppState::test_hooks`)
//! and not part of `docs/openapi.yaml`: they let end-to-end tests drive what only
//! time, the account's billing, the importer or a session running out would change.
//! They need no session and no CSRF token (see `session::middleware`).
//! `/test/faults` drives fault injection (see `crate::faults`).

use super::integrations::present;
use crate::{
    db,
    faults::{Faults, Rule},
    json::ApiJson,
    problem::ApiError,
    state::AppState,
};
use axum::{
    extract::{Path, State},
    routing::post,
    Json, Router,
};
use injixo_contract::{Account, Integration, IntegrationStatus};
use serde::{Deserialize, Serialize};

/// `/test/…`, to be merged into the `/api/v1` router.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/test/clock", post(advance_clock))
        .route("/test/account", post(set_account))
        .route("/test/integrations/{id}/status", post(set_status))
        .route("/test/sessions/expire", post(expire_sessions))
        .route(
            "/test/faults",
            post(set_faults).get(list_faults).delete(clear_faults),
        )
}

/// `POST /api/v1/test/faults {"faults": [rule, …]}`: replaces every fault rule (an
/// empty list clears them) and returns them. A rule that could never match is a 400.
async fn set_faults(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<Faults>,
) -> Result<Json<Faults>, ApiError> {
    if !req.faults.iter().all(Rule::is_valid) {
        return Err(ApiError::bad_request());
    }
    state.faults.set(req.faults);
    Ok(list_faults(State(state)).await)
}

/// `GET /api/v1/test/faults`: the rules, each with the hits it has left.
async fn list_faults(State(state): State<AppState>) -> Json<Faults> {
    Json(Faults {
        faults: state.faults.list(),
    })
}

/// `DELETE /api/v1/test/faults`: no more faults.
async fn clear_faults(State(state): State<AppState>) -> axum::http::StatusCode {
    state.faults.set(Vec::new());
    axum::http::StatusCode::NO_CONTENT
}

/// `POST /api/v1/test/clock` body.
#[derive(Debug, Deserialize, Serialize)]
pub struct AdvanceClock {
    /// How far to move the clock forward (≥ 0).
    pub advance_seconds: i64,
}

/// `POST /api/v1/test/clock` response.
#[derive(Debug, Deserialize, Serialize)]
pub struct ClockNow {
    /// The server's now after the move, RFC 3339.
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

/// `POST /api/v1/test/account {"plan": "essential"}`: changes the account's plan
/// (an unknown plan is a 400). Integrations already saved are kept.
async fn set_account(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<Account>,
) -> Json<Account> {
    state.set_plan(req.plan);
    Json(Account { plan: state.plan() })
}

/// `POST /api/v1/test/integrations/{id}/status` body.
#[derive(Debug, Deserialize, Serialize)]
pub struct SetStatus {
    /// The status to set.
    pub status: IntegrationStatus,
}

/// Sets an integration's status as the importer would (`problem_detected`,
/// `operational`, …), and returns the integration.
async fn set_status(
    State(state): State<AppState>,
    Path(id): Path<String>,
    ApiJson(req): ApiJson<SetStatus>,
) -> Result<Json<Integration>, ApiError> {
    let conn = state.db.lock().expect("db lock");
    if !db::set_status(&conn, &id, req.status)? {
        return Err(ApiError::not_found());
    }
    let stored = db::get_integration(&conn, &id)?.ok_or_else(ApiError::not_found)?;
    Ok(Json(present(&state, stored)))
}

/// `POST /api/v1/test/sessions/expire` response.
#[derive(Debug, Deserialize, Serialize)]
pub struct SessionsExpired {
    /// How many live sessions were ended.
    pub expired: usize,
}

/// Makes every session expire now, as if the admin had left the page for a day:
/// the next request with one gets 401 (in `AUTH_MODE=session`).
async fn expire_sessions(State(state): State<AppState>) -> Result<Json<SessionsExpired>, ApiError> {
    let now = state.clock.now_rfc3339();
    let conn = state.db.lock().expect("db lock");
    let expired = db::expire_sessions(&conn, &now)?;
    Ok(Json(SessionsExpired { expired }))
}
