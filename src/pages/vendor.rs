use crate::app::{AccountData, CatalogueData};
use crate::components::{plan_name, use_page_title, BackLink, Breadcrumb, HelpLink, PlanLock};
use crate::i18n::{use_i18n, Args};
use crate::{labels, paths};
use injixo_contract::Model;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// *Select model*: the models of one vendor, each with *Add integration*.
#[component]
pub fn VendorPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let vendor_id = move || params.read().get("vendor").unwrap_or_default();
    let catalogue = expect_context::<CatalogueData>().0;
    use_page_title(move || {
        let c = catalogue.get().and_then(Result::ok);
        c.and_then(|c| c.vendor(&vendor_id()).map(|v| super::vendor_name(i18n, v)))
            .unwrap_or_default()
    });
    view! {
        {super::with_catalogue(move |c| {
            let Some(vendor) = c.vendor(&vendor_id()).cloned() else {
                return super::NotFoundPage().into_any();
            };
            view! {
                <Breadcrumb current=Signal::derive(i18n.text("catalogue-title")) />
                <BackLink href=paths::catalogue() label=Signal::derive(i18n.text("back-to-catalogue")) />
                <h1>{let v = vendor.clone(); move || super::vendor_name(i18n, &v)}</h1>
                <p class="ixi-lead">{i18n.text("vendor-intro")}</p>
                <div class="ixi-models">
                    {vendor.models.into_iter().map(|m| view! { <ModelSection model=m /> }).collect_view()}
                </div>
            }
            .into_any()
        })}
    }
}

/// One model of the vendor, as the articles call it: "the **Freshchat** section".
#[component]
fn ModelSection(
    /// The model shown.
    model: Model,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = crate::paths::use_base();
    let heading_id = format!("ixi-model-{}", model.id);
    let description_id = model.description_id.clone();
    let delivery = labels::delivery(model.delivery);
    let requires_app = model.requires_app;
    let help_path = model.help_path.clone();
    let plan_names = model
        .plans
        .iter()
        .map(|p| plan_name(*p))
        .collect::<Vec<_>>()
        .join(", ");
    let account = expect_context::<AccountData>();
    let plans = model.plans.clone();
    let setup_href = paths::setup(&model.id);
    let described = heading_id.clone();
    view! {
        <section class="ixi-model" aria-labelledby=heading_id.clone()>
            <div class="ixi-model-text">
                <h2 id=heading_id.clone()>{model.name.clone()}</h2>
                <p>{move || i18n.t(&description_id)}</p>
                <ul class="ixi-badges">
                    <li class="ixi-badge ixi-badge-delivery">{move || i18n.t(delivery)}</li>
                    {model
                        .features
                        .iter()
                        .map(|f| {
                            let id = labels::feature(*f);
                            view! { <li class="ixi-badge">{move || i18n.t(id)}</li> }
                        })
                        .collect_view()}
                </ul>
                <p class="ixi-muted">
                    {move || i18n.t_args("vendor-plans", &Args::new().with("plans", plan_names.clone()))}
                </p>
                {requires_app
                    .then(|| view! { <p class="ixi-muted">{i18n.text("vendor-requires-app")}</p> })}
                {help_path.map(|slug| view! { <HelpLink slug=slug /> })}
            </div>
            {move || {
                if account.plan().is_some_and(|p| !plans.contains(&p)) {
                    view! { <PlanLock plans=plans.clone() /> }.into_any()
                } else {
                    view! {
                        <a class="ixi-button ixi-button-primary" href=base.href(setup_href.clone()) aria-describedby=described.clone()>
                            {i18n.text("catalogue-model-add-button")}
                        </a>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}
