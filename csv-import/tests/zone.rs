//! Civil-date arithmetic, UTC conversion and the fixed-offset zones.

use injixo_csv::{
    civil_from_days, days_from_civil, FixedOffsets, LocalDateTime, UtcTime, ZoneOffsets,
};
use proptest::prelude::*;

fn local(y: i32, mo: u8, d: u8, h: u8, mi: u8) -> LocalDateTime {
    LocalDateTime {
        year: y,
        month: mo,
        day: d,
        hour: h,
        minute: mi,
        second: 0,
    }
}

#[test]
fn known_day_numbers() {
    assert_eq!(days_from_civil(1970, 1, 1), 0);
    assert_eq!(days_from_civil(1969, 12, 31), -1);
    assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    assert_eq!(days_from_civil(2024, 2, 29), 19_782);
    assert_eq!(civil_from_days(19_782), (2024, 2, 29));
}

#[test]
fn utc_from_local_time_and_offset() {
    let t = UtcTime::from_local(local(2020, 5, 25, 8, 0), 7200);
    assert_eq!(t.to_string(), "2020-05-25 06:00:00");
    // Just after midnight at UTC+01:00 is the evening before in UTC.
    let t = UtcTime::from_local(local(1970, 1, 1, 0, 30), 3600);
    assert_eq!(t.to_string(), "1969-12-31 23:30:00");
}

#[test]
fn plus_years_keeps_the_time_and_moves_29_february_to_1_march() {
    let t = UtcTime::from_local(local(2020, 2, 29, 10, 15), 0);
    assert_eq!(t.plus_years(1).to_string(), "2021-03-01 10:15:00");
    assert_eq!(t.plus_years(4).to_string(), "2024-02-29 10:15:00");
    // Absurd values saturate instead of overflowing.
    let _ = UtcTime(i64::MAX).plus_years(i64::MAX).to_string();
    let _ = UtcTime(i64::MIN).plus_years(i64::MIN).to_string();
}

#[test]
fn fixed_offset_zones_use_posix_signs() {
    let at = local(2024, 7, 1, 12, 0);
    let z = FixedOffsets;
    assert_eq!(z.offset_seconds("UTC", at), Some(0));
    assert_eq!(z.offset_seconds("Etc/GMT-2", at), Some(7200));
    assert_eq!(z.offset_seconds("Etc/GMT+5", at), Some(-18_000));
    assert_eq!(z.offset_seconds("Etc/GMT-14", at), Some(14 * 3600));
    assert_eq!(z.offset_seconds("Etc/GMT+0", at), Some(0));
    for unknown in [
        "Europe/Berlin",
        "Etc/GMT+13",
        "Etc/GMT-15",
        "Etc/GMT+05",
        "Etc/GMT",
        "Etc/GMT+",
    ] {
        assert_eq!(z.knows(unknown), unknown == "Etc/GMT", "{unknown}");
    }
}

proptest! {
    #[test]
    fn days_and_dates_round_trip(days in -1_000_000i64..4_000_000) {
        let (y, m, d) = civil_from_days(days);
        prop_assert_eq!(days_from_civil(y, m, d), days);
    }

    #[test]
    // Up to 9999-12-31 23:59:59: four-digit years.
    fn display_round_trips_through_the_civil_functions(secs in 0i64..253_402_300_800) {
        let text = UtcTime(secs).to_string();
        let n = |a: usize, b: usize| text[a..b].parse::<i64>().unwrap();
        let back = days_from_civil(n(0, 4), n(5, 7) as u8, n(8, 10) as u8) * 86_400
            + n(11, 13) * 3600 + n(14, 16) * 60 + n(17, 19);
        prop_assert_eq!(back, secs);
    }
}
