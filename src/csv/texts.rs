//! What the CSV engine's codes and the wizard's fields read as: one message per
//! `csv_importer.errors.*` code, the mapping's labels, and the schema's problems.

use super::model::Col;
use crate::i18n::{msg, I18n, Msg};
use injixo_csv::{Channel, ErrorCode, FormatError, Part, Problem, SchemaError};

/// The product's text of an engine code (`csv_importer.errors.<code>`).
pub fn error_code(code: ErrorCode) -> Msg {
    use ErrorCode::*;
    match code {
        EmptyFile => msg::CSV_ERROR_EMPTY_FILE,
        FileTooLarge => msg::CSV_ERROR_FILE_TOO_LARGE,
        BinaryFile => msg::CSV_ERROR_BINARY_FILE,
        UnsupportedEncoding => msg::CSV_ERROR_UNSUPPORTED_ENCODING,
        InvalidHeaders => msg::CSV_ERROR_INVALID_HEADERS,
        InvalidSeparator => msg::CSV_ERROR_INVALID_SEPARATOR,
        InvalidRowLength => msg::CSV_ERROR_INVALID_ROW_LENGTH,
        MissingQueue => msg::CSV_ERROR_MISSING_QUEUE,
        MissingAgent => msg::CSV_ERROR_MISSING_AGENT,
        MissingActivity => msg::CSV_ERROR_MISSING_ACTIVITY,
        StringTooLong => msg::CSV_ERROR_STRING_TOO_LONG,
        InvalidDateFormat => msg::CSV_ERROR_INVALID_DATE_FORMAT,
        InvalidTimeFormat => msg::CSV_ERROR_INVALID_TIME_FORMAT,
        InvalidDateOrTimeFormat => msg::CSV_ERROR_INVALID_DATE_OR_TIME_FORMAT,
        InvalidYear => msg::CSV_ERROR_INVALID_YEAR,
        NonExistingTimestamp => msg::CSV_ERROR_NON_EXISTING_TIMESTAMP,
        InvalidTimestamp => msg::CSV_ERROR_INVALID_TIMESTAMP,
        EndTimeBeforeStartTime => msg::CSV_ERROR_END_TIME_BEFORE_START_TIME,
        InvalidNumber => msg::CSV_ERROR_INVALID_NUMBER,
        NegativeNumber => msg::CSV_ERROR_NEGATIVE_NUMBER,
        NumberTooBig => msg::CSV_ERROR_NUMBER_TOO_BIG,
        InvalidHandledCdr => msg::CSV_ERROR_INVALID_HANDLED_CDR,
        InvalidDurationCdr => msg::CSV_ERROR_INVALID_DURATION_CDR,
        InvalidChannel => msg::CSV_ERROR_INVALID_CHANNEL,
        InvalidTimeRange => msg::CSV_ERROR_INVALID_TIME_RANGE,
        ExcessiveData => msg::CSV_ERROR_EXCESSIVE_DATA,
    }
}

/// "Error on line 3: Wrong date format. (Datum: 31.02.2024)", or the text alone for
/// a problem of the whole file.
pub fn problem(i18n: I18n, p: &Problem) -> String {
    let text = i18n.t(error_code(p.code));
    let mut out = match p.line {
        Some(line) => format!(
            "{} {text}",
            i18n.fmt(&msg::csv_import_error_on_line(line as i64))
        ),
        None => text,
    };
    if let (Some(name), Some(value)) = (&p.column_name, &p.value) {
        out.push_str(&format!(" ({name}: {value})"));
    }
    out
}

/// The label of a mapping field.
pub fn field(c: Col) -> Msg {
    match c {
        Col::Queue => msg::CSV_FIELD_QUEUE,
        Col::Date => msg::CSV_FIELD_DATE,
        Col::Time => msg::CSV_FIELD_TIME,
        Col::Timestamp => msg::CSV_FIELD_TIMESTAMP,
        Col::Offered => msg::CSV_FIELD_OFFERED,
        Col::Handled => msg::CSV_FIELD_HANDLED,
        Col::Aht => msg::CSV_FIELD_AHT,
        Col::Duration => msg::CSV_FIELD_DURATION,
        Col::Channel => msg::CSV_FIELD_CHANNEL,
        Col::Agent => msg::CSV_FIELD_AGENT,
        Col::Activity => msg::CSV_FIELD_ACTIVITY,
        Col::StartDate => msg::CSV_FIELD_START_DATE,
        Col::StartTime => msg::CSV_FIELD_START_TIME,
        Col::StartTimestamp => msg::CSV_FIELD_START_TIMESTAMP,
        Col::EndDate => msg::CSV_FIELD_END_DATE,
        Col::EndTime => msg::CSV_FIELD_END_TIME,
        Col::EndTimestamp => msg::CSV_FIELD_END_TIMESTAMP,
    }
}

/// The help under a mapping field, where the help center says something about it.
pub fn field_help(c: Col, contact_based: bool) -> Option<Msg> {
    Some(match c {
        Col::Offered => msg::CSV_FIELD_OFFERED_HELP,
        Col::Handled if contact_based => msg::CSV_FIELD_HANDLED_HELP,
        Col::Handled => msg::CSV_FIELD_OFFERED_HELP,
        Col::Aht => msg::CSV_FIELD_AHT_HELP,
        Col::Duration => msg::CSV_FIELD_DURATION_HELP,
        Col::Channel => msg::CSV_FIELD_CHANNEL_HELP,
        Col::EndDate | Col::EndTime | Col::EndTimestamp => msg::CSV_FIELD_END_HELP,
        _ => return None,
    })
}

pub fn channel(c: Channel) -> Msg {
    match c {
        Channel::Calls => msg::CSV_CHANNEL_CALLS,
        Channel::Emails => msg::CSV_CHANNEL_EMAILS,
        Channel::Chats => msg::CSV_CHANNEL_CHATS,
        Channel::Documents => msg::CSV_CHANNEL_DOCUMENTS,
        Channel::Cases => msg::CSV_CHANNEL_CASES,
        Channel::SocialMedia => msg::CSV_CHANNEL_SOCIAL_MEDIA,
    }
}

/// Where a schema problem is shown: a mapping field, or a setup field by DOM key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Spot {
    Col(Col),
    TimeZone,
    Interval,
}

pub fn spot(e: &SchemaError) -> Spot {
    match e {
        SchemaError::MissingColumn { field }
        | SchemaError::UnknownColumn { field, .. }
        | SchemaError::Format { field, .. }
        | SchemaError::NotForLayout { field } => Spot::Col(Col::of_field(*field)),
        SchemaError::IntervalLength { .. } => Spot::Interval,
        SchemaError::UnknownTimeZone { .. } => Spot::TimeZone,
    }
}

fn tokens(part: Part) -> &'static str {
    match part {
        Part::Day => "D/DD",
        Part::Month => "M/MM",
        Part::Year => "YY/YYYY",
        Part::Hour => "h/hh",
        Part::Minute => "m/mm",
        Part::Second => "s/ss",
    }
}

/// What is wrong, in the admin's language.
pub fn schema_error(i18n: I18n, e: &SchemaError) -> String {
    match e {
        SchemaError::MissingColumn { .. } => i18n.t(msg::CSV_SCHEMA_ERROR_MISSING_COLUMN),
        SchemaError::UnknownColumn { column, .. } => {
            i18n.fmt(&msg::csv_schema_error_unknown_column(column.clone()))
        }
        SchemaError::NotForLayout { .. } => i18n.t(msg::CSV_SCHEMA_ERROR_NOT_FOR_LAYOUT),
        SchemaError::IntervalLength { .. } => i18n.t(msg::CSV_SCHEMA_ERROR_INTERVAL),
        SchemaError::UnknownTimeZone { .. } => i18n.t(msg::CSV_SCHEMA_ERROR_TIME_ZONE),
        SchemaError::Format { error, .. } => match error {
            FormatError::Empty => i18n.t(msg::CSV_FORMAT_ERROR_EMPTY),
            FormatError::TooLong => i18n.fmt(&msg::csv_format_error_too_long(
                injixo_csv::format::MAX_FORMAT_CHARS as i64,
            )),
            FormatError::UnknownToken { token, .. } => {
                i18n.fmt(&msg::csv_format_error_unknown_token(token.clone()))
            }
            FormatError::Repeated { part } => {
                i18n.fmt(&msg::csv_format_error_repeated(tokens(*part)))
            }
            FormatError::Missing { part } => {
                i18n.fmt(&msg::csv_format_error_missing(tokens(*part)))
            }
            FormatError::NotAllowed { part } => {
                i18n.fmt(&msg::csv_format_error_not_allowed(tokens(*part)))
            }
        },
    }
}
