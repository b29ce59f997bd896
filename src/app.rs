//! The root component: contexts, the chrome around pages, and the routes.

use crate::api::{Api, ApiError};
use crate::components::{LanguageSelect, LeaveGuard, LeaveGuardHost, ToastRegion, Toasts};
use crate::host::{use_host_events, HelpBase, HostConfig, HostEvents, Session};
use crate::i18n::{use_i18n, I18n, Lang};
use crate::pages::{
    CataloguePage, EditPage, IntegrationPage, NotFoundPage, OverviewPage, SetupPage, VendorPage,
};
use crate::platform;
use injixo_contract::{Account, Catalogue, Plan};
use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    hooks::use_location,
    path,
};
use std::sync::Arc;

/// The catalogue, loaded once per app start and shared by every page that needs it.
#[derive(Clone, Copy)]
pub struct CatalogueData(pub LocalResource<Result<Arc<Catalogue>, ApiError>>);

/// The account (its plan decides which models are available), loaded once.
#[derive(Clone, Copy)]
pub struct AccountData(pub LocalResource<Result<Account, ApiError>>);

impl AccountData {
    /// The plan once known; `None` while loading or when it could not be loaded (then
    /// nothing is shown locked: the server still refuses what the plan excludes).
    pub fn plan(&self) -> Option<Plan> {
        self.0.get().and_then(Result::ok).map(|a| a.plan)
    }
}

/// The language to start in (see `Lang::choose` for the order).
pub fn initial_lang(host_locale: Option<&str>) -> Lang {
    Lang::choose(
        host_locale,
        platform::query_lang().as_deref(),
        platform::saved_lang().as_deref(),
        &platform::browser_languages(),
    )
}

/// Whether this mount is the stand-alone page (own header, owns the document's title
/// and `lang`) or embedded in a host page that owns them.
#[derive(Clone, Copy)]
pub struct Standalone(pub bool);

/// The whole app for one mount.
#[component]
pub fn App(
    /// How this mount is set up (API, base path, help, chrome, theme).
    config: HostConfig,
    /// The language handle; created by the mount so the host can change it later.
    i18n: I18n,
    /// Where events for the host go.
    events: HostEvents,
) -> impl IntoView {
    provide_context(i18n);
    let standalone = config.standalone;
    provide_context(Standalone(standalone));
    if standalone {
        Effect::new(move |_| platform::set_document_lang(i18n.lang().bcp47()));
    }
    let session = Session {
        expired: RwSignal::new(false),
    };
    provide_context(session);
    let mut settings = config.api.clone();
    settings.on_unauthorized = Some({
        let events = events.clone();
        Callback::new(move |_| {
            if !session.expired.get_untracked() {
                session.expired.set(true);
                events.emit("session-expired", &[]);
            }
        })
    });
    let api = Api::new(settings);
    provide_context(api.clone());
    provide_context(events.clone());
    provide_context(HelpBase(config.help_base_url.clone()));
    provide_context(crate::paths::AppBase(config.base_path.clone()));
    let catalogue_api = api.clone();
    provide_context(CatalogueData(LocalResource::new(move || {
        let api = catalogue_api.clone();
        async move { api.catalogue().await.map(Arc::new) }
    })));
    provide_context(AccountData(LocalResource::new(move || {
        let api = api.clone();
        async move { api.account().await }
    })));
    provide_context(Toasts::new());
    provide_context(LeaveGuard::new());
    let base = (!config.base_path.is_empty()).then(|| config.base_path.clone());
    let main_ref = NodeRef::<leptos::html::Main>::new();
    provide_context(MainRef(main_ref));

    view! {
        <div
            class="ixi-app"
            class:ixi-standalone=standalone
            lang=move || i18n.lang().bcp47()
            aria-busy=move || (!i18n.ready()).then_some("true")
        >
            // Nothing until the first language is here (a German admin never sees a
            // flash of English); the catalogue and account requests run meanwhile.
            <Show when=move || i18n.ready()>
            <Router base=base.clone().unwrap_or_default()>
                {standalone
                    .then(|| {
                        view! {
                            <header class="ixi-topbar">
                                <span class="ixi-logo">{i18n.text("header-logo")}</span>
                                <LanguageSelect />
                            </header>
                        }
                    })}
                <SessionBanner />
                <OfflineBanner />
                <main class="ixi-main" node_ref=main_ref inert=move || session.expired.get()>
                    <Routes fallback=NotFoundPage>
                        <Route path=path!("/") view=OverviewPage />
                        <Route path=path!("/catalogue") view=CataloguePage />
                        <Route path=path!("/catalogue/:vendor") view=VendorPage />
                        <Route path=path!("/new/:model") view=SetupPage />
                        <Route path=path!("/integration/:id") view=IntegrationPage />
                        <Route path=path!("/integration/:id/edit") view=EditPage />
                    </Routes>
                </main>
                <ToastRegion />
                <LeaveGuardHost />
                <HostBridge />
            </Router>
            </Show>
        </div>
    }
}

/// The `<main>` of this mount, where focus goes after a navigation.
#[derive(Clone, Copy)]
struct MainRef(NodeRef<leptos::html::Main>);

/// Reports navigation and language changes to the host, and after every in-app
/// navigation moves focus to the new page's heading (so screen readers announce it
/// and keyboard users start at the top of the page, not on the link they left).
#[component]
fn HostBridge() -> impl IntoView {
    let events = use_host_events();
    let i18n = use_i18n();
    let location = use_location();
    let main = expect_context::<MainRef>().0;
    {
        let events = events.clone();
        Effect::new(move |prev: Option<String>| {
            let path = location.pathname.get();
            events.emit("navigate", &[("path", &path)]);
            if prev.is_some_and(|p| p != path) {
                if let Some(el) = main.get_untracked() {
                    platform::focus_heading_soon(el);
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

/// Shown when the session ended: the app stops (its content is inert) and keeps
/// what was typed; the host signs the admin in again and resumes the app.
#[component]
fn SessionBanner() -> impl IntoView {
    let i18n = use_i18n();
    let session = expect_context::<Session>();
    let standalone = expect_context::<Standalone>().0;
    view! {
        <Show when=move || session.expired.get()>
            <div class="ixi-alert ixi-alert-warning ixi-session" role="alert">
                <h2 class="ixi-alert-title">{i18n.text("session-expired-title")}</h2>
                <p>{i18n.text("session-expired-text")}</p>
                {standalone
                    .then(|| {
                        view! {
                            <button type="button" class="ixi-button" on:click=|_| platform::reload()>
                                {i18n.text("session-expired-reload")}
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
fn OfflineBanner() -> impl IntoView {
    let i18n = use_i18n();
    let online = RwSignal::new(platform::online());
    let on = window_event_listener(leptos::ev::online, move |_| online.set(true));
    let off = window_event_listener(leptos::ev::offline, move |_| online.set(false));
    on_cleanup(move || {
        on.remove();
        off.remove();
    });
    view! {
        <div class="ixi-offline" role="status">
            <Show when=move || !online.get()>
                <p class="ixi-alert ixi-alert-warning">{i18n.text("offline-banner")}</p>
            </Show>
        </div>
    }
}
