//! Everything that talks to the backend: one HTTP wrapper (`client`), one typed error
//! (`error`), and one method per endpoint on `Api`, the per-mount handle that knows
//! the host's API base URL and authentication. DTOs come from `injixo_contract`.

mod client;
mod cloud_link;
mod csv;
mod error;
mod idempotency;

pub use error::ApiError;
pub use idempotency::IdempotencyMemo;

use injixo_contract::{
    Account, Catalogue, CreateIntegration, GenerateAppKey, GeneratedAppKey, Integration,
    IntegrationList, UpdateIntegration, INTEGRATIONS_PAGE_MAX,
};
use leptos::prelude::*;
use std::sync::Arc;
use web_sys::RequestCredentials;

/// Where the CSRF token for writes comes from.
#[derive(Clone, Debug)]
pub enum Csrf {
    /// No CSRF header.
    None,
    /// A cookie the server sets for the host's JS to read (double-submit).
    Cookie(String),
    /// A host function returning the token (or a promise of it).
    Getter(js_sys::Function),
}

/// How this mount reaches the API.
#[derive(Clone, Debug)]
pub struct ApiSettings {
    /// Base URL without a trailing slash (`/api/v1`).
    pub base: String,
    /// `same-origin`, or `include` for cookies on another origin.
    pub credentials: RequestCredentials,
    pub csrf_header: String,
    pub csrf: Csrf,
    /// A host function returning a bearer token (or a promise of it).
    pub bearer: Option<js_sys::Function>,
    /// Called on every 401: the app shows that the session ended and tells the host.
    pub on_unauthorized: Option<Callback<()>>,
    /// How long a read may take before it counts as failed.
    pub read_timeout_ms: i32,
    /// Writes wait for the vendor's verification, so they get longer.
    pub write_timeout_ms: i32,
}

impl Default for ApiSettings {
    fn default() -> Self {
        Self {
            base: injixo_contract::API_PREFIX.to_string(),
            credentials: RequestCredentials::SameOrigin,
            csrf_header: "X-CSRF-Token".into(),
            csrf: Csrf::Cookie("ixi_csrf".into()),
            bearer: None,
            on_unauthorized: None,
            read_timeout_ms: 15_000,
            write_timeout_ms: 45_000,
        }
    }
}

/// The API as one mount of the app sees it. Cheap to clone into closures.
#[derive(Clone)]
pub struct Api(Arc<send_wrapper::SendWrapper<ApiSettings>>);

impl Api {
    pub fn new(settings: ApiSettings) -> Self {
        Self(Arc::new(send_wrapper::SendWrapper::new(settings)))
    }

    fn s(&self) -> &ApiSettings {
        &self.0
    }

    pub async fn catalogue(&self) -> Result<Catalogue, ApiError> {
        client::get(self.s(), "/catalogue").await
    }

    /// The account's plan, which decides which models are available.
    pub async fn account(&self) -> Result<Account, ApiError> {
        client::get(self.s(), "/account").await
    }

    /// `GET /integrations`: one page of at most `limit` integrations, in the
    /// server's order (by name), from the start or from the `next_cursor` of the
    /// page before.
    pub async fn integrations(
        &self,
        limit: u32,
        cursor: Option<&str>,
    ) -> Result<IntegrationList, ApiError> {
        let mut path = format!("/integrations?limit={limit}");
        if let Some(c) = cursor {
            path.push_str("&cursor=");
            path.push_str(&client::encode(c));
        }
        client::get(self.s(), &path).await
    }

    /// Every integration: [`Api::integrations`] page after page, the largest pages
    /// the server gives (the CSV import lets the admin choose among them all).
    pub async fn all_integrations(&self) -> Result<Vec<Integration>, ApiError> {
        let mut all = Vec::new();
        let mut cursor = None;
        loop {
            let page = self
                .integrations(INTEGRATIONS_PAGE_MAX, cursor.as_deref())
                .await?;
            // An empty page with a cursor would be a loop, not a list.
            let done = page.items.is_empty();
            all.extend(page.items);
            match page.next_cursor {
                Some(next) if !done => cursor = Some(next),
                _ => return Ok(all),
            }
        }
    }

    pub async fn integration(&self, id: &str) -> Result<Integration, ApiError> {
        client::get(self.s(), &format!("/integrations/{}", client::encode(id))).await
    }

    /// Creates an integration. `idempotency_key` must be the same for retries of the
    /// same request, so a retry after a lost response cannot create a second one.
    pub async fn create_integration(
        &self,
        req: &CreateIntegration,
        idempotency_key: &str,
    ) -> Result<Integration, ApiError> {
        client::post(self.s(), "/integrations", req, Some(idempotency_key)).await
    }

    /// Changes what `req` contains; secrets only when a new value is sent.
    pub async fn update_integration(
        &self,
        id: &str,
        req: &UpdateIntegration,
        idempotency_key: &str,
    ) -> Result<Integration, ApiError> {
        let path = format!("/integrations/{}", client::encode(id));
        client::patch(self.s(), &path, req, Some(idempotency_key)).await
    }

    /// *Suspend importing* (`pause = true`) or *Resume importing*. Both idempotent.
    pub async fn set_paused(&self, id: &str, pause: bool) -> Result<Integration, ApiError> {
        let action = if pause { "pause" } else { "resume" };
        let path = format!("/integrations/{}/{action}", client::encode(id));
        /// The actions take an empty JSON object.
        #[derive(serde::Serialize)]
        struct NoBody {}
        client::post(self.s(), &path, &NoBody {}, None).await
    }

    /// Deletes the integration (imported data and queues stay in injixo).
    pub async fn delete_integration(&self, id: &str) -> Result<(), ApiError> {
        client::delete(self.s(), &format!("/integrations/{}", client::encode(id))).await
    }

    /// Generates the injixo API key of an integration (`replace` to swap an existing
    /// one, which stops working at once). The response is the only time it is sent.
    pub async fn generate_app_key(
        &self,
        id: &str,
        replace: bool,
        idempotency_key: &str,
    ) -> Result<GeneratedAppKey, ApiError> {
        let path = format!("/integrations/{}/app-key", client::encode(id));
        client::post(
            self.s(),
            &path,
            &GenerateAppKey { replace },
            Some(idempotency_key),
        )
        .await
    }
}

/// The API of the mount this component belongs to.
pub fn use_api() -> Api {
    expect_context::<Api>()
}
