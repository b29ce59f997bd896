//! What the key section explains above the key: why there is a key and where it goes.

use crate::components::{CopyField, CopyState, ExternalLink};
use crate::i18n::{msg, use_i18n};
use injixo_contract::{KeyUse, Model};
use leptos::prelude::*;

/// The intro, steps and (for the injixo API) the configuration ID of `model`'s key.
pub fn intro(model: &Model, key_use: KeyUse, configuration_id: u64) -> AnyView {
    let i18n = use_i18n();
    let product = model.name.clone();
    // The model's own steps, after the general ones.
    let own_steps = model
        .key_steps
        .iter()
        .map(|id| {
            let id = id.clone();
            view! { <li>{move || i18n.t_data(&id)}</li> }
        })
        .collect_view();
    match key_use {
        KeyUse::App => {
            let marketplace = model.marketplace_url.clone().map(|url| {
                view! { <p><ExternalLink href=url label=msg::APP_MARKETPLACE_LINK /></p> }
            });
            let p = product.clone();
            view! {
                <p>{move || i18n.fmt(&msg::app_section_intro(p.clone()))}</p>
                <ol class="ixi-steps">
                    <li>{i18n.text(msg::APP_STEP_GENERATE)}</li>
                    <li>{move || i18n.fmt(&msg::app_step_install(product.clone()))}</li>
                    <li>{i18n.text(msg::APP_STEP_PASTE)}</li>
                    {own_steps}
                </ol>
                {marketplace}
            }
            .into_any()
        }
        KeyUse::Api => view! {
            <p>{i18n.text(msg::API_SECTION_INTRO)}</p>
            <ConfigurationId id=configuration_id />
        }
        .into_any(),
        KeyUse::UrlToken => {
            let (a, b) = (product.clone(), product.clone());
            view! {
                <p>{move || i18n.fmt(&msg::url_token_intro(a.clone()))}</p>
                <ol class="ixi-steps">
                    <li>{i18n.text(msg::URL_TOKEN_STEP_GENERATE)}</li>
                    <li>{move || i18n.fmt(&msg::url_token_step_activate(b.clone()))}</li>
                    <li>{i18n.text(msg::URL_TOKEN_STEP_PASTE)}</li>
                    <li>{move || i18n.fmt(&msg::url_token_step_restart(product.clone()))}</li>
                    {own_steps}
                </ol>
            }
            .into_any()
        }
    }
}

/// The integration configuration ID senders to the injixo API quote, with *Copy*.
#[component]
pub fn ConfigurationId(
    /// The integration's configuration ID.
    id: u64,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <CopyField
            dom_id="ixi-configuration-id"
            label=Signal::derive(i18n.text(msg::API_CONFIGURATION_ID_LABEL))
            value=id.to_string()
            state=RwSignal::new(CopyState::NotYet)
            copied_status=msg::COPY_VALUE_COPIED_STATUS
            copy_failed=msg::COPY_VALUE_COPY_FAILED
        />
    }
}
