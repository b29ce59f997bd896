//! The page of one integration: details, the model's data help, and (for models that
//! need it) *Install the injixo app* at the bottom, where the articles put it.

mod app_key;

use crate::api;
use crate::components::{
    use_page_title, BackLink, Breadcrumb, Icon, IconKind, ModelHelp, StatusBadge,
};
use crate::i18n::{intl, use_i18n, Args, I18n};
use crate::paths;
use app_key::{AppKeySection, KeyUse};
use injixo_contract::{
    FieldKind, FieldValue, Hint, Integration, Model, APP_SILENCE_THRESHOLD_SECS,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// "23 Nov 2026, 16:04 (3 hours ago)" in the active language.
pub(crate) fn when(i18n: I18n, rfc3339: &str) -> String {
    let args = Args::new()
        .with("absolute", intl::date_time(i18n.lang(), rfc3339))
        .with("relative", intl::relative(i18n.lang(), rfc3339));
    i18n.t_args("time-absolute-relative", &args)
}

pub(crate) fn silence_hours() -> i64 {
    APP_SILENCE_THRESHOLD_SECS / 3600
}

#[component]
pub fn IntegrationPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let api = api::use_api();
    let id = move || params.read().get("id").unwrap_or_default();
    let item = LocalResource::new(move || {
        let id = id();
        let api = api.clone();
        async move { api.integration(&id).await }
    });
    use_page_title(move || {
        item.get()
            .and_then(Result::ok)
            .map(|i| i.name)
            .unwrap_or_else(|| i18n.t("overview-title"))
    });
    view! {
        {move || match item.get() {
            None => crate::components::Loading().into_any(),
            Some(Err(e)) => view! {
                <Breadcrumb />
                {super::error_view(e, crate::components::Step::LoadIntegration, move || item.refetch())}
                <BackLink href=paths::overview() label=Signal::derive(i18n.text("back-to-overview")) />
            }
            .into_any(),
            Some(Ok(i)) => super::with_catalogue(move |c| {
                let model = c.model(&i.model).map(|(_, m)| m.clone());
                view! { <Details item=i.clone() model=model /> }
            })
            .into_any(),
        }}
    }
}

#[component]
fn Details(
    /// The integration shown.
    item: Integration,
    /// Its catalogue model, if the catalogue still has it.
    model: Option<Model>,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = crate::paths::use_base();
    let query = use_query_map();
    let has_key = item.app_key.is_some();
    let confirm_regenerate = RwSignal::new(
        has_key
            && query.read_untracked().get("action").as_deref()
                == Some(paths::ACTION_REGENERATE_KEY),
    );
    let product = model
        .as_ref()
        .map_or_else(|| item.model.clone(), |m| m.name.clone());
    // Settings in the order of the model's form, each under the form's label;
    // secrets only as "configured, ending …last4".
    let settings = model
        .iter()
        .flat_map(|m| m.fields())
        .filter_map(|f| {
            let shown = match (item.secrets.get(&f.id), item.settings.get(&f.id)) {
                (Some(s), _) if s.last4.is_empty() => {
                    Shown::Message("integration-secret-configured", None)
                }
                (Some(s), _) => Shown::Message(
                    "integration-secret-configured-ending",
                    Some(s.last4.clone()),
                ),
                (None, Some(FieldValue::Text(t))) => match &f.kind {
                    // A choice reads as its option's label, not its stored value.
                    FieldKind::Select { options } => {
                        options.iter().find(|o| &o.value == t).map_or_else(
                            || Shown::Text(t.clone()),
                            |o| Shown::Option(o.label_id.clone()),
                        )
                    }
                    _ => Shown::Text(t.clone()),
                },
                (None, Some(FieldValue::Number(n))) => Shown::Text(n.to_string()),
                (None, Some(FieldValue::Bool(true))) => {
                    Shown::Message("integration-value-yes", None)
                }
                (None, Some(FieldValue::Bool(false))) => {
                    Shown::Message("integration-value-no", None)
                }
                (None, None) => return None,
            };
            let label_id = f.label_id.clone();
            Some(view! {
                <dt>{move || i18n.t(&label_id)}</dt>
                <dd class="ixi-value">{move || shown.render(i18n)}</dd>
            })
        })
        .collect_view();
    let silent = item.hints.contains(&Hint::AppSilent);
    let hint_args = {
        let product = product.clone();
        move || {
            Args::new()
                .with("product", product.clone())
                .with("hours", silence_hours())
        }
    };
    let created = item.created_at.clone();
    let last = item.last_import_at.clone();
    let name = item.name.clone();
    let key_use = model.as_ref().and_then(|m| {
        if m.requires_app {
            Some(KeyUse::App)
        } else if m.api_access {
            Some(KeyUse::Api)
        } else {
            None
        }
    });
    let app_section = model.clone().zip(key_use).map(|(m, key_use)| {
        view! {
            <AppKeySection
                integration_id=item.id.clone()
                configuration_id=item.configuration_id
                model=m
                key_use=key_use
                info=item.app_key.clone()
                confirm_regenerate=confirm_regenerate
            />
        }
    });
    view! {
        <Breadcrumb current=Signal::derive(move || name.clone()) />
        <BackLink href=paths::overview() label=Signal::derive(i18n.text("back-to-overview")) />
        <div class="ixi-page-head">
            <h1>{item.name.clone()}</h1>
            <a class="ixi-button" href=base.href(paths::edit(&item.id))>
                <Icon kind=IconKind::Pencil />
                {i18n.text("overview-edit-button")}
            </a>
        </div>
        {silent
            .then(|| {
                view! {
                    <div class="ixi-alert ixi-alert-warning">
                        <h2 class="ixi-alert-title">{i18n.text("hint-app-silent-title")}</h2>
                        <p>{let a = hint_args.clone(); move || i18n.t_args("hint-app-silent-text", &a())}</p>
                        {has_key.then(|| view! {
                            <button type="button" class="ixi-button" on:click=move |_| confirm_regenerate.set(true)>
                                {i18n.text("hint-app-silent-action")}
                            </button>
                        })}
                    </div>
                }
            })}
        <section class="ixi-card" aria-labelledby="ixi-details-heading">
            <h2 id="ixi-details-heading">{i18n.text("integration-details-heading")}</h2>
            <dl class="ixi-details">
                <dt>{i18n.text("integration-model-label")}</dt>
                <dd>{product.clone()}</dd>
                <dt>{i18n.text("integration-status-label")}</dt>
                <dd><StatusBadge status=item.status /></dd>
                {settings}
                <dt>{i18n.text("integration-created-label")}</dt>
                <dd>{move || intl::date_time(i18n.lang(), &created)}</dd>
                <dt>{i18n.text("integration-last-import-label")}</dt>
                <dd>
                    {move || match &last {
                        Some(at) => when(i18n, at),
                        None => i18n.t("integration-last-import-never"),
                    }}
                </dd>
            </dl>
        </section>
        {model
            .filter(|m| !m.data_help.is_empty())
            .map(|m| view! { <div class="ixi-card"><ModelHelp model=m collapsed=true /></div> })}
        {app_section}
    }
}

/// What a setting's value shows: a message (with `$last4`) or the literal value.
enum Shown {
    Message(&'static str, Option<String>),
    Option(String),
    Text(String),
}

impl Shown {
    fn render(&self, i18n: I18n) -> String {
        match self {
            Shown::Text(t) => t.clone(),
            Shown::Option(label_id) => i18n.t(label_id),
            Shown::Message(id, None) => i18n.t(id),
            Shown::Message(id, Some(last4)) => {
                i18n.t_args(id, &Args::new().with("last4", last4.clone()))
            }
        }
    }
}
