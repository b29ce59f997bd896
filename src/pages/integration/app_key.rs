//! *Install the injixo app*: why the app is needed, the steps, and the injixo API key
//! (generate, copy, re-generate). The key is shown exactly once, held only in memory.

use crate::api::{self, ApiError};
use crate::components::{use_leave_guard, ConfirmDialog, ErrorAlert, LeaveTexts};
use crate::forms::IdempotencyMemo;
use crate::i18n::{intl, use_i18n, Args};
use crate::{paths, platform};
use injixo_contract::{AppKeyInfo, Model};
use leptos::html::Input;
use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Copy {
    NotYet,
    Done,
    Failed,
}

/// The section at the bottom of the page of every model that needs the injixo app.
#[component]
pub fn AppKeySection(
    /// The integration's id.
    integration_id: String,
    /// Its catalogue model (for the product name and the marketplace link).
    model: Model,
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
    let copied = RwSignal::new(Copy::NotYet);
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let confirm_close = RwSignal::new(false);
    let memo = StoredValue::new(IdempotencyMemo::<bool>::default());
    let key_input = NodeRef::<Input>::new();

    use_leave_guard(
        Signal::derive(move || fresh.with(Option::is_some) && copied.get() != Copy::Done),
        LeaveTexts {
            title: "app-leave-title",
            body: "app-leave-body",
            leave: "app-leave-confirm",
            stay: "app-leave-cancel",
        },
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
        leptos::task::spawn_local(async move {
            let result = api::generate_app_key(&id, replace, &key).await;
            busy.set(false);
            match result {
                Ok(generated) => {
                    memo.update_value(IdempotencyMemo::forget);
                    info.set(Some(generated.info));
                    copied.set(Copy::NotYet);
                    fresh.set(Some(generated.key));
                    platform::focus_soon("ixi-app-key".into());
                }
                Err(e) => failure.set(Some(e)),
            }
        });
    });
    let copy = move |_| {
        let (Some(key), Some(input)) = (fresh.get_untracked(), key_input.get_untracked()) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let ok = platform::copy_text(&key, &input).await;
            copied.set(if ok { Copy::Done } else { Copy::Failed });
        });
    };
    let close_panel = move |_| {
        if copied.get_untracked() == Copy::Done {
            fresh.set(None);
        } else {
            confirm_close.set(true);
        }
    };

    let marketplace = model
        .marketplace_url
        .as_deref()
        .and_then(paths::safe_external_url)
        .map(|url| {
            view! {
                <p>
                    <a class="ixi-external" href=url.to_string() target="_blank" rel="noopener noreferrer">
                        {move || i18n.t("app-marketplace-link")}
                        <span class="ixi-visually-hidden">" " {move || i18n.t("app-opens-new-tab")}</span>
                        <span aria-hidden="true">" ↗"</span>
                    </a>
                </p>
            }
        });

    let key_panel = move |key: String| {
        view! {
            <div class="ixi-key-panel">
                <p class="ixi-key-warning">{move || i18n.t("app-key-once-warning")}</p>
                <label for="ixi-app-key">{move || i18n.t("app-key-label")}</label>
                <div class="ixi-input-row">
                    <input
                        id="ixi-app-key"
                        class="ixi-mono"
                        node_ref=key_input
                        readonly=true
                        spellcheck="false"
                        autocomplete="off"
                        prop:value=key
                    />
                    <button type="button" class="ixi-button ixi-button-primary" on:click=copy>
                        {move || if copied.get() == Copy::Done { i18n.t("app-copied") } else { i18n.t("app-copy-button") }}
                    </button>
                </div>
                <p class="ixi-copy-status" role="status">
                    {move || match copied.get() {
                        Copy::NotYet => String::new(),
                        Copy::Done => i18n.t("app-copied-status"),
                        Copy::Failed => i18n.t("app-copy-failed"),
                    }}
                </p>
                <button type="button" class="ixi-button" on:click=close_panel>
                    {move || i18n.t("app-key-done-button")}
                </button>
            </div>
        }
    };
    let metadata = move |i: AppKeyInfo| {
        let created = i.created_at.clone();
        let used = i.last_used_at.clone();
        view! {
            <dl class="ixi-details">
                <dt>{move || i18n.t("app-key-label")}</dt>
                <dd class="ixi-mono">{move || i18n.t_args("app-key-ending", &Args::new().with("last4", i.last4.clone()))}</dd>
                <dt>{move || i18n.t("app-key-created-label")}</dt>
                <dd>{move || intl::date_time(i18n.lang(), &created)}</dd>
                <dt>{move || i18n.t("app-key-last-used-label")}</dt>
                <dd>
                    {move || match &used {
                        Some(at) => super::when(i18n, at),
                        None => i18n.t("app-key-never-used"),
                    }}
                </dd>
            </dl>
            <button type="button" class="ixi-button" on:click=move |_| confirm_regenerate.set(true)>
                {move || i18n.t("app-regenerate-button")}
            </button>
        }
    };

    view! {
        <section class="ixi-card ixi-app-section" id="ixi-app" aria-labelledby="ixi-app-heading">
            <h2 id="ixi-app-heading">{move || i18n.t("app-section-title")}</h2>
            <p>{let a = args.clone(); move || i18n.t_args("app-section-intro", &a())}</p>
            <ol class="ixi-steps">
                <li>{move || i18n.t("app-step-generate")}</li>
                <li>{let a = args.clone(); move || i18n.t_args("app-step-install", &a())}</li>
                <li>{move || i18n.t("app-step-paste")}</li>
            </ol>
            {marketplace}
            <h3>{move || i18n.t("app-key-label")}</h3>
            {move || failure.get().map(|e| view! { <ErrorAlert error=e /> })}
            {move || match (fresh.get(), info.get()) {
                (Some(key), _) => key_panel(key).into_any(),
                (None, Some(i)) => metadata(i).into_any(),
                (None, None) => view! {
                    <p>{move || i18n.t("app-key-none")}</p>
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
                title=Signal::derive(move || i18n.t("app-regenerate-title"))
                body=Signal::derive({let a = args.clone(); move || i18n.t_args("app-regenerate-body", &a())})
                confirm_label=Signal::derive(move || i18n.t("app-regenerate-confirm"))
                cancel_label=Signal::derive(move || i18n.t("app-regenerate-cancel"))
                on_confirm=Callback::new(move |_| generate.run(true))
            />
            <ConfirmDialog
                open=confirm_close
                id="ixi-close-key"
                title=Signal::derive(move || i18n.t("app-leave-title"))
                body=Signal::derive(move || i18n.t("app-leave-body"))
                confirm_label=Signal::derive(move || i18n.t("app-close-confirm"))
                cancel_label=Signal::derive(move || i18n.t("app-leave-cancel"))
                on_confirm=Callback::new(move |_| fresh.set(None))
            />
        </section>
    }
}
