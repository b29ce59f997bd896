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

use crate::zone::{days_in_month, LocalDateTime};

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
    /// A run of token letters that is no token, e.g. `DDD`, `Y` or `YYY`;
    /// `position` is its character index.
    UnknownToken { token: String, position: usize },
    /// A part written twice.
    Repeated { part: Part },
    /// A part the kind needs is missing (e.g. no year in a date format).
    Missing { part: Part },
    /// A part the kind does not allow (e.g. minutes `mm` in a date format; months are
    /// upper-case `MM`).
    NotAllowed { part: Part },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Token {
    /// A number of `min..=max` digits.
    Number { part: Part, min: usize, max: usize },
    /// One non-digit character.
    Separator,
}

/// A parsed format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Format {
    tokens: Vec<Token>,
    kind: FormatKind,
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
            kind,
            two_digit_year,
        })
    }

    /// What the format describes.
    pub fn kind(&self) -> FormatKind {
        self.kind
    }

    /// Reads a value. Parts the kind has not are 1970-01-01 / 00:00:00. Where digits can
    /// be split more than one way (`DMYYYY`), the longest reading that is a valid
    /// date wins.
    pub fn read(&self, value: &str) -> Result<LocalDateTime, ReadError> {
        // day, month, year, hour, minute, second
        let (input, yy) = (value.as_bytes(), self.two_digit_year);
        // The greedy reading is the one backtracking would try first; most values
        // have no other, so the search runs only when it fails.
        let mut v = match_greedy(&self.tokens, input, yy)
            .or_else(|| match_tokens(&self.tokens, input, START, yy))
            .ok_or(ReadError::Mismatch)?;
        v[2] = full_year(v[2], self.two_digit_year);
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

fn slot(part: Part) -> usize {
    part as usize
}

/// Part values before reading: day, month, year, hour, minute, second.
const START: [u32; 6] = [1, 1, 1970, 0, 0, 0];

/// Width in bytes of the UTF-8 character starting with `first`.
fn char_width(first: u8) -> usize {
    match first {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Matches `tokens` taking as many digits as each number allows, without going back.
fn match_greedy(tokens: &[Token], input: &[u8], yy: bool) -> Option<[u32; 6]> {
    let mut v = START;
    let mut at = 0;
    for token in tokens {
        match *token {
            Token::Separator => {
                let first = *input.get(at)?;
                if first.is_ascii_digit() {
                    return None;
                }
                at += char_width(first);
            }
            Token::Number { part, min, max } => {
                let rest = input.get(at..)?;
                let n = rest
                    .iter()
                    .take(max)
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                if n < min {
                    return None;
                }
                v[slot(part)] = rest[..n]
                    .iter()
                    .fold(0, |acc, &b| acc * 10 + u32::from(b - b'0'));
                at += n;
            }
        }
    }
    (at == input.len() && valid(&v, yy)).then_some(v)
}

/// Matches `tokens` against all of `input`, trying longer numbers first; returns the
/// part values of the first reading that is a valid date and time.
fn match_tokens(tokens: &[Token], input: &[u8], mut v: [u32; 6], yy: bool) -> Option<[u32; 6]> {
    let Some((&token, rest)) = tokens.split_first() else {
        return (input.is_empty() && valid(&v, yy)).then_some(v);
    };
    match token {
        Token::Separator => {
            let first = *input.first()?;
            if first.is_ascii_digit() {
                return None;
            }
            // Skip one whole character: separators in values may be non-ASCII.
            match_tokens(rest, input.get(char_width(first)..)?, v, yy)
        }
        Token::Number { part, min, max } => {
            let digits = input
                .iter()
                .take(max)
                .take_while(|b| b.is_ascii_digit())
                .count();
            (min..=digits).rev().find_map(|n| {
                v[slot(part)] = input[..n]
                    .iter()
                    .fold(0, |acc, &b| acc * 10 + u32::from(b - b'0'));
                match_tokens(rest, &input[n..], v, yy)
            })
        }
    }
}

/// The year a `YY` or `YYYY` value stands for. No date before 1970 is accepted, so two
/// digits cover 1970–2069: 70–99 are 19xx, 00–69 are 20xx.
fn full_year(value: u32, two_digit: bool) -> u32 {
    match (two_digit, value) {
        (false, _) => value,
        (true, 70..) => 1900 + value,
        (true, _) => 2000 + value,
    }
}

fn valid(v: &[u32; 6], two_digit_year: bool) -> bool {
    let year = full_year(v[2], two_digit_year);
    (1..=12).contains(&v[1])
        && v[0] >= 1
        && v[0] <= u32::from(days_in_month(i64::from(year), v[1] as u8))
        && v[3] <= 23
        && v[4] <= 59
        && v[5] <= 59
}
