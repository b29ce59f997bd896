//! Dates and numbers through the browser's `Intl`, in the active language.

use super::Lang;

/// `2026-11-23T15:04:05Z` → "23 Nov 2026, 16:04" (in the admin's time zone and
/// language). Anything unparsable is shown as it came.
pub fn date_time(lang: Lang, rfc3339: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return rfc3339.to_string();
    }
    let options = js_sys::Object::new();
    let set = |k: &str, v: &str| {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    };
    set("dateStyle", "medium");
    set("timeStyle", "short");
    date.to_locale_string(lang.code(), &options).into()
}
