//! `/cloud-link/…` for the admin: claim a client by its PIN, read a link's status,
//! *Run query* through the linked client, and download the client.

use super::on_premise::unreachable;
use crate::{
    cloud_link::{downloads, jobs, pins, status},
    db,
    json::ApiJson,
    problem::ApiError,
    state::AppState,
};
use axum::{
    extract::{Path, State},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use injixo_contract::{
    rules, Catalogue, ClaimCloudLink, CloudLink, ErrorCode, FieldError, FieldErrorCode, FieldKind,
    FieldValue, JobKind, JobResult, Model, QueryPreview, RunQuery, QUERY_MAX_ROWS,
    QUERY_TIMEOUT_MS,
};
use std::collections::BTreeMap;

/// `POST /cloud-link/claims`: the PIN the admin read off the client. 201 with the
/// new link; 422 `pin_invalid` on `pin` for a wrong, expired or used PIN; 429
/// `pin_attempts_exceeded` (with `Retry-After`) after too many wrong ones.
pub async fn claim(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<ClaimCloudLink>,
) -> Result<Response, ApiError> {
    let now = state.clock.now();
    let mut conn = state.db.lock().expect("db lock");
    let scope = match &req.integration_id {
        None => pins::NEW_INTEGRATION_SCOPE.to_string(),
        Some(id) => {
            let stored = db::get_integration(&conn, id)?.ok_or_else(ApiError::not_found)?;
            let claimable = state
                .catalogue
                .model(&stored.integration.model)
                .is_some_and(|(_, m)| m.cloud_link.is_some());
            if !claimable {
                return Err(field_error("integration_id", FieldErrorCode::InvalidOption));
            }
            pins::integration_scope(id)
        }
    };
    match pins::claim(&mut conn, req.pin.trim(), &scope, now)? {
        pins::Claim::Linked(row) => {
            Ok((StatusCode::CREATED, Json(status::present(&row, now))).into_response())
        }
        pins::Claim::Invalid => Err(field_error("pin", FieldErrorCode::PinInvalid)),
        pins::Claim::Locked { retry_after_secs } => {
            let mut e = ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                ErrorCode::PinAttemptsExceeded,
            );
            e.retry_after = Some(u32::try_from(retry_after_secs).unwrap_or(u32::MAX));
            Err(e)
        }
    }
}

fn field_error(field: &str, code: FieldErrorCode) -> ApiError {
    ApiError::validation(vec![FieldError {
        field: field.into(),
        code,
    }])
}

/// `GET /cloud-link/links/{id}`: the link and whether its client is connected.
pub async fn link(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<CloudLink>, ApiError> {
    let row = db::link(&state.db.lock().expect("db lock"), &id)?.ok_or_else(ApiError::not_found)?;
    Ok(Json(status::present(&row, state.clock.now())))
}

/// `POST /cloud-link/links/{id}/query`: *Run query*. The client runs the SQL
/// (read-only, at most `QUERY_TIMEOUT_MS`) and sends its first rows; the answer
/// names the required columns that are missing or of another kind.
pub async fn query(
    State(state): State<AppState>,
    Path(id): Path<String>,
    ApiJson(req): ApiJson<RunQuery>,
) -> Result<Json<QueryPreview>, ApiError> {
    let (link, saved) = {
        let conn = state.db.lock().expect("db lock");
        let link = db::link(&conn, &id)?.ok_or_else(ApiError::not_found)?;
        // A link that serves an integration: its model, and its saved settings and
        // secrets under what the form sent (the form never has the password).
        let saved = match &link.integration_id {
            Some(iid) => db::get_integration(&conn, iid)?
                .map(|s| -> rusqlite::Result<_> {
                    let mut all = s.integration.settings;
                    let secrets = db::secret_values(&conn, iid)?;
                    all.extend(secrets.into_iter().map(|(k, v)| (k, FieldValue::Text(v))));
                    Ok((s.integration.model, all))
                })
                .transpose()?,
            None => None,
        };
        (link, saved)
    };
    let model = query_model(
        &state.catalogue,
        saved.as_ref().map(|(m, _)| m.as_str()),
        &req.settings,
    );
    let field = model.and_then(|m| {
        m.fields()
            .find(|f| matches!(f.kind, FieldKind::Query { .. }))
    });
    let sql = req.sql.trim();
    let max_len = match field.map(|f| &f.kind) {
        Some(FieldKind::Query { max_len, .. }) => *max_len as usize,
        _ => 64 * 1024,
    };
    let field_id = field.map_or("sql", |f| f.id.as_str());
    if sql.is_empty() {
        return Err(field_error(field_id, FieldErrorCode::Required));
    }
    if sql.chars().count() > max_len {
        return Err(field_error(field_id, FieldErrorCode::TooLong));
    }
    if !status::connected(&link.last_seen_at, state.clock.now()) {
        return Err(unreachable());
    }
    let mut settings = saved.map(|(_, s)| s).unwrap_or_default();
    settings.extend(
        req.settings
            .iter()
            .filter(|(_, v)| v.as_text().is_none_or(|t| !t.trim().is_empty()))
            .map(|(k, v)| (k.clone(), v.clone())),
    );
    let required = field
        .and_then(|f| f.kind.query_columns(&settings))
        .unwrap_or_default()
        .to_vec();
    let kind = JobKind::Query {
        sql: sql.to_string(),
        settings,
        max_rows: QUERY_MAX_ROWS + 1,
        timeout_ms: QUERY_TIMEOUT_MS,
    };
    let wait = state.cloud_link.config.query_wait;
    let hub = &state.cloud_link;
    let result = jobs::run(&state.db, hub, &state.clock, &link.client_id, kind, wait).await?;
    let unprocessable = StatusCode::UNPROCESSABLE_ENTITY;
    match result {
        Some(JobResult::Rows {
            columns,
            mut rows,
            mut truncated,
        }) => {
            if rows.len() > QUERY_MAX_ROWS {
                rows.truncate(QUERY_MAX_ROWS);
                truncated = true;
            }
            let problems = rules::column_problems(&required, &columns);
            Ok(Json(QueryPreview {
                columns,
                rows,
                truncated,
                problems,
            }))
        }
        Some(JobResult::SqlError { message }) => Err(ApiError::with_system_message(
            unprocessable,
            ErrorCode::SqlError,
            message,
        )),
        Some(JobResult::Timeout) => Err(ApiError::new(unprocessable, ErrorCode::QueryTimeout)),
        Some(JobResult::ConnectionFailed { message }) => Err(ApiError::with_system_message(
            unprocessable,
            ErrorCode::VerificationFailed,
            message,
        )),
        // No answer, or not an answer to a query.
        Some(JobResult::Verified { .. }) | None => Err(unreachable()),
    }
}

/// The model whose *Run query* this is: the integration's, else the Cloud Link
/// model with a query field that knows most of the settings sent (the first on a
/// tie).
fn query_model<'a>(
    catalogue: &'a Catalogue,
    integration_model: Option<&str>,
    settings: &BTreeMap<String, FieldValue>,
) -> Option<&'a Model> {
    if let Some(id) = integration_model {
        return catalogue.model(id).map(|(_, m)| m);
    }
    let candidates: Vec<&Model> = catalogue
        .vendors
        .iter()
        .flat_map(|v| &v.models)
        .filter(|m| m.cloud_link.is_some())
        .filter(|m| {
            m.fields()
                .any(|f| matches!(f.kind, FieldKind::Query { .. }))
        })
        .collect();
    candidates
        .into_iter()
        .rev()
        .max_by_key(|m| settings.keys().filter(|k| m.field(k).is_some()).count())
}

/// `GET /cloud-link/downloads/{flavor}/{os}/{arch}`: the client for that platform as
/// an attachment; 404 `no_build` for a platform the reference backend has no build
/// of (all but standard/linux/x64), or when its build is missing.
pub async fn download(
    State(state): State<AppState>,
    Path((flavor, os, arch)): Path<(String, String, String)>,
) -> Result<Response, ApiError> {
    let no_build = || ApiError::new(StatusCode::NOT_FOUND, ErrorCode::NoBuild);
    if !downloads::has_build(&flavor, &os, &arch) {
        return Err(no_build());
    }
    let binary = state.cloud_link.config.binary.clone();
    let shown = binary.display().to_string();
    let archive = tokio::task::spawn_blocking(move || downloads::archive(&binary))
        .await
        .map_err(ApiError::internal)?;
    let bytes = archive.map_err(|e| {
        eprintln!("injixo-backend: no Cloud Link download: {shown}: {e} (CLOUD_LINK_BIN)");
        no_build()
    })?;
    let disposition = format!("attachment; filename=\"{}\"", downloads::ARCHIVE_NAME);
    let mut res = bytes.into_response();
    let headers = res.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/gzip"),
    );
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}
