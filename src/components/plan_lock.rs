use crate::i18n::{labels, msg, use_i18n};
use injixo_contract::Plan;
use leptos::prelude::*;

/// Shown instead of *Add integration* for a model the account's plan does not
/// include: that it is locked, and which plans include it.
#[component]
pub fn PlanLock(
    /// The plans that include the model.
    plans: Vec<Plan>,
) -> impl IntoView {
    let i18n = use_i18n();
    let names = labels::plan_names(&plans);
    view! {
        <p class="ixi-lock">
            <span class="ixi-badge ixi-badge-lock">
                <span aria-hidden="true">"🔒 "</span>
                {i18n.text(msg::CATALOGUE_LOCKED_BADGE)}
            </span>
            " "
            <span>{move || i18n.fmt(&msg::catalogue_locked_reason(names.clone()))}</span>
        </p>
    }
}
