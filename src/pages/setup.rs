use crate::app::{AccountData, CatalogueData};
use crate::components::{
    drafts, use_page_title, BackLink, Breadcrumb, HelpLink, IntegrationForm, ModelHelp, PlanLock,
    Toasts,
};
use crate::forms::integration::Draft;
use crate::i18n::{use_i18n, Args};
use crate::paths;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use std::sync::Arc;

/// The setup form of one model: the name, then the model's sections, then
/// *Save integration*; the model's data help beside it.
#[component]
pub fn SetupPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let model_id = move || params.read().get("model").unwrap_or_default();
    let catalogue = expect_context::<CatalogueData>().0;
    let product = move || {
        let c = catalogue.get().and_then(Result::ok);
        c.and_then(|c| c.model(&model_id()).map(|(_, m)| m.name.clone()))
            .unwrap_or_default()
    };
    use_page_title(move || i18n.t_args("setup-title", &Args::new().with("product", product())));
    let toasts = expect_context::<Toasts>();
    let navigate = use_navigate();
    let account = expect_context::<AccountData>();
    let events = crate::host::use_host_events();
    view! {
        {super::with_catalogue(move |c| {
            let Some((vendor, model)) = c.model(&model_id()) else {
                return super::NotFoundPage().into_any();
            };
            let title = {
                let name = model.name.clone();
                Signal::derive(move || i18n.t_args("setup-title", &Args::new().with("product", name.clone())))
            };
            if account.plan().is_some_and(|p| !model.plans.contains(&p)) {
                return view! {
                    <Breadcrumb current=title />
                    <BackLink href=paths::vendor(&vendor.id) label=Signal::derive(i18n.text("back-to-catalogue")) />
                    <h1>{title}</h1>
                    <PlanLock plans=model.plans.clone() />
                }
                .into_any();
            }
            let on_saved = {
                let navigate = navigate.clone();
                let events = events.clone();
                Callback::new(move |created: injixo_contract::Integration| {
                    events.emit(
                        "integration-created",
                        &[("id", &created.id), ("name", &created.name), ("model", &created.model)],
                    );
                    toasts.show("setup-saved-toast", vec![("name", created.name.clone())]);
                    navigate(&paths::integration(&created.id), Default::default());
                })
            };
            view! {
                <Breadcrumb current=title />
                <BackLink href=paths::vendor(&vendor.id) label=Signal::derive(i18n.text("back-to-catalogue")) />
                <h1>{title}</h1>
                <p class="ixi-lead">
                    {
                        let name = model.name.clone();
                        move || i18n.t_args("setup-intro", &Args::new().with("product", name.clone()))
                    }
                </p>
                <div class="ixi-setup-layout">
                    <IntegrationForm
                        model=Arc::new(model.clone())
                        initial=Draft::default()
                        draft_key=drafts::setup_key(&model.id)
                        cancel_href=paths::vendor(&vendor.id)
                        on_saved=on_saved
                    />
                    <aside class="ixi-setup-aside">
                        <ModelHelp model=model.clone() />
                        {model.help_path.clone().map(|slug| view! { <HelpLink slug=slug /> })}
                    </aside>
                </div>
            }
            .into_any()
        })}
    }
}
