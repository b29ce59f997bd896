//! The app-wide state of one mount: what `App` provides once, and the `use_*()`
//! accessors pages and components read it with. Nothing here renders.

mod events;
mod leave_guard;
mod mount_config;
mod toasts;

pub use events::HostEvents;
pub use leave_guard::{use_leave_guard, LeaveGuard, LeaveTexts};
pub use mount_config::{MountConfig, DEFAULT_HELP_BASE};
pub use toasts::{Toast, Toasts};

use crate::api::{Api, ApiError};
use crate::i18n::I18n;
use crate::routes::AppBase;
use injixo_contract::{Account, Catalogue, Plan};
use leptos::prelude::*;
use std::sync::Arc;

/// The catalogue, loaded once per app start and shared by every page that needs it.
#[derive(Clone, Copy)]
pub struct CatalogueData(pub LocalResource<Result<Arc<Catalogue>, ApiError>>);

/// Whether the first page has rendered with its data (or its error): until then the
/// host's placeholder, the server's frame of the page, stays (src/app/mod.rs).
#[derive(Clone, Copy)]
pub struct PageShown(pub RwSignal<bool>);

/// The account (its plan decides which models are available), loaded once.
#[derive(Clone, Copy)]
pub struct AccountData(pub LocalResource<Result<Account, ApiError>>);

impl AccountData {
    /// The plan once known; `None` while loading or when it could not be loaded (then
    /// nothing is shown locked: the server still refuses what the plan excludes).
    pub fn plan(&self) -> Option<Plan> {
        self.0.get().and_then(Result::ok).map(|a| a.plan)
    }

    /// Whether the account's plan is known to exclude a model with `plans`.
    pub fn locks(&self, plans: &[Plan]) -> bool {
        self.plan().is_some_and(|p| !plans.contains(&p))
    }
}

/// Whether the session ended (a 401): the app then stops and waits for the host.
#[derive(Clone, Copy)]
pub struct Session {
    pub expired: RwSignal<bool>,
}

/// The `<main>` of this mount, where focus goes after a navigation.
#[derive(Clone, Copy)]
pub struct MainRef(pub NodeRef<leptos::html::Main>);

/// Whether this mount is the stand-alone page (own header, owns the document's title
/// and `lang`) or embedded in a host page that owns them.
#[derive(Clone, Copy)]
struct Standalone(bool);

/// The help-center root of this mount.
#[derive(Clone)]
struct HelpBase(String);

/// Provides everything below for one mount; called once, by `embed`, a task before
/// `App` renders.
pub fn provide(config: &MountConfig, i18n: I18n, events: HostEvents) -> (Session, MainRef) {
    provide_context(i18n);
    provide_context(Standalone(config.standalone));
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
    provide_context(events);
    provide_context(HelpBase(config.help_base_url.clone()));
    provide_context(AppBase(config.base_path.clone()));
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
    let main = MainRef(NodeRef::new());
    provide_context(main);
    provide_context(PageShown(RwSignal::new(false)));
    (session, main)
}

/// Called by a page as it renders what it shows with its data, or its error (see
/// [`PageShown`]); the mark is set once that render is done.
pub fn page_shown() {
    if let Some(PageShown(shown)) = use_context() {
        if !shown.get_untracked() {
            Effect::new(move |_| shown.set(true));
        }
    }
}

pub fn use_page_shown() -> PageShown {
    expect_context()
}

pub fn use_catalogue() -> CatalogueData {
    expect_context()
}

pub fn use_account() -> AccountData {
    expect_context()
}

pub fn use_session() -> Session {
    expect_context()
}

pub fn use_main_ref() -> MainRef {
    expect_context()
}

pub fn use_toasts() -> Toasts {
    expect_context()
}

/// False when embedded in a host page, which then owns the document's title and
/// `lang`; true on the stand-alone page (and for components mounted on their own).
pub fn use_standalone() -> bool {
    use_context::<Standalone>().is_none_or(|s| s.0)
}

/// The help-center root of this mount.
pub fn use_help_base() -> String {
    use_context::<HelpBase>().map_or_else(|| DEFAULT_HELP_BASE.into(), |b| b.0)
}

/// Where events for the host go (nowhere in component tests).
pub fn use_host_events() -> HostEvents {
    use_context::<HostEvents>().unwrap_or_else(|| HostEvents::new(None))
}
