//! Bytes → text: the encodings the help center lists (UTF-8, ISO-8859-1/Latin-1,
//! ISO-8859-9, Windows-1252), without an encoding library.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::ErrorCode;

/// Largest file accepted, in bytes: the help center's and the importer's "7 MB", read
/// as 7 MiB (7 × 1024 × 1024) so that no file the product accepted is refused here.
pub const MAX_FILE_BYTES: usize = 7 * 1024 * 1024;

/// The text encoding of a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    /// UTF-8 (a byte-order mark, if any, is removed).
    Utf8,
    /// Windows-1252, the usual encoding of Western European exports. It is a superset of
    /// ISO-8859-1/Latin-1 for text (it differs only in 0x80–0x9F, which are C1 control
    /// codes there, and never seen in text).
    Windows1252,
    /// ISO-8859-9 (Latin-5, Turkish): Latin-1 with six Turkish letters. Cannot be told
    /// apart from Windows-1252 by looking at the bytes, so only used when asked for.
    Iso8859_9,
}

/// Why a file cannot be read as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// No bytes, or only a byte-order mark.
    Empty,
    /// Larger than [`MAX_FILE_BYTES`]; carries the size.
    TooLarge(usize),
    /// Not a text file.
    Binary,
    /// A UTF-16 file (byte-order mark FF FE or FE FF).
    Utf16,
}

impl DecodeError {
    /// The code reported to the admin.
    pub fn code(self) -> ErrorCode {
        match self {
            DecodeError::Empty => ErrorCode::EmptyFile,
            DecodeError::TooLarge(_) => ErrorCode::FileTooLarge,
            DecodeError::Binary => ErrorCode::BinaryFile,
            DecodeError::Utf16 => ErrorCode::UnsupportedEncoding,
        }
    }
}

/// A decoded file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text; borrowed from the input when it was UTF-8.
    pub text: Cow<'a, str>,
    /// The encoding that was used, to show to the admin.
    pub encoding: Encoding,
    /// Whether a UTF-8 byte-order mark was removed.
    pub had_bom: bool,
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes a file, detecting its encoding: UTF-8 if it is valid UTF-8, else Windows-1252.
///
/// Checked in this order: empty, too large, UTF-16, binary.
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, DecodeError> {
    decode_as(bytes, None)
}

/// Decodes a file; with `Some(encoding)` the admin's choice wins over detection (the
/// only way to get ISO-8859-9). The same checks as [`decode`] come first.
pub fn decode_as(bytes: &[u8], encoding: Option<Encoding>) -> Result<Decoded<'_>, DecodeError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(DecodeError::TooLarge(bytes.len()));
    }
    let had_bom = bytes.starts_with(BOM);
    let body = if had_bom { &bytes[BOM.len()..] } else { bytes };
    if body.is_empty() {
        return Err(DecodeError::Empty);
    }
    if body.starts_with(b"\xFF\xFE") || body.starts_with(b"\xFE\xFF") {
        return Err(DecodeError::Utf16);
    }
    if looks_binary(body) {
        return Err(DecodeError::Binary);
    }
    let encoding = match encoding {
        Some(chosen) => chosen,
        None if had_bom || std::str::from_utf8(body).is_ok() => Encoding::Utf8,
        None => Encoding::Windows1252,
    };
    let text = match encoding {
        Encoding::Utf8 => String::from_utf8_lossy(body),
        Encoding::Windows1252 => Cow::Owned(single_byte(body, windows_1252_high)),
        Encoding::Iso8859_9 => Cow::Owned(single_byte(body, iso_8859_9_high)),
    };
    Ok(Decoded {
        text,
        encoding,
        had_bom,
    })
}

/// How much of the start of a file the control-character test looks at.
const SNIFF_BYTES: usize = 64 * 1024;

/// A NUL byte anywhere, or more than 1 control character in 10 within the first 64 KiB.
/// Tab, CR, LF and form feed/Ctrl-Z (old exports end with them) are text.
fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.contains(&0) {
        return true;
    }
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let controls = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1A)) || b == 0x7F)
        .count();
    controls * 10 > head.len()
}

fn single_byte(bytes: &[u8], high: fn(u8) -> char) -> String {
    // ASCII stays one byte, every other byte becomes at most 3 bytes of UTF-8.
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut rest = bytes;
    while !rest.is_empty() {
        // Copy a run of ASCII at once: exports are mostly ASCII.
        let ascii = rest.iter().position(|&b| b >= 0x80).unwrap_or(rest.len());
        let (run, tail) = rest.split_at(ascii);
        out.push_str(std::str::from_utf8(run).unwrap_or_default());
        if let Some((&b, tail)) = tail.split_first() {
            out.push(high(b));
            rest = tail;
        } else {
            rest = tail;
        }
    }
    out
}

/// Windows-1252 bytes 0x80–0x9F; the five unassigned ones (0x81, 0x8D, 0x8F, 0x90, 0x9D)
/// map to the C1 code point of the same value, as browsers do. 0xA0–0xFF equal
/// Latin-1, so they are the code point of the same value and need no table.
const WINDOWS_1252_80_9F: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

fn windows_1252_high(b: u8) -> char {
    match b {
        0x80..=0x9F => WINDOWS_1252_80_9F[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

fn iso_8859_9_high(b: u8) -> char {
    match b {
        0xD0 => 'Ğ',
        0xDD => 'İ',
        0xDE => 'Ş',
        0xF0 => 'ğ',
        0xFD => 'ı',
        0xFE => 'ş',
        _ => char::from(b),
    }
}
