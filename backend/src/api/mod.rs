//! `/api/v1`: the REST contract of `docs/openapi.yaml`.

mod integrations;
mod json;

pub use json::ApiJson;

use crate::{problem::ApiError, AppState};
use axum::{routing::get, Json, Router};
use injixo_contract::{Catalogue, Health};

pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/health", get(health))
        .route("/catalogue", get(catalogue))
        .route(
            "/integrations",
            get(integrations::list).post(integrations::create),
        )
        .route("/integrations/{id}", get(integrations::get))
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

async fn catalogue(axum::extract::State(state): axum::extract::State<AppState>) -> Json<Catalogue> {
    Json((*state.catalogue).clone())
}

/// The current time as the API writes it: RFC 3339 in UTC, whole seconds.
pub fn now() -> String {
    let now = time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .expect("0 ns is valid");
    now.format(&time::format_description::well_known::Rfc3339)
        .expect("RFC 3339 formats any UTC time")
}
