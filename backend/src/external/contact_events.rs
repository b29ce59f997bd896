//! `POST /external-systems/contact-events`, modelled on the public injixo API's
//! Contact Event resource. Its body is checked as a whole: anything wrong is a 400.

use super::{accept, authenticate};
use crate::{json::ApiJson, problem::ApiError, state::AppState};
use axum::{
    extract::{FromRequest, Request, State},
    http::StatusCode,
    Json,
};
use injixo_contract::{ContactEvents, EventsAccepted};

pub(super) async fn post(
    State(state): State<AppState>,
    req: Request,
) -> Result<(StatusCode, Json<EventsAccepted>), ApiError> {
    let sender = authenticate(&state, req.headers())?;
    let ApiJson(events) = ApiJson::<ContactEvents>::from_request(req, &()).await?;
    let timestamps_ok = events
        .data
        .iter()
        .all(|e| crate::clock::parse(&e.timestamp).is_some());
    if events.data.is_empty() || !timestamps_ok {
        return Err(ApiError::bad_request());
    }
    accept(&state, &sender, events.data.len())
}
