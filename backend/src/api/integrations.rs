//! List, read and create integrations.

use super::{
    idempotency::{self, Begun},
    on_premise, paging,
};
use crate::{
    db,
    json::ApiJson,
    problem::ApiError,
    state::AppState,
    verify::{self, Verdict},
};
use axum::{
    extract::{Path, RawQuery, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use injixo_contract::{
    rules, CreateIntegration, ErrorCode, FieldError, FieldErrorCode, FieldKind, FieldValue, Hint,
    Integration, IntegrationList, IntegrationStatus, KeyUse, APP_SILENCE_THRESHOLD_SECS,
};
use std::collections::BTreeMap;

/// `GET /integrations?limit=&cursor=`: one page, by name key.
pub async fn list(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Json<IntegrationList>, ApiError> {
    let page = paging::parse(query.as_deref())?;
    // Page and count under one lock: `total` is the account as this page saw it.
    let (stored, more, total) = {
        let conn = state.db.lock().expect("db lock");
        let (stored, more) = db::list_page(&conn, page.after.as_deref(), page.limit)?;
        (stored, more, db::count_integrations(&conn)?)
    };
    let next_cursor = stored
        .last()
        .filter(|_| more)
        .map(|last| paging::cursor(&last.name_key));
    Ok(Json(IntegrationList {
        items: stored.into_iter().map(|s| present(&state, s)).collect(),
        next_cursor,
        total,
    }))
}

pub async fn get(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Integration>, ApiError> {
    let stored = db::get_integration(&state.db.lock().expect("db lock"), &id)?;
    stored
        .map(|s| Json(present(&state, s)))
        .ok_or_else(ApiError::not_found)
}

/// The integration as the API returns it, with the hints computed from the clock.
pub(super) fn present(state: &AppState, stored: db::Stored) -> Integration {
    let db::Stored {
        mut integration,
        last_event_at,
        cloud_link,
        ..
    } = stored;
    // On-premise: the status follows the client's heartbeats.
    if let Some(row) = cloud_link {
        let link = crate::cloud_link::status::present(&row, state.clock.now());
        integration.status =
            crate::cloud_link::status::integration_status(integration.status, &link);
        integration.cloud_link = Some(link);
    }
    let requires_app = state
        .catalogue
        .model(&integration.model)
        .is_some_and(|(_, m)| m.key_use == Some(KeyUse::App));
    // Never having had an event is not "silent": there is no moment to count from,
    // and a new integration is `connecting`, not operational, until the first one.
    let silent = last_event_at
        .as_deref()
        .and_then(crate::clock::parse)
        .is_some_and(|last| {
            (state.clock.now() - last).whole_seconds() > APP_SILENCE_THRESHOLD_SECS
        });
    if requires_app && integration.status == IntegrationStatus::Operational && silent {
        integration.hints.push(Hint::AppSilent);
    }
    integration
}

/// `POST /integrations`. With an Idempotency-Key, a repeated request with the same
/// body returns the first response instead of creating a second integration.
pub async fn create(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<CreateIntegration>,
) -> Result<Response, ApiError> {
    let scope = format!("POST {}/integrations", injixo_contract::API_PREFIX);
    let guard = match idempotency::begin(&state, &headers, &scope, &req, None)? {
        Begun::Proceed(guard) => guard,
        Begun::Replay(status, body) => return Ok(replay(status, body)),
    };
    let created = create_fresh(&state, req).await?;
    guard.complete(StatusCode::CREATED, &created)?;
    Ok(created_response(&created))
}

async fn create_fresh(state: &AppState, req: CreateIntegration) -> Result<Integration, ApiError> {
    let (vendor, model) = state
        .catalogue
        .model(&req.model)
        .ok_or_else(|| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::UnknownModel))?;
    // Before validation: no point in correcting a form the plan does not allow.
    if !model.plans.contains(&state.plan()) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            ErrorCode::PlanRequired,
        ));
    }
    let valid = rules::validate_create(model, &req).map_err(ApiError::validation)?;
    let csv_schema =
        super::csv::schema_to_save(state, model, None, req.csv_schema.as_ref()).await?;
    let name_key = rules::name_key(&valid.name);
    // Checked before verification so a duplicate name does not wait for the vendor;
    // the unique index below decides races.
    if db::name_taken(&state.db.lock().expect("db lock"), &name_key)? {
        return Err(name_taken());
    }
    // On-premise: the linked client verifies, and must be there to do so.
    let link = on_premise::link_for_save(state, model, req.cloud_link_id.as_deref(), None, None)?;
    on_premise::require_link(model, link.as_ref())?;
    match &link {
        Some(link) => on_premise::verify_through(state, link, model, &valid.settings).await?,
        None => verification(model, &valid.settings).await?,
    }
    let (settings, secrets) = split_secrets(model, valid.settings);
    let id = uuid::Uuid::new_v4().to_string();
    let now = state.clock.now_rfc3339();
    let mut conn = state.db.lock().expect("db lock");
    if let Some(link) = &link {
        on_premise::still_free(&conn, link, None)?;
    }
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
    if let Some(link) = &link {
        db::bind_link(&conn, &link.id, &id)?;
    }
    if let Some(json) = &csv_schema {
        db::set_csv_schema(&conn, &id, json, &now)?;
    }
    let stored = db::get_integration(&conn, &id)?
        .ok_or_else(|| ApiError::internal("created row vanished"))?;
    Ok(present(state, stored))
}

/// Verifies the credentials in `settings` (secrets included) with the vendor.
pub(super) async fn verification(
    model: &injixo_contract::Model,
    settings: &BTreeMap<String, FieldValue>,
) -> Result<(), ApiError> {
    match verify::verify(model, settings).await {
        Verdict::Ok => Ok(()),
        Verdict::Rejected(errors) => Err(ApiError::validation(errors)),
        Verdict::VendorUnavailable => {
            let mut e = ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                ErrorCode::VendorUnavailable,
            );
            e.retry_after = Some(30);
            Err(e)
        }
    }
}

pub(super) fn name_taken() -> ApiError {
    let mut e = ApiError::new(StatusCode::CONFLICT, ErrorCode::NameTaken);
    e.errors = vec![FieldError {
        field: "name".into(),
        code: FieldErrorCode::NameTaken,
    }];
    e
}

/// Moves secret fields out of the settings that are stored and returned.
pub(super) fn split_secrets(
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

/// The first response again, Location included.
fn replay(status: StatusCode, body: String) -> Response {
    let created_id = (status == StatusCode::CREATED)
        .then(|| serde_json::from_str::<Integration>(&body).ok())
        .flatten()
        .map(|created| created.id);
    let mut res = idempotency::replayed(status, body);
    if let Some(id) = created_id {
        insert_location(&mut res, &id);
    }
    res
}
