//! Everything that talks to the backend: one HTTP wrapper (`client`), one typed error
//! (`error`), and one function per endpoint below. DTOs come from `injixo_contract`.

mod client;
mod error;

pub use client::{configure, new_idempotency_key};
pub use error::ApiError;

use injixo_contract::{
    Account, Catalogue, CreateIntegration, GenerateAppKey, GeneratedAppKey, Integration,
    IntegrationList, UpdateIntegration,
};

pub async fn catalogue() -> Result<Catalogue, ApiError> {
    client::get("/catalogue").await
}

pub async fn integrations() -> Result<Vec<Integration>, ApiError> {
    client::get::<IntegrationList>("/integrations")
        .await
        .map(|l| l.items)
}

pub async fn integration(id: &str) -> Result<Integration, ApiError> {
    client::get(&format!("/integrations/{}", client::encode(id))).await
}

/// Creates an integration. `idempotency_key` must be the same for retries of the same
/// request, so a retry after a lost response cannot create a second integration.
pub async fn create_integration(
    req: &CreateIntegration,
    idempotency_key: &str,
) -> Result<Integration, ApiError> {
    client::post("/integrations", req, Some(idempotency_key)).await
}

/// Generates the injixo API key of an integration (`replace` to swap an existing
/// one, which stops working at once). The response is the only time the key is sent.
pub async fn generate_app_key(
    id: &str,
    replace: bool,
    idempotency_key: &str,
) -> Result<GeneratedAppKey, ApiError> {
    let path = format!("/integrations/{}/app-key", client::encode(id));
    client::post(&path, &GenerateAppKey { replace }, Some(idempotency_key)).await
}

/// The account's plan, which decides which models are available.
pub async fn account() -> Result<Account, ApiError> {
    client::get("/account").await
}

/// Changes what `req` contains; secrets only when a new value is sent.
pub async fn update_integration(
    id: &str,
    req: &UpdateIntegration,
    idempotency_key: &str,
) -> Result<Integration, ApiError> {
    let path = format!("/integrations/{}", client::encode(id));
    client::patch(&path, req, Some(idempotency_key)).await
}

/// *Suspend importing* (`pause = true`) or *Resume importing*. Both are idempotent.
pub async fn set_paused(id: &str, pause: bool) -> Result<Integration, ApiError> {
    let action = if pause { "pause" } else { "resume" };
    let path = format!("/integrations/{}/{action}", client::encode(id));
    client::post(&path, &serde_json::json!({}), None).await
}

/// Deletes the integration (imported data and queues stay in injixo).
pub async fn delete_integration(id: &str) -> Result<(), ApiError> {
    client::delete(&format!("/integrations/{}", client::encode(id))).await
}
