//! Civil dates, and the local time → UTC conversion without a time-zone database: the
//! host (browser `Intl`, backend chrono-tz) supplies the offsets through [`ZoneOffsets`].

use std::cell::Cell;

use serde::{Deserialize, Serialize};

/// A wall-clock date and time as written in the file, without a zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LocalDateTime {
    /// Year (from 1970 for values read from a file).
    pub year: i32,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
    /// Hour, 0–23.
    pub hour: u8,
    /// Minute, 0–59.
    pub minute: u8,
    /// Second, 0–59.
    pub second: u8,
}

impl LocalDateTime {
    /// Seconds since 1970-01-01 00:00:00 of the same wall-clock reading, as if it were UTC.
    pub fn naive_seconds(&self) -> i64 {
        days_from_civil(i64::from(self.year), self.month, self.day) * 86_400
            + i64::from(self.hour) * 3600
            + i64::from(self.minute) * 60
            + i64::from(self.second)
    }
}

/// An instant: seconds since 1970-01-01T00:00:00Z. Displays as `YYYY-MM-DD hh:mm:ss`
/// (UTC), the form the SQL mapping uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct UtcTime(pub i64);

impl UtcTime {
    /// The instant of a wall-clock reading at `offset_seconds` east of UTC.
    pub fn from_local(local: LocalDateTime, offset_seconds: i32) -> UtcTime {
        UtcTime(local.naive_seconds() - i64::from(offset_seconds))
    }

    /// The same time of day `years` calendar years later (29 February → 1 March).
    pub fn plus_years(self, years: i64) -> UtcTime {
        let (days, secs) = (self.0.div_euclid(86_400), self.0.rem_euclid(86_400));
        let (y, m, d) = civil_from_days(days);
        let y = y.saturating_add(years);
        let shifted = if d > days_in_month(y, m) {
            days_from_civil(y, m, days_in_month(y, m)).saturating_add(1)
        } else {
            days_from_civil(y, m, d)
        };
        UtcTime(shifted.saturating_mul(86_400).saturating_add(secs))
    }
}

impl core::fmt::Display for UtcTime {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let (days, secs) = (self.0.div_euclid(86_400), self.0.rem_euclid(86_400));
        let (y, m, d) = civil_from_days(days);
        let (hh, mm, ss) = (secs / 3600, secs / 60 % 60, secs % 60);
        write!(f, "{y:04}-{m:02}-{d:02} {hh:02}:{mm:02}:{ss:02}")
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// `days_from_civil`). Saturates instead of overflowing for absurd years.
pub fn days_from_civil(year: i64, month: u8, day: u8) -> i64 {
    let y = if month <= 2 {
        year.saturating_sub(1)
    } else {
        year
    };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400); // [0, 399]
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    era.saturating_mul(146_097).saturating_add(doe - 719_468)
}

/// The date of a day number (inverse of [`days_from_civil`]).
pub fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let z = days.saturating_add(719_468);
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // [0, 146096]
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365; // [0, 399]
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // [0, 365]
    let mp = (5 * doy + 2) / 153; // [0, 11]
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = era
        .saturating_mul(400)
        .saturating_add(yoe + i64::from(m <= 2));
    (y, m, d)
}

/// Days in a month of a year (0 for a month outside 1–12).
pub fn days_in_month(year: i64, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The offsets of time zones, supplied by the host: the browser asks `Intl`, the backend
/// chrono-tz. The engine asks once per local minute of data (it remembers the last
/// answer), so an implementation should keep its formatter objects between calls.
///
/// Contract, so that browser and backend agree on every row:
/// * `zone` is an IANA name as stored in the schema (`Europe/Berlin`).
/// * `offset_seconds` returns the offset east of UTC in effect at the wall-clock time
///   `local` in `zone` (`+3600` for CET), such that `local − offset` is the instant.
/// * A wall-clock time that occurs twice (the hour repeated when daylight-saving time
///   ends) resolves to the **earlier** instant, i.e. the offset before the change.
/// * A wall-clock time that does not occur (skipped when daylight-saving time starts)
///   returns `None`; the row gets `non_existing_timestamp`.
/// * `knows` tells whether a zone name is supported; the schema is refused otherwise,
///   before any row is read.
pub trait ZoneOffsets {
    /// Whether the zone name is supported.
    fn knows(&self, zone: &str) -> bool;
    /// The offset at a wall-clock time, `None` if that time does not exist there.
    fn offset_seconds(&self, zone: &str, local: LocalDateTime) -> Option<i32>;
}

impl<T: ZoneOffsets + ?Sized> ZoneOffsets for &T {
    fn knows(&self, zone: &str) -> bool {
        (**self).knows(zone)
    }
    fn offset_seconds(&self, zone: &str, local: LocalDateTime) -> Option<i32> {
        (**self).offset_seconds(zone, local)
    }
}

/// The zones without daylight-saving time that need no database: `UTC`, `Etc/UTC`,
/// `GMT`, `Etc/GMT`, and `Etc/GMT+N` / `Etc/GMT-N` (POSIX signs: `Etc/GMT+5` is
/// UTC−05:00; N from 0 to 12 west, 14 east). For tests, and a fallback.
#[derive(Clone, Copy, Debug, Default)]
pub struct FixedOffsets;

impl FixedOffsets {
    fn offset(zone: &str) -> Option<i32> {
        if matches!(zone, "UTC" | "Etc/UTC" | "GMT" | "Etc/GMT") {
            return Some(0);
        }
        let rest = zone.strip_prefix("Etc/GMT")?;
        let (sign, digits) = match rest.as_bytes().first()? {
            b'+' => (-1, &rest[1..]),
            b'-' => (1, &rest[1..]),
            _ => return None,
        };
        if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let hours: i32 = digits.parse().ok()?;
        let in_range = if sign < 0 { hours <= 12 } else { hours <= 14 };
        (in_range && (digits == "0" || !digits.starts_with('0'))).then_some(sign * hours * 3600)
    }
}

impl ZoneOffsets for FixedOffsets {
    fn knows(&self, zone: &str) -> bool {
        Self::offset(zone).is_some()
    }
    fn offset_seconds(&self, zone: &str, _local: LocalDateTime) -> Option<i32> {
        Self::offset(zone)
    }
}

/// The offsets of one zone, remembered for the last local minute asked: rows often
/// share a minute (interval data for many queues, contacts seconds apart), and the
/// host's lookup may cross into JavaScript. Offsets are constant within a local
/// minute: every time-zone transition since 1970 falls on a whole minute.
pub(crate) struct MemoZone<Z> {
    inner: Z,
    last: Cell<Option<(LocalDateTime, Option<i32>)>>,
}

impl<Z> MemoZone<Z> {
    /// Wraps a host's offsets for an analysis in one zone.
    pub(crate) fn new(inner: Z) -> Self {
        MemoZone {
            inner,
            last: Cell::new(None),
        }
    }
}

impl<Z: ZoneOffsets> ZoneOffsets for MemoZone<Z> {
    fn knows(&self, zone: &str) -> bool {
        self.inner.knows(zone)
    }
    fn offset_seconds(&self, zone: &str, local: LocalDateTime) -> Option<i32> {
        let minute = LocalDateTime { second: 0, ..local };
        match self.last.get() {
            Some((key, offset)) if key == minute => offset,
            _ => {
                let offset = self.inner.offset_seconds(zone, local);
                self.last.set(Some((minute, offset)));
                offset
            }
        }
    }
}
