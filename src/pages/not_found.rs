use crate::components::{use_page_title, BackLink, Breadcrumb};
use crate::i18n::{msg, use_i18n};
use crate::routes::Route;
use leptos::prelude::*;

/// Any URL that is not a page of ours.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(i18n.text(msg::NOT_FOUND_TITLE));
    crate::state::page_shown();
    view! {
        <Breadcrumb current=Signal::derive(i18n.text(msg::NOT_FOUND_TITLE)) />
        <h1>{i18n.text(msg::NOT_FOUND_TITLE)}</h1>
        <p>{i18n.text(msg::NOT_FOUND_TEXT)}</p>
        <BackLink to=Route::Overview label=msg::BACK_TO_OVERVIEW />
    }
}
