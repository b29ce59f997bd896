use crate::browser;
use crate::i18n::{msg, use_i18n, Msg};
use leptos::html::Input;
use leptos::prelude::*;

/// Whether the value was copied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CopyState {
    NotYet,
    Done,
    Failed,
}

/// A read-only value with *Copy*. The button says *Copied* only after a copy really
/// happened; if the browser refuses, it says so and leaves the value selected for
/// copying by hand.
#[component]
pub fn CopyField(
    /// DOM id of the read-only input.
    #[prop(into)]
    dom_id: String,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The value to copy.
    #[prop(into)]
    value: String,
    /// Copy state, owned by the caller (a key panel asks before closing uncopied).
    state: RwSignal<CopyState>,
    /// Announced once the value is copied.
    copied_status: Msg,
    /// Announced when the browser refused to copy.
    copy_failed: Msg,
) -> impl IntoView {
    let i18n = use_i18n();
    let input = NodeRef::<Input>::new();
    let copy = {
        let value = value.clone();
        move |_| {
            let Some(el) = input.get_untracked() else {
                return;
            };
            let value = value.clone();
            leptos::task::spawn_local(async move {
                let ok = browser::copy_text(&value, &el).await;
                state.set(if ok {
                    CopyState::Done
                } else {
                    CopyState::Failed
                });
            });
        }
    };
    view! {
        <div class="ixi-field">
            <label for=dom_id.clone()>{label}</label>
            <div class="ixi-input-row">
                <input
                    id=dom_id
                    class="ixi-mono"
                    node_ref=input
                    readonly=true
                    spellcheck="false"
                    autocomplete="off"
                    prop:value=value
                />
                <button type="button" class="ixi-button ixi-button-primary" on:click=copy>
                    {move || {
                        if state.get() == CopyState::Done { i18n.t(msg::APP_COPIED) } else { i18n.t(msg::APP_COPY_BUTTON) }
                    }}
                </button>
            </div>
            <p class="ixi-copy-status" role="status">
                {move || match state.get() {
                    CopyState::NotYet => String::new(),
                    CopyState::Done => i18n.t(copied_status),
                    CopyState::Failed => i18n.t(copy_failed),
                }}
            </p>
        </div>
    }
}
