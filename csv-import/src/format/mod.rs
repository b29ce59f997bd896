//! The custom date, time and timestamp formats of the help center, parsed once into
//! tokens and then matched against values.
//!
//! | token | reads | range |
//! |---|---|---|
//! | `D` / `DD` | day: 1–2 digits / exactly 2 | 1 – last day of the month |
//! | `M` / `MM` | month: 1–2 digits / exactly 2 | 1–12 |
//! | `YY` / `YYYY` | year: exactly 2 digits (00–69 → 20xx, 70–99 → 19xx) / exactly 4 | from 1970 |
//! | `h` / `hh` | hour, 24-hour clock: 1–2 digits / exactly 2 | 0–23 |
//! | `m` / `mm` | minute: 1–2 digits / exactly 2 | 0–59 |
//! | `s` / `ss` | second (optional in times and timestamps; 0 when absent) | 0–59 |
//! | any other character | a separator: one character of the value that is not a digit | |

use serde::{Deserialize, Serialize};

use crate::zone::LocalDateTime;

mod read;

/// Date formats offered in the drop-down; the first two are the help center's examples
/// (`dd/mm/yyyy`, `yyyy-mm-dd`), the others are common in exports.
pub const PREDEFINED_DATE_FORMATS: [&str; 6] = [
    "DD/MM/YYYY",
    "YYYY-MM-DD",
    "MM/DD/YYYY",
    "DD.MM.YYYY",
    "DD-MM-YYYY",
    "YYYY/MM/DD",
];

/// Time formats offered in the drop-down (the help center's examples).
pub const PREDEFINED_TIME_FORMATS: [&str; 2] = ["hh:mm", "hh:mm:ss"];

/// Longest format accepted, in characters.
pub const MAX_FORMAT_CHARS: usize = 64;

/// What a format describes, which decides the tokens it needs and allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FormatKind {
    /// A date column: day, month and year.
    Date,
    /// A time column: hour and minute, seconds optional.
    Time,
    /// A timestamp column (*Date and time in one column*): all of them, seconds optional.
    Timestamp,
}

/// One part of a date or time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// `D`, `DD`
    Day,
    /// `M`, `MM`
    Month,
    /// `YY`, `YYYY`
    Year,
    /// `h`, `hh`
    Hour,
    /// `m`, `mm`
    Minute,
    /// `s`, `ss`
    Second,
}

/// Why a format string is not usable.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FormatError {
    /// The format is empty.
    Empty,
    /// Longer than [`MAX_FORMAT_CHARS`].
    TooLong,
    /// A run of token letters that is no token, e.g. `DDD`, `Y` or `YYY`.
    UnknownToken {
        /// The run as written.
        token: String,
        /// Its character index in the format.
        position: usize,
    },
    /// A part written twice.
    Repeated {
        /// The part.
        part: Part,
    },
    /// A part the kind needs is missing (e.g. no year in a date format).
    Missing {
        /// The part.
        part: Part,
    },
    /// A part the kind does not allow (e.g. minutes `mm` in a date format; months are
    /// upper-case `MM`).
    NotAllowed {
        /// The part.
        part: Part,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Token {
    /// A number of `min..=max` digits.
    Number { part: Part, min: usize, max: usize },
    /// One non-digit character.
    Separator,
}

/// A parsed format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Format {
    tokens: Vec<Token>,
    two_digit_year: bool,
}

/// Why a value does not fit its format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// It does not match, or is no valid date or time.
    Mismatch,
    /// A valid date before 1970-01-01.
    BeforeEpoch,
}

impl Format {
    /// Parses a format string for one kind of column.
    pub fn parse(pattern: &str, kind: FormatKind) -> Result<Format, FormatError> {
        if pattern.is_empty() {
            return Err(FormatError::Empty);
        }
        let chars: Vec<char> = pattern.chars().collect();
        if chars.len() > MAX_FORMAT_CHARS {
            return Err(FormatError::TooLong);
        }
        let mut tokens = Vec::new();
        let mut seen: Vec<Part> = Vec::new();
        let mut two_digit_year = false;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let run = chars[i..].iter().take_while(|&&d| d == c).count();
            let Some(part) = part_of(c) else {
                tokens.extend(std::iter::repeat_n(Token::Separator, run));
                i += run;
                continue;
            };
            let (min, max) = match (part, run) {
                (Part::Year, 2) => (2, 2),
                (Part::Year, 4) => (4, 4),
                (Part::Year, _) => return Err(unknown(&chars[i..i + run], i)),
                (_, 1) => (1, 2),
                (_, 2) => (2, 2),
                _ => return Err(unknown(&chars[i..i + run], i)),
            };
            if seen.contains(&part) {
                return Err(FormatError::Repeated { part });
            }
            if !allowed(kind).contains(&part) {
                return Err(FormatError::NotAllowed { part });
            }
            seen.push(part);
            two_digit_year |= part == Part::Year && run == 2;
            tokens.push(Token::Number { part, min, max });
            i += run;
        }
        if let Some(&part) = required(kind).iter().find(|p| !seen.contains(p)) {
            return Err(FormatError::Missing { part });
        }
        Ok(Format {
            tokens,
            two_digit_year,
        })
    }

    /// Reads a value. Parts the kind has not are 1970-01-01 / 00:00:00. Where digits can
    /// be split more than one way (`DMYYYY`), the longest reading that is a valid
    /// date wins.
    pub fn read(&self, value: &str) -> Result<LocalDateTime, ReadError> {
        // day, month, year, hour, minute, second
        let (input, yy) = (value.as_bytes(), self.two_digit_year);
        // The greedy reading is the one backtracking would try first; most values
        // have no other, so the search runs only when it fails.
        let mut v = read::greedy(&self.tokens, input, yy)
            .or_else(|| read::backtracking(&self.tokens, input, read::START, yy))
            .ok_or(ReadError::Mismatch)?;
        v[2] = read::full_year(v[2], self.two_digit_year);
        if v[2] < 1970 {
            return Err(ReadError::BeforeEpoch);
        }
        Ok(LocalDateTime {
            year: v[2] as i32,
            month: v[1] as u8,
            day: v[0] as u8,
            hour: v[3] as u8,
            minute: v[4] as u8,
            second: v[5] as u8,
        })
    }
}

fn unknown(run: &[char], position: usize) -> FormatError {
    FormatError::UnknownToken {
        token: run.iter().collect(),
        position,
    }
}

fn part_of(c: char) -> Option<Part> {
    Some(match c {
        'D' => Part::Day,
        'M' => Part::Month,
        'Y' => Part::Year,
        'h' => Part::Hour,
        'm' => Part::Minute,
        's' => Part::Second,
        _ => return None,
    })
}

fn allowed(kind: FormatKind) -> &'static [Part] {
    use Part::*;
    match kind {
        FormatKind::Date => &[Day, Month, Year],
        FormatKind::Time => &[Hour, Minute, Second],
        FormatKind::Timestamp => &[Day, Month, Year, Hour, Minute, Second],
    }
}

fn required(kind: FormatKind) -> &'static [Part] {
    use Part::*;
    match kind {
        FormatKind::Date => &[Day, Month, Year],
        FormatKind::Time => &[Hour, Minute],
        FormatKind::Timestamp => &[Day, Month, Year, Hour, Minute],
    }
}
