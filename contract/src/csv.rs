//! The CSV integration: its schema (how a file is read and mapped), the SQL mapping's
//! preview, and the historical data import (upload → analysis → apply).
//!
//! The schema itself is the CSV engine's `injixo_csv::Schema`: the SPA previews with
//! it and the backend imports with it, so both read a file the same way.

use crate::FieldValue;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use injixo_csv::{
    Analysis as CsvAnalysis, Encoding as CsvEncoding, ErrorCode as CsvErrorCode,
    Problem as CsvProblem, ReadOptions as CsvReadOptions, Schema as CsvMappingSchema,
};

/// The largest sample kept with a schema, in bytes of text: enough rows to preview,
/// small enough to send with the integration.
pub const CSV_SAMPLE_MAX_BYTES: usize = 1024 * 1024;
/// The largest file the historical import accepts (the product's 7 MB).
pub const CSV_IMPORT_MAX_BYTES: usize = injixo_csv::MAX_FILE_BYTES;
/// Problems returned with an analysis (all are counted).
pub const CSV_MAX_PROBLEMS: usize = 100;
/// Rows of an SQL mapping's preview.
pub const CSV_SQL_PREVIEW_ROWS: usize = 20;
/// How long the SQL mapping's query may run, in the backend's in-memory SQLite.
pub const CSV_SQL_TIMEOUT_MS: u64 = 2_000;

/// The sample file a schema was made with (its text, decoded), so that editing the
/// schema later shows the same preview.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CsvSample {
    pub file_name: String,
    pub encoding: CsvEncoding,
    /// At most `CSV_SAMPLE_MAX_BYTES`, cut at a line end.
    pub text: String,
}

/// A CSV integration's schema: `schema.read` and `schema.time_zone` always; the
/// column mapping in `schema.mapping`, or an SQL query over the table
/// `uploaded_file` instead (contact data only; `schema.mapping` then only says the
/// data type and layout).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CsvSchema {
    pub schema: CsvMappingSchema,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sql: Option<String>,
    pub sample: CsvSample,
}

/// `POST /api/v1/csv/sql-preview`: run an SQL mapping over a sample, read with
/// `read`, as the table `uploaded_file`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CsvSqlPreviewRequest {
    pub read: CsvReadOptions,
    pub sample: String,
    pub sql: String,
    /// The form's values (type of import data), which decide the required columns.
    #[serde(default)]
    pub settings: BTreeMap<String, FieldValue>,
}

/// Where an import's file came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CsvImportSource {
    /// Uploaded on the *Historical data import* page.
    Upload,
    /// Sent by the linked injixo Cloud Link from its import folder.
    CloudLink,
}

/// Where an import stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CsvImportState {
    /// Analysed without a problem: waiting for *Apply data* or *Cancel*.
    Analyzed,
    /// Analysed with problems: nothing can be applied.
    Rejected,
    /// *Apply data*: being written.
    Writing,
    /// Written.
    Applied,
    /// *Cancel*, or a newer upload replaced it.
    Cancelled,
}

/// One import (`POST /api/v1/integrations/{id}/csv-imports`, `GET /api/v1/csv-imports/{id}`,
/// and the list of an integration's last imports).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CsvImport {
    pub id: String,
    pub integration_id: String,
    pub file_name: String,
    pub source: CsvImportSource,
    pub state: CsvImportState,
    /// RFC 3339, UTC.
    pub created_at: String,
    /// The summary and the first `CSV_MAX_PROBLEMS` problems (line numbers of the file).
    pub analysis: CsvAnalysis,
}

/// `GET /api/v1/integrations/{id}/csv-imports`: the last imports, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CsvImportList {
    pub items: Vec<CsvImport>,
}

/// The catalogue model of the CSV integration (Universal Interfaces › CSV), whose
/// integrations have a [`CsvSchema`].
pub const CSV_MODEL_ID: &str = "csv";

/// The columns an SQL mapping's result must have (the CSV article's "Columns required
/// in the SQL query"; the names stay English in every language), for contact data of
/// `layout`: `duration` is required for contact-based data, `aht` optional for
/// interval-based data. Without a layout (not chosen yet), the columns both layouts
/// need, with `duration` and `aht` optional. The backend checks a result against
/// them with `rules::column_problems`; the SPA may list them next to the query.
///
/// `offered` and `handled` are numbers (the article says integers, but the importer
/// reads decimals with a point in both mappings), `duration` whole seconds, and
/// `timestamp` text of the form `YYYY-MM-DD hh:mm:ss` in the schema's time zone.
/// The `help_id`s name messages of the SPA's CSV wizard (`csv-sql-column-…`).
pub fn csv_sql_columns(layout: Option<&injixo_csv::Layout>) -> Vec<crate::QueryColumn> {
    use crate::ColumnKind::{Integer, Number, Text, Timestamp};
    use injixo_csv::Layout::{ContactBased, IntervalBased};
    let column = |name: &str, kind, required, help_id: &str| crate::QueryColumn {
        name: name.into(),
        kind,
        required,
        help_id: help_id.into(),
    };
    let mut columns = vec![
        column("queue", Text, true, "csv-sql-column-queue"),
        column("timestamp", Timestamp, true, "csv-sql-column-timestamp"),
        column("offered", Number, true, "csv-sql-column-offered"),
        column("handled", Number, true, "csv-sql-column-handled"),
    ];
    let contact_based = matches!(layout, Some(ContactBased));
    if !matches!(layout, Some(IntervalBased { .. })) {
        columns.push(column(
            "duration",
            Integer,
            contact_based,
            "csv-sql-column-duration",
        ));
    }
    if !contact_based {
        columns.push(column("aht", Number, false, "csv-sql-column-aht"));
    }
    columns.push(column("channel", Text, true, "csv-sql-column-channel"));
    columns
}
