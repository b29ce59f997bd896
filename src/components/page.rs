use crate::i18n::{use_i18n, Args};
use crate::platform;
use leptos::prelude::*;

/// Keeps `document.title` in step with the page heading and the language — on the
/// stand-alone page only: embedded, the host owns the title.
pub fn use_page_title(heading: impl Fn() -> String + Send + Sync + 'static) {
    let i18n = use_i18n();
    if use_context::<crate::app::Standalone>().is_some_and(|s| !s.0) {
        return;
    }
    Effect::new(move |_| {
        let title = i18n.t_args("document-title", &Args::new().with("page", heading()));
        platform::set_document_title(&title);
    });
}

/// A link back up the journey (*Back to overview*, *Back to catalogue*).
#[component]
pub fn BackLink(
    /// Where the link goes.
    #[prop(into)]
    href: String,
    /// Its text.
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView {
    view! {
        <a class="ixi-back" href=crate::paths::use_base().href(href)>
            <span aria-hidden="true">"← "</span>
            {label}
        </a>
    }
}

/// A polite "Loading…" placeholder.
#[component]
pub fn Loading() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="ixi-loading" role="status">
            {i18n.text("page-loading")}
        </p>
    }
}

/// A link to a help-center article, in the admin's language, in a new tab.
#[component]
pub fn HelpLink(
    /// The article's slug (`add-freshchat-integration`).
    #[prop(into)]
    slug: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = use_context::<crate::host::HelpBase>()
        .map(|b| b.0)
        .unwrap_or_else(|| crate::host::DEFAULT_HELP_BASE.into());
    let href = move || crate::paths::help_article(&base, i18n.lang().code(), &slug);
    view! {
        <p class="ixi-help-link">
            <a class="ixi-external" href=href target="_blank" rel="noopener noreferrer">
                {i18n.text("help-article-link")}
                <span class="ixi-visually-hidden">" " {i18n.text("app-opens-new-tab")}</span>
                <span aria-hidden="true">" ↗"</span>
            </a>
        </p>
    }
}
