//! The form's buttons: *Cancel* and *Save integration*, which reads *Saving…* while
//! a save runs (and says so to screen readers); and why the last save failed.

use crate::api::ApiError;
use crate::components::{ErrorAlert, Step};
use crate::i18n::{msg, use_i18n};
use injixo_contract::{ErrorCode, FieldErrorCode};
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

/// Why the last save failed, at the top of the form (focused after the save).
#[component]
pub(crate) fn SaveFailure(
    /// The last save's error; none before a save and after a successful one.
    failure: RwSignal<Option<ApiError>>,
    /// The model's id, for the error's help link.
    model: String,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        failure.get().map(|e| {
            view! {
                <div id="ixi-form-failure" tabindex="-1">
                    {verification_failed(&e)
                        .then(|| {
                            view! {
                                <p class="ixi-verification">
                                    {i18n.text(msg::CONNECTION_RESULT_FAILED)}
                                </p>
                            }
                        })}
                    <ErrorAlert error=e step=Step::Save model=model.clone() />
                </div>
            }
        })
    }
}

/// Whether saving failed because the vendor's system refused or could not be
/// reached: the connection check failed (not just a field the rules reject).
fn verification_failed(e: &ApiError) -> bool {
    e.code() == Some(ErrorCode::VendorUnavailable)
        || e.field_errors().iter().any(|f| {
            matches!(
                f.code,
                FieldErrorCode::DomainUnreachable
                    | FieldErrorCode::CredentialsInvalid
                    | FieldErrorCode::CredentialsInsufficientRole
            )
        })
}
