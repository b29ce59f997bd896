//! Matching a parsed format against a value.

use super::{Part, Token};
use crate::zone::days_in_month;

/// Index of a part in the value array.
fn slot(part: Part) -> usize {
    part as usize
}

/// Part values before reading: day, month, year, hour, minute, second.
pub(super) const START: [u32; 6] = [1, 1, 1970, 0, 0, 0];

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
pub(super) fn greedy(tokens: &[Token], input: &[u8], yy: bool) -> Option<[u32; 6]> {
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
pub(super) fn backtracking(
    tokens: &[Token],
    input: &[u8],
    mut v: [u32; 6],
    yy: bool,
) -> Option<[u32; 6]> {
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
            backtracking(rest, input.get(char_width(first)..)?, v, yy)
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
                backtracking(rest, &input[n..], v, yy)
            })
        }
    }
}

/// The year a `YY` or `YYYY` value stands for. No date before 1970 is accepted, so two
/// digits cover 1970–2069: 70–99 are 19xx, 00–69 are 20xx.
pub(super) fn full_year(value: u32, two_digit: bool) -> u32 {
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
