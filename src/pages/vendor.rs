use super::load::with_catalogue;
use crate::components::{use_page_title, BackLink, Badges, Breadcrumb, HelpLink, PlanLock};
use crate::i18n::{labels, msg, use_i18n};
use crate::routes::{use_base, Route, VendorParams};
use crate::state::{use_account, use_catalogue};
use injixo_contract::{KeyUse, Model};
use leptos::prelude::*;
use leptos_router::hooks::use_params;

/// *Select model*: the models of one vendor, each with *Add integration*.
#[component]
pub fn VendorPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params::<VendorParams>();
    let vendor_id = move || {
        params.with(|p| {
            p.as_ref()
                .ok()
                .and_then(|p| p.vendor.clone())
                .unwrap_or_default()
        })
    };
    let catalogue = use_catalogue().0;
    // *Add integration* is the next step: its form's code is fetched meanwhile.
    super::setup::prefetch();
    use_page_title(move || {
        let c = catalogue.get().and_then(Result::ok);
        c.and_then(|c| c.vendor(&vendor_id()).map(|v| labels::vendor_name(i18n, v)))
            .unwrap_or_default()
    });
    view! {
        {with_catalogue(move |c| {
            let Some(vendor) = c.vendor(&vendor_id()).cloned() else {
                return super::NotFoundPage().into_any();
            };
            view! {
                <Breadcrumb current=Signal::derive(i18n.text(msg::CATALOGUE_TITLE)) />
                <BackLink to=Route::Catalogue label=msg::BACK_TO_CATALOGUE />
                <h1>{let v = vendor.clone(); move || labels::vendor_name(i18n, &v)}</h1>
                <p class="ixi-lead">{i18n.text(msg::VENDOR_INTRO)}</p>
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
    let base = use_base();
    let heading_id = format!("ixi-model-{}", model.id);
    let description_id = model.description_id.clone();
    let requires_app = model.key_use == Some(KeyUse::App);
    let help_path = model.help_path.clone();
    let plan_names = labels::plan_names(&model.plans);
    let account = use_account();
    let plans = model.plans.clone();
    let setup_href = base.href(&Route::Setup(model.id.clone()));
    let described = heading_id.clone();
    view! {
        <section class="ixi-model" aria-labelledby=heading_id.clone()>
            <div class="ixi-model-text">
                <h2 id=heading_id.clone()>{model.name.clone()}</h2>
                <p>{move || i18n.t_data(&description_id)}</p>
                <Badges delivery=vec![model.delivery] features=model.features.clone() />
                <p class="ixi-muted">
                    {move || i18n.fmt(&msg::vendor_plans(plan_names.clone()))}
                </p>
                {requires_app
                    .then(|| view! { <p class="ixi-muted">{i18n.text(msg::VENDOR_REQUIRES_APP)}</p> })}
                {help_path.map(|slug| view! { <HelpLink slug=slug /> })}
            </div>
            {move || {
                if account.locks(&plans) {
                    view! { <PlanLock plans=plans.clone() /> }.into_any()
                } else {
                    view! {
                        <a class="ixi-button ixi-button-primary" href=setup_href.clone() aria-describedby=described.clone()>
                            {i18n.text(msg::CATALOGUE_MODEL_ADD_BUTTON)}
                        </a>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}
