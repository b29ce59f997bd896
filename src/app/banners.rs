//! The app-wide banners above every page.

use crate::i18n::{msg, use_i18n};
use crate::state::{use_session, use_standalone};
use leptos::prelude::*;

/// Shown when the session ended: the app stops (its content is inert) and keeps
/// what was typed; the host signs the admin in again and resumes the app.
#[component]
pub fn SessionBanner() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let standalone = use_standalone();
    view! {
        <Show when=move || session.expired.get()>
            <div class="ixi-alert ixi-alert-warning ixi-session" role="alert">
                <h2 class="ixi-alert-title">{i18n.text(msg::SESSION_EXPIRED_TITLE)}</h2>
                <p>{i18n.text(msg::SESSION_EXPIRED_TEXT)}</p>
                {standalone
                    .then(|| {
                        view! {
                            <button type="button" class="ixi-button" on:click=|_| crate::browser::reload()>
                                {i18n.text(msg::SESSION_EXPIRED_RELOAD)}
                            </button>
                        }
                    })}
            </div>
        </Show>
    }
}

/// Tells the admin that the browser is offline (nothing can load or save), and when
/// the connection is back.
#[component]
pub fn OfflineBanner() -> impl IntoView {
    let i18n = use_i18n();
    let online = RwSignal::new(crate::browser::online());
    let on = window_event_listener(leptos::ev::online, move |_| online.set(true));
    let off = window_event_listener(leptos::ev::offline, move |_| online.set(false));
    on_cleanup(move || {
        on.remove();
        off.remove();
    });
    view! {
        <div class="ixi-offline" role="status">
            <Show when=move || !online.get()>
                <p class="ixi-alert ixi-alert-warning">{i18n.text(msg::OFFLINE_BANNER)}</p>
            </Show>
        </div>
    }
}
