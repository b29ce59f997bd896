use crate::components::{use_page_title, BackLink, Breadcrumb};
use crate::i18n::use_i18n;
use crate::paths;
use leptos::prelude::*;

/// Any URL that is not a page of ours.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(i18n.text("not-found-title"));
    view! {
        <Breadcrumb current=Signal::derive(i18n.text("not-found-title")) />
        <h1>{i18n.text("not-found-title")}</h1>
        <p>{i18n.text("not-found-text")}</p>
        <BackLink href=paths::overview() label=Signal::derive(i18n.text("back-to-overview")) />
    }
}
