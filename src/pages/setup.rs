use super::load::with_catalogue;
use crate::components::{
    use_page_title, BackLink, Breadcrumb, FormSkeleton, HelpLink, Later, ModelHelp, PlanLock,
};
use crate::i18n::{labels, msg, use_i18n};
use crate::integration_form::{drafts, logic::Draft, IntegrationForm, TASKS_TO_COMPLETE};
use crate::routes::{Route, SetupParams};
use crate::state::{use_account, use_catalogue, use_host_events, use_toasts};
use injixo_contract::{KeyUse, Model};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params};
use std::sync::Arc;

crate::components::split_page! {
    /// The setup form of one model: the name, then the model's sections, then
    /// *Save integration*; the model's data help beside it.
    /// The route's view: the setup form (its field kinds, injixo Cloud Link, the query
    /// preview) is a chunk of its own, shared with the edit page; the server preloads it
    /// on `/new/…`.
    SetupPage => SetupView, setup_page, preload_setup_page
}

#[component]
fn SetupView() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params::<SetupParams>();
    let model_id = move || {
        params.with(|p| {
            p.as_ref()
                .ok()
                .and_then(|p| p.model.clone())
                .unwrap_or_default()
        })
    };
    let catalogue = use_catalogue().0;
    let product = move || {
        let c = catalogue.get().and_then(Result::ok);
        c.and_then(|c| c.model(&model_id()).map(|(_, m)| m.name.clone()))
            .unwrap_or_default()
    };
    use_page_title(move || i18n.fmt(&msg::setup_title(product())));
    let toasts = use_toasts();
    let navigate = use_navigate();
    let account = use_account();
    let events = use_host_events();
    view! {
        {with_catalogue(move |c| {
            let Some((vendor, model)) = c.model(&model_id()) else {
                return super::NotFoundPage().into_any();
            };
            let title = {
                let name = model.name.clone();
                Signal::derive(move || i18n.fmt(&msg::setup_title(name.clone())))
            };
            if account.locks(&model.plans) {
                return view! {
                    <Breadcrumb current=title />
                    <BackLink to=Route::Vendor(vendor.id.clone()) label=msg::BACK_TO_CATALOGUE />
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
                    toasts.show(msg::setup_saved_toast(created.name.clone()));
                    navigate(&Route::Integration(created.id.clone()).path(), Default::default());
                })
            };
            let aside = model.clone();
            let form_model = Arc::new(model.clone());
            let draft_key = drafts::setup_key(&model.id);
            let cancel_to = Route::Vendor(vendor.id.clone());
            let beside = crate::browser::media_matches(HELP_BESIDE_FORM);
            view! {
                <Breadcrumb current=title />
                <BackLink to=Route::Vendor(vendor.id.clone()) label=msg::BACK_TO_CATALOGUE />
                <h1>{title}</h1>
                <p class="ixi-lead">
                    {
                        let model = model.clone();
                        move || labels::setup_intro(i18n, &model)
                    }
                </p>
                <div class="ixi-setup-layout">
                    // The form a task after the page's head (one task for both was
                    // too long on a slow phone), in the frame's sketch of it till then.
                    <Later fallback=FormSkeleton>
                    <IntegrationForm
                        model=form_model.clone()
                        initial=Draft::default()
                        draft_key=draft_key.clone()
                        cancel_to=cancel_to.clone()
                        on_saved=on_saved
                    />
                    </Later>
                    // The box is there from the start (the form keeps its width). On a
                    // phone what it holds follows the whole form (a task for the form,
                    // then the form's own), so that it never shows below half a form
                    // and then moves down. Where it stands beside the form, the
                    // server's frame already shows it (backend/src/first_paint/help.rs):
                    // it renders with the page there, or it would blink out for a task.
                    <aside class="ixi-setup-aside">
                        <Later tasks=if beside { 0 } else { 1 + TASKS_TO_COMPLETE }>
                            <SetupHelp model=aside.clone() />
                        </Later>
                    </aside>
                </div>
            }
            .into_any()
        })}
    }
}

/// Where the help stands beside the form, not below it: the same query as the
/// frame's rule in style/app.css (`.ixi-skel-help`). The form and the help wrap
/// below 45.5rem of content; this leaves room for the page's padding and a scrollbar.
const HELP_BESIDE_FORM: &str = "(min-width: 52rem)";

/// What the setup form has beside it: when the URL token can be copied, the model's
/// data help, its help article.
#[component]
fn SetupHelp(
    /// The model set up.
    model: Model,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        {(model.key_use == Some(KeyUse::UrlToken))
            .then(|| {
                view! {
                    <section class="ixi-help" aria-labelledby="ixi-url-token-later">
                        <h2 id="ixi-url-token-later">{i18n.text(msg::URL_TOKEN_SECTION_TITLE)}</h2>
                        <p>{i18n.text(msg::URL_TOKEN_SAVE_FIRST)}</p>
                    </section>
                }
            })}
        <ModelHelp model=model.clone() />
        {model.help_path.clone().map(|slug| view! { <HelpLink slug=slug /> })}
    }
}

/// Fetches this page's code ahead, from the step before it.
pub fn prefetch() {
    crate::components::split_prefetch!(preload_setup_page);
}
