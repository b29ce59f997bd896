//! The backend's one source of "now". Real UTC time plus an offset that only the
//! test hook (`POST /api/v1/test/clock`, off unless `INJIXO_TEST_HOOKS=1`) moves, so
//! tests can see what happens hours later (the `app_silent` hint) without waiting.

use std::sync::atomic::{AtomicI64, Ordering};
use time::{format_description::well_known::Rfc3339, Duration, OffsetDateTime};

/// The server's clock: real time plus the test hook's offset.
#[derive(Debug, Default)]
pub struct Clock {
    /// Seconds added to the real time; never negative, only ever grows.
    offset_secs: AtomicI64,
}

impl Clock {
    /// Real time, no offset.
    pub fn new() -> Self {
        Self::default()
    }

    /// Now, in UTC, whole seconds (the API never shows fractions).
    pub fn now(&self) -> OffsetDateTime {
        let real = OffsetDateTime::now_utc()
            .replace_nanosecond(0)
            .expect("0 ns is valid");
        // `advance` only accepts offsets that keep the time representable.
        real.checked_add(Duration::seconds(self.offset_secs.load(Ordering::Relaxed)))
            .unwrap_or(real)
    }

    /// Now as the API writes it: RFC 3339 in UTC, whole seconds.
    pub fn now_rfc3339(&self) -> String {
        format(self.now())
    }

    /// Moves the clock forward by `secs` (≥ 0) and returns the new now, or `None`
    /// when that would be negative or beyond what RFC 3339 can write (year 9999).
    pub fn advance(&self, secs: i64) -> Option<OffsetDateTime> {
        if secs < 0 {
            return None;
        }
        self.offset_secs
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |off| {
                let next = off.checked_add(secs)?;
                OffsetDateTime::now_utc()
                    .checked_add(Duration::seconds(next))
                    .filter(|t| t.year() <= 9999)
                    .map(|_| next)
            })
            .ok()?;
        Some(self.now())
    }
}

/// RFC 3339, whole seconds, `Z`: `2025-01-31T09:30:00Z`. Strings of this one shape
/// also sort in time order, which the database relies on for expiry.
pub fn format(t: OffsetDateTime) -> String {
    t.to_offset(time::UtcOffset::UTC)
        .replace_nanosecond(0)
        .expect("0 ns is valid")
        .format(&Rfc3339)
        .expect("RFC 3339 formats any UTC time of years 0–9999")
}

/// Any RFC 3339 time (with any offset or fraction), as clients may send it.
pub fn parse(s: &str) -> Option<OffsetDateTime> {
    OffsetDateTime::parse(s, &Rfc3339).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advancing_moves_now_forward_and_never_back() {
        let clock = Clock::new();
        let before = clock.now();
        let after = clock.advance(7 * 3600).expect("advance");
        assert!(after - before >= Duration::hours(7));
        assert!(after - before < Duration::hours(7) + Duration::seconds(5));
        assert_eq!(clock.advance(-1), None);
        assert_eq!(clock.advance(i64::MAX), None);
        assert!(clock.now() >= after, "a refused advance changes nothing");
    }

    #[test]
    fn formats_whole_seconds_in_utc() {
        let clock = Clock::new();
        let s = clock.now_rfc3339();
        assert!(s.ends_with('Z') && !s.contains('.'), "{s}");
        assert_eq!(parse(&s).map(format), Some(s));
    }
}
