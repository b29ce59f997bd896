//! One component per route.

mod catalogue;
mod edit;
pub(crate) mod integration;
mod not_found;
mod overview;
mod setup;
mod vendor;

pub use catalogue::CataloguePage;
pub use edit::EditPage;
pub use integration::IntegrationPage;
pub use not_found::NotFoundPage;
pub use overview::OverviewPage;
pub use setup::SetupPage;
pub use vendor::VendorPage;

use crate::api::ApiError;
use crate::app::CatalogueData;
use crate::components::{ErrorAlert, Loading, Step};
use injixo_contract::Catalogue;
use leptos::prelude::*;
use std::sync::Arc;

/// Renders `ok` with the catalogue once it is loaded, a placeholder while it loads,
/// and the error (with *Try again*) when it could not be loaded.
pub(crate) fn with_catalogue<V: IntoView + 'static>(
    ok: impl Fn(Arc<Catalogue>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    let data = expect_context::<CatalogueData>().0;
    let account = expect_context::<crate::app::AccountData>().0;
    move || match data.get() {
        None => Loading().into_any(),
        Some(Err(e)) => error_view(e, Step::LoadCatalogue, move || data.refetch()).into_any(),
        // The plan decides what is locked, so wait for it as well: the page then renders
        // once, and a form is never re-created (losing a typed secret) when the plan
        // arrives after the catalogue. A failed account load locks nothing.
        Some(Ok(_)) if account.get().is_none() => Loading().into_any(),
        Some(Ok(c)) => ok(c).into_any(),
    }
}

/// A tile's name as shown: its Fluent message where it has one, else the brand.
pub(crate) fn vendor_name(i18n: crate::i18n::I18n, vendor: &injixo_contract::Vendor) -> String {
    match &vendor.name_id {
        Some(id) => i18n.t(id),
        None => vendor.name.clone(),
    }
}

pub(crate) fn error_view(
    error: ApiError,
    step: Step,
    retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    view! { <ErrorAlert error=error step=step on_retry=Callback::new(move |_| retry()) /> }
}
