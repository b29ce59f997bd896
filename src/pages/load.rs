//! The one way pages load what they show: *Loading…* while the request runs, the
//! error with *Try again* when it failed, the page when the data is here. The last
//! two mark the page as shown (`state::page_shown`): the first page's frame goes then.

use crate::api::{use_api, ApiError};
use crate::components::{ErrorAlert, Loading, Step};
use crate::routes::IntegrationParams;
use crate::state::{page_shown, use_account, use_catalogue};
use injixo_contract::{Catalogue, Integration};
use leptos::prelude::*;
use leptos_router::hooks::use_params;
use std::sync::Arc;

/// A failed request, explained, with *Try again* running `retry`.
pub fn error_view(
    error: ApiError,
    step: Step,
    retry: impl Fn() + Send + Sync + 'static,
) -> AnyView {
    page_shown();
    view! { <ErrorAlert error=error step=step on_retry=Callback::new(move |_| retry()) /> }
        .into_any()
}

/// Renders `resource`: *Loading…*, or the failure (wrapped by `failed`, which adds
/// what the page shows around it), or `ok` with the value.
pub fn loaded<T, V>(
    resource: LocalResource<Result<T, ApiError>>,
    step: Step,
    failed: impl Fn(AnyView) -> AnyView + Send + Sync + 'static,
    ok: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + 'static,
    V: IntoView + 'static,
{
    move || match resource.get() {
        None => Loading().into_any(),
        Some(Err(e)) => failed(error_view(e, step, move || resource.refetch())),
        Some(Ok(value)) => {
            page_shown();
            ok(value).into_any()
        }
    }
}

/// Renders `ok` with the catalogue once it is loaded, a placeholder while it loads,
/// and the error (with *Try again*) when it could not be loaded.
pub fn with_catalogue<V: IntoView + 'static>(
    ok: impl Fn(Arc<Catalogue>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let data = use_catalogue().0;
    let account = use_account().0;
    move || match data.get() {
        None => Loading().into_any(),
        Some(Err(e)) => error_view(e, Step::LoadCatalogue, move || data.refetch()),
        // The plan decides what is locked, so wait for it as well: the page then renders
        // once, and a form is never re-created (losing a typed secret) when the plan
        // arrives after the catalogue. A failed account load locks nothing.
        Some(Ok(_)) if account.get().is_none() => Loading().into_any(),
        Some(Ok(c)) => {
            page_shown();
            ok(c).into_any()
        }
    }
}

/// The integration of the current route (`/integration/:id…`), loaded.
pub fn use_integration() -> LocalResource<Result<Integration, ApiError>> {
    let params = use_params::<IntegrationParams>();
    let api = use_api();
    LocalResource::new(move || {
        let id = params.with(|p| {
            p.as_ref()
                .ok()
                .and_then(|p| p.id.clone())
                .unwrap_or_default()
        });
        let api = api.clone();
        async move { api.integration(&id).await }
    })
}
