use crate::i18n::{labels, use_i18n};
use injixo_contract::IntegrationStatus;
use leptos::prelude::*;

/// The status of an integration as a coloured badge with its localized name (the
/// colour is decoration; the word carries the meaning).
#[component]
pub fn StatusBadge(
    /// The status to show (reactive: the overview updates it optimistically).
    #[prop(into)]
    status: Signal<IntegrationStatus>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <span class=move || format!("ixi-status ixi-status-{}", status.get().as_str())>
            <span class="ixi-status-dot" aria-hidden="true"></span>
            {move || i18n.t(labels::status(status.get()))}
        </span>
    }
}
