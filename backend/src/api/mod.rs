//! `/api/v1`: the REST contract of `docs/openapi.yaml`.

mod app_key;
mod cloud_link;
mod cloud_link_client;
mod cloud_link_files;
pub mod csv;
mod idempotency;
mod integrations;
mod manage;
mod on_premise;
mod paging;
pub mod session;
pub mod test_hooks;

pub use app_key::{KEY_PREFIX, REPLAY_TTL_SECS};
pub use manage::UPDATE_REPLAY_TTL_SECS;

use crate::{problem::ApiError, state::AppState};
use axum::{
    extract::State,
    routing::{get, post},
    Json, Router,
};
use injixo_contract::{Account, Catalogue, Health};

/// The `/api/v1` routes, behind the session check; with `state.test_hooks` also
/// `/api/v1/test/…`.
pub fn router(state: AppState) -> Router {
    let mut router = Router::new()
        .route("/health", get(health))
        .route("/catalogue", get(catalogue))
        .route(
            "/integrations",
            get(integrations::list)
                .post(integrations::create)
                .layer(csv::sample_body_limit()),
        )
        .route(
            "/integrations/{id}",
            get(integrations::get)
                .patch(manage::update)
                .delete(manage::delete)
                .layer(csv::sample_body_limit()),
        )
        .route("/integrations/{id}/pause", post(manage::pause))
        .route("/integrations/{id}/resume", post(manage::resume))
        .route("/integrations/{id}/app-key", post(app_key::generate))
        .route("/cloud-link/claims", post(cloud_link::claim))
        .route("/cloud-link/links/{id}", get(cloud_link::link))
        .route("/cloud-link/links/{id}/query", post(cloud_link::query))
        .route(
            "/cloud-link/downloads/{flavor}/{os}/{arch}",
            get(cloud_link::download),
        )
        .route(
            "/cloud-link/client/register",
            post(cloud_link_client::register),
        )
        .route("/cloud-link/client/pin", post(cloud_link_client::pin))
        .route(
            "/cloud-link/client/heartbeat",
            post(cloud_link_client::heartbeat),
        )
        .route("/cloud-link/client/jobs", get(cloud_link_client::next_job))
        .route(
            "/cloud-link/client/jobs/{id}",
            post(cloud_link_client::job_result),
        )
        .route(
            "/cloud-link/client/csv-integrations",
            get(cloud_link_files::csv_integrations),
        )
        .route(
            "/cloud-link/client/csv-files",
            post(cloud_link_files::csv_file).layer(csv::upload_body_limit()),
        )
        .route("/integrations/{id}/csv-schema", get(csv::get_schema))
        .route(
            "/integrations/{id}/csv-imports",
            get(csv::list)
                .post(csv::upload)
                .layer(csv::upload_body_limit()),
        )
        .route("/csv-imports/{id}", get(csv::get).delete(csv::cancel))
        .route("/csv-imports/{id}/apply", post(csv::apply))
        .route(
            "/csv/sql-preview",
            post(csv::sql_preview).layer(csv::sample_body_limit()),
        )
        .route("/account", get(account))
        .route(
            "/session",
            post(session::create)
                .get(session::get)
                .delete(session::delete),
        );
    // Not in docs/openapi.yaml: without INJIXO_TEST_HOOKS=1 the paths do not exist.
    if state.test_hooks {
        router = router.merge(test_hooks::routes());
    }
    router
        .fallback(|| async { ApiError::not_found() })
        .method_not_allowed_fallback(|| async {
            ApiError::new(
                axum::http::StatusCode::METHOD_NOT_ALLOWED,
                injixo_contract::ErrorCode::BadRequest,
            )
        })
        // Last, so that it also guards the fallbacks: without a session, an
        // unknown path is a 401 like any other, not a map of the API.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            session::middleware,
        ))
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

/// `GET /account`: the plan decides which catalogue models may be added.
async fn account(State(state): State<AppState>) -> Json<Account> {
    Json(Account { plan: state.plan() })
}
