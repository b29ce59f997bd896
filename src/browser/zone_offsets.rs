//! UTC offsets of IANA time zones from the browser's `Intl` (no time-zone data in
//! the wasm), as the CSV engine asks for them ([`ZoneOffsets`], contract in
//! `csv-import/README.md`, "Time zones").
//!
//! `off(t)`, the offset at instant `t`, is read from an `Intl.DateTimeFormat` of the
//! zone (one per zone, kept). Offsets are remembered per UTC day: a day whose start
//! and end have the same offset is taken as constant (no zone has changed its offset
//! twice within 24 hours since 1970); on a day with a change, the minute of the
//! change is found by bisection (about 11 more look-ups). A file spanning a year
//! costs a few hundred `Intl` calls, however many rows it has.

use injixo_csv::{days_from_civil, LocalDateTime, ZoneOffsets};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::{JsCast, JsValue};

const DAY: i64 = 86_400;

/// The offsets of one UTC day.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Day {
    Constant(i32),
    /// From instant `at` on, `after`; before it, `before`.
    Change {
        at: i64,
        before: i32,
        after: i32,
    },
}

impl Day {
    fn at(self, t: i64) -> i32 {
        match self {
            Day::Constant(o) => o,
            Day::Change { at, before, after } => {
                if t < at {
                    before
                } else {
                    after
                }
            }
        }
    }
}

/// `off(t)` remembered per UTC day (see the module documentation).
#[derive(Default)]
pub struct OffsetCache {
    days: HashMap<i64, Day>,
}

impl OffsetCache {
    /// The offset at instant `t` (seconds since 1970, UTC), asking `off` only for
    /// days not seen yet.
    pub fn offset_at(&mut self, t: i64, off: &mut dyn FnMut(i64) -> Option<i32>) -> Option<i32> {
        let day = t.div_euclid(DAY);
        if let Some(d) = self.days.get(&day) {
            return Some(d.at(t));
        }
        let start = day * DAY;
        let (before, after) = (off(start)?, off(start + DAY)?);
        let d = if before == after {
            Day::Constant(before)
        } else {
            // off(lo) == before, off(hi) != before; changes fall on whole minutes.
            let (mut lo, mut hi) = (start, start + DAY);
            while hi - lo > 60 {
                let mid = lo + (hi - lo) / 120 * 60;
                if off(mid)? == before {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            Day::Change {
                at: hi,
                before,
                after: off(hi)?,
            }
        };
        self.days.insert(day, d);
        Some(d.at(t))
    }

    /// The offset at the wall-clock time `local_naive` (its reading as if it were UTC):
    /// the candidates are the offsets a day before and after; one fits if the
    /// instant it gives has that offset. None fits: the time was skipped (`None`);
    /// both fit: the time occurs twice, and the earlier instant (larger offset) wins.
    pub fn wall_clock_offset(
        &mut self,
        local_naive: i64,
        off: &mut dyn FnMut(i64) -> Option<i32>,
    ) -> Option<i32> {
        let mut best = None;
        for probe in [local_naive - DAY, local_naive + DAY] {
            let o = self.offset_at(probe, off)?;
            if self.offset_at(local_naive - i64::from(o), off)? == o {
                best = Some(best.map_or(o, |b: i32| b.max(o)));
            }
        }
        best
    }
}

/// One zone: its formatter and what it answered.
struct Zone {
    format: js_sys::Intl::DateTimeFormat,
    cache: OffsetCache,
}

thread_local! {
    /// Every zone asked for since the app started (`None`: unknown to the browser).
    static ZONES: RefCell<HashMap<String, Option<Zone>>> = RefCell::new(HashMap::new());
}

/// An `Intl.DateTimeFormat` for `zone` in en-US numerals, or `None` when the browser
/// does not know the zone (the constructor throws a `RangeError`).
fn formatter(zone: &str) -> Option<js_sys::Intl::DateTimeFormat> {
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let ctor: js_sys::Function = js_sys::Reflect::get(&intl, &"DateTimeFormat".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let options = js_sys::Object::new();
    let pairs = [
        ("timeZone", zone),
        ("hourCycle", "h23"),
        ("year", "numeric"),
        ("month", "numeric"),
        ("day", "numeric"),
        ("hour", "numeric"),
        ("minute", "numeric"),
        ("second", "numeric"),
    ];
    for (k, v) in pairs {
        js_sys::Reflect::set(&options, &k.into(), &v.into()).ok()?;
    }
    let args = js_sys::Array::of2(&JsValue::from_str("en-US"), &options);
    js_sys::Reflect::construct(&ctor, &args)
        .ok()
        .map(JsCast::unchecked_into)
}

/// The offset of `format`'s zone at instant `t`: its wall clock minus `t`.
fn intl_offset(format: &js_sys::Intl::DateTimeFormat, t: i64) -> Option<i32> {
    let date = js_sys::Date::new(&JsValue::from_f64(t as f64 * 1000.0));
    let mut v = [0i64; 6]; // year, month, day, hour, minute, second
    for part in format.format_to_parts(&date).iter() {
        let kind = js_sys::Reflect::get(&part, &"type".into())
            .ok()?
            .as_string()?;
        let slot = match kind.as_str() {
            "year" => 0,
            "month" => 1,
            "day" => 2,
            "hour" => 3,
            "minute" => 4,
            "second" => 5,
            _ => continue,
        };
        let value = js_sys::Reflect::get(&part, &"value".into())
            .ok()?
            .as_string()?;
        v[slot] = value.parse().ok()?;
    }
    let hour = v[3] % 24; // older engines write midnight as 24 despite h23
    let naive = days_from_civil(v[0], u8::try_from(v[1]).ok()?, u8::try_from(v[2]).ok()?) * DAY
        + hour * 3600
        + v[4] * 60
        + v[5];
    i32::try_from(naive - t).ok()
}

fn with_zone<R>(zone: &str, f: impl FnOnce(&mut Zone) -> R) -> Option<R> {
    ZONES.with(|zones| {
        let mut zones = zones.borrow_mut();
        let entry = zones.entry(zone.to_string()).or_insert_with(|| {
            formatter(zone).map(|format| Zone {
                format,
                cache: OffsetCache::default(),
            })
        });
        entry.as_mut().map(f)
    })
}

/// The browser's time zones for the CSV engine (`&IntlZones` is what analyses take).
#[derive(Clone, Copy, Debug, Default)]
pub struct IntlZones;

impl ZoneOffsets for IntlZones {
    fn knows(&self, zone: &str) -> bool {
        !zone.is_empty() && with_zone(zone, |_| ()).is_some()
    }

    fn offset_seconds(&self, zone: &str, local: LocalDateTime) -> Option<i32> {
        with_zone(zone, |z| {
            let format = z.format.clone();
            let mut off = |t| intl_offset(&format, t);
            z.cache.wall_clock_offset(local.naive_seconds(), &mut off)
        })
        .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A zone like Europe/Berlin in 2024: UTC+1, UTC+2 from 31 March 01:00 UTC to
    /// 27 October 01:00 UTC.
    fn berlin(t: i64) -> Option<i32> {
        let (spring, autumn) = (1_711_846_800, 1_729_990_800);
        Some(if (spring..autumn).contains(&t) {
            7200
        } else {
            3600
        })
    }

    fn local(y: i64, mo: u8, d: u8, h: i64, mi: i64) -> i64 {
        days_from_civil(y, mo, d) * DAY + h * 3600 + mi * 60
    }

    #[test]
    fn ordinary_summer_and_winter_times() {
        let mut cache = OffsetCache::default();
        let calls = std::cell::Cell::new(0);
        let mut off = |t| {
            calls.set(calls.get() + 1);
            berlin(t)
        };
        let w = local(2024, 1, 15, 9, 30);
        assert_eq!(cache.wall_clock_offset(w, &mut off), Some(3600));
        let s = local(2024, 7, 1, 9, 30);
        assert_eq!(cache.wall_clock_offset(s, &mut off), Some(7200));
        // Asking again costs nothing.
        let before = calls.get();
        assert_eq!(cache.wall_clock_offset(w + 60, &mut off), Some(3600));
        assert_eq!(calls.get(), before);
    }

    #[test]
    fn a_skipped_hour_has_no_offset_and_a_repeated_one_the_earlier() {
        let mut cache = OffsetCache::default();
        let mut off = berlin;
        // 31 March 2024, 02:30 does not exist in Berlin.
        let gap = local(2024, 3, 31, 2, 30);
        assert_eq!(cache.wall_clock_offset(gap, &mut off), None);
        assert_eq!(
            cache.wall_clock_offset(local(2024, 3, 31, 1, 59), &mut off),
            Some(3600)
        );
        assert_eq!(
            cache.wall_clock_offset(local(2024, 3, 31, 3, 0), &mut off),
            Some(7200)
        );
        // 27 October 2024, 02:30 happens twice: the first time, at UTC+2.
        let twice = local(2024, 10, 27, 2, 30);
        assert_eq!(cache.wall_clock_offset(twice, &mut off), Some(7200));
        assert_eq!(
            cache.wall_clock_offset(local(2024, 10, 27, 3, 0), &mut off),
            Some(3600)
        );
    }

    #[test]
    fn the_minute_of_a_change_is_found() {
        let mut cache = OffsetCache::default();
        let mut off = berlin;
        let change = 1_711_846_800;
        assert_eq!(cache.offset_at(change - 1, &mut off), Some(3600));
        assert_eq!(cache.offset_at(change, &mut off), Some(7200));
        assert_eq!(
            cache.days.get(&change.div_euclid(DAY)),
            Some(&Day::Change {
                at: change,
                before: 3600,
                after: 7200
            })
        );
    }
}
