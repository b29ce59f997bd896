//! Localization with Project Fluent: six complete locales compiled into the binary,
//! chosen from the browser's languages, switchable live.
//!
//! Message ids are always string literals (or catalogue data that names them), never
//! assembled at runtime, so `tests/l10n.rs` can prove that every id used exists.

mod bundles;
pub mod intl;
mod lang;
mod pseudo;

pub use bundles::{format, has_message, Args};
pub use lang::Lang;

use leptos::prelude::*;

/// Reactive access to the active language. `Copy`, so closures capture it freely.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    pub fn new(initial: Lang) -> Self {
        Self {
            lang: RwSignal::new(initial),
        }
    }

    /// The active language; tracked, so views re-render when it changes.
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// The active language, without tracking.
    pub fn lang_untracked(&self) -> Lang {
        self.lang.get_untracked()
    }

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
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
