//! The CSV engine of the CSV integration, one parser for two places: the SPA (wasm:
//! preview, pre-check before upload) and the reference backend (native: the
//! authoritative analysis and import).
//!
//! The steps, in order:
//! 1. [`decode`]: bytes → text (UTF-8, Windows-1252, ISO-8859-9), refusing empty,
//!    binary and too large files.
//! 2. [`detect_separator`]: a first guess for *Column separator of CSV file*.
//! 3. [`Table::read`] / [`TableBuilder`]: the file split once into cells, with the
//!    *Preprocessing options* applied and physical line numbers kept (preview, SQL).
//! 4. [`Schema`] → [`Plan`]: the mapping checked and compiled against the header.
//! 5. [`Table::analyze`] (preview) or [`Analyzer`] (chunked): every row read into a
//!    [`Record`] or [`Problem`]s, and the summary ([`Analysis`]).
//!
//! No threads, clock, file system or time-zone database: the host supplies time-zone
//! offsets through [`ZoneOffsets`]. No input makes it panic.

#![warn(missing_docs)]

mod analyze;
mod apply;
mod decode;
mod errors;
pub mod format;
mod lines;
mod plan;
mod reader;
mod schema;
mod separator;
mod table;
mod values;
mod zone;

pub use analyze::{Analysis, Analyzer, MAX_AGENT_STATUS_SPAN_YEARS, MAX_CONTACT_SPAN_YEARS};
pub use apply::{AgentStatusRecord, ContactRecord, Record};
pub use decode::{decode, decode_as, DecodeError, Decoded, Encoding, MAX_FILE_BYTES};
pub use errors::{ErrorCode, Problem, MAX_PROBLEM_VALUE_CHARS};
pub use format::{Format, FormatError, FormatKind, Part, ReadError};
pub use plan::Plan;
pub use reader::{column_letters, Header, Preprocessing, ReadOptions, RecordReader, RecordSink};
pub use schema::{
    AgentStatusMapping, AhtFormat, ChannelSource, ContactMapping, DateTimeColumns, Field, Layout,
    Mapping, MissingValues, Schema, SchemaError,
};
pub use separator::{detect_separator, Separator};
pub use table::{Fields, Table, TableBuilder};
pub use values::{
    read_count, read_hh_mm_ss, read_seconds, read_text, trim, Channel, MAX_NUMBER, MAX_TEXT_CHARS,
};
pub use zone::{
    civil_from_days, days_from_civil, days_in_month, FixedOffsets, LocalDateTime, UtcTime,
    ZoneOffsets,
};
