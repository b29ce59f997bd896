//! The injixo API key of an integration, in one of two sections:
//! *Install the injixo app* (vendor-side app, e.g. Freshchat: why, steps, marketplace)
//! or *Access injixo API* (universal injixo API model: the configuration ID too).
//! The key is shown exactly once, held only in memory.

use crate::api::{self, ApiError};
use crate::components::{
    use_leave_guard, ConfirmDialog, CopyField, CopyState, ErrorAlert, LeaveTexts,
};
use crate::forms::IdempotencyMemo;
use crate::i18n::{intl, use_i18n, Args};
use crate::{paths, platform};
use injixo_contract::{AppKeyInfo, Model};
use leptos::prelude::*;

/// What the key is for, which decides the section's heading and text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyUse {
    /// The injixo app in the vendor's marketplace sends the data.
    App,
    /// The customer's own application calls the injixo API.
    Api,
}

#[component]
pub fn AppKeySection(
    /// The integration's id.
    integration_id: String,
    /// Its configuration ID, quoted by senders to the injixo API.
    configuration_id: u64,
    /// Its catalogue model (product name, marketplace link).
    model: Model,
    /// App or API.
    key_use: KeyUse,
    /// The key's metadata, if a key exists.
    info: Option<AppKeyInfo>,
    /// Opens the re-generate confirmation (the "no data" hint sets it).
    confirm_regenerate: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let product = model.name.clone();
    let args = move || Args::new().with("product", product.clone());
    let info = RwSignal::new(info);
    // The plaintext key, between generating it and closing the panel. Memory only.
    let fresh = RwSignal::new(None::<String>);
    let copied = RwSignal::new(CopyState::NotYet);
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let confirm_close = RwSignal::new(false);
    let memo = StoredValue::new(IdempotencyMemo::<bool>::default());
    let api = api::use_api();

    use_leave_guard(
        Signal::derive(move || fresh.with(Option::is_some) && copied.get() != CopyState::Done),
        LeaveTexts {
            title: "app-leave-title",
            body: "app-leave-body",
            leave: "app-leave-confirm",
            stay: "app-leave-cancel",
        },
        None,
    );

    let generate = Callback::new(move |replace: bool| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failure.set(None);
        let key = memo
            .try_update_value(|m| m.key_for(&replace, api::new_idempotency_key))
            .unwrap_or_default();
        let id = integration_id.clone();
        let api = api.clone();
        leptos::task::spawn_local(async move {
            let result = api.generate_app_key(&id, replace, &key).await;
            busy.set(false);
            match result {
                Ok(generated) => {
                    memo.update_value(IdempotencyMemo::forget);
                    info.set(Some(generated.info));
                    copied.set(CopyState::NotYet);
                    fresh.set(Some(generated.key));
                    platform::focus_soon("ixi-app-key".into());
                }
                Err(e) => failure.set(Some(e)),
            }
        });
    });
    let close_panel = move |_| {
        if copied.get_untracked() == CopyState::Done {
            fresh.set(None);
        } else {
            confirm_close.set(true);
        }
    };

    let (title_id, intro) = match key_use {
        KeyUse::App => ("app-section-title", "app-section-intro"),
        KeyUse::Api => ("api-section-title", "api-section-intro"),
    };
    let explanation = match key_use {
        KeyUse::App => {
            let marketplace = model.marketplace_url.as_deref().and_then(paths::safe_external_url).map(|url| {
                view! {
                    <p>
                        <a class="ixi-external" href=url.to_string() target="_blank" rel="noopener noreferrer">
                            {i18n.text("app-marketplace-link")}
                            <span class="ixi-visually-hidden">" " {i18n.text("app-opens-new-tab")}</span>
                            <span aria-hidden="true">" ↗"</span>
                        </a>
                    </p>
                }
            });
            let a = args.clone();
            view! {
                <ol class="ixi-steps">
                    <li>{i18n.text("app-step-generate")}</li>
                    <li>{move || i18n.t_args("app-step-install", &a())}</li>
                    <li>{i18n.text("app-step-paste")}</li>
                </ol>
                {marketplace}
            }
            .into_any()
        }
        KeyUse::Api => {
            let config_copied = RwSignal::new(CopyState::NotYet);
            view! {
                <CopyField
                    dom_id="ixi-configuration-id"
                    label=Signal::derive(i18n.text("api-configuration-id-label"))
                    value=configuration_id.to_string()
                    state=config_copied
                />
            }
            .into_any()
        }
    };

    let key_panel = move |key: String| {
        view! {
            <div class="ixi-key-panel">
                <p class="ixi-key-warning">{i18n.text("app-key-once-warning")}</p>
                <CopyField
                    dom_id="ixi-app-key"
                    label=Signal::derive(i18n.text("app-key-label"))
                    value=key
                    state=copied
                />
                <button type="button" class="ixi-button" on:click=close_panel>
                    {i18n.text("app-key-done-button")}
                </button>
            </div>
        }
    };
    let metadata = move |i: AppKeyInfo| {
        let created = i.created_at.clone();
        let used = i.last_used_at.clone();
        view! {
            <dl class="ixi-details">
                <dt>{i18n.text("app-key-label")}</dt>
                <dd class="ixi-mono">{move || i18n.t_args("app-key-ending", &Args::new().with("last4", i.last4.clone()))}</dd>
                <dt>{i18n.text("app-key-created-label")}</dt>
                <dd>{move || intl::date_time(i18n.lang(), &created)}</dd>
                <dt>{i18n.text("app-key-last-used-label")}</dt>
                <dd>
                    {move || match &used {
                        Some(at) => super::when(i18n, at),
                        None => i18n.t("app-key-never-used"),
                    }}
                </dd>
            </dl>
            <button type="button" class="ixi-button" on:click=move |_| confirm_regenerate.set(true)>
                {i18n.text("app-regenerate-button")}
            </button>
        }
    };

    view! {
        <section class="ixi-card ixi-app-section" id="ixi-app" aria-labelledby="ixi-app-heading">
            <h2 id="ixi-app-heading">{move || i18n.t(title_id)}</h2>
            <p>{let a = args.clone(); move || i18n.t_args(intro, &a())}</p>
            {explanation}
            <h3>{i18n.text("app-key-label")}</h3>
            {
                let model_id = model.id.clone();
                move || failure.get().map(|e| view! { <ErrorAlert error=e step=crate::components::Step::GenerateKey model=model_id.clone() /> })
            }
            {move || match (fresh.get(), info.get()) {
                (Some(key), _) => key_panel(key).into_any(),
                (None, Some(i)) => metadata(i).into_any(),
                (None, None) => view! {
                    <p>{i18n.text("app-key-none")}</p>
                    <button
                        type="button"
                        class="ixi-button ixi-button-primary"
                        aria-disabled=move || if busy.get() { "true" } else { "false" }
                        on:click=move |_| generate.run(false)
                    >
                        {move || if busy.get() { i18n.t("app-generating") } else { i18n.t("app-generate-button") }}
                    </button>
                }
                .into_any(),
            }}
            <ConfirmDialog
                open=confirm_regenerate
                id="ixi-regenerate"
                title=Signal::derive(i18n.text("app-regenerate-title"))
                body=Signal::derive({let a = args.clone(); move || i18n.t_args("app-regenerate-body", &a())})
                confirm_label=Signal::derive(i18n.text("app-regenerate-confirm"))
                cancel_label=Signal::derive(i18n.text("app-regenerate-cancel"))
                on_confirm=Callback::new(move |_| generate.run(true))
            />
            <ConfirmDialog
                open=confirm_close
                id="ixi-close-key"
                title=Signal::derive(i18n.text("app-leave-title"))
                body=Signal::derive(i18n.text("app-leave-body"))
                confirm_label=Signal::derive(i18n.text("app-close-confirm"))
                cancel_label=Signal::derive(i18n.text("app-leave-cancel"))
                on_confirm=Callback::new(move |_| fresh.set(None))
            />
        </section>
    }
}
