//! The root component: the chrome around pages, and the one route table.

mod banners;
mod host_bridge;

use crate::components::{LanguageSelect, Later, LeaveGuardHost, ToastRegion};
use crate::i18n::{msg, I18n};
use crate::pages::{
    CataloguePage, CsvImportPage, EditPage, IntegrationPage, NotFoundPage, OverviewPage, SetupPage,
    VendorPage,
};
use crate::state::{self, MountConfig};
use banners::{OfflineBanner, SessionBanner};
use host_bridge::HostBridge;
use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
    path,
};

/// The whole app for one mount.
#[component]
pub fn App(
    /// How this mount is set up (API, base path, help, chrome, theme).
    config: MountConfig,
    /// The language handle; created by the mount so the host can change it later.
    i18n: I18n,
    /// Called once, when the first page can paint (see [`when_first_paint`]).
    #[prop(optional)]
    on_painted: Option<Callback<()>>,
) -> impl IntoView {
    // The state was provided a task before (`embed::start`).
    let (session, main) = (state::use_session(), state::use_main_ref());
    if let Some(painted) = on_painted {
        when_first_paint(i18n, painted);
    }
    let standalone = config.standalone;
    if standalone {
        Effect::new(move |_| crate::browser::set_document_lang(i18n.lang().bcp47()));
    }
    let base = config.base_path.clone();
    // The pages render a task after the shell: instantiating the module, starting the
    // app and rendering its first page in one task would block input on a slow phone
    // for longer than a user should wait (docs/performance.md, "Long tasks").
    // English's messages are parsed in the task between (another language's when it
    // arrives, see `I18n::set_lang`).
    let routed = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        crate::browser::sleep(0).await;
        i18n.prepare();
        crate::browser::sleep(0).await;
        let _ = routed.try_set(true);
    });

    view! {
        <div
            class="ixi-app"
            class:ixi-standalone=standalone
            lang=move || i18n.lang().bcp47()
            aria-busy=move || (!i18n.ready()).then_some("true")
        >
            // Nothing until the first language is here (a German admin never sees a
            // flash of English); the catalogue and account requests run meanwhile.
            <Show when=move || i18n.ready() && routed.get()>
            <Router base=base.clone()>
                // The router, the chrome and the page each in a task of their own (on
                // a slow phone each is tens of milliseconds); the frame stays until
                // the page is there.
                <Later>
                {standalone
                    .then(|| {
                        view! {
                            <header class="ixi-topbar">
                                <span class="ixi-logo">{i18n.text(msg::HEADER_LOGO)}</span>
                                <LanguageSelect />
                            </header>
                        }
                    })}
                <SessionBanner />
                <OfflineBanner />
                </Later>
                <main class="ixi-main" node_ref=main.0 inert=move || session.expired.get()>
                    <Later tasks=2>
                    <Routes fallback=NotFoundPage>
                        <Route path=path!("/") view=OverviewPage />
                        <Route path=path!("/catalogue") view=CataloguePage />
                        <Route path=path!("/catalogue/:vendor") view=VendorPage />
                        <Route path=path!("/new/:model") view=SetupPage />
                        <Route path=path!("/integration/:id") view=IntegrationPage />
                        <Route path=path!("/integration/:id/edit") view=EditPage />
                        <Route path=path!("/csv-import") view=CsvImportPage />
                        <Route path=path!("/csv-import/:integration") view=CsvImportPage />
                    </Routes>
                    </Later>
                </main>
                // After the page (two tasks after this) and its first deferred part.
                <Later tasks=4>
                    <ToastRegion />
                    <LeaveGuardHost />
                    <HostBridge />
                </Later>
            </Router>
            </Show>
        </div>
    }
}

/// Runs `painted` once the first page has rendered what it shows at start: the
/// language, the catalogue and the plan are here, and the page has rendered with its
/// own data (`state::page_shown`, from `pages::load`). Until then the host's
/// placeholder (the server's frame of the page) stays on screen, so the page goes
/// from frame to content without an empty or *Loading…* frame between. A failed load
/// counts as there: the page then shows the error.
fn when_first_paint(i18n: I18n, painted: Callback<()>) {
    let catalogue = state::use_catalogue().0;
    let account = state::use_account().0;
    let shown = state::use_page_shown().0;
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let ready =
            i18n.ready() && catalogue.get().is_some() && account.get().is_some() && shown.get();
        if ready {
            painted.run(());
        }
        ready
    });
}
