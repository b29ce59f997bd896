//! The CSV integration: each integration's CSV schema (`csv_schemas`) and its
//! historical data imports (`csv_imports`).

use injixo_contract::{CsvAnalysis, CsvImport, CsvImportSource, CsvImportState};
use rusqlite::{params, Connection, OptionalExtension};

/// Stores (or replaces) an integration's CSV schema, as the JSON of `CsvSchema`.
pub fn set_csv_schema(
    conn: &Connection,
    integration_id: &str,
    schema_json: &str,
    now: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO csv_schemas (integration_id, schema, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (integration_id) DO UPDATE SET schema = excluded.schema, updated_at = excluded.updated_at",
        params![integration_id, schema_json, now],
    )?;
    Ok(())
}

/// The JSON of an integration's CSV schema, if it has one.
pub fn csv_schema(conn: &Connection, integration_id: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT schema FROM csv_schemas WHERE integration_id = ?1",
        [integration_id],
        |r| r.get(0),
    )
    .optional()
}

/// What `insert_csv_import` stores.
pub struct NewCsvImport<'a> {
    /// The import as the API returns it.
    pub import: &'a CsvImport,
    /// The schema it was analysed with (JSON), which applying uses too.
    pub schema_json: &'a str,
    /// The file, kept while the import can still be applied (`analyzed`).
    pub file: Option<&'a [u8]>,
    /// SHA-256 (hex) of the file.
    pub checksum: &'a str,
}

fn state_str(state: CsvImportState) -> &'static str {
    match state {
        CsvImportState::Analyzed => "analyzed",
        CsvImportState::Rejected => "rejected",
        CsvImportState::Writing => "writing",
        CsvImportState::Applied => "applied",
        CsvImportState::Cancelled => "cancelled",
    }
}

fn source_str(source: CsvImportSource) -> &'static str {
    match source {
        CsvImportSource::Upload => "upload",
        CsvImportSource::CloudLink => "cloud_link",
    }
}

/// Inserts an import. `Ok(false)` when the integration has an open one (`analyzed`
/// or `writing`) already: the partial unique index decides, so two uploads from two
/// windows cannot both get in.
pub fn insert_csv_import(conn: &Connection, new: &NewCsvImport) -> rusqlite::Result<bool> {
    let i = new.import;
    let analysis = serde_json::to_string(&i.analysis).expect("analysis serializes");
    let inserted = conn.execute(
        "INSERT INTO csv_imports (id, integration_id, file_name, source, state, created_at, analysis, schema, file, checksum)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            i.id,
            i.integration_id,
            i.file_name,
            source_str(i.source),
            state_str(i.state),
            i.created_at,
            analysis,
            new.schema_json,
            new.file,
            new.checksum
        ],
    );
    match inserted {
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            Ok(false)
        }
        other => other.map(|_| true),
    }
}

const SELECT: &str =
    "SELECT id, integration_id, file_name, source, state, created_at, analysis FROM csv_imports";

fn row_to_import(row: &rusqlite::Row) -> rusqlite::Result<CsvImport> {
    let source: String = row.get(3)?;
    let state: String = row.get(4)?;
    let analysis: String = row.get(6)?;
    let state = [
        CsvImportState::Analyzed,
        CsvImportState::Rejected,
        CsvImportState::Writing,
        CsvImportState::Applied,
        CsvImportState::Cancelled,
    ]
    .into_iter()
    .find(|s| state_str(*s) == state)
    .unwrap_or(CsvImportState::Rejected);
    Ok(CsvImport {
        id: row.get(0)?,
        integration_id: row.get(1)?,
        file_name: row.get(2)?,
        source: if source == "cloud_link" {
            CsvImportSource::CloudLink
        } else {
            CsvImportSource::Upload
        },
        state,
        created_at: row.get(5)?,
        analysis: serde_json::from_str::<CsvAnalysis>(&analysis).unwrap_or_default(),
    })
}

/// The import with this id, if any.
pub fn csv_import(conn: &Connection, id: &str) -> rusqlite::Result<Option<CsvImport>> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], row_to_import)
        .optional()
}

/// The last `limit` imports of an integration, newest first.
pub fn csv_imports(
    conn: &Connection,
    integration_id: &str,
    limit: usize,
) -> rusqlite::Result<Vec<CsvImport>> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE integration_id = ?1 ORDER BY created_at DESC, rowid DESC LIMIT ?2"
    ))?;
    let rows = stmt.query_map(params![integration_id, limit as i64], row_to_import)?;
    rows.collect()
}

/// Whether the integration has an import waiting for *Apply data* or being written.
pub fn has_open_csv_import(conn: &Connection, integration_id: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT 1 FROM csv_imports WHERE integration_id = ?1 AND state IN ('analyzed', 'writing')",
        [integration_id],
        |_| Ok(()),
    )
    .optional()
    .map(|r| r.is_some())
}

/// *Apply data*: an `analyzed` import becomes `writing`; returns its integration,
/// file and schema (JSON) for the writer, or `None` when it was not `analyzed`.
pub fn start_writing(
    conn: &Connection,
    id: &str,
) -> rusqlite::Result<Option<(String, Vec<u8>, String)>> {
    conn.query_row(
        "UPDATE csv_imports SET state = 'writing' WHERE id = ?1 AND state = 'analyzed'
         RETURNING integration_id, file, schema",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .optional()
}

/// The writer is done: the import is `applied` with the number of records written,
/// its file is dropped, and its integration records the import like a delivery of
/// the injixo app (`db::record_import`).
pub fn finish_writing(
    conn: &mut Connection,
    id: &str,
    written: u64,
    now: &str,
) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    let integration_id: Option<String> = tx
        .query_row(
            "UPDATE csv_imports SET state = 'applied', written = ?2, file = NULL
             WHERE id = ?1 AND state = 'writing' RETURNING integration_id",
            params![id, written as i64],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(integration_id) = integration_id {
        super::record_import(&tx, &integration_id, now)?;
    }
    tx.commit()
}

/// How many records applying the import wrote (`None` before it was applied).
pub fn csv_import_written(conn: &Connection, id: &str) -> rusqlite::Result<Option<u64>> {
    let written: Option<Option<i64>> = conn
        .query_row("SELECT written FROM csv_imports WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(written.flatten().map(|n| n as u64))
}

/// *Cancel*: an `analyzed` import becomes `cancelled` and its file is dropped.
/// Returns the state it has afterwards (`None`: no such import).
pub fn cancel_csv_import(conn: &Connection, id: &str) -> rusqlite::Result<Option<CsvImportState>> {
    conn.execute(
        "UPDATE csv_imports SET state = 'cancelled', file = NULL WHERE id = ?1 AND state = 'analyzed'",
        [id],
    )?;
    Ok(csv_import(conn, id)?.map(|i| i.state))
}

/// The import of this integration that was applied (or is being written) from a
/// file with this checksum through injixo Cloud Link, if any: such a file is not
/// imported twice.
pub fn cloud_link_import_of(
    conn: &Connection,
    integration_id: &str,
    checksum: &str,
) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT id FROM csv_imports WHERE integration_id = ?1 AND checksum = ?2
             AND source = 'cloud_link' AND state IN ('writing', 'applied')
         ORDER BY created_at DESC, rowid DESC LIMIT 1",
        params![integration_id, checksum],
        |r| r.get(0),
    )
    .optional()
}
