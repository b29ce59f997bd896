//! A saved secret on the edit form: shown as configured, replaced on request.

use super::state::{dom_id, FormState};
use crate::components::{FieldInput, FieldText};
use crate::i18n::{msg, use_i18n};
use injixo_contract::Field;
use leptos::prelude::*;

/// A saved secret is never shown or pre-filled: "Configured, ending …WXYZ" and
/// *Replace*, which opens an empty input (and *Keep saved* closes it again).
pub(super) fn secret_on_edit(
    state: &FormState,
    field: &Field,
    label: Signal<String>,
    help: Option<Signal<String>>,
    error: Signal<Option<String>>,
    touch: Callback<()>,
) -> AnyView {
    let i18n = use_i18n();
    let id = field.id.clone();
    let value = state.text[&id];
    let replacing = state.replacing;
    let last4 = state
        .saved
        .as_ref()
        .and_then(|s| s.secrets.get(&id))
        .map(|s| s.last4.clone())
        .unwrap_or_default();
    let configured = move || {
        if last4.is_empty() {
            i18n.t(msg::INTEGRATION_SECRET_CONFIGURED)
        } else {
            i18n.fmt(&msg::integration_secret_configured_ending(last4.clone()))
        }
    };
    let is_replacing = {
        let id = id.clone();
        move || replacing.with(|r| r.contains(&id))
    };
    let toggle = move |on: bool| {
        let id = id.clone();
        move |_| {
            replacing.update(|r| {
                if on {
                    r.insert(id.clone());
                } else {
                    r.remove(&id);
                }
            });
            value.set(String::new());
            if on {
                crate::browser::focus_soon(dom_id(&id));
            }
        }
    };
    let dom = dom_id(&field.id);
    let (open, close) = (toggle(true), toggle(false));
    view! {
        <div class="ixi-secret-saved">
            <p class="ixi-field-label">{label}</p>
            <p class="ixi-mono">{configured}</p>
            {move || {
                if is_replacing() {
                    let close = close.clone();
                    view! {
                        <FieldInput
                            dom_id=dom.clone()
                            label=Signal::derive(i18n.text(msg::FORM_SECRET_NEW_LABEL))
                            help=help
                            error=error
                            value=value
                            kind=FieldText::Secret
                            required=false
                            reveal_label=Some(Signal::derive(i18n.text(msg::SETUP_SHOW_SECRET)))
                            on_blur=touch
                        />
                        <button type="button" class="ixi-button ixi-button-quiet" on:click=close>
                            {i18n.text(msg::FORM_SECRET_KEEP_BUTTON)}
                        </button>
                    }
                    .into_any()
                } else {
                    let open = open.clone();
                    view! {
                        <button type="button" class="ixi-button" on:click=open>
                            {i18n.text(msg::FORM_SECRET_REPLACE_BUTTON)}
                        </button>
                    }
                    .into_any()
                }
            }}
        </div>
    }
    .into_any()
}
