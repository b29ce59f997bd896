use crate::i18n::{use_i18n, Args};
use injixo_contract::Plan;
use leptos::prelude::*;

/// The product name of a plan (a brand: "injixo Advanced"), never translated.
pub fn plan_name(p: Plan) -> &'static str {
    match p {
        Plan::Essential => "Essential",
        Plan::Advanced => "Advanced",
        Plan::Enterprise => "Enterprise",
        Plan::Classic => "Classic",
    }
}

/// Shown instead of *Add integration* for a model the account's plan does not
/// include: that it is locked, and which plans include it.
#[component]
pub fn PlanLock(
    /// The plans that include the model.
    plans: Vec<Plan>,
) -> impl IntoView {
    let i18n = use_i18n();
    let names = plans
        .iter()
        .map(|p| plan_name(*p))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <p class="ixi-lock">
            <span class="ixi-badge ixi-badge-lock">
                <span aria-hidden="true">"🔒 "</span>
                {i18n.text("catalogue-locked-badge")}
            </span>
            " "
            <span>{move || i18n.t_args("catalogue-locked-reason", &Args::new().with("plans", names.clone()))}</span>
        </p>
    }
}
