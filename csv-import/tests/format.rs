//! The custom date/time/timestamp grammar and the value readers.

use injixo_csv::format::{PREDEFINED_DATE_FORMATS, PREDEFINED_TIME_FORMATS};
use injixo_csv::{read_count, read_hh_mm_ss, read_seconds, read_text, Channel, ErrorCode};
use injixo_csv::{Format, FormatError, FormatKind, LocalDateTime, Part, ReadError};

fn read(pattern: &str, kind: FormatKind, value: &str) -> Result<LocalDateTime, ReadError> {
    Format::parse(pattern, kind)
        .expect("valid format")
        .read(value)
}

fn at(y: i32, mo: u8, d: u8, h: u8, mi: u8, s: u8) -> LocalDateTime {
    LocalDateTime {
        year: y,
        month: mo,
        day: d,
        hour: h,
        minute: mi,
        second: s,
    }
}

fn date(pattern: &str, value: &str) -> Result<(i32, u8, u8), ReadError> {
    read(pattern, FormatKind::Date, value).map(|t| (t.year, t.month, t.day))
}

fn time(pattern: &str, value: &str) -> Result<(u8, u8, u8), ReadError> {
    read(pattern, FormatKind::Time, value).map(|t| (t.hour, t.minute, t.second))
}

#[test]
fn the_help_center_date_examples() {
    assert_eq!(date("D/M,YY", "13/1,22"), Ok((2022, 1, 13)));
    assert_eq!(date("DDMMYY", "010122"), Ok((2022, 1, 1)));
    assert_eq!(date("DDMMYYYY", "13012022"), Ok((2022, 1, 13)));
}

#[test]
fn the_help_center_timestamp_examples() {
    let stamp = |p, v| read(p, FormatKind::Timestamp, v);
    assert_eq!(
        stamp("D/M,YY h:m:s", "13/1,22 9:15:8"),
        Ok(at(2022, 1, 13, 9, 15, 8))
    );
    assert_eq!(
        stamp("DDMMYY hh-mm", "010122 09-15"),
        Ok(at(2022, 1, 1, 9, 15, 0))
    );
    // The German article writes `DDMMYY hh:mm` for the same value: any separator in
    // the format stands for any one non-digit character of the value.
    assert_eq!(
        stamp("DDMMYY hh:mm", "010122 09-15"),
        Ok(at(2022, 1, 1, 9, 15, 0))
    );
}

#[test]
fn the_example_mappings_formats() {
    assert_eq!(date("DD/MM/YYYY", "25/05/2020"), Ok((2020, 5, 25)));
    assert_eq!(date("YYYY-MM-DD", "2022-04-22"), Ok((2022, 4, 22)));
    assert_eq!(time("hh:mm", "08:45"), Ok((8, 45, 0)));
    assert_eq!(time("hh:mm:ss", "08:34:29"), Ok((8, 34, 29)));
    for f in PREDEFINED_DATE_FORMATS {
        assert!(Format::parse(f, FormatKind::Date).is_ok(), "{f}");
    }
    for f in PREDEFINED_TIME_FORMATS {
        assert!(Format::parse(f, FormatKind::Time).is_ok(), "{f}");
    }
}

#[test]
fn single_letters_take_one_or_two_digits_double_letters_exactly_two() {
    assert_eq!(date("D.M.YYYY", "5.3.2021"), Ok((2021, 3, 5)));
    assert_eq!(date("D.M.YYYY", "15.12.2021"), Ok((2021, 12, 15)));
    assert_eq!(date("D.M.YYYY", "05.03.2021"), Ok((2021, 3, 5)));
    assert_eq!(date("DD.MM.YYYY", "5.3.2021"), Err(ReadError::Mismatch));
    assert_eq!(date("DD.MM.YYYY", "005.03.2021"), Err(ReadError::Mismatch));
    assert_eq!(time("h:m", "7:5"), Ok((7, 5, 0)));
    assert_eq!(time("hh:mm", "7:05"), Err(ReadError::Mismatch));
    assert_eq!(time("h:m:s", "23:59:59"), Ok((23, 59, 59)));
}

#[test]
fn years_two_and_four_digits() {
    assert_eq!(date("DD.MM.YY", "01.01.69"), Ok((2069, 1, 1)));
    assert_eq!(date("DD.MM.YY", "01.01.70"), Ok((1970, 1, 1)));
    assert_eq!(date("DD.MM.YY", "31.12.99"), Ok((1999, 12, 31)));
    assert_eq!(date("DD.MM.YY", "01.01.2022"), Err(ReadError::Mismatch));
    assert_eq!(date("DD.MM.YYYY", "01.01.22"), Err(ReadError::Mismatch));
}

#[test]
fn dates_before_1970_are_refused_with_their_own_error() {
    assert_eq!(
        date("DD.MM.YYYY", "31.12.1969"),
        Err(ReadError::BeforeEpoch)
    );
    assert_eq!(
        date("DD.MM.YYYY", "01.01.0000"),
        Err(ReadError::BeforeEpoch)
    );
    assert_eq!(date("DD.MM.YYYY", "01.01.1970"), Ok((1970, 1, 1)));
}

#[test]
fn impossible_dates_and_times_do_not_match() {
    assert_eq!(date("DD.MM.YYYY", "31.04.2021"), Err(ReadError::Mismatch));
    assert_eq!(date("DD.MM.YYYY", "29.02.2023"), Err(ReadError::Mismatch));
    assert_eq!(date("DD.MM.YYYY", "29.02.2024"), Ok((2024, 2, 29)));
    assert_eq!(date("DD.MM.YY", "29.02.00"), Ok((2000, 2, 29)));
    assert_eq!(date("DD.MM.YYYY", "00.01.2024"), Err(ReadError::Mismatch));
    assert_eq!(date("DD.MM.YYYY", "01.13.2024"), Err(ReadError::Mismatch));
    assert_eq!(time("hh:mm", "24:00"), Err(ReadError::Mismatch));
    assert_eq!(time("hh:mm", "12:60"), Err(ReadError::Mismatch));
    assert_eq!(time("hh:mm:ss", "12:00:60"), Err(ReadError::Mismatch));
}

#[test]
fn values_must_match_whole() {
    assert_eq!(time("hh:mm", "08:00:00"), Err(ReadError::Mismatch));
    assert_eq!(
        date("YYYY-MM-DD", "2023-01-01T22:59:00Z"),
        Err(ReadError::Mismatch)
    );
    assert_eq!(date("YYYY-MM-DD", "2023-01-01 "), Err(ReadError::Mismatch));
    assert_eq!(date("YYYY-MM-DD", ""), Err(ReadError::Mismatch));
    // A separator never matches a digit.
    assert_eq!(date("DD.MM.YYYY", "0101.2024"), Err(ReadError::Mismatch));
}

#[test]
fn digits_without_separators_are_split_so_that_the_date_is_valid() {
    // Longest reading first: 11 / 1 / 2022 …
    assert_eq!(date("DMYYYY", "1112022"), Ok((2022, 1, 11)));
    // … unless only a shorter one is a date: 3 / 12 / 2022 (day 31, month 2 is not).
    assert_eq!(date("DMYYYY", "3122022"), Ok((2022, 12, 3)));
}

#[test]
fn iso_timestamps_read_with_any_separator_in_the_format() {
    let t = read(
        "YYYY-MM-DD hh:mm:ss",
        FormatKind::Timestamp,
        "2023-01-01T22:59:00",
    );
    assert_eq!(t, Ok(at(2023, 1, 1, 22, 59, 0)));
}

#[test]
fn format_errors_say_what_is_wrong() {
    use FormatError::*;
    let err = |p: &str, k| Format::parse(p, k).unwrap_err();
    assert_eq!(err("", FormatKind::Date), Empty);
    assert_eq!(err(&"D".repeat(65), FormatKind::Date), TooLong);
    assert_eq!(
        err("DDD.MM.YYYY", FormatKind::Date),
        UnknownToken {
            token: "DDD".into(),
            position: 0
        }
    );
    assert_eq!(
        err("DD.MM.YYY", FormatKind::Date),
        UnknownToken {
            token: "YYY".into(),
            position: 6
        }
    );
    assert_eq!(
        err("DD.MM.Y", FormatKind::Date),
        UnknownToken {
            token: "Y".into(),
            position: 6
        }
    );
    assert_eq!(
        err("DD.MM.YYYY D", FormatKind::Date),
        Repeated { part: Part::Day }
    );
    assert_eq!(err("DD.MM", FormatKind::Date), Missing { part: Part::Year });
    assert_eq!(err("hh", FormatKind::Time), Missing { part: Part::Minute });
    // The product shows formats in lower case (dd/mm/yyyy); typed as a custom format
    // that is minutes and unknown letters, which the form reports.
    assert_eq!(
        err("dd/mm/yyyy", FormatKind::Date),
        NotAllowed { part: Part::Minute }
    );
    assert_eq!(
        err("HH:MM", FormatKind::Time),
        NotAllowed { part: Part::Month }
    );
    assert_eq!(
        err("DD.MM.YYYY", FormatKind::Time),
        NotAllowed { part: Part::Day }
    );
    assert_eq!(
        err("DD.MM.YYYY", FormatKind::Timestamp),
        Missing { part: Part::Hour }
    );
}

#[test]
fn counts_are_whole_or_decimal_with_a_point() {
    assert_eq!(read_count("15"), Ok(15.0));
    assert_eq!(read_count(" 3.4 "), Ok(3.4));
    assert_eq!(read_count("0"), Ok(0.0));
    assert_eq!(read_count("2147483647"), Ok(2147483647.0));
    assert_eq!(read_count("0000000000000001"), Ok(1.0));
    for bad in [
        "3,4", "1e3", "", "abc", ".5", "5.", "+1", "1 000", "NaN", "inf",
    ] {
        assert_eq!(read_count(bad), Err(ErrorCode::InvalidNumber), "{bad:?}");
    }
    assert_eq!(read_count("-1"), Err(ErrorCode::NegativeNumber));
    assert_eq!(read_count("-0.5"), Err(ErrorCode::NegativeNumber));
    assert_eq!(read_count("2147483648"), Err(ErrorCode::NumberTooBig));
    assert_eq!(read_count("2147483647.5"), Err(ErrorCode::NumberTooBig));
    assert_eq!(read_count(&"9".repeat(400)), Err(ErrorCode::NumberTooBig));
}

#[test]
fn seconds_are_whole_numbers() {
    assert_eq!(read_seconds("230"), Ok(230));
    assert_eq!(read_seconds("1324.6"), Err(ErrorCode::InvalidNumber));
    assert_eq!(read_seconds("-5"), Err(ErrorCode::NegativeNumber));
    assert_eq!(read_seconds("99999999999"), Err(ErrorCode::NumberTooBig));
}

#[test]
fn aht_as_hh_mm_ss() {
    assert_eq!(read_hh_mm_ss("00:05:00"), Ok(300));
    assert_eq!(read_hh_mm_ss("0:10:15"), Ok(615));
    assert_eq!(read_hh_mm_ss("100:00:00"), Ok(360_000));
    for bad in [
        "05:00",
        "00:5:00",
        "00:60:00",
        "00:00:60",
        "a:00:00",
        "1:00:00:00",
        "",
    ] {
        assert_eq!(read_hh_mm_ss(bad), Err(ErrorCode::InvalidNumber), "{bad:?}");
    }
    assert_eq!(read_hh_mm_ss("-00:05:00"), Err(ErrorCode::NegativeNumber));
    assert_eq!(read_hh_mm_ss("999999:00:00"), Err(ErrorCode::NumberTooBig));
}

#[test]
fn channels_are_the_six_allowed_values() {
    assert_eq!(Channel::read("calls"), Ok(Channel::Calls));
    assert_eq!(Channel::read(" Social_Media "), Ok(Channel::SocialMedia));
    assert_eq!(Channel::read("phone"), Err(ErrorCode::InvalidChannel));
    let names: Vec<_> = Channel::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(
        names,
        [
            "calls",
            "emails",
            "chats",
            "documents",
            "cases",
            "social_media"
        ]
    );
}

#[test]
fn names_are_trimmed_required_and_at_most_255_characters() {
    assert_eq!(
        read_text(" My Queue ", ErrorCode::MissingQueue),
        Ok("My Queue")
    );
    assert_eq!(
        read_text("  ", ErrorCode::MissingAgent),
        Err(ErrorCode::MissingAgent)
    );
    // No-break spaces (0xA0 in Windows-1252 exports) and vertical tabs are blanks too.
    let nbsp = read_text("\u{A0}Q 1\u{A0}", ErrorCode::MissingQueue);
    assert_eq!(nbsp, Ok("Q 1"));
    assert_eq!(read_count("\u{B}5\t"), Ok(5.0));
    assert!(read_text(&"é".repeat(255), ErrorCode::MissingQueue).is_ok());
    let long = "é".repeat(256);
    assert_eq!(
        read_text(&long, ErrorCode::MissingQueue),
        Err(ErrorCode::StringTooLong)
    );
}
