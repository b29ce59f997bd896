//! `/cloud-link/client/…`: the injixo Cloud Link client's side. It registers once
//! (and gets its token, shown only then), fetches a new PIN when the old one
//! expired, sends heartbeats, long-polls for jobs and posts their results. Every
//! call but `register` carries `Authorization: Bearer <token>`; the server keeps
//! only the token's SHA-256. No session and no CSRF token (see `session`).

use super::app_key::{no_store, random_token};
use crate::{
    cloud_link::{jobs, pins, MAX_POLL_SECS},
    credentials::{bearer_token, key_hash, BEARER_CHALLENGE, BEARER_CHALLENGE_INVALID},
    db,
    json::ApiJson,
    problem::ApiError,
    state::AppState,
};
use axum::{
    extract::{Path, RawQuery, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    Json,
};
use injixo_contract::{ClientPin, ErrorCode, HeartbeatAnswer, JobResult, RegisterClient};
use std::time::Duration;

/// Every client token starts with this, so one is recognisable in a config file.
pub const CLIENT_TOKEN_PREFIX: &str = "ixc_";

/// The longest host name, version, OS or time zone a client may report.
const FACT_MAX_LEN: usize = 255;

/// `POST /cloud-link/client/register`: a new client, its token and its first PIN.
pub async fn register(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<RegisterClient>,
) -> Result<Response, ApiError> {
    check_facts(&req)?;
    let id = uuid::Uuid::new_v4().to_string();
    let token = format!("{CLIENT_TOKEN_PREFIX}{}", random_token());
    let now = state.clock.now();
    let now_s = crate::clock::format(now);
    let (pin, pin_expires_at) = {
        let conn = state.db.lock().expect("db lock");
        let client = db::NewClient {
            id: &id,
            token_hash: &key_hash(&token),
            host: &req.host,
            version: &req.version,
            os: &req.os,
            time_zone: &req.time_zone,
            flavor: req.flavor.as_str(),
            now: &now_s,
        };
        db::insert_client(&conn, &client)?;
        pins::issue(&conn, &id, now)?
    };
    let body = ClientPin {
        client_id: id,
        token: Some(token),
        pin,
        pin_expires_at,
    };
    Ok(no_store((StatusCode::CREATED, Json(body)).into_response()))
}

/// `POST /cloud-link/client/pin`: a fresh PIN; the client's earlier unclaimed PIN
/// stops working.
pub async fn pin(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    let client_id = authenticate(&state, &headers)?;
    let now = state.clock.now();
    let (pin, pin_expires_at) = {
        let conn = state.db.lock().expect("db lock");
        db::touch_client(&conn, &client_id, &crate::clock::format(now), None)?;
        pins::issue(&conn, &client_id, now)?
    };
    let body = ClientPin {
        client_id,
        token: None,
        pin,
        pin_expires_at,
    };
    Ok(no_store(Json(body).into_response()))
}

/// `POST /cloud-link/client/heartbeat` with what the client reports of itself (the
/// `RegisterClient` shape; its time zone is what verification compares with).
pub async fn heartbeat(
    State(state): State<AppState>,
    headers: HeaderMap,
    ApiJson(req): ApiJson<RegisterClient>,
) -> Result<Json<HeartbeatAnswer>, ApiError> {
    let client_id = authenticate(&state, &headers)?;
    check_facts(&req)?;
    let facts = db::ClientFacts {
        host: &req.host,
        version: &req.version,
        os: &req.os,
        time_zone: &req.time_zone,
    };
    let conn = state.db.lock().expect("db lock");
    db::touch_client(&conn, &client_id, &state.clock.now_rfc3339(), Some(&facts))?;
    let (linked, integration_id) = db::client_links(&conn, &client_id)?;
    Ok(Json(HeartbeatAnswer {
        linked,
        integration_id,
    }))
}

/// `GET /cloud-link/client/jobs?wait=<0–25>`: the next job (200), or 204 when none
/// was queued within `wait` seconds (0 by default: just look).
pub async fn next_job(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let client_id = authenticate(&state, &headers)?;
    let wait = wait_secs(query.as_deref()).ok_or_else(ApiError::bad_request)?;
    db::touch_client(
        &state.db.lock().expect("db lock"),
        &client_id,
        &state.clock.now_rfc3339(),
        None,
    )?;
    let job = jobs::next(
        &state.db,
        &state.cloud_link,
        &state.clock,
        &client_id,
        Duration::from_secs(wait),
    )
    .await?;
    Ok(match job {
        // The job may hold a database password: no cache may keep it.
        Some(job) => no_store(Json(job).into_response()),
        None => StatusCode::NO_CONTENT.into_response(),
    })
}

/// `POST /cloud-link/client/jobs/{id}`: the result of a job (204); 404 when the
/// client has no such unanswered job (the server may have stopped waiting).
pub async fn job_result(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    ApiJson(result): ApiJson<JobResult>,
) -> Result<StatusCode, ApiError> {
    let client_id = authenticate(&state, &headers)?;
    let stored = jobs::finish(
        &state.db,
        &state.cloud_link,
        &state.clock,
        &client_id,
        &id,
        &result,
    )?;
    if stored {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::not_found())
    }
}

/// `wait` of the query string: whole seconds, at most `MAX_POLL_SECS`; `None` for
/// anything else.
fn wait_secs(query: Option<&str>) -> Option<u64> {
    let mut wait = 0;
    for pair in query.unwrap_or_default().split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        if key == "wait" {
            if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            wait = value.parse().ok().filter(|w| *w <= MAX_POLL_SECS)?;
        }
    }
    Some(wait)
}

fn check_facts(req: &RegisterClient) -> Result<(), ApiError> {
    let facts = [&req.host, &req.version, &req.os, &req.time_zone];
    if facts.iter().all(|f| f.chars().count() <= FACT_MAX_LEN) {
        Ok(())
    } else {
        Err(ApiError::bad_request())
    }
}

/// The id of the client whose token the request carries, else 401.
pub(super) fn authenticate(state: &AppState, headers: &HeaderMap) -> Result<String, ApiError> {
    let hash = bearer_token(headers)
        .map(key_hash)
        .ok_or_else(|| unauthorized(BEARER_CHALLENGE))?;
    db::client_by_token(&state.db.lock().expect("db lock"), &hash)?
        .ok_or_else(|| unauthorized(BEARER_CHALLENGE_INVALID))
}

fn unauthorized(challenge: &'static str) -> ApiError {
    let mut e = ApiError::new(StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized);
    e.www_authenticate = Some(challenge);
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_wait() {
        assert_eq!(wait_secs(None), Some(0));
        assert_eq!(wait_secs(Some("wait=25")), Some(25));
        assert_eq!(wait_secs(Some("x=1&wait=3")), Some(3));
        assert_eq!(wait_secs(Some("wait=26")), None);
        assert_eq!(wait_secs(Some("wait=-1")), None);
        assert_eq!(wait_secs(Some("wait=")), None);
        assert_eq!(wait_secs(Some("wait")), None);
        assert_eq!(wait_secs(Some("wait=99999999999999999999999")), None);
    }
}
