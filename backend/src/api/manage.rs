//! Managing a saved integration: edit (`PATCH`), pause and resume the import, and
//! delete.

use super::{
    idempotency::{self, Begun},
    integrations::{name_taken, present, split_secrets, verification},
    on_premise,
};
use crate::{db, json::ApiJson, problem::ApiError, state::AppState};
use axum::{
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use injixo_contract::{
    rules, ErrorCode, FieldKind, FieldValue, Integration, IntegrationStatus, UpdateIntegration,
    API_PREFIX,
};

/// How long a `PATCH` response is kept for a retry with the same Idempotency-Key.
/// Unlike a create, replaying an edit long after would report a state that later
/// edits have replaced, so only retries are served.
pub const UPDATE_REPLAY_TTL_SECS: i64 = 24 * 60 * 60;

/// `PATCH /integrations/{id}`.
pub async fn update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<UpdateIntegration>,
) -> Result<Response, ApiError> {
    let scope = update_scope(&id);
    let ttl = Some(UPDATE_REPLAY_TTL_SECS);
    let guard = match idempotency::begin(&state, &headers, &scope, &req, ttl)? {
        Begun::Proceed(guard) => guard,
        Begun::Replay(status, body) => return Ok(idempotency::replayed(status, body)),
    };
    let updated = update_fresh(&state, &id, &req).await?;
    guard.complete(StatusCode::OK, &updated)?;
    Ok(Json(updated).into_response())
}

fn update_scope(id: &str) -> String {
    format!("PATCH {API_PREFIX}/integrations/{id}")
}

async fn update_fresh(
    state: &AppState,
    id: &str,
    req: &UpdateIntegration,
) -> Result<Integration, ApiError> {
    let (current, current_link, mut secrets) = {
        let conn = state.db.lock().expect("db lock");
        let stored = db::get_integration(&conn, id)?.ok_or_else(ApiError::not_found)?;
        let secrets = db::secret_values(&conn, id)?;
        (stored.integration, stored.cloud_link, secrets)
    };
    let (_, model) = state
        .catalogue
        .model(&current.model)
        .ok_or_else(|| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::UnknownModel))?;
    let valid = rules::validate_update(model, &current, req).map_err(ApiError::validation)?;
    let csv_schema =
        super::csv::schema_to_save(state, model, Some(id), req.csv_schema.as_ref()).await?;
    let name_key = valid.name.as_deref().map(rules::name_key);
    // Before verification, as for a create; the unique index decides races.
    if let Some(key) = &name_key {
        if db::name_taken_by_other(&state.db.lock().expect("db lock"), key, id)? {
            return Err(name_taken());
        }
    }
    let new_link = req.cloud_link_id.as_deref();
    let link = on_premise::link_for_save(state, model, new_link, Some(id), current_link)?;
    // Credentials (domains, user names, client ids, secrets) are verified again
    // when one of them changes; a select or checkbox is not the vendor's to judge.
    // Through injixo Cloud Link, any change (the database, its time zone) and a new
    // link are verified by the client.
    let on_premise = model.cloud_link.is_some();
    let reverify = (on_premise && (new_link.is_some() || !valid.settings.is_empty()))
        || valid.settings.iter().any(|(field_id, value)| {
            model.field(field_id).is_some_and(|f| match f.kind {
                FieldKind::Secret { .. } => true,
                FieldKind::Domain { .. } | FieldKind::Text { .. } => {
                    current.settings.get(field_id) != Some(value)
                }
                _ => false,
            })
        });
    let (changed, new_secrets) = split_secrets(model, valid.settings);
    let mut settings = current.settings.clone();
    settings.extend(changed);
    // A field is stored only while it is shown: what the change hides (the fields
    // of a checkbox that was unticked, say) is dropped, secrets included.
    let hidden: Vec<String> = model
        .fields()
        .filter(|f| !f.visible(&settings))
        .map(|f| f.id.clone())
        .collect();
    settings.retain(|id, _| !hidden.contains(id));
    let dropped_secrets: Vec<String> = hidden
        .into_iter()
        .filter(|id| secrets.contains_key(id))
        .collect();
    secrets.retain(|id, _| !dropped_secrets.contains(id));
    if reverify {
        secrets.extend(new_secrets.clone());
        let mut all = settings.clone();
        all.extend(secrets.into_iter().map(|(k, v)| (k, FieldValue::Text(v))));
        match &link {
            Some(link) => on_premise::verify_through(state, link, model, &all).await?,
            None if on_premise => on_premise::require_link(model, None)?,
            None => verification(model, &all).await?,
        }
    }
    // Credentials that the vendor just accepted end a problem they caused; the
    // importer reconnects with them. Any other status is the importer's to change.
    let status = match current.status {
        IntegrationStatus::ProblemDetected if reverify => IntegrationStatus::Connecting,
        other => other,
    };
    let now = state.clock.now_rfc3339();
    let mut conn = state.db.lock().expect("db lock");
    let bind = link.filter(|_| new_link.is_some());
    if let Some(link) = &bind {
        on_premise::still_free(&conn, link, Some(id))?;
    }
    let update = db::Update {
        name: valid.name.as_deref().zip(name_key.as_deref()),
        settings: &settings,
        new_secrets: &new_secrets,
        dropped_secrets: &dropped_secrets,
        status,
        now: &now,
    };
    match db::update_integration(&mut conn, id, &update)? {
        Ok(()) => {}
        Err(db::NotUpdated::NameTaken) => return Err(name_taken()),
        // Deleted while the vendor was verifying.
        Err(db::NotUpdated::Gone) => return Err(ApiError::not_found()),
    }
    if let Some(link) = &bind {
        db::bind_link(&conn, &link.id, id)?;
    }
    if let Some(json) = &csv_schema {
        db::set_csv_schema(&conn, id, json, &now)?;
    }
    let stored = db::get_integration(&conn, id)?.ok_or_else(ApiError::not_found)?;
    Ok(present(state, stored))
}

/// `POST /integrations/{id}/pause`: a paused one stays paused (200 all the same).
pub async fn pause(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Integration>, ApiError> {
    transition(&state, &id, db::pause)
}

/// `POST /integrations/{id}/resume`: anything not paused stays as it is.
pub async fn resume(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Integration>, ApiError> {
    transition(&state, &id, db::resume)
}

fn transition(
    state: &AppState,
    id: &str,
    change: fn(&rusqlite::Connection, &str, &str) -> rusqlite::Result<bool>,
) -> Result<Json<Integration>, ApiError> {
    let now = state.clock.now_rfc3339();
    let conn = state.db.lock().expect("db lock");
    if !change(&conn, id, &now)? {
        return Err(ApiError::not_found());
    }
    let stored = db::get_integration(&conn, id)?.ok_or_else(ApiError::not_found)?;
    Ok(Json(present(state, stored)))
}

/// `DELETE /integrations/{id}`: the integration, its secrets and its injixo API
/// key. The data it imported stays in injixo (its queues remain in workloads).
pub async fn delete(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    // Remembered responses of requests on this integration go too: an app-key
    // replay holds the key, and none of them may be replayed for a deleted one.
    let scopes = [
        format!("POST {API_PREFIX}/integrations/{id}/"),
        format!("{} ", update_scope(&id)),
    ];
    let mut conn = state.db.lock().expect("db lock");
    if db::delete_integration(&mut conn, &id, &scopes)? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::not_found())
    }
}
