use super::cloud_link::CloudLinkStatus;
use super::csv_imports::CsvImports;
use super::settings::settings_list;
use crate::components::{BackLink, Breadcrumb, Icon, IconKind, ModelHelp, StatusBadge};
use crate::i18n::{intl, labels, msg, use_i18n};
use crate::integration_key::KeySection;
use crate::routes::{use_base, Route, ACTION_REGENERATE_KEY};
use injixo_contract::{Hint, Integration, IntegrationStatus, Model};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn Details(
    /// The integration shown.
    item: Integration,
    /// Its catalogue model, if the catalogue still has it.
    model: Option<Model>,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = use_base();
    let query = use_query_map();
    let has_key = item.app_key.is_some();
    let confirm_regenerate = RwSignal::new(
        has_key && query.read_untracked().get("action").as_deref() == Some(ACTION_REGENERATE_KEY),
    );
    let product = model
        .as_ref()
        .map_or_else(|| item.model.clone(), |m| m.name.clone());
    let settings = settings_list(&item, model.as_ref());
    let silent = item.hints.contains(&Hint::AppSilent);
    let created = item.created_at.clone();
    let last = item.last_import_at.clone();
    let name = item.name.clone();
    let app_section = model.clone().and_then(|m| {
        let key_use = m.key_use?;
        Some(view! {
            <KeySection
                integration_id=item.id.clone()
                configuration_id=item.configuration_id
                model=m
                key_use=key_use
                info=item.app_key.clone()
                confirm_regenerate=confirm_regenerate
            />
        })
    });
    let silent_hint = silent.then(|| {
        let product = product.clone();
        view! {
            <div class="ixi-alert ixi-alert-warning">
                <h2 class="ixi-alert-title">{i18n.text(msg::HINT_APP_SILENT_TITLE)}</h2>
                <p>
                    {move || {
                        i18n.fmt(&msg::hint_app_silent_text(labels::silence_hours(), product.clone()))
                    }}
                </p>
                {has_key.then(|| view! {
                    <button type="button" class="ixi-button" on:click=move |_| confirm_regenerate.set(true)>
                        {i18n.text(msg::HINT_APP_SILENT_ACTION)}
                    </button>
                })}
            </div>
        }
    });
    view! {
        <Breadcrumb current=Signal::derive(move || name.clone()) />
        <BackLink to=Route::Overview label=msg::BACK_TO_OVERVIEW />
        <div class="ixi-page-head">
            <h1>{item.name.clone()}</h1>
            <a class="ixi-button" href=base.href(&Route::Edit(item.id.clone()))>
                <Icon kind=IconKind::Pencil />
                {i18n.text(msg::OVERVIEW_EDIT_BUTTON)}
            </a>
        </div>
        {silent_hint}
        <section class="ixi-card" aria-labelledby="ixi-details-heading">
            <h2 id="ixi-details-heading">{i18n.text(msg::INTEGRATION_DETAILS_HEADING)}</h2>
            <dl class="ixi-details">
                <dt>{i18n.text(msg::INTEGRATION_MODEL_LABEL)}</dt>
                <dd>{product.clone()}</dd>
                <dt>{i18n.text(msg::INTEGRATION_STATUS_LABEL)}</dt>
                <dd><StatusBadge status=item.status /></dd>
                // Saving verified the connection; a problem since then says otherwise.
                <dt>{i18n.text(msg::CONNECTION_LABEL)}</dt>
                <dd>
                    {i18n.text(if item.status == IntegrationStatus::ProblemDetected {
                        msg::CONNECTION_FAILED
                    } else {
                        msg::CONNECTION_ESTABLISHED
                    })}
                </dd>
                {settings}
                <dt>{i18n.text(msg::INTEGRATION_CREATED_LABEL)}</dt>
                <dd>{move || intl::date_time(i18n.lang(), &created)}</dd>
                <dt>{i18n.text(msg::INTEGRATION_LAST_IMPORT_LABEL)}</dt>
                <dd>
                    {move || match &last {
                        Some(at) => labels::when(i18n, at),
                        None => i18n.t(msg::INTEGRATION_LAST_IMPORT_NEVER),
                    }}
                </dd>
            </dl>
        </section>
        {item.cloud_link.clone().map(|link| view! { <CloudLinkStatus link=link /> })}
        {model
            .as_ref()
            .filter(|m| m.csv_schema)
            .map(|_| view! { <CsvImports integration_id=item.id.clone() /> })}
        {model
            .filter(|m| !m.data_help.is_empty())
            .map(|m| view! { <div class="ixi-card"><ModelHelp model=m collapsed=true /></div> })}
        {app_section}
    }
}
