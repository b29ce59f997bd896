use crate::i18n::{msg, use_i18n, Msg};
use crate::routes::{use_base, Route};
use crate::state::use_standalone;
use leptos::prelude::*;

/// Keeps `document.title` in step with the page heading and the language — on the
/// stand-alone page only: embedded, the host owns the title.
pub fn use_page_title(heading: impl Fn() -> String + Send + Sync + 'static) {
    let i18n = use_i18n();
    if !use_standalone() {
        return;
    }
    Effect::new(move |_| {
        let title = i18n.fmt(&msg::document_title(heading()));
        crate::browser::set_document_title(&title);
    });
}

/// A link back up the journey (*Back to overview*, *Back to catalogue*).
#[component]
pub fn BackLink(
    /// Where the link goes.
    to: Route,
    /// Its text.
    label: Msg,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="ixi-back" href=use_base().href(&to)>
            <span aria-hidden="true">"← "</span>
            {i18n.text(label)}
        </a>
    }
}

/// A polite "Loading…" placeholder.
#[component]
pub fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="ixi-loading" role="status">
            {i18n.text(msg::PAGE_LOADING)}
        </p>
    }
}
