//! `/external-systems`: where the vendor-side injixo app, or the customer's own
//! application of an injixo API integration, delivers data, modelled on the public
//! injixo API. Not part of `/api/v1` (which the SPA uses with the admin's session):
//! the caller is a machine that proves itself with an injixo API key.
//!
//! Both endpoints go the same way: `authenticate` the key before the body is read,
//! check the body (each endpoint its own way), then `accept` the delivery.

mod agent_statuses;
mod contact_events;

use crate::{
    credentials::{bearer_token, key_hash, BEARER_CHALLENGE, BEARER_CHALLENGE_INVALID},
    db,
    problem::ApiError,
    state::AppState,
};
use axum::{
    http::{HeaderMap, StatusCode},
    routing::post,
    Json, Router,
};
use injixo_contract::{ErrorCode, EventsAccepted};

pub const PREFIX: &str = "/external-systems";

pub fn router(state: AppState) -> Router {
    let method_not_allowed =
        || async { ApiError::new(StatusCode::METHOD_NOT_ALLOWED, ErrorCode::BadRequest) };
    Router::new()
        .route(
            "/contact-events",
            post(contact_events::post).fallback(method_not_allowed),
        )
        .route(
            "/agent-statuses",
            post(agent_statuses::post).fallback(method_not_allowed),
        )
        // Unknown paths here are API 404s, not the SPA's index.html.
        .fallback(|| async { ApiError::not_found() })
        .with_state(state)
}

/// The integration whose injixo API key authenticated a request.
struct Sender {
    key_hash: String,
    /// Its `configuration_id`, which the body's `meta` may have to repeat.
    configuration_id: u64,
}

/// Checks the bearer key, before anything reads the body, so a caller without a
/// valid key learns nothing about its request.
fn authenticate(state: &AppState, headers: &HeaderMap) -> Result<Sender, ApiError> {
    let key_hash = bearer_token(headers)
        .map(key_hash)
        .ok_or_else(|| unauthorized(BEARER_CHALLENGE))?;
    let configuration_id = {
        let conn = state.db.lock().expect("db lock");
        db::app_key_configuration_id(&conn, &key_hash)?
    };
    let configuration_id =
        configuration_id.ok_or_else(|| unauthorized(BEARER_CHALLENGE_INVALID))?;
    Ok(Sender {
        key_hash,
        configuration_id,
    })
}

/// Records a delivery of `count` valid items: the integration's last import, and
/// its move to *Operational* (see `db::record_delivery`). 202 with the count.
fn accept(
    state: &AppState,
    sender: &Sender,
    count: usize,
) -> Result<(StatusCode, Json<EventsAccepted>), ApiError> {
    // The reference backend does not keep the data itself; what the integration
    // page shows is when data last arrived.
    let now = state.clock.now_rfc3339();
    let recorded = {
        let conn = state.db.lock().expect("db lock");
        db::record_delivery(&conn, &sender.key_hash, &now)?
    };
    // The key was replaced (or its integration deleted) while the body was read.
    if recorded.is_none() {
        return Err(unauthorized(BEARER_CHALLENGE_INVALID));
    }
    Ok((
        StatusCode::ACCEPTED,
        Json(EventsAccepted { accepted: count }),
    ))
}

fn unauthorized(challenge: &'static str) -> ApiError {
    let mut e = ApiError::new(StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized);
    e.www_authenticate = Some(challenge);
    e
}
