//! Time zones as the browser knows them (`Intl`): IANA ids, their current UTC
//! offsets and localized names. No time-zone database in the wasm.

use super::search::fold;
use super::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

/// One time zone as the picker shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Zone {
    /// IANA id, the stored value (`Europe/Berlin`).
    pub id: String,
    /// Offset from UTC now, in minutes (east positive).
    pub offset_minutes: i32,
    /// The browser's name for it in the language on screen ("Mitteleuropäische
    /// Zeit"); empty where the browser has none.
    pub name: String,
    /// Everything the search looks at, folded.
    search: String,
}

impl Zone {
    pub fn new(id: &str, offset_minutes: i32, name: String) -> Zone {
        let search = fold(&format!(
            "{id} {} {name} {}",
            city(id),
            offset_label(offset_minutes)
        ));
        Zone {
            id: id.to_string(),
            offset_minutes,
            name,
            search,
        }
    }

    /// "(UTC+01:00) Berlin · Mitteleuropäische Zeit".
    pub fn label(&self) -> String {
        let mut label = format!("({}) {}", offset_label(self.offset_minutes), city(&self.id));
        if !self.name.is_empty() {
            label.push_str(" · ");
            label.push_str(&self.name);
        }
        label
    }

    /// Whether every word of `query` occurs in the id, city, name or offset.
    pub fn matches(&self, query: &str) -> bool {
        super::search::matches(&self.search, query)
    }
}

/// `UTC+01:00`, `UTC−03:30`, `UTC±00:00` (the product's spelling of zero).
pub fn offset_label(minutes: i32) -> String {
    if minutes == 0 {
        return "UTC±00:00".into();
    }
    let sign = if minutes > 0 { '+' } else { '−' };
    let m = minutes.unsigned_abs();
    format!("UTC{sign}{:02}:{:02}", m / 60, m % 60)
}

/// The place of a zone id: `America/Argentina/Buenos_Aires` → "Buenos Aires".
pub fn city(id: &str) -> String {
    id.rsplit('/').next().unwrap_or(id).replace('_', " ")
}

/// Sorted as people look for them: west to east, then by city.
pub fn sort(zones: &mut [Zone]) {
    zones.sort_by(|a, b| {
        a.offset_minutes
            .cmp(&b.offset_minutes)
            .then_with(|| city(&a.id).cmp(&city(&b.id)))
    });
}

/// `GMT+5:30`, `GMT-03`, `GMT` (`longOffset`/`shortOffset` of en-US) in minutes.
pub fn parse_gmt_offset(text: &str) -> Option<i32> {
    let rest = text.trim().strip_prefix("GMT")?;
    if rest.is_empty() {
        return Some(0);
    }
    let (sign, rest) = match rest.chars().next()? {
        '+' => (1, &rest[1..]),
        '-' | '−' => (-1, &rest[rest.chars().next()?.len_utf8()..]),
        _ => return None,
    };
    let (h, m) = rest.split_once(':').unwrap_or((rest, "0"));
    Some(sign * (h.parse::<i32>().ok()? * 60 + m.parse::<i32>().ok()?))
}

thread_local! {
    /// The zones of the last language asked for: building them takes two `Intl`
    /// formatters per zone, so it is done once, when a picker first opens.
    static CACHE: RefCell<Option<(Lang, Rc<Vec<Zone>>)>> = const { RefCell::new(None) };
}

/// Every zone the browser supports, for `lang`, sorted.
pub fn zones(lang: Lang) -> Rc<Vec<Zone>> {
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((_, zones)) = cache.as_ref().filter(|(l, _)| *l == lang) {
            return zones.clone();
        }
        let zones = Rc::new(load(lang));
        *cache = Some((lang, zones.clone()));
        zones
    })
}

fn supported_ids() -> Vec<String> {
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok();
    let list = intl
        .as_ref()
        .and_then(|i| js_sys::Reflect::get(i, &"supportedValuesOf".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(intl.as_ref()?, &"timeZone".into()).ok());
    let mut ids: Vec<String> = list
        .map(|l| {
            js_sys::Array::from(&l)
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    // Chromium lists no "UTC" of its own; systems that store UTC need it.
    if !ids.iter().any(|z| z == "UTC") {
        ids.push("UTC".into());
    }
    ids
}

/// The `timeZoneName` part of `now` formatted in `zone` with `style`.
fn zone_name(locale: &str, zone: &str, style: &str, now: &js_sys::Date) -> Option<String> {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &zone.into());
    let _ = js_sys::Reflect::set(&options, &"timeZoneName".into(), &style.into());
    let locales = js_sys::Array::of1(&JsValue::from_str(locale));
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options);
    format
        .format_to_parts(now)
        .iter()
        .find(|part| {
            js_sys::Reflect::get(part, &"type".into())
                .ok()
                .and_then(|t| t.as_string())
                .as_deref()
                == Some("timeZoneName")
        })
        .and_then(|part| js_sys::Reflect::get(&part, &"value".into()).ok())
        .and_then(|v| v.as_string())
}

fn load(lang: Lang) -> Vec<Zone> {
    let now = js_sys::Date::new_0();
    let mut zones: Vec<Zone> = supported_ids()
        .iter()
        .filter_map(|id| {
            let offset = zone_name("en-US", id, "longOffset", &now)
                .as_deref()
                .and_then(parse_gmt_offset)?;
            let name = zone_name(lang.bcp47(), id, "longGeneric", &now).unwrap_or_default();
            // Where the browser has no name it repeats the offset ("GMT+03:00").
            let name = if name.starts_with("GMT") || name.starts_with("UTC") {
                String::new()
            } else {
                name
            };
            Some(Zone::new(id, offset, name))
        })
        .collect();
    sort(&mut zones);
    zones
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_read_and_print_like_the_product() {
        assert_eq!(parse_gmt_offset("GMT"), Some(0));
        assert_eq!(parse_gmt_offset("GMT+01:00"), Some(60));
        assert_eq!(parse_gmt_offset("GMT-03:30"), Some(-210));
        assert_eq!(parse_gmt_offset("GMT+5:45"), Some(345));
        assert_eq!(parse_gmt_offset("UTC+1"), None);
        assert_eq!(offset_label(0), "UTC±00:00");
        assert_eq!(offset_label(330), "UTC+05:30");
        assert_eq!(offset_label(-600), "UTC−10:00");
    }

    #[test]
    fn zones_are_found_by_city_name_id_or_offset_and_sorted_west_to_east() {
        let mut zones = vec![
            Zone::new("Europe/Berlin", 60, "Mitteleuropäische Zeit".into()),
            Zone::new("America/Argentina/Buenos_Aires", -180, String::new()),
            Zone::new("UTC", 0, String::new()),
        ];
        sort(&mut zones);
        let ids: Vec<&str> = zones.iter().map(|z| z.id.as_str()).collect();
        assert_eq!(
            ids,
            ["America/Argentina/Buenos_Aires", "UTC", "Europe/Berlin"]
        );
        assert!(zones[0].matches("buenos aires"));
        assert!(zones[0].matches("argentina"));
        assert!(zones[2].matches("mitteleuropaische"));
        assert!(zones[2].matches("utc+01"));
        assert!(!zones[2].matches("paris"));
        assert_eq!(
            zones[2].label(),
            "(UTC+01:00) Berlin · Mitteleuropäische Zeit"
        );
        assert_eq!(zones[1].label(), "(UTC±00:00) UTC");
    }
}
