//! Dates and relative times through the browser's `Intl`, in the active language.

use super::Lang;
use std::cell::RefCell;
use wasm_bindgen::JsValue;

thread_local! {
    /// One formatter of each kind for the language on screen: building an `Intl`
    /// formatter costs far more than formatting with it, and an overview formats two
    /// dates per row.
    static FORMATTERS: RefCell<Option<(Lang, js_sys::Function, js_sys::Intl::RelativeTimeFormat)>> =
        const { RefCell::new(None) };
}

/// `f(date_time_format, relative_time_format)` with the formatters of `lang`.
fn with_formatters<R>(
    lang: Lang,
    f: impl FnOnce(&js_sys::Function, &js_sys::Intl::RelativeTimeFormat) -> R,
) -> R {
    FORMATTERS.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.as_ref().is_none_or(|(l, _, _)| *l != lang) {
            let locales = js_sys::Array::of1(&JsValue::from_str(lang.bcp47()));
            let options = js_sys::Object::new();
            let set = |k: &str, v: &str| {
                let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
            };
            set("dateStyle", "medium");
            set("timeStyle", "short");
            let absolute = js_sys::Intl::DateTimeFormat::new(&locales, &options).format();
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"numeric".into(), &"auto".into());
            let relative = js_sys::Intl::RelativeTimeFormat::new(&locales, &options);
            *cell = Some((lang, absolute, relative));
        }
        let (_, absolute, relative) = cell.as_ref().expect("set above");
        f(absolute, relative)
    })
}

fn parse(rfc3339: &str) -> Option<js_sys::Date> {
    let date = js_sys::Date::new(&JsValue::from_str(rfc3339));
    (!date.get_time().is_nan()).then_some(date)
}

/// `2026-11-23T15:04:05Z` → "23 Nov 2026, 16:04" (in the admin's time zone and
/// language). Anything unparsable is shown as it came.
pub fn date_time(lang: Lang, rfc3339: &str) -> String {
    let Some(date) = parse(rfc3339) else {
        return rfc3339.to_string();
    };
    with_formatters(lang, |absolute, _| {
        absolute
            .call1(&JsValue::NULL, &date)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| rfc3339.to_string())
    })
}

/// The largest unit that fits `seconds` (negative = in the past), as
/// `Intl.RelativeTimeFormat` expects it: (value, unit).
pub fn relative_parts(seconds: f64) -> (f64, &'static str) {
    let abs = seconds.abs();
    let (div, unit) = if abs < 60.0 {
        (1.0, "second")
    } else if abs < 3_600.0 {
        (60.0, "minute")
    } else if abs < 86_400.0 {
        (3_600.0, "hour")
    } else if abs < 30.0 * 86_400.0 {
        (86_400.0, "day")
    } else if abs < 365.0 * 86_400.0 {
        (30.0 * 86_400.0, "month")
    } else {
        (365.0 * 86_400.0, "year")
    };
    ((seconds / div).trunc(), unit)
}

/// "3 hours ago", "vor 3 Stunden", "il y a 3 heures", relative to now.
pub fn relative(lang: Lang, rfc3339: &str) -> String {
    let Some(date) = parse(rfc3339) else {
        return rfc3339.to_string();
    };
    let seconds = (date.get_time() - js_sys::Date::now()) / 1000.0;
    let (value, unit) = relative_parts(seconds);
    with_formatters(lang, |_, relative| relative.format(value, unit).into())
}

#[cfg(test)]
mod tests {
    use super::relative_parts;

    #[test]
    fn the_largest_fitting_unit_is_chosen() {
        assert_eq!(relative_parts(-30.0), (-30.0, "second"));
        assert_eq!(relative_parts(-3.0 * 3600.0 - 59.0), (-3.0, "hour"));
        assert_eq!(relative_parts(-2.0 * 86_400.0), (-2.0, "day"));
        assert_eq!(relative_parts(-400.0 * 86_400.0), (-1.0, "year"));
        assert_eq!(relative_parts(90.0), (1.0, "minute"));
    }
}
