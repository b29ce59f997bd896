//! The key of an integration, in one of three sections: *Install the injixo app*
//! (vendor-side app, e.g. Freshchat: why, steps, marketplace), *Access injixo API*
//! (universal injixo API model: the configuration ID too) or *Generate injixo URL
//! token* (the vendor calls injixo at a URL, Odigo). The key is shown exactly once,
//! held only in memory.

mod intro;
mod texts;

use crate::api::{self, ApiError, IdempotencyMemo};
use crate::browser;
use crate::components::{ConfirmDialog, CopyField, CopyState, ErrorAlert, Step};
use crate::i18n::{intl, labels, msg, use_i18n};
use crate::state::{use_leave_guard, LeaveTexts};
use injixo_contract::{AppKeyInfo, KeyUse, Model};
use leptos::prelude::*;

#[component]
pub fn KeySection(
    /// The integration's id.
    integration_id: String,
    /// Its configuration ID, quoted by senders to the injixo API.
    configuration_id: u64,
    /// Its catalogue model (product name, marketplace link).
    model: Model,
    /// App, API or URL token.
    key_use: KeyUse,
    /// The key's metadata, if a key exists.
    info: Option<AppKeyInfo>,
    /// Opens the re-generate confirmation (the "no data" hint sets it).
    confirm_regenerate: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let product = model.name.clone();
    let t = texts::texts(key_use);
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
            title: t.leave_title,
            body: t.leave_body,
            leave: msg::APP_LEAVE_CONFIRM,
            stay: t.leave_cancel,
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
            .try_update_value(|m| m.key_for(&replace, browser::uuid_v4))
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
                    browser::focus_soon("ixi-app-key".into());
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

    let explanation = intro::intro(&model, key_use, configuration_id);

    let key_panel = move |key: String| {
        view! {
            <div class="ixi-key-panel">
                <p class="ixi-key-warning">{i18n.text(t.once_warning)}</p>
                <CopyField
                    dom_id="ixi-app-key"
                    label=Signal::derive(i18n.text(t.key_label))
                    value=key
                    state=copied
                    copied_status=t.copied_status
                    copy_failed=t.copy_failed
                />
                <button type="button" class="ixi-button" on:click=close_panel>
                    {i18n.text(msg::APP_KEY_DONE_BUTTON)}
                </button>
            </div>
        }
    };
    let metadata = move |i: AppKeyInfo| {
        let created = i.created_at.clone();
        let used = i.last_used_at.clone();
        view! {
            <dl class="ixi-details">
                <dt>{i18n.text(t.key_label)}</dt>
                <dd class="ixi-mono">{move || i18n.fmt(&msg::app_key_ending(i.last4.clone()))}</dd>
                <dt>{i18n.text(msg::APP_KEY_CREATED_LABEL)}</dt>
                <dd>{move || intl::date_time(i18n.lang(), &created)}</dd>
                <dt>{i18n.text(msg::APP_KEY_LAST_USED_LABEL)}</dt>
                <dd>
                    {move || match &used {
                        Some(at) => labels::when(i18n, at),
                        None => i18n.t(msg::APP_KEY_NEVER_USED),
                    }}
                </dd>
            </dl>
            <button type="button" class="ixi-button" on:click=move |_| confirm_regenerate.set(true)>
                {i18n.text(msg::APP_REGENERATE_BUTTON)}
            </button>
        }
    };

    view! {
        <section class="ixi-card ixi-app-section" id="ixi-app" aria-labelledby="ixi-app-heading">
            <h2 id="ixi-app-heading">{i18n.text(t.title)}</h2>
            {explanation}
            <h3>{i18n.text(t.key_label)}</h3>
            {
                let model_id = model.id.clone();
                move || failure.get().map(|e| view! { <ErrorAlert error=e step=Step::GenerateKey model=model_id.clone() /> })
            }
            {move || match (fresh.get(), info.get()) {
                (Some(key), _) => key_panel(key).into_any(),
                (None, Some(i)) => metadata(i).into_any(),
                (None, None) => view! {
                    <p>{i18n.text(t.none)}</p>
                    <button
                        type="button"
                        class="ixi-button ixi-button-primary"
                        aria-disabled=move || if busy.get() { "true" } else { "false" }
                        on:click=move |_| generate.run(false)
                    >
                        {move || if busy.get() { i18n.t(msg::APP_GENERATING) } else { i18n.t(msg::APP_GENERATE_BUTTON) }}
                    </button>
                }
                .into_any(),
            }}
            <ConfirmDialog
                open=confirm_regenerate
                id="ixi-regenerate"
                title=Signal::derive(i18n.text(t.regenerate_title))
                body=Signal::derive(move || i18n.fmt(&(t.regenerate_body)(product.clone())))
                confirm_label=Signal::derive(i18n.text(t.regenerate_confirm))
                cancel_label=Signal::derive(i18n.text(t.regenerate_cancel))
                on_confirm=Callback::new(move |_| generate.run(true))
            />
            <ConfirmDialog
                open=confirm_close
                id="ixi-close-key"
                title=Signal::derive(i18n.text(t.leave_title))
                body=Signal::derive(i18n.text(t.leave_body))
                confirm_label=Signal::derive(i18n.text(msg::APP_CLOSE_CONFIRM))
                cancel_label=Signal::derive(i18n.text(t.leave_cancel))
                on_confirm=Callback::new(move |_| fresh.set(None))
            />
        </section>
    }
}
