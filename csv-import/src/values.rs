//! The non-date values of a row: numbers, durations, names, channels. Every reader gets
//! the cell trimmed of surrounding blanks.

use serde::{Deserialize, Serialize};

use crate::ErrorCode;

/// Largest number accepted in a count or duration: the range of a 32-bit signed integer,
/// which every database column for these values holds. The product's own limit is not
/// documented.
pub const MAX_NUMBER: u32 = i32::MAX as u32;

/// [`MAX_NUMBER`] written out.
const MAX_DIGITS: &str = "2147483647";

/// Longest queue name, agent or activity identifier, in characters (the product's
/// `string_too_long` message says 255).
pub const MAX_TEXT_CHARS: usize = 255;

/// The channels of an injixo source queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// `calls`
    Calls,
    /// `emails`
    Emails,
    /// `chats`
    Chats,
    /// `documents`
    Documents,
    /// `cases`
    Cases,
    /// `social_media`
    SocialMedia,
}

impl Channel {
    /// All channels.
    pub const ALL: [Channel; 6] = [
        Channel::Calls,
        Channel::Emails,
        Channel::Chats,
        Channel::Documents,
        Channel::Cases,
        Channel::SocialMedia,
    ];

    /// The value as the product writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Calls => "calls",
            Channel::Emails => "emails",
            Channel::Chats => "chats",
            Channel::Documents => "documents",
            Channel::Cases => "cases",
            Channel::SocialMedia => "social_media",
        }
    }

    /// Reads a channel cell; upper and lower case are the same (`Calls` = `calls`).
    pub fn read(value: &str) -> Result<Channel, ErrorCode> {
        let value = trim(value);
        Channel::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(value))
            .ok_or(ErrorCode::InvalidChannel)
    }
}

/// `s` without surrounding blanks (Unicode white space, so also the no-break space of
/// Windows-1252 exports). Most cells have none: checking the two end bytes first keeps
/// the full search, slow in the size-optimised wasm, off the common path.
pub fn trim(s: &str) -> &str {
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(z)) if is_solid(*a) && is_solid(*z) => s,
        _ => s.trim(),
    }
}

/// A printable ASCII byte other than space: never part of a blank (ASCII blanks are
/// space and 0x09–0x0D; non-ASCII bytes may start one).
fn is_solid(b: u8) -> bool {
    (0x21..0x80).contains(&b)
}

/// A name or identifier: trimmed, not empty (`missing` otherwise), at most
/// [`MAX_TEXT_CHARS`] characters.
pub fn read_text(value: &str, missing: ErrorCode) -> Result<&str, ErrorCode> {
    let value = trim(value);
    if value.is_empty() {
        Err(missing)
    } else if value.len() > MAX_TEXT_CHARS && value.chars().nth(MAX_TEXT_CHARS).is_some() {
        Err(ErrorCode::StringTooLong)
    } else {
        Ok(value)
    }
}

/// A count (*Offered*, *Handled*): a whole number or a decimal with a point
/// (`12`, `3.5`), not negative, at most [`MAX_NUMBER`].
pub fn read_count(value: &str) -> Result<f64, ErrorCode> {
    let value = unsigned(trim(value))?;
    let (int, frac) = match value.bytes().position(|b| b == b'.') {
        Some(point) => (&value[..point], Some(&value[point + 1..])),
        None => (value, None),
    };
    if !all_digits(int) || frac.is_some_and(|f| !all_digits(f)) {
        return Err(ErrorCode::InvalidNumber);
    }
    check_size(int)?;
    let number: f64 = match frac {
        // The usual whole count: at most 10 digits after `check_size`, exact in an f64.
        None => int.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0')) as f64,
        // Digits and one point, which `parse` reads exactly (correctly rounded, the
        // same in the browser and natively).
        Some(_) => value.parse().map_err(|_| ErrorCode::InvalidNumber)?,
    };
    if number > f64::from(MAX_NUMBER) {
        return Err(ErrorCode::NumberTooBig);
    }
    Ok(number)
}

/// Whole seconds (*Duration*, *AHT* in seconds): digits only, not negative, at most
/// [`MAX_NUMBER`].
pub fn read_seconds(value: &str) -> Result<u32, ErrorCode> {
    let value = unsigned(trim(value))?;
    if !all_digits(value) {
        return Err(ErrorCode::InvalidNumber);
    }
    check_size(value)?;
    value.parse().map_err(|_| ErrorCode::NumberTooBig)
}

/// A duration written `hh:mm:ss` (*AHT* format hh:mm:ss, e.g. `00:05:00`): hours of one
/// digit or more, minutes and seconds of two digits below 60; in seconds.
pub fn read_hh_mm_ss(value: &str) -> Result<u32, ErrorCode> {
    let value = unsigned(trim(value))?;
    let mut parts = value.split(':');
    let (Some(h), Some(m), Some(s), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(ErrorCode::InvalidNumber);
    };
    let two_digits_below_60 = |p: &str| p.len() == 2 && all_digits(p) && p < "60";
    if !all_digits(h) || !two_digits_below_60(m) || !two_digits_below_60(s) {
        return Err(ErrorCode::InvalidNumber);
    }
    check_size(h)?;
    let (h, m, s): (u64, u64, u64) = (
        h.parse().unwrap_or(u64::MAX),
        m.parse().unwrap_or(0),
        s.parse().unwrap_or(0),
    );
    let total = h.saturating_mul(3600).saturating_add(m * 60 + s);
    u32::try_from(total)
        .ok()
        .filter(|&t| t <= MAX_NUMBER)
        .ok_or(ErrorCode::NumberTooBig)
}

/// Strips a leading minus, telling a negative number from a malformed one.
fn unsigned(value: &str) -> Result<&str, ErrorCode> {
    match value.as_bytes() {
        [b'-', d, ..] if d.is_ascii_digit() => Err(ErrorCode::NegativeNumber),
        [b'-', ..] => Err(ErrorCode::InvalidNumber),
        _ => Ok(value),
    }
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// `number_too_big` for an integer part beyond [`MAX_NUMBER`], before any parsing that
/// could overflow.
fn check_size(int: &str) -> Result<(), ErrorCode> {
    let significant = &int[int.bytes().take_while(|&b| b == b'0').count()..];
    // Same length: comparing the digits as text compares the numbers.
    let fits = significant.len() < MAX_DIGITS.len()
        || (significant.len() == MAX_DIGITS.len() && significant <= MAX_DIGITS);
    if fits {
        Ok(())
    } else {
        Err(ErrorCode::NumberTooBig)
    }
}
