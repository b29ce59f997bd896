use crate::api;
use crate::app::CatalogueData;
use crate::components::{use_page_title, Breadcrumb, Loading, StatusBadge};
use crate::i18n::{intl, use_i18n, Args};
use crate::paths;
use injixo_contract::{Hint, Integration};
use leptos::prelude::*;

/// *Account > Integrations*: the account's integrations with status and last import.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || i18n.t("overview-title"));
    let list = LocalResource::new(api::integrations);
    view! {
        <Breadcrumb />
        <div class="ixi-page-head">
            <h1>{move || i18n.t("overview-title")}</h1>
            <a class="ixi-button ixi-button-primary" href=paths::catalogue()>
                {move || i18n.t("overview-add-button")}
            </a>
        </div>
        <p class="ixi-lead">{move || i18n.t("overview-intro")}</p>
        {move || match list.get() {
            None => Loading().into_any(),
            Some(Err(e)) => super::error_view(e, move || list.refetch()).into_any(),
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
    let catalogue = expect_context::<CatalogueData>().0;
    // Brand names come from the catalogue; until it is there the id will do.
    let model_name = move |id: &str| {
        catalogue
            .get()
            .and_then(Result::ok)
            .and_then(|c| c.model(id).map(|(_, m)| m.name.clone()))
            .unwrap_or_else(|| id.to_string())
    };
    let rows = items
        .into_iter()
        .map(|item| {
            let model = item.model.clone();
            let last = item.last_import_at.clone();
            let silent = item.hints.contains(&Hint::AppSilent);
            let hint_href = paths::integration_regenerate_key(&item.id);
            view! {
                <tr>
                    <th scope="row">
                        <a href=paths::integration(&item.id)>{item.name.clone()}</a>
                    </th>
                    <td>{move || model_name(&model)}</td>
                    <td>
                        <StatusBadge status=item.status />
                        {silent
                            .then(|| {
                                view! {
                                    <a class="ixi-hint" href=hint_href.clone()>
                                        {move || {
                                            i18n.t_args(
                                                "overview-hint-app-silent",
                                                &Args::new().with("hours", super::integration::silence_hours()),
                                            )
                                        }}
                                    </a>
                                }
                            })}
                    </td>
                    <td>
                        {move || match &last {
                            Some(at) => intl::date_time(i18n.lang(), at),
                            None => i18n.t("overview-last-import-never"),
                        }}
                    </td>
                </tr>
            }
        })
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
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
