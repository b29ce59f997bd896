//! The root component: contexts, the chrome around pages, and the routes.

use crate::api::{self, ApiError};
use crate::components::{LanguageSelect, LeaveGuard, LeaveGuardHost, ToastRegion, Toasts};
use crate::i18n::{provide_i18n, Lang};
use crate::pages::{
    CataloguePage, EditPage, IntegrationPage, NotFoundPage, OverviewPage, SetupPage, VendorPage,
};
use crate::platform;
use injixo_contract::{Account, Catalogue, Plan};
use leptos::prelude::*;
use leptos_router::{
    components::{Route, Router, Routes},
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
fn initial_lang() -> Lang {
    Lang::choose(
        None,
        platform::query_lang().as_deref(),
        platform::saved_lang().as_deref(),
        &platform::browser_languages(),
    )
}

#[component]
pub fn App() -> impl IntoView {
    let i18n = provide_i18n(initial_lang());
    provide_context(CatalogueData(LocalResource::new(|| async {
        api::catalogue().await.map(Arc::new)
    })));
    provide_context(AccountData(LocalResource::new(api::account)));
    provide_context(Toasts::new());
    provide_context(LeaveGuard::new());

    view! {
        <div class="ixi-app">
            <Router>
                <header class="ixi-topbar">
                    <span class="ixi-logo">{move || i18n.t("header-logo")}</span>
                    <LanguageSelect />
                </header>
                <main class="ixi-main">
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
            </Router>
        </div>
    }
}
