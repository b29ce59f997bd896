//! `/external-systems`: where the vendor-side injixo app delivers data, modelled on
//! the public injixo API. Not part of `/api/v1` (which the SPA uses with the admin's
//! session): the caller is a machine that proves itself with an injixo API key.

use crate::{
    credentials::{bearer_token, key_hash, BEARER_CHALLENGE, BEARER_CHALLENGE_INVALID},
    db,
    json::ApiJson,
    problem::ApiError,
    state::AppState,
};
use axum::{
    extract::{FromRequest, Request, State},
    http::StatusCode,
    routing::post,
    Json, Router,
};
use injixo_contract::{ContactEvents, ErrorCode, EventsAccepted};

pub const PREFIX: &str = "/external-systems";

pub fn router(state: AppState) -> Router {
    Router::new()
        .route(
            "/contact-events",
            post(contact_events).fallback(|| async {
                ApiError::new(StatusCode::METHOD_NOT_ALLOWED, ErrorCode::BadRequest)
            }),
        )
        // Unknown paths here are API 404s, not the SPA's index.html.
        .fallback(|| async { ApiError::not_found() })
        .with_state(state)
}

/// `POST /external-systems/contact-events`: authenticates the key before looking at
/// the body, so a caller without a valid key learns nothing about its request.
async fn contact_events(
    State(state): State<AppState>,
    req: Request,
) -> Result<(StatusCode, Json<EventsAccepted>), ApiError> {
    let hash = bearer_token(req.headers())
        .map(key_hash)
        .ok_or_else(|| unauthorized(BEARER_CHALLENGE))?;
    let known = {
        let conn = state.db.lock().expect("db lock");
        db::app_key_known(&conn, &hash)?
    };
    if !known {
        return Err(unauthorized(BEARER_CHALLENGE_INVALID));
    }
    let ApiJson(events) = ApiJson::<ContactEvents>::from_request(req, &()).await?;
    let timestamps_ok = events
        .data
        .iter()
        .all(|e| crate::clock::parse(&e.timestamp).is_some());
    if events.data.is_empty() || !timestamps_ok {
        return Err(ApiError::bad_request());
    }
    // The reference backend does not keep the events themselves; what the
    // integration page shows is when data last arrived.
    let now = state.clock.now_rfc3339();
    let recorded = {
        let conn = state.db.lock().expect("db lock");
        db::record_events(&conn, &hash, &now)?
    };
    // The key was replaced while the body was being read.
    if recorded.is_none() {
        return Err(unauthorized(BEARER_CHALLENGE_INVALID));
    }
    Ok((
        StatusCode::ACCEPTED,
        Json(EventsAccepted {
            accepted: events.data.len(),
        }),
    ))
}

fn unauthorized(challenge: &'static str) -> ApiError {
    let mut e = ApiError::new(StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized);
    e.www_authenticate = Some(challenge);
    e
}
