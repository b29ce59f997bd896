//! Localization with Project Fluent: six complete locales, chosen from the browser's
//! languages, switchable live. English is compiled in; the other five are fetched
//! on demand (one hashed, immutable `.ftl` bundle each, written by `assets finalize`),
//! so a first visit downloads only the language it shows.
//!
//! Message ids are always string literals (or catalogue data that names them), never
//! assembled at runtime, so `tests/l10n.rs` can prove that every id used exists.

mod bundles;
pub mod intl;
mod lang;
mod loader;
mod pseudo;

pub use bundles::{format, has_message, install, is_available, Args};
pub use lang::Lang;
pub use loader::set_locale_urls;

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
}

impl I18n {
    /// Starts in `initial`, fetching it first when it is not compiled in.
    pub fn new(initial: Lang) -> Self {
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
        leptos::task::spawn_local(async move {
            let result = loader::fetch(lang).await;
            // The mount may be gone, or another language asked for meanwhile.
            if this.wanted.try_get_untracked() != Some(lang) {
                return;
            }
            match result {
                Ok(text) => {
                    install(lang, &[&text]);
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

    /// Message `id` as reactive text for a view, following the language. Use this
    /// rather than `move || i18n.t(id)`: every call returns the same closure type, so
    /// the reactive-text code is compiled once instead of once per message.
    pub fn text(self, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
        move || self.t(id)
    }

    /// The message `id` in the active language.
    pub fn t(&self, id: &str) -> String {
        format(self.lang(), id, None, &Args::new())
    }

    /// The message `id` with variables.
    pub fn t_args(&self, id: &str, args: &Args) -> String {
        format(self.lang(), id, None, args)
    }

    /// The attribute `attr` of message `id` (`.aria-label`, `.placeholder`, …).
    pub fn t_attr(&self, id: &str, attr: &str) -> String {
        format(self.lang(), id, Some(attr), &Args::new())
    }
}

/// Creates the `I18n` context for the components below (tests; the app gets its
/// handle from the mount).
pub fn provide_i18n(initial: Lang) -> I18n {
    let i18n = I18n::new(initial);
    provide_context(i18n);
    i18n
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A reactive text node for message `id`: `{tr!(i18n, "overview-title")}`.
#[macro_export]
macro_rules! tr {
    ($i18n:expr, $id:literal) => {{
        let i18n = $i18n;
        move || i18n.t($id)
    }};
    ($i18n:expr, $id:literal, $($name:literal => $value:expr),+ $(,)?) => {{
        let i18n = $i18n;
        move || {
            let mut args = $crate::i18n::Args::new();
            $(args.set($name, $value);)+
            i18n.t_args($id, &args)
        }
    }};
}
