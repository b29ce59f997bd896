//! The problems the engine reports to the admin, and their stable codes.

use serde::{Deserialize, Serialize};

/// What is wrong, as a stable code.
///
/// The string form (`as_str`, and the serde form) is the key of the product's message
/// under `csv_importer.errors.*`, so the SPA maps a code straight to its Fluent message.
/// The two codes marked *crate-own* have no product key (the product did not tell those
/// cases apart); the SPA needs its own message for them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The file has no data (no bytes, only a BOM, or only blank or skipped lines).
    EmptyFile,
    /// The file is larger than [`crate::MAX_FILE_BYTES`].
    FileTooLarge,
    /// *Crate-own*: the file is not text (NUL bytes or many control characters).
    BinaryFile,
    /// *Crate-own*: the file is UTF-16 (a UTF-16 byte-order mark); it must be saved as UTF-8.
    UnsupportedEncoding,
    /// A mapped column is not in the header row.
    InvalidHeaders,
    /// The header row is one single field that contains another of the separators.
    InvalidSeparator,
    /// The row has fewer fields than the header, or more non-empty ones.
    InvalidRowLength,
    /// The queue name is empty.
    MissingQueue,
    /// The agent identifier is empty.
    MissingAgent,
    /// The activity identifier is empty.
    MissingActivity,
    /// A name or identifier is longer than [`crate::MAX_TEXT_CHARS`] characters.
    StringTooLong,
    /// A value of a date column does not match the date format, or is no calendar date.
    InvalidDateFormat,
    /// A value of a time column does not match the time format, or is no time of day.
    InvalidTimeFormat,
    /// A value of a timestamp column (*Date and time in one column*) does not match.
    InvalidDateOrTimeFormat,
    /// The date is before 1970-01-01.
    InvalidYear,
    /// The local time does not exist in the time zone (skipped by a daylight-saving change).
    NonExistingTimestamp,
    /// Interval-based data: the time is not the start of an interval of the set length.
    InvalidTimestamp,
    /// Agent status: the end is before the start.
    EndTimeBeforeStartTime,
    /// A number is malformed (not digits with an optional decimal point).
    InvalidNumber,
    /// A number is negative.
    NegativeNumber,
    /// A number is larger than [`crate::MAX_NUMBER`].
    NumberTooBig,
    /// Contact-based data: *Handled* is not between 0 and 1.
    InvalidHandledCdr,
    /// Contact-based data: the contact is handled but has no duration.
    InvalidDurationCdr,
    /// The channel is not one of the allowed values.
    InvalidChannel,
    /// Contact data spans more than 10 years.
    InvalidTimeRange,
    /// Agent status data spans more than one year.
    ExcessiveData,
}

impl ErrorCode {
    /// The product's message key (`csv_importer.errors.<key>`), or the crate-own key.
    pub fn as_str(self) -> &'static str {
        use ErrorCode::*;
        match self {
            EmptyFile => "empty_file",
            FileTooLarge => "file_too_large",
            BinaryFile => "binary_file",
            UnsupportedEncoding => "unsupported_encoding",
            InvalidHeaders => "invalid_headers",
            InvalidSeparator => "invalid_separator",
            InvalidRowLength => "invalid_row_length",
            MissingQueue => "missing_queue",
            MissingAgent => "missing_agent",
            MissingActivity => "missing_activity",
            StringTooLong => "string_too_long",
            InvalidDateFormat => "invalid_date_format",
            InvalidTimeFormat => "invalid_time_format",
            InvalidDateOrTimeFormat => "invalid_date_or_time_format",
            InvalidYear => "invalid_year",
            NonExistingTimestamp => "non_existing_timestamp",
            InvalidTimestamp => "invalid_timestamp",
            EndTimeBeforeStartTime => "end_time_before_start_time",
            InvalidNumber => "invalid_number",
            NegativeNumber => "negative_number",
            NumberTooBig => "number_too_big",
            InvalidHandledCdr => "invalid_handled_cdr",
            InvalidDurationCdr => "invalid_duration_cdr",
            InvalidChannel => "invalid_channel",
            InvalidTimeRange => "invalid_time_range",
            ExcessiveData => "excessive_data",
        }
    }
}

impl core::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Longest value kept in a [`Problem`], in characters: enough to recognise it, and a
/// 7 MB single-field file cannot make the error list 7 MB.
pub const MAX_PROBLEM_VALUE_CHARS: usize = 100;

/// One problem, where the admin finds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// What is wrong.
    pub code: ErrorCode,
    /// Physical line of the original file (1-based, counting every line: header, skipped
    /// and blank ones); a record with line breaks inside quotes is at the line where it
    /// starts. `None` for problems of the whole file.
    pub line: Option<u64>,
    /// Column index (0-based), if the problem is in one cell.
    pub column: Option<usize>,
    /// The header name of that column (a generated `A`, `B`, … with *Add header row*).
    pub column_name: Option<String>,
    /// The offending value, cut to [`MAX_PROBLEM_VALUE_CHARS`] characters.
    pub value: Option<String>,
}

impl Problem {
    /// A problem of the whole file, or of a whole line.
    pub fn new(code: ErrorCode, line: Option<u64>) -> Self {
        Problem {
            code,
            line,
            column: None,
            column_name: None,
            value: None,
        }
    }

    /// A problem in one cell.
    pub fn in_cell(code: ErrorCode, line: u64, column: usize, name: &str, value: &str) -> Self {
        Problem {
            code,
            line: Some(line),
            column: Some(column),
            column_name: Some(name.to_owned()),
            value: Some(value.chars().take(MAX_PROBLEM_VALUE_CHARS).collect()),
        }
    }
}
