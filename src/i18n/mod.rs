//! Localization with Project Fluent: six complete locales, chosen from the browser's
//! languages, switchable live. English is compiled in; the other five are fetched
//! on demand (one hashed, immutable `.ftl` bundle each, written by `assets finalize`),
//! so a first visit downloads only the language it shows.
//!
//! Message ids are typed ([`msg`], generated from the English messages by build.rs):
//! the only ids not checked by the compiler are those the catalogue sends as data,
//! formatted with [`I18n::t_data`] and checked by the backend's catalogue tests.

mod bundles;
mod ids;
pub mod intl;
pub mod labels;
mod lang;
mod loader;
pub mod msg;
mod preference;
mod pseudo;
pub mod search;
pub mod zones;

use bundles::prepare;
pub use bundles::{format, has_message, install, is_available, Args, Value};
pub use ids::{Attr, Message, Msg, VarMsg};
pub use lang::Lang;
pub use preference::start_lang;

use leptos::prelude::*;

/// Reactive access to the active language. `Copy`, so closures capture it freely.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The language on screen.
    lang: RwSignal<Lang>,
    /// The language last asked for; differs from `lang` while it downloads.
    wanted: RwSignal<Lang>,
    /// False until the first language is on screen (the app shows nothing before,
    /// rather than a flash of English).
    ready: RwSignal<bool>,
    /// A language whose messages could not be fetched.
    failed: RwSignal<Option<Lang>>,
    /// Where the on-demand languages' messages live (from the mount config).
    urls: StoredValue<Vec<(Lang, String)>>,
}

impl I18n {
    /// Starts in `initial`, fetching it first (from `urls`) when it is not compiled in.
    pub fn new(initial: Lang, urls: Vec<(Lang, String)>) -> Self {
        let shown = if is_available(initial) {
            initial
        } else {
            Lang::En
        };
        let i18n = Self {
            lang: RwSignal::new(shown),
            wanted: RwSignal::new(shown),
            ready: RwSignal::new(shown == initial),
            failed: RwSignal::new(None),
            urls: StoredValue::new(urls),
        };
        if shown != initial {
            i18n.set_lang(initial);
        }
        i18n
    }

    /// False while the first language is still downloading.
    pub fn ready(&self) -> bool {
        self.ready.get()
    }

    /// The language the menu shows: the one asked for, even while it downloads.
    pub fn wanted(&self) -> Lang {
        self.wanted.get()
    }

    /// The language that could not be loaded, if the last attempt failed.
    pub fn failed(&self) -> Option<Lang> {
        self.failed.get()
    }

    /// The active language; tracked, so views re-render when it changes.
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// The active language, without tracking.
    pub fn lang_untracked(&self) -> Lang {
        self.lang.get_untracked()
    }

    /// Parses the messages of the language asked for, when they are here and not
    /// parsed yet, so that the first render does not (see [`prepare`]). Nothing once
    /// the mount is gone.
    pub fn prepare(&self) {
        if let Some(lang) = self.wanted.try_get_untracked() {
            prepare(lang);
        }
    }

    /// The admin picked `lang` in the language menu: remembered for the next visit.
    pub fn choose(&self, lang: Lang) {
        preference::save(lang);
        self.set_lang(lang);
    }

    /// Switches to `lang`: at once when its messages are here, else after they are
    /// fetched (the page stays in the current language meanwhile; when the fetch
    /// fails it stays for good and [`I18n::failed`] says so). Only the last request
    /// counts, so quick successive choices cannot land out of order.
    pub fn set_lang(&self, lang: Lang) {
        self.wanted.set(lang);
        self.failed.set(None);
        if is_available(lang) {
            self.lang.set(lang);
            self.ready.set(true);
            return;
        }
        let this = *self;
        let url = self.urls.with_value(|u| {
            u.iter()
                .find(|(l, _)| *l == lang)
                .map(|(_, url)| url.clone())
        });
        leptos::task::spawn_local(async move {
            let result = match url {
                Some(url) => loader::fetch(&url).await,
                None => Err(()),
            };
            // The mount may be gone, or another language asked for meanwhile.
            if this.wanted.try_get_untracked() != Some(lang) {
                return;
            }
            match result {
                Ok(text) => {
                    install(lang, &[&text]);
                    // Rendering in the new language is a task of its own, after the
                    // one that parsed its messages (docs/performance.md, "Long tasks").
                    crate::browser::sleep(0).await;
                    if this.wanted.try_get_untracked() != Some(lang) {
                        return;
                    }
                    this.lang.set(lang);
                }
                Err(()) => {
                    this.wanted.set(this.lang.get_untracked());
                    this.failed.set(Some(lang));
                }
            }
            this.ready.set(true);
        });
    }

    /// Message `msg` as reactive text for a view, following the language. Use this
    /// rather than `move || i18n.t(msg)`: every call returns the same closure type, so
    /// the reactive-text code is compiled once instead of once per message.
    pub fn text(self, msg: Msg) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(msg)
    }

    /// Message `msg` in the active language.
    pub fn t(&self, msg: Msg) -> String {
        format(self.lang(), msg.id(), None, &Args::new())
    }

    /// A message with its variables (built by its function in [`msg`]).
    pub fn fmt(&self, message: &Message) -> String {
        format(self.lang(), message.id, None, &message.args)
    }

    /// Message `msg` with variables given by name: for one set of variables shared by
    /// several messages (each field error gets the same five). Prefer [`I18n::fmt`].
    pub fn t_args(&self, msg: impl Into<Msg>, args: &Args) -> String {
        format(self.lang(), msg.into().id(), None, args)
    }

    /// An attribute (`.aria-label`, …) of a message.
    pub fn attr(&self, attr: Attr) -> String {
        format(self.lang(), attr.0, Some(attr.1), &Args::new())
    }

    /// A message the catalogue names as data (labels of the server's models).
    pub fn t_data(&self, id: &str) -> String {
        format(self.lang(), id, None, &Args::new())
    }

    /// A catalogue-named message with variables.
    pub fn t_data_args(&self, id: &str, args: &Args) -> String {
        format(self.lang(), id, None, args)
    }
}

/// Creates the `I18n` context for the components below (tests; the app gets its
/// handle from the mount).
pub fn provide_i18n(initial: Lang) -> I18n {
    let i18n = I18n::new(initial, Vec::new());
    provide_context(i18n);
    i18n
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}
