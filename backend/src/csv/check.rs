//! A CSV schema checked before it is saved with its integration, authoritatively:
//! the engine compiles the mapping against the sample's header (`Plan::new`), or the
//! SQL mapping runs over the sample and its result must have the required columns.
//!
//! Field errors name the place in the request body as a dotted path below
//! `csv_schema`: `csv_schema.schema.mapping.queue` (`required`),
//! `csv_schema.schema.mapping.date_time.date_format` (`invalid_option`),
//! `csv_schema.sql.duration` (`required`: the result has no such column).

use super::sql::{self, Sandbox, SqlFailure};
use super::ChronoZones;
use injixo_contract::{
    csv_sql_columns, rules, ColumnProblem, CsvSchema, FieldError, FieldErrorCode,
    CSV_SAMPLE_MAX_BYTES, CSV_SQL_PREVIEW_ROWS, CSV_SQL_TIMEOUT_MS,
};
use injixo_csv::{Field, Layout, Mapping, Plan, SchemaError, Table};
use std::time::Duration;

/// The longest sample file name, in characters.
pub const FILE_NAME_MAX_CHARS: usize = 255;

/// Why a schema is refused.
#[derive(Debug, PartialEq)]
pub enum Refusal {
    /// 422 `validation_failed`.
    Fields(Vec<FieldError>),
    /// The SQL mapping failed on the sample.
    Sql(SqlFailure),
}

fn err(field: impl Into<String>, code: FieldErrorCode) -> FieldError {
    FieldError {
        field: field.into(),
        code,
    }
}

/// Checks a schema to be saved; `saved` is the integration's current schema on an
/// edit, whose *Type of import data* and *Layout of data* cannot change.
pub fn check(csv: &CsvSchema, saved: Option<&CsvSchema>) -> Result<(), Refusal> {
    let mut errors = Vec::new();
    let name = csv.sample.file_name.trim();
    if name.is_empty() {
        errors.push(err("csv_schema.sample.file_name", FieldErrorCode::Required));
    } else if name.chars().count() > FILE_NAME_MAX_CHARS {
        errors.push(err("csv_schema.sample.file_name", FieldErrorCode::TooLong));
    }
    if csv.sample.text.len() > CSV_SAMPLE_MAX_BYTES {
        errors.push(err("csv_schema.sample.text", FieldErrorCode::TooLong));
        return Err(Refusal::Fields(errors));
    }
    if let Some(saved) = saved {
        errors.extend(immutable(&saved.schema.mapping, &csv.schema.mapping));
    }
    let zones = ChronoZones::new();
    let table = Table::read(&csv.sample.text, &csv.schema.read);
    if table.header().is_none() {
        errors.push(err("csv_schema.sample.text", FieldErrorCode::Required));
    }
    match &csv.sql {
        None => {
            if let Err(schema_errors) = Plan::new(&csv.schema, table.headers(), &zones) {
                errors.extend(schema_errors.iter().map(field_error));
            }
            finish(errors)
        }
        Some(query) => {
            let Mapping::ContactData(mapping) = &csv.schema.mapping else {
                // The article: SQL mapping is for contact data only.
                errors.push(err("csv_schema.sql", FieldErrorCode::InvalidOption));
                return finish(errors);
            };
            if query.trim().is_empty() {
                errors.push(err("csv_schema.sql", FieldErrorCode::Required));
            } else if query.chars().count() > sql::MAX_SQL_CHARS {
                errors.push(err("csv_schema.sql", FieldErrorCode::TooLong));
            }
            // The columns are the query's business; what is left of the schema is
            // its time zone and interval length.
            if let Err(schema_errors) = csv.schema.validate(&zones) {
                errors.extend(
                    schema_errors
                        .iter()
                        .filter(|e| {
                            matches!(
                                e,
                                SchemaError::UnknownTimeZone { .. }
                                    | SchemaError::IntervalLength { .. }
                            )
                        })
                        .map(field_error),
                );
            }
            if !errors.is_empty() {
                return finish(errors);
            }
            let preview = preview(&table, query, Some(&mapping.layout)).map_err(Refusal::Sql)?;
            errors.extend(preview.problems.iter().map(|p| {
                let code = match p.found {
                    None => FieldErrorCode::Required,
                    Some(_) => FieldErrorCode::InvalidType,
                };
                err(format!("csv_schema.sql.{}", p.name), code)
            }));
            finish(errors)
        }
    }
}

fn finish(errors: Vec<FieldError>) -> Result<(), Refusal> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Refusal::Fields(errors))
    }
}

/// *Type of import data* and *Layout of data* (contact-based or interval-based)
/// stay as they were saved: "Layout of data cannot be changed"; another type needs
/// another integration.
fn immutable(saved: &Mapping, new: &Mapping) -> Vec<FieldError> {
    match (saved, new) {
        (Mapping::ContactData(a), Mapping::ContactData(b)) => {
            let same = matches!(
                (a.layout, b.layout),
                (Layout::ContactBased, Layout::ContactBased)
                    | (Layout::IntervalBased { .. }, Layout::IntervalBased { .. })
            );
            if same {
                vec![]
            } else {
                vec![err(
                    "csv_schema.schema.mapping.layout",
                    FieldErrorCode::Immutable,
                )]
            }
        }
        (Mapping::AgentStatus(_), Mapping::AgentStatus(_)) => vec![],
        _ => vec![err(
            "csv_schema.schema.mapping.data_type",
            FieldErrorCode::Immutable,
        )],
    }
}

/// Where a field of the mapping form is in the schema's JSON.
fn field_path(field: Field) -> &'static str {
    match field {
        Field::QueueName => "mapping.queue",
        Field::Date => "mapping.date_time.date",
        Field::Time => "mapping.date_time.time",
        Field::Timestamp => "mapping.date_time.timestamp",
        Field::Offered => "mapping.offered",
        Field::Handled => "mapping.handled",
        Field::Aht => "mapping.aht",
        Field::Duration => "mapping.duration",
        Field::Channel => "mapping.channel",
        Field::AgentIdentifier => "mapping.agent",
        Field::ActivityIdentifier => "mapping.activity",
        Field::StartDate => "mapping.start.date",
        Field::StartTime => "mapping.start.time",
        Field::StartTimestamp => "mapping.start.timestamp",
        Field::EndDate => "mapping.end.date",
        Field::EndTime => "mapping.end.time",
        Field::EndTimestamp => "mapping.end.timestamp",
    }
}

/// A schema error as a field error of the request.
pub fn field_error(e: &SchemaError) -> FieldError {
    let at = |path: &str| format!("csv_schema.schema.{path}");
    match e {
        SchemaError::MissingColumn { field } => {
            err(at(field_path(*field)), FieldErrorCode::Required)
        }
        // Not a column of the sample's header row.
        SchemaError::UnknownColumn { field, .. } => {
            err(at(field_path(*field)), FieldErrorCode::InvalidOption)
        }
        SchemaError::Format { field, .. } => err(
            format!("{}_format", at(field_path(*field))),
            FieldErrorCode::InvalidOption,
        ),
        SchemaError::NotForLayout { field } => {
            err(at(field_path(*field)), FieldErrorCode::UnknownField)
        }
        SchemaError::IntervalLength { .. } => err(
            at("mapping.layout.interval_minutes"),
            FieldErrorCode::OutOfRange,
        ),
        SchemaError::UnknownTimeZone { .. } => err(at("time_zone"), FieldErrorCode::InvalidOption),
    }
}

/// The first rows of an SQL mapping's result over `table`, with the problems of its
/// columns against the required ones of `layout` (see `csv_sql_columns`).
pub fn preview(
    table: &Table,
    query: &str,
    layout: Option<&Layout>,
) -> Result<injixo_contract::QueryPreview, SqlFailure> {
    let Some((sandbox, _)) = Sandbox::load(table)? else {
        return Err(SqlFailure::Error(format!("no such table: {}", sql::TABLE)));
    };
    let mut rows = Vec::new();
    let names = sandbox.query(
        query,
        Duration::from_millis(CSV_SQL_TIMEOUT_MS),
        &mut |_, row| {
            rows.push(row);
            rows.len() <= CSV_SQL_PREVIEW_ROWS
        },
    )?;
    let truncated = rows.len() > CSV_SQL_PREVIEW_ROWS;
    rows.truncate(CSV_SQL_PREVIEW_ROWS);
    let required = csv_sql_columns(layout);
    let wanted_text = |name: &str| {
        required.iter().any(|c| {
            c.name.eq_ignore_ascii_case(name) && c.kind == injixo_contract::ColumnKind::Text
        })
    };
    let columns = sql::result_columns(&names, &rows, &wanted_text);
    let problems: Vec<ColumnProblem> = rules::column_problems(&required, &columns);
    Ok(injixo_contract::QueryPreview {
        columns,
        rows: rows
            .iter()
            .map(|row| row.iter().map(sql::value_text).collect())
            .collect(),
        truncated,
        problems,
    })
}
