//! List, read and create integrations.

use super::{now, ApiJson};
use crate::{
    db::{self, Claim},
    problem::ApiError,
    verify::{self, Verdict},
    AppState,
};
use axum::{
    extract::{Path, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use injixo_contract::{
    rules, CreateIntegration, ErrorCode, FieldError, FieldErrorCode, FieldKind, FieldValue,
    Integration, IntegrationList, IntegrationStatus, IDEMPOTENCY_KEY_HEADER,
};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

pub async fn list(State(state): State<AppState>) -> Result<Json<IntegrationList>, ApiError> {
    let conn = state.db.lock().expect("db lock");
    Ok(Json(IntegrationList {
        items: db::list_integrations(&conn)?,
    }))
}

pub async fn get(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Integration>, ApiError> {
    let conn = state.db.lock().expect("db lock");
    db::get_integration(&conn, &id)?
        .map(Json)
        .ok_or_else(ApiError::not_found)
}

/// `POST /integrations`. With an Idempotency-Key, a repeated request with the same
/// body returns the first response instead of creating a second integration.
pub async fn create(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<CreateIntegration>,
) -> Result<Response, ApiError> {
    let key = headers
        .get(IDEMPOTENCY_KEY_HEADER)
        .map(|v| v.to_str().map(str::to_owned))
        .transpose()
        .map_err(|_| ApiError::bad_request())?;
    // Releases the key unless the request completes it: after an error, and also
    // when the handler is dropped mid-way (the client hung up while the vendor was
    // verifying) or panics, which would otherwise leave the key "in progress" forever.
    let mut claimed = ClaimedKey {
        state: state.clone(),
        key: None,
    };
    if let Some(key) = &key {
        if key.is_empty() || key.len() > 255 {
            return Err(ApiError::bad_request());
        }
        let fingerprint = fingerprint(&req);
        let claim = {
            let conn = state.db.lock().expect("db lock");
            db::claim_idempotency(&conn, key, &fingerprint, &now())?
        };
        match claim {
            Claim::Fresh => claimed.key = Some(key.clone()),
            Claim::Replay(status, body) => return Ok(replay(status, body)),
            Claim::Mismatch => {
                return Err(ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    ErrorCode::IdempotencyKeyReused,
                ))
            }
            Claim::InProgress => {
                let mut e = ApiError::new(StatusCode::CONFLICT, ErrorCode::RequestInProgress);
                e.retry_after = Some(1);
                return Err(e);
            }
        }
    }
    let result = create_fresh(&state, req).await;
    if let Ok(created) = &result {
        if let Some(key) = claimed.key.take() {
            let body = serde_json::to_string(created).expect("integration serializes");
            let conn = state.db.lock().expect("db lock");
            db::complete_idempotency(&conn, &key, StatusCode::CREATED.as_u16(), &body)?;
        }
    }
    drop(claimed);
    result.map(|created| created_response(&created))
}

async fn create_fresh(state: &AppState, req: CreateIntegration) -> Result<Integration, ApiError> {
    let (vendor, model) = state
        .catalogue
        .model(&req.model)
        .ok_or_else(|| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::UnknownModel))?;
    let valid = rules::validate_create(model, &req).map_err(ApiError::validation)?;
    let name_key = rules::name_key(&valid.name);
    // Checked before verification so a duplicate name does not wait for the vendor;
    // the unique index below decides races.
    if db::name_taken(&state.db.lock().expect("db lock"), &name_key)? {
        return Err(name_taken());
    }
    match verify::verify(model, &valid.settings).await {
        Verdict::Ok => {}
        Verdict::Rejected(errors) => return Err(ApiError::validation(errors)),
        Verdict::VendorUnavailable => {
            let mut e = ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                ErrorCode::VendorUnavailable,
            );
            e.retry_after = Some(30);
            return Err(e);
        }
    }
    let (settings, secrets) = split_secrets(model, valid.settings);
    let id = uuid::Uuid::new_v4().to_string();
    let now = now();
    let mut conn = state.db.lock().expect("db lock");
    let inserted = db::insert_integration(
        &mut conn,
        &db::NewIntegration {
            id: &id,
            name: &valid.name,
            name_key: &name_key,
            model: &model.id,
            vendor: &vendor.id,
            status: IntegrationStatus::Connecting,
            settings: &settings,
            secrets: &secrets,
            now: &now,
        },
    )?;
    if !inserted {
        return Err(name_taken());
    }
    db::get_integration(&conn, &id)?.ok_or_else(|| ApiError::internal("created row vanished"))
}

/// An Idempotency-Key claimed by this request and not completed yet.
struct ClaimedKey {
    state: AppState,
    key: Option<String>,
}

impl Drop for ClaimedKey {
    fn drop(&mut self) {
        if let Some(key) = self.key.take() {
            let conn = self
                .state
                .db
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if let Err(e) = db::release_idempotency(&conn, &key) {
                eprintln!("cannot release an Idempotency-Key: {e}");
            }
        }
    }
}

fn name_taken() -> ApiError {
    let mut e = ApiError::new(StatusCode::CONFLICT, ErrorCode::NameTaken);
    e.errors = vec![FieldError {
        field: "name".into(),
        code: FieldErrorCode::NameTaken,
    }];
    e
}

/// Moves secret fields out of the settings that are stored and returned.
fn split_secrets(
    model: &injixo_contract::Model,
    mut settings: BTreeMap<String, FieldValue>,
) -> (BTreeMap<String, FieldValue>, BTreeMap<String, String>) {
    let mut secrets = BTreeMap::new();
    for field in model.fields() {
        if matches!(field.kind, FieldKind::Secret { .. }) {
            if let Some(FieldValue::Text(v)) = settings.remove(&field.id) {
                secrets.insert(field.id.clone(), v);
            }
        }
    }
    (settings, secrets)
}

/// A digest of the request, so a reused key is detected without storing the
/// request (which holds secrets).
fn fingerprint(req: &CreateIntegration) -> String {
    let bytes = serde_json::to_vec(req).expect("request serializes");
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn created_response(created: &Integration) -> Response {
    let mut res = (StatusCode::CREATED, Json(created)).into_response();
    insert_location(&mut res, &created.id);
    res
}

fn insert_location(res: &mut Response, id: &str) {
    let location = format!("{}/integrations/{id}", injixo_contract::API_PREFIX);
    if let Ok(v) = HeaderValue::from_str(&location) {
        res.headers_mut().insert(header::LOCATION, v);
    }
}

fn replay(status: u16, body: String) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    // The replay is the first response again, Location included.
    let created_id = (status == StatusCode::CREATED)
        .then(|| serde_json::from_str::<Integration>(&body).ok())
        .flatten()
        .map(|created| created.id);
    let mut res = (status, body).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    res.headers_mut()
        .insert("Idempotent-Replayed", HeaderValue::from_static("true"));
    if let Some(id) = created_id {
        insert_location(&mut res, &id);
    }
    res
}
