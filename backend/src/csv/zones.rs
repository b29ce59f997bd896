//! `injixo_csv::ZoneOffsets` from chrono-tz, as the engine's README prescribes:
//! `from_local_datetime(…).earliest()`, so a wall-clock time repeated when
//! daylight-saving time ends is the earlier instant (the offset before the change),
//! and one skipped when it starts has no offset (`non_existing_timestamp`).

use chrono::{NaiveDate, Offset, TimeZone};
use chrono_tz::Tz;
use injixo_csv::{LocalDateTime, ZoneOffsets};
use std::cell::RefCell;

/// The IANA time zones of chrono-tz (names as IANA spells them, aliases such as
/// `US/Eastern` and `Etc/GMT+5` included). Remembers the last zone it parsed: an
/// analysis asks about one zone only.
#[derive(Debug, Default)]
pub struct ChronoZones {
    last: RefCell<Option<(String, Option<Tz>)>>,
}

impl ChronoZones {
    /// A fresh lookup.
    pub fn new() -> Self {
        Self::default()
    }

    fn zone(&self, name: &str) -> Option<Tz> {
        let mut last = self.last.borrow_mut();
        match &*last {
            Some((n, tz)) if n == name => *tz,
            _ => {
                let tz = name.parse::<Tz>().ok();
                *last = Some((name.to_owned(), tz));
                tz
            }
        }
    }
}

impl ZoneOffsets for ChronoZones {
    fn knows(&self, zone: &str) -> bool {
        self.zone(zone).is_some()
    }

    fn offset_seconds(&self, zone: &str, local: LocalDateTime) -> Option<i32> {
        let tz = self.zone(zone)?;
        let naive = NaiveDate::from_ymd_opt(local.year, local.month.into(), local.day.into())?
            .and_hms_opt(local.hour.into(), local.minute.into(), local.second.into())?;
        let instant = tz.from_local_datetime(&naive).earliest()?;
        Some(instant.offset().fix().local_minus_utc())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(year: i32, month: u8, day: u8, hour: u8, minute: u8) -> LocalDateTime {
        LocalDateTime {
            year,
            month,
            day,
            hour,
            minute,
            second: 0,
        }
    }

    /// Europe/Berlin's two change days of 2024, as the engine's README describes
    /// them: 31 March skips 02:00–02:59, 27 October repeats 02:00–02:59.
    #[test]
    fn berlin_change_days_convert_as_the_readme_says() {
        let z = ChronoZones::new();
        let berlin = |local| z.offset_seconds("Europe/Berlin", local);
        // Spring: the hour that does not exist has no offset.
        assert_eq!(berlin(at(2024, 3, 31, 1, 59)), Some(3600));
        assert_eq!(berlin(at(2024, 3, 31, 2, 0)), None);
        assert_eq!(berlin(at(2024, 3, 31, 2, 30)), None);
        assert_eq!(berlin(at(2024, 3, 31, 2, 59)), None);
        assert_eq!(berlin(at(2024, 3, 31, 3, 0)), Some(7200));
        // Autumn: the repeated hour is the earlier instant, still summer time.
        assert_eq!(berlin(at(2024, 10, 27, 1, 59)), Some(7200));
        assert_eq!(berlin(at(2024, 10, 27, 2, 0)), Some(7200));
        assert_eq!(berlin(at(2024, 10, 27, 2, 30)), Some(7200));
        assert_eq!(berlin(at(2024, 10, 27, 3, 0)), Some(3600));
        // So 02:30 on the autumn day is 00:30 UTC, and 03:00 is 02:00 UTC: the
        // second 02:30 (01:30 UTC) cannot be written as local time.
        let utc = |local| injixo_csv::UtcTime::from_local(local, berlin(local).unwrap());
        assert_eq!(
            utc(at(2024, 10, 27, 2, 30)).to_string(),
            "2024-10-27 00:30:00"
        );
        assert_eq!(
            utc(at(2024, 10, 27, 3, 0)).to_string(),
            "2024-10-27 02:00:00"
        );
    }

    #[test]
    fn knows_iana_names_and_nothing_else() {
        let z = ChronoZones::new();
        for zone in ["Europe/Berlin", "America/Chicago", "UTC", "Etc/GMT+5"] {
            assert!(z.knows(zone), "{zone}");
        }
        for zone in ["europe/berlin", "Europe/Atlantis", "", "CEST"] {
            assert!(!z.knows(zone), "{zone}");
        }
        // POSIX signs: Etc/GMT+5 is five hours behind UTC.
        assert_eq!(
            z.offset_seconds("Etc/GMT+5", at(2024, 1, 1, 0, 0)),
            Some(-5 * 3600)
        );
        assert_eq!(
            z.offset_seconds("America/Chicago", at(2024, 1, 1, 0, 0)),
            Some(-6 * 3600)
        );
        // No 30 February anywhere.
        assert_eq!(z.offset_seconds("UTC", at(2024, 2, 30, 0, 0)), None);
    }
}
