use crate::api;
use crate::app::CatalogueData;
use crate::components::{use_page_title, BackLink, Breadcrumb, StatusBadge};
use crate::i18n::{intl, use_i18n, Args};
use crate::paths;
use injixo_contract::{FieldValue, Integration};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// One integration: name, model, status, settings, last import.
#[component]
pub fn IntegrationPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let item = LocalResource::new(move || {
        let id = id();
        async move { api::integration(&id).await }
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
                {super::error_view(e, move || item.refetch())}
                <BackLink href=paths::overview() label=Signal::derive(move || i18n.t("back-to-overview")) />
            }
            .into_any(),
            Some(Ok(i)) => view! { <Details item=i /> }.into_any(),
        }}
    }
}

#[component]
fn Details(
    /// The integration shown.
    item: Integration,
) -> impl IntoView {
    let i18n = use_i18n();
    let catalogue = expect_context::<CatalogueData>().0;
    let model = {
        let model_id = item.model.clone();
        move || {
            catalogue
                .get()
                .and_then(Result::ok)
                .and_then(|c| c.model(&model_id).map(|(_, m)| m.clone()))
        }
    };
    let name = item.name.clone();
    let model_name = {
        let fallback = item.model.clone();
        let model = model.clone();
        move || model().map(|m| m.name).unwrap_or_else(|| fallback.clone())
    };
    // Settings in the order of the model's form, each under the form's label.
    let settings = {
        let item = item.clone();
        move || {
            let Some(m) = model() else { return Vec::new() };
            m.fields()
                .filter_map(|f| {
                    let value = if let Some(secret) = item.secrets.get(&f.id) {
                        if secret.last4.is_empty() {
                            i18n.t("integration-secret-configured")
                        } else {
                            i18n.t_args(
                                "integration-secret-configured-ending",
                                &Args::new().with("last4", secret.last4.clone()),
                            )
                        }
                    } else {
                        match item.settings.get(&f.id)? {
                            FieldValue::Text(s) => s.clone(),
                            FieldValue::Bool(b) => i18n.t(if *b {
                                "integration-value-yes"
                            } else {
                                "integration-value-no"
                            }),
                        }
                    };
                    Some((i18n.t(&f.label_id), value))
                })
                .collect::<Vec<_>>()
        }
    };
    let created = item.created_at.clone();
    let last = item.last_import_at.clone();
    view! {
        <Breadcrumb current=Signal::derive(move || name.clone()) />
        <BackLink href=paths::overview() label=Signal::derive(move || i18n.t("back-to-overview")) />
        <h1>{item.name.clone()}</h1>
        <section class="ixi-card" aria-labelledby="ixi-details-heading">
            <h2 id="ixi-details-heading">{move || i18n.t("integration-details-heading")}</h2>
            <dl class="ixi-details">
                <dt>{move || i18n.t("integration-model-label")}</dt>
                <dd>{model_name}</dd>
                <dt>{move || i18n.t("integration-status-label")}</dt>
                <dd><StatusBadge status=item.status /></dd>
                {move || {
                    settings()
                        .into_iter()
                        .map(|(label, value)| view! { <dt>{label}</dt><dd class="ixi-value">{value}</dd> })
                        .collect_view()
                }}
                <dt>{move || i18n.t("integration-created-label")}</dt>
                <dd>{move || intl::date_time(i18n.lang(), &created)}</dd>
                <dt>{move || i18n.t("integration-last-import-label")}</dt>
                <dd>
                    {move || match &last {
                        Some(at) => intl::date_time(i18n.lang(), at),
                        None => i18n.t("integration-last-import-never"),
                    }}
                </dd>
            </dl>
        </section>
    }
}
