mod row;

use crate::api;
use crate::components::{use_page_title, Breadcrumb, Loading};
use crate::i18n::use_i18n;
use crate::paths;
use injixo_contract::Integration;
use leptos::prelude::*;
use row::IntegrationRow;

/// *Account > Integrations*: the account's integrations with status and last import.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let base = crate::paths::use_base();
    use_page_title(move || i18n.t("overview-title"));
    let api = api::use_api();
    let list = LocalResource::new(move || {
        let api = api.clone();
        async move { api.integrations().await }
    });
    view! {
        <Breadcrumb />
        <div class="ixi-page-head">
            <h1>{move || i18n.t("overview-title")}</h1>
            <a class="ixi-button ixi-button-primary" href=base.href(paths::catalogue())>
                {move || i18n.t("overview-add-button")}
            </a>
        </div>
        <p class="ixi-lead">{move || i18n.t("overview-intro")}</p>
        {move || match list.get() {
            None => Loading().into_any(),
            Some(Err(e)) => super::error_view(e, crate::components::Step::LoadOverview, move || list.refetch()).into_any(),
            Some(Ok(items)) if items.is_empty() => EmptyState().into_any(),
            Some(Ok(items)) => view! { <IntegrationTable items=items /> }.into_any(),
        }}
    }
}

#[component]
fn EmptyState() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="ixi-empty">
            <h2>{move || i18n.t("overview-empty-title")}</h2>
            <p>{move || i18n.t("overview-empty-text")}</p>
        </div>
    }
}

#[component]
fn IntegrationTable(
    /// The integrations, sorted as the server sorts them (by name).
    items: Vec<Integration>,
) -> impl IntoView {
    let i18n = use_i18n();
    let rows = items
        .into_iter()
        .map(|item| view! { <IntegrationRow item=item /> })
        .collect_view();
    view! {
        <div class="ixi-table-wrap">
            <table class="ixi-table">
                <caption class="ixi-visually-hidden">{move || i18n.t("overview-table-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || i18n.t("overview-column-name")}</th>
                        <th scope="col">{move || i18n.t("overview-column-model")}</th>
                        <th scope="col">{move || i18n.t("overview-column-status")}</th>
                        <th scope="col">{move || i18n.t("overview-column-last-import")}</th>
                        <th scope="col">{move || i18n.t("overview-column-actions")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
