//! The start language, and the admin's remembered choice (read and written here only).

use super::Lang;
use crate::browser;

/// Local-storage key of the admin's choice. Only the language code is ever stored.
const KEY: &str = "injixo.integrations.lang";

/// The language to start in (see [`Lang::choose`] for the order): the host page's
/// locale, `?lang=`, the remembered choice, the browser's languages, English.
pub fn start_lang(host_locale: Option<&str>) -> Lang {
    Lang::choose(
        host_locale,
        browser::query_param("lang").as_deref(),
        browser::local_get(KEY).as_deref(),
        &browser::languages(),
    )
}

/// Remembers the admin's choice for the next visit.
pub fn save(lang: Lang) {
    browser::local_set(KEY, lang.code());
}
