//! The CSV integration's endpoints: its schema (`GET /integrations/{id}/csv-schema`;
//! saved with `POST /integrations` and `PATCH /integrations/{id}`), the SQL mapping's
//! preview (`POST /csv/sql-preview`) and the historical data import
//! (`/integrations/{id}/csv-imports`, `/csv-imports/{id}`, `…/apply`), plus
//! `import_from_cloud_link`, which the injixo Cloud Link client's endpoint
//! (`POST /cloud-link/client/csv-files`, `cloud_link_files`) calls.
//!
//! An import goes `analyzed` (no problem) or `rejected` (problems) on upload;
//! `analyzed` → `writing` (*Apply data*) → `applied`, or `analyzed` → `cancelled`
//! (*Cancel*). An integration has at most one import `analyzed` or `writing`.

use crate::{
    credentials::hex_sha256,
    csv::{
        analyze::{self, Failure},
        check::{self, Refusal},
        sql::{self, SqlFailure},
    },
    db,
    json::ApiJson,
    problem::ApiError,
    state::AppState,
};
use axum::{
    body::Bytes,
    extract::{DefaultBodyLimit, FromRequest, Path, Request, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use injixo_contract::{
    CsvImport, CsvImportList, CsvImportSource, CsvImportState, CsvSchema, CsvSqlPreviewRequest,
    ErrorCode, FieldError, FieldErrorCode, FieldValue, Model, QueryPreview, API_PREFIX,
    CSV_IMPORT_MAX_BYTES, CSV_MODEL_ID, CSV_SAMPLE_MAX_BYTES,
};
use injixo_csv::{Layout, Record, Table};

/// The header that carries the uploaded file's name, percent-encoded (UTF-8).
pub const FILE_NAME_HEADER: &str = "X-File-Name";
/// How many imports `GET /integrations/{id}/csv-imports` lists.
pub const LIST_LIMIT: usize = 20;
/// The largest JSON body of the endpoints that carry a sample (`POST /integrations`,
/// `PATCH /integrations/{id}`, `POST /csv/sql-preview`): the sample's 1 MiB of text
/// escaped as JSON, and room for the rest.
pub const JSON_WITH_SAMPLE_MAX_BYTES: usize = 8 * CSV_SAMPLE_MAX_BYTES;

/// The body limit of the endpoints that carry a sample.
pub fn sample_body_limit() -> DefaultBodyLimit {
    DefaultBodyLimit::max(JSON_WITH_SAMPLE_MAX_BYTES)
}

/// The body limit of an upload: nothing beyond `CSV_IMPORT_MAX_BYTES` is buffered.
pub fn upload_body_limit() -> DefaultBodyLimit {
    DefaultBodyLimit::max(CSV_IMPORT_MAX_BYTES)
}

fn field_error(field: &str, code: FieldErrorCode) -> ApiError {
    ApiError::validation(vec![FieldError {
        field: field.into(),
        code,
    }])
}

/// An SQL mapping's failure as the API answers it (422 each).
fn sql_failure(f: SqlFailure) -> ApiError {
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    match f {
        SqlFailure::NotAllowed(why) => {
            ApiError::with_system_message(status, ErrorCode::SqlNotAllowed, why)
        }
        SqlFailure::Timeout => ApiError::new(status, ErrorCode::QueryTimeout),
        SqlFailure::Error(message) => {
            ApiError::with_system_message(status, ErrorCode::SqlError, message)
        }
    }
}

/// Runs CPU-bound work (an analysis, a query) off the async workers.
pub(super) async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(ApiError::internal)?
}

// ---- the schema, saved with the integration ----------------------------------------

/// The `csv_schema` of a create or edit, checked (see `csv::check`) and as the JSON
/// to store: `None` when there is nothing to store. A CSV integration must have a
/// schema (*You need to create a CSV schema*); other models must not send one.
pub(super) async fn schema_to_save(
    state: &AppState,
    model: &Model,
    integration_id: Option<&str>,
    csv: Option<&CsvSchema>,
) -> Result<Option<String>, ApiError> {
    let is_csv = model.id == CSV_MODEL_ID;
    let csv = match (is_csv, csv, integration_id) {
        (false, None, _) | (true, None, Some(_)) => return Ok(None),
        (false, Some(_), _) => return Err(field_error("csv_schema", FieldErrorCode::UnknownField)),
        (true, None, None) => return Err(field_error("csv_schema", FieldErrorCode::Required)),
        (true, Some(csv), _) => csv.clone(),
    };
    let saved = match integration_id {
        Some(id) => saved_schema(state, id)?,
        None => None,
    };
    blocking(move || {
        check::check(&csv, saved.as_ref()).map_err(|r| match r {
            Refusal::Fields(errors) => ApiError::validation(errors),
            Refusal::Sql(f) => sql_failure(f),
        })?;
        serde_json::to_string(&csv)
            .map(Some)
            .map_err(ApiError::internal)
    })
    .await
}

/// The integration's schema, `None` if it has none.
fn saved_schema(state: &AppState, integration_id: &str) -> Result<Option<CsvSchema>, ApiError> {
    let json = db::csv_schema(&state.db.lock().expect("db lock"), integration_id)?;
    json.map(|j| serde_json::from_str(&j).map_err(ApiError::internal))
        .transpose()
}

/// `GET /integrations/{id}/csv-schema`.
pub async fn get_schema(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<CsvSchema>, ApiError> {
    saved_schema(&state, &id)?
        .map(Json)
        .ok_or_else(ApiError::not_found)
}

// ---- the SQL mapping's preview --------------------------------------------------------

/// `POST /csv/sql-preview`: the first rows of the query over the sample, and the
/// required columns it lacks.
pub async fn sql_preview(
    ApiJson(req): ApiJson<CsvSqlPreviewRequest>,
) -> Result<Json<QueryPreview>, ApiError> {
    let mut errors = Vec::new();
    let mut error = |field: &str, code| {
        errors.push(FieldError {
            field: field.into(),
            code,
        })
    };
    if req.sample.len() > CSV_SAMPLE_MAX_BYTES {
        error("sample", FieldErrorCode::TooLong);
    }
    if req.sql.trim().is_empty() {
        error("sql", FieldErrorCode::Required);
    } else if req.sql.chars().count() > sql::MAX_SQL_CHARS {
        error("sql", FieldErrorCode::TooLong);
    }
    let layout = match preview_layout(&req) {
        Ok(layout) => layout,
        Err(e) => {
            errors.push(e);
            None
        }
    };
    if !errors.is_empty() {
        return Err(ApiError::validation(errors));
    }
    blocking(move || {
        let table = Table::read(&req.sample, &req.read);
        if table.header().is_none() {
            return Err(field_error("sample", FieldErrorCode::Required));
        }
        check::preview(&table, &req.sql, layout.as_ref()).map_err(sql_failure)
    })
    .await
    .map(Json)
}

/// The layout the form's settings name (`data_layout`: `contact_based` or
/// `interval_based`), which decides between `duration` and `aht`; `None` when not
/// chosen yet. `import_data_type` must be contact data if it is sent: the article
/// offers SQL mapping for contact data only.
fn preview_layout(req: &CsvSqlPreviewRequest) -> Result<Option<Layout>, FieldError> {
    let text = |key: &str| match req.settings.get(key) {
        None => Ok(None),
        Some(FieldValue::Text(t)) => Ok(Some(t.as_str())),
        Some(_) => Err(FieldError {
            field: key.into(),
            code: FieldErrorCode::InvalidType,
        }),
    };
    let invalid = |key: &str| FieldError {
        field: key.into(),
        code: FieldErrorCode::InvalidOption,
    };
    match text("import_data_type")? {
        None | Some("contact_data") => {}
        Some(_) => return Err(invalid("import_data_type")),
    }
    match text("data_layout")? {
        None => Ok(None),
        Some("contact_based") => Ok(Some(Layout::ContactBased)),
        Some("interval_based") => Ok(Some(Layout::IntervalBased {
            interval_minutes: 15,
        })),
        Some(_) => Err(invalid("data_layout")),
    }
}

// ---- the historical data import -------------------------------------------------------

/// The uploaded file's name from `X-File-Name` (percent-encoded UTF-8).
fn file_name(headers: &HeaderMap) -> Result<String, ApiError> {
    let invalid = |code| field_error(FILE_NAME_HEADER, code);
    let raw = headers
        .get(FILE_NAME_HEADER)
        .ok_or_else(|| invalid(FieldErrorCode::Required))?;
    let name =
        percent_decode(raw.as_bytes()).ok_or_else(|| invalid(FieldErrorCode::InvalidType))?;
    let name = name.trim();
    if name.is_empty() {
        Err(invalid(FieldErrorCode::Required))
    } else if name.chars().any(char::is_control) {
        Err(invalid(FieldErrorCode::InvalidType))
    } else if name.chars().count() > check::FILE_NAME_MAX_CHARS {
        Err(invalid(FieldErrorCode::TooLong))
    } else {
        Ok(name.to_string())
    }
}

/// `%XX` escapes decoded; `None` for a broken escape or bytes that are not UTF-8.
pub(super) fn percent_decode(raw: &[u8]) -> Option<String> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'%' {
            let hex = std::str::from_utf8(raw.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(raw[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A file comes as itself: CSV or plain text, or bytes (what browsers call a
/// `.csv` file varies: `application/vnd.ms-excel` on Windows with Excel).
fn acceptable_type(headers: &HeaderMap) -> bool {
    let Some(value) = headers.get(header::CONTENT_TYPE) else {
        return true;
    };
    let essence = value
        .to_str()
        .unwrap_or_default()
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence.starts_with("text/")
        || matches!(
            essence.as_str(),
            "application/octet-stream" | "application/vnd.ms-excel" | "application/csv"
        )
}

fn file_too_large() -> ApiError {
    ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::FileTooLarge)
}

fn import_in_progress() -> ApiError {
    ApiError::new(StatusCode::CONFLICT, ErrorCode::ImportInProgress)
}

/// The schema an integration imports with: 404 without the integration, 409
/// `schema_missing` without a schema.
fn import_schema(state: &AppState, integration_id: &str) -> Result<CsvSchema, ApiError> {
    let conn = state.db.lock().expect("db lock");
    if db::get_integration(&conn, integration_id)?.is_none() {
        return Err(ApiError::not_found());
    }
    let json = db::csv_schema(&conn, integration_id)?
        .ok_or_else(|| ApiError::new(StatusCode::CONFLICT, ErrorCode::SchemaMissing))?;
    serde_json::from_str(&json).map_err(ApiError::internal)
}

/// Analyses a file and stores the import, `analyzed` or `rejected` (blocking).
fn new_import(
    state: &AppState,
    integration_id: &str,
    file_name: String,
    file: &[u8],
    source: CsvImportSource,
) -> Result<CsvImport, ApiError> {
    let csv = import_schema(state, integration_id)?;
    if file.len() > CSV_IMPORT_MAX_BYTES {
        return Err(file_too_large());
    }
    // Early, so that a second window is not kept waiting for an analysis it cannot
    // use; the insert below decides races.
    if db::has_open_csv_import(&state.db.lock().expect("db lock"), integration_id)? {
        return Err(import_in_progress());
    }
    let analysis = analyze::analyze(file, &csv, &mut |_| {}).map_err(|f| match f {
        Failure::Sql(f) => sql_failure(f),
        Failure::Schema(e) => ApiError::internal(format!("saved schema refused: {e:?}")),
    })?;
    let importable = analysis.is_importable();
    let import = CsvImport {
        id: uuid::Uuid::new_v4().to_string(),
        integration_id: integration_id.to_string(),
        file_name,
        source,
        state: if importable {
            CsvImportState::Analyzed
        } else {
            CsvImportState::Rejected
        },
        created_at: state.clock.now_rfc3339(),
        analysis,
    };
    let schema_json = serde_json::to_string(&csv).map_err(ApiError::internal)?;
    let checksum = hex_sha256(file);
    let conn = state.db.lock().expect("db lock");
    let inserted = db::insert_csv_import(
        &conn,
        &db::NewCsvImport {
            import: &import,
            schema_json: &schema_json,
            file: importable.then_some(file),
            checksum: &checksum,
        },
    )?;
    if !inserted {
        return Err(import_in_progress());
    }
    Ok(import)
}

/// The file of an upload: its name (`X-File-Name`) and its bytes, which must be text
/// or bytes (see `acceptable_type`) and at most `CSV_IMPORT_MAX_BYTES`. Shared by
/// `POST /integrations/{id}/csv-imports` and the injixo Cloud Link client's
/// `POST /cloud-link/client/csv-files`, whose routes carry `upload_body_limit`.
pub(super) async fn read_file(req: Request) -> Result<(String, Bytes), ApiError> {
    let headers = req.headers();
    let name = file_name(headers)?;
    if !acceptable_type(headers) {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::BadRequest,
        ));
    }
    // Refused before a byte is read when the client says how large it is.
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > CSV_IMPORT_MAX_BYTES as u64) {
        return Err(file_too_large());
    }
    // `upload_body_limit` stops reading past the limit.
    let file = Bytes::from_request(req, &()).await.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            file_too_large()
        } else {
            ApiError::bad_request()
        }
    })?;
    Ok((name, file))
}

/// `status` with the import as the body and its `Location`.
pub(super) fn import_response(status: StatusCode, import: &CsvImport) -> Response {
    let mut res = (status, Json(import)).into_response();
    let location = format!("{API_PREFIX}/csv-imports/{}", import.id);
    if let Ok(v) = HeaderValue::from_str(&location) {
        res.headers_mut().insert(header::LOCATION, v);
    }
    res
}

/// `POST /integrations/{id}/csv-imports`: the raw file as the body.
pub async fn upload(
    State(state): State<AppState>,
    Path(id): Path<String>,
    req: Request,
) -> Result<Response, ApiError> {
    import_schema(&state, &id)?;
    let (name, file) = read_file(req).await?;
    let worker = state.clone();
    let import =
        blocking(move || new_import(&worker, &id, name, &file, CsvImportSource::Upload)).await?;
    Ok(import_response(StatusCode::CREATED, &import))
}

/// `GET /integrations/{id}/csv-imports`: the last imports, newest first.
pub async fn list(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<CsvImportList>, ApiError> {
    let conn = state.db.lock().expect("db lock");
    if db::get_integration(&conn, &id)?.is_none() {
        return Err(ApiError::not_found());
    }
    let items = db::csv_imports(&conn, &id, LIST_LIMIT)?;
    Ok(Json(CsvImportList { items }))
}

/// `GET /csv-imports/{id}`.
pub async fn get(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<CsvImport>, ApiError> {
    let conn = state.db.lock().expect("db lock");
    db::csv_import(&conn, &id)?
        .map(Json)
        .ok_or_else(ApiError::not_found)
}

fn not_pending() -> ApiError {
    ApiError::new(StatusCode::CONFLICT, ErrorCode::ImportNotPending)
}

/// *Apply data*: the import `writing` and the work of writing it. An import being or
/// already written comes back without work (a double click changes nothing); one
/// that was rejected or cancelled is 409 `import_not_pending`.
fn begin_apply(state: &AppState, id: &str) -> Result<(CsvImport, Option<Work>), ApiError> {
    let conn = state.db.lock().expect("db lock");
    let Some(work) = db::start_writing(&conn, id)? else {
        let import = db::csv_import(&conn, id)?.ok_or_else(ApiError::not_found)?;
        return match import.state {
            // A repeated *Apply data* (a double click) changes nothing.
            CsvImportState::Writing | CsvImportState::Applied => Ok((import, None)),
            _ => Err(not_pending()),
        };
    };
    let import = db::csv_import(&conn, id)?.ok_or_else(ApiError::not_found)?;
    let (_, file, schema) = work;
    Ok((
        import,
        Some(Work {
            id: id.to_string(),
            file,
            schema,
        }),
    ))
}

/// What the writer needs of an import.
struct Work {
    id: String,
    file: Vec<u8>,
    schema: String,
}

/// Writes an import's records (blocking). The reference backend keeps no contact
/// data: it counts the records the engine hands over (the rows the analysis
/// counted as imported lines), then marks the import `applied` and stamps the
/// integration's last import.
fn write(state: &AppState, work: Work) -> Result<u64, ApiError> {
    let csv: CsvSchema = serde_json::from_str(&work.schema).map_err(ApiError::internal)?;
    let mut written = 0u64;
    // Every record the engine hands over is one written row (contact data is
    // aggregated into 15-minute intervals by the import behind this).
    let analysis = analyze::analyze(&work.file, &csv, &mut |_: &Record<'_>| written += 1);
    match analysis {
        Ok(a) if a.is_importable() => {}
        other => {
            // The same file with the same schema: only a lost time zone could do it.
            return Err(ApiError::internal(format!(
                "import {} no longer importable: {other:?}",
                work.id
            )));
        }
    }
    let now = state.clock.now_rfc3339();
    let mut conn = state.db.lock().expect("db lock");
    db::finish_writing(&mut conn, &work.id, written, &now)?;
    Ok(written)
}

/// `POST /csv-imports/{id}/apply`: 202 with the import `writing`; it is `applied`
/// once written (`GET /csv-imports/{id}`).
pub async fn apply(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<(StatusCode, Json<CsvImport>), ApiError> {
    let (import, work) = begin_apply(&state, &id)?;
    if let Some(work) = work {
        let worker = state.clone();
        tokio::task::spawn_blocking(move || {
            if let Err(e) = write(&worker, work) {
                eprintln!("csv import write failed: {e:?}");
            }
        });
    }
    Ok((StatusCode::ACCEPTED, Json(import)))
}

/// `DELETE /csv-imports/{id}`: *Cancel* an import waiting for *Apply data*;
/// cancelling a cancelled one changes nothing.
pub async fn cancel(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let conn = state.db.lock().expect("db lock");
    match db::cancel_csv_import(&conn, &id)? {
        None => Err(ApiError::not_found()),
        Some(CsvImportState::Cancelled) => Ok(StatusCode::NO_CONTENT),
        Some(_) => Err(not_pending()),
    }
}

// ---- injixo Cloud Link ----------------------------------------------------------------

/// The automatic import: a file that the integration's injixo Cloud Link picked up
/// from its import folder. Analysed like an upload (source `cloud_link`) and, if it
/// can be imported, applied at once; the import is returned `applied` or
/// `rejected`. A file whose content was imported through Cloud Link before (same
/// SHA-256) is not imported again: the earlier import is returned.
///
/// Blocking (the analysis and the writing run here): call it from
/// `tokio::task::spawn_blocking`. Errors are the upload's: 404 `not_found` (no such
/// integration), 409 `schema_missing`, 409 `import_in_progress` (a manual import
/// waits for *Apply data*; send the file again later), 413 `file_too_large`, 422
/// `sql_error` / `sql_not_allowed` / `query_timeout` (the saved SQL mapping failed
/// on this file).
pub fn import_from_cloud_link(
    state: &AppState,
    integration_id: &str,
    file_name: &str,
    bytes: &[u8],
) -> Result<CsvImport, ApiError> {
    cloud_link_import(state, integration_id, file_name, bytes).map(|(import, _)| import)
}

/// `import_from_cloud_link`, and whether the import is new (`false`: the earlier
/// import of the same content), so that the endpoint can answer 201 or 200.
pub(super) fn cloud_link_import(
    state: &AppState,
    integration_id: &str,
    file_name: &str,
    bytes: &[u8],
) -> Result<(CsvImport, bool), ApiError> {
    let earlier = {
        let conn = state.db.lock().expect("db lock");
        db::cloud_link_import_of(&conn, integration_id, &hex_sha256(bytes))?
    };
    if let Some(id) = earlier {
        let conn = state.db.lock().expect("db lock");
        let import = db::csv_import(&conn, &id)?.ok_or_else(ApiError::not_found)?;
        return Ok((import, false));
    }
    let import = new_import(
        state,
        integration_id,
        file_name.to_string(),
        bytes,
        CsvImportSource::CloudLink,
    )?;
    if import.state != CsvImportState::Analyzed {
        return Ok((import, true));
    }
    let (_, work) = begin_apply(state, &import.id)?;
    if let Some(work) = work {
        write(state, work)?;
    }
    let conn = state.db.lock().expect("db lock");
    let import = db::csv_import(&conn, &import.id)?.ok_or_else(ApiError::not_found)?;
    Ok((import, true))
}
