//! The page of one integration: details, the model's data help, and (for models that
//! use an injixo API key) *Install the injixo app* or *Access injixo API* at the
//! bottom, where the articles put it.

mod cloud_link;
mod csv_imports;
mod details;
mod settings;

use super::load::{loaded, use_integration, with_catalogue};
use crate::components::{use_page_title, BackLink, Breadcrumb, Step};
use crate::i18n::{msg, use_i18n};
use crate::routes::Route;
use details::Details;
use leptos::prelude::*;

crate::components::split_page! {
    /// The route's view: the integration page is a chunk of its own.
    IntegrationPage => IntegrationView, integration_page, preload_integration_page
}

#[component]
fn IntegrationView() -> impl IntoView {
    let i18n = use_i18n();
    let item = use_integration();
    use_page_title(move || {
        item.get()
            .and_then(Result::ok)
            .map(|i| i.name)
            .unwrap_or_else(|| i18n.t(msg::OVERVIEW_TITLE))
    });
    view! {
        {loaded(
            item,
            Step::LoadIntegration,
            |alert| {
                view! {
                    <Breadcrumb />
                    {alert}
                    <BackLink to=Route::Overview label=msg::BACK_TO_OVERVIEW />
                }
                .into_any()
            },
            |i| with_catalogue(move |c| {
                let model = c.model(&i.model).map(|(_, m)| m.clone());
                view! { <Details item=i.clone() model=model /> }
            }),
        )}
    }
}

/// Fetches this page's code ahead, from the step before it.
pub fn prefetch() {
    crate::components::split_prefetch!(preload_integration_page);
}
