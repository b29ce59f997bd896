//! The form's buttons: *Cancel* and *Save integration*, which reads *Saving…* while
//! a save runs (and says so to screen readers).

use crate::i18n::{msg, use_i18n};
use leptos::prelude::*;

#[component]
pub(crate) fn FormActions(
    /// Where *Cancel* goes.
    cancel_href: String,
    /// True while a save runs.
    saving: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let label = move || {
        if saving.get() {
            i18n.t(msg::SETUP_SAVING)
        } else {
            i18n.t(msg::SETUP_SAVE_BUTTON)
        }
    };
    view! {
        // Announces the wait: the button's changed label alone is not read out.
        <p class="ixi-visually-hidden" role="status">
            {move || if saving.get() { i18n.t(msg::SETUP_SAVING) } else { String::new() }}
        </p>
        <div class="ixi-form-actions">
            <a class="ixi-button" href=cancel_href>{i18n.text(msg::SETUP_CANCEL_BUTTON)}</a>
            <button
                type="submit"
                class="ixi-button ixi-button-primary"
                aria-disabled=move || if saving.get() { "true" } else { "false" }
            >
                {label}
            </button>
        </div>
    }
}
