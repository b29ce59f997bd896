//! The automatic import through injixo Cloud Link: the client watches its import
//! folder and sends each new file (`POST /cloud-link/client/csv-files`) for the CSV
//! integration whose saved settings link it; the server analyses it with the saved
//! schema and applies it at once (`csv::import_from_cloud_link`). The client asks
//! first which CSV integrations it serves (`GET /cloud-link/client/csv-integrations`),
//! so that it does not send a file that nothing would take.
//!
//! Authenticated like every client endpoint (`Authorization: Bearer <token>`, see
//! `cloud_link_client`); no session, no CSRF token.

use super::{cloud_link_client::authenticate, csv};
use crate::{db, problem::ApiError, state::AppState};
use axum::{
    extract::{RawQuery, Request, State},
    http::{HeaderMap, StatusCode},
    response::Response,
    Json,
};
use injixo_contract::{
    ClientCsvIntegration, ClientCsvIntegrations, ErrorCode, FieldError, FieldErrorCode,
    CSV_MODEL_ID,
};

/// The query parameter that names the integration a file is for.
pub const INTEGRATION_PARAM: &str = "integration_id";

/// The CSV integrations the client serves, after recording that it was seen (a file
/// or a look at its integrations is a sign of life like a heartbeat).
fn served(state: &AppState, client_id: &str) -> Result<Vec<ClientCsvIntegration>, ApiError> {
    let conn = state.db.lock().expect("db lock");
    db::touch_client(&conn, client_id, &state.clock.now_rfc3339(), None)?;
    let rows = db::client_integrations(&conn, client_id, CSV_MODEL_ID)?;
    Ok(rows
        .into_iter()
        .map(|(id, name)| ClientCsvIntegration { id, name })
        .collect())
}

/// `GET /cloud-link/client/csv-integrations`.
pub async fn csv_integrations(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<ClientCsvIntegrations>, ApiError> {
    let client_id = authenticate(&state, &headers)?;
    let items = served(&state, &client_id)?;
    Ok(Json(ClientCsvIntegrations { items }))
}

/// 422 `cloud_link_not_connected`: from this client's point of view, the Cloud Link
/// is not connected to (that) CSV integration. The same answer whether another
/// integration with that id exists or not: a client learns nothing of integrations
/// it does not serve.
fn not_linked() -> ApiError {
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        ErrorCode::CloudLinkNotConnected,
    )
}

/// The value of `integration_id` in the query string (the last one), decoded.
fn integration_param(query: Option<&str>) -> Option<Result<String, ()>> {
    let raw = query?
        .rsplit('&')
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
        .find(|(key, _)| *key == INTEGRATION_PARAM)?
        .1;
    Some(csv::percent_decode(raw.as_bytes()).ok_or(()))
}

/// The integration a file is for: the one named, which this client must serve, or
/// without a name the only CSV integration it serves.
fn target(
    served: &[ClientCsvIntegration],
    named: Option<Result<String, ()>>,
) -> Result<String, ApiError> {
    match (named, served) {
        (Some(Ok(id)), _) if served.iter().any(|i| i.id == id) => Ok(id),
        (Some(_), _) | (None, []) => Err(not_linked()),
        (None, [only]) => Ok(only.id.clone()),
        // Several: guessing could import a file into the wrong integration.
        (None, _) => Err(ApiError::validation(vec![FieldError {
            field: INTEGRATION_PARAM.into(),
            code: FieldErrorCode::Required,
        }])),
    }
}

/// `POST /cloud-link/client/csv-files[?integration_id=…]`: the raw file as the body,
/// its name in `X-File-Name`, as an upload. 201 with the new import (`applied` or
/// `rejected`), or 200 with the earlier import of the same content.
pub async fn csv_file(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    req: Request,
) -> Result<Response, ApiError> {
    let client_id = authenticate(&state, req.headers())?;
    let served = served(&state, &client_id)?;
    let id = target(&served, integration_param(query.as_deref()))?;
    let (name, file) = csv::read_file(req).await?;
    let worker = state.clone();
    let (import, new) =
        csv::blocking(move || csv::cloud_link_import(&worker, &id, &name, &file)).await?;
    let status = if new {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    Ok(csv::import_response(status, &import))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn served(ids: &[&str]) -> Vec<ClientCsvIntegration> {
        ids.iter()
            .map(|id| ClientCsvIntegration {
                id: id.to_string(),
                name: format!("CSV {id}"),
            })
            .collect()
    }

    #[test]
    fn reads_the_integration_param() {
        assert_eq!(integration_param(None), None);
        assert_eq!(integration_param(Some("x=1")), None);
        assert_eq!(
            integration_param(Some("integration_id=a%2Db")),
            Some(Ok("a-b".into()))
        );
        assert_eq!(
            integration_param(Some("integration_id=a&integration_id=b")),
            Some(Ok("b".into()))
        );
        assert_eq!(
            integration_param(Some("integration_id")),
            Some(Ok("".into()))
        );
        assert_eq!(integration_param(Some("integration_id=%zz")), Some(Err(())));
    }

    #[test]
    fn picks_the_served_integration() {
        let code = |r: Result<String, ApiError>| r.unwrap_err().code;
        assert_eq!(target(&served(&["a"]), None).unwrap(), "a");
        assert_eq!(
            target(&served(&["a", "b"]), Some(Ok("b".into()))).unwrap(),
            "b"
        );
        assert_eq!(
            code(target(&served(&[]), None)),
            ErrorCode::CloudLinkNotConnected
        );
        assert_eq!(
            code(target(&served(&["a"]), Some(Ok("c".into())))),
            ErrorCode::CloudLinkNotConnected
        );
        assert_eq!(
            code(target(&served(&["a"]), Some(Err(())))),
            ErrorCode::CloudLinkNotConnected
        );
        let several = target(&served(&["a", "b"]), None).unwrap_err();
        assert_eq!(several.code, ErrorCode::ValidationFailed);
        assert_eq!(several.errors[0].field, INTEGRATION_PARAM);
    }
}
