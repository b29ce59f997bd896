//! Saving an integration of a model with injixo Cloud Link (`Model::cloud_link`):
//! which link it uses, and verification through that link's client instead of the
//! vendor fixtures of `verify`.

use crate::{
    cloud_link::{jobs, status},
    db::{self, LinkRow},
    problem::ApiError,
    state::AppState,
};
use axum::http::StatusCode;
use injixo_contract::{
    ErrorCode, FieldError, FieldErrorCode, FieldKind, FieldValue, JobKind, JobResult, Model,
};
use std::collections::BTreeMap;

/// 422 `cloud_link_not_connected`.
pub(super) fn not_connected() -> ApiError {
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        ErrorCode::CloudLinkNotConnected,
    )
}

/// 503 `cloud_link_unreachable`: the client did not answer in time.
pub(super) fn unreachable() -> ApiError {
    ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        ErrorCode::CloudLinkUnreachable,
    )
}

/// The link a save of an integration of `model` uses: the one sent
/// (`cloud_link_id`), which must exist and serve no other integration, else the
/// one the integration (`current`) has. A link sent for a model without Cloud Link
/// is an `unknown_field`.
pub(super) fn link_for_save(
    state: &AppState,
    model: &Model,
    cloud_link_id: Option<&str>,
    integration_id: Option<&str>,
    current: Option<LinkRow>,
) -> Result<Option<LinkRow>, ApiError> {
    let Some(id) = cloud_link_id else {
        return Ok(current);
    };
    if model.cloud_link.is_none() {
        return Err(ApiError::validation(vec![FieldError {
            field: "cloud_link_id".into(),
            code: FieldErrorCode::UnknownField,
        }]));
    }
    let link = db::link(&state.db.lock().expect("db lock"), id)?;
    match link {
        Some(l) if free_for(&l, integration_id) => Ok(Some(l)),
        _ => Err(not_connected()),
    }
}

fn free_for(link: &LinkRow, integration_id: Option<&str>) -> bool {
    link.integration_id.is_none() || link.integration_id.as_deref() == integration_id
}

/// Refuses to save a model that needs a link without one.
pub(super) fn require_link(model: &Model, link: Option<&LinkRow>) -> Result<(), ApiError> {
    let required = model.cloud_link.as_ref().is_some_and(|spec| spec.required);
    if required && link.is_none() {
        Err(not_connected())
    } else {
        Ok(())
    }
}

/// Checks again, under the lock that the save holds, that the link is still free
/// (another save may have taken it while this one was verifying).
pub(super) fn still_free(
    conn: &rusqlite::Connection,
    link: &LinkRow,
    integration_id: Option<&str>,
) -> Result<(), ApiError> {
    match db::link(conn, &link.id)? {
        Some(now) if free_for(&now, integration_id) => Ok(()),
        _ => Err(not_connected()),
    }
}

/// Verifies `settings` (secrets included: the client needs the password; its
/// channel is its own authenticated one) through the link's client: it must reach
/// the system, and run in the time zone entered in the form's time-zone fields.
pub(super) async fn verify_through(
    state: &AppState,
    link: &LinkRow,
    model: &Model,
    settings: &BTreeMap<String, FieldValue>,
) -> Result<(), ApiError> {
    if !status::connected(&link.last_seen_at, state.clock.now()) {
        return Err(unreachable());
    }
    let kind = JobKind::Verify {
        settings: settings.clone(),
    };
    let wait = state.cloud_link.config.verify_wait;
    let hub = &state.cloud_link;
    let result = jobs::run(&state.db, hub, &state.clock, &link.client_id, kind, wait).await?;
    let failed = |message: Option<String>| ApiError {
        system_message: message,
        ..ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::VerificationFailed,
        )
    };
    match result {
        Some(JobResult::Verified { time_zone }) => {
            let errors = zone_mismatches(model, settings, &time_zone);
            if errors.is_empty() {
                Ok(())
            } else {
                Err(ApiError::validation(errors))
            }
        }
        Some(JobResult::ConnectionFailed { message } | JobResult::SqlError { message }) => {
            Err(failed(Some(message)))
        }
        Some(JobResult::Timeout | JobResult::Rows { .. }) => Err(failed(None)),
        None => Err(unreachable()),
    }
}

/// `time_zone_mismatch` on each time-zone field whose value is not the zone the
/// client's system runs in.
fn zone_mismatches(
    model: &Model,
    settings: &BTreeMap<String, FieldValue>,
    client_zone: &str,
) -> Vec<FieldError> {
    model
        .fields()
        .filter(|f| matches!(f.kind, FieldKind::TimeZone))
        .filter(|f| {
            settings
                .get(&f.id)
                .and_then(FieldValue::as_text)
                .is_some_and(|zone| zone != client_zone)
        })
        .map(|f| FieldError {
            field: f.id.clone(),
            code: FieldErrorCode::TimeZoneMismatch,
        })
        .collect()
}
