use crate::i18n::{msg, use_i18n};
use crate::state::use_toasts;
use leptos::prelude::*;

/// Where toasts appear, in a live region so screen readers announce them. Rendered
/// once, by the app shell.
#[component]
pub fn ToastRegion() -> impl IntoView {
    let i18n = use_i18n();
    let toasts = use_toasts();
    on_cleanup(move || toasts.clear_timers());
    let list = move |errors: bool| {
        view! {
            <For
                each=move || toasts.items().into_iter().filter(move |t| t.error == errors)
                key=|t| t.id
                let(toast)
            >
                <div class="ixi-toast" class:ixi-toast-error=toast.error>
                    <span>{move || i18n.fmt(&toast.message)}</span>
                    <button
                        type="button"
                        class="ixi-toast-close"
                        aria-label=move || i18n.attr(msg::TOAST_DISMISS__ARIA_LABEL)
                        on:click=move |_| toasts.dismiss(toast.id)
                    >
                        "×"
                    </button>
                </div>
            </For>
        }
    };
    // Two live regions: confirmations wait their turn, failures interrupt.
    view! {
        <div class="ixi-toasts">
            <div role="status" aria-live="polite">{list(false)}</div>
            <div role="alert">{list(true)}</div>
        </div>
    }
}
