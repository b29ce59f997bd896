use crate::i18n::{use_i18n, Lang};
use crate::state::{use_host_events, use_main_ref};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Reports navigation and language changes to the host, and after every in-app
/// navigation moves focus to the new page's heading (so screen readers announce it
/// and keyboard users start at the top of the page, not on the link they left).
#[component]
pub fn HostBridge() -> impl IntoView {
    let events = use_host_events();
    let i18n = use_i18n();
    let location = use_location();
    let main = use_main_ref().0;
    {
        let events = events.clone();
        Effect::new(move |prev: Option<String>| {
            let path = location.pathname.get();
            events.emit("navigate", &[("path", &path)]);
            if prev.is_some_and(|p| p != path) {
                if let Some(el) = main.get_untracked() {
                    crate::browser::focus_heading_soon(el);
                }
            }
            path
        });
    }
    Effect::new(move |prev: Option<Lang>| {
        let lang = i18n.lang();
        if prev.is_some_and(|p| p != lang) {
            events.emit("locale-change", &[("locale", lang.code())]);
        }
        lang
    });
}
