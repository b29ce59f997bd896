//! `POST /external-systems/agent-statuses`, modelled on the public injixo API's
//! Agent Status resource. A body that is not a JSON object is a 400; an object is
//! checked field by field, and every problem is a field error (422
//! `validation_failed`) named by its JSON Pointer: `/data/3/startTime`.

use super::{accept, authenticate};
use crate::{clock, json::ApiJson, problem::ApiError, state::AppState};
use axum::{
    extract::{FromRequest, Request, State},
    http::StatusCode,
    Json,
};
use injixo_contract::{
    AgentStatus, AgentStatuses, DeliveryMeta, EventsAccepted, FieldError, FieldErrorCode,
    AGENT_STATUSES_MAX_ITEMS, EXTERNAL_TEXT_MAX_CHARS,
};
use serde_json::{Map, Value};
use time::OffsetDateTime;

pub(super) async fn post(
    State(state): State<AppState>,
    req: Request,
) -> Result<(StatusCode, Json<EventsAccepted>), ApiError> {
    let sender = authenticate(&state, req.headers())?;
    let ApiJson(body) = ApiJson::<Map<String, Value>>::from_request(req, &()).await?;
    let statuses = check(&body, sender.configuration_id).map_err(ApiError::validation)?;
    accept(&state, &sender, statuses.data.len())
}

/// The statuses of `body`, or every problem with it. `configuration_id` is that of
/// the integration whose key sent it, which `meta` must name.
fn check(
    body: &Map<String, Value>,
    configuration_id: u64,
) -> Result<AgentStatuses, Vec<FieldError>> {
    let mut check = Check::default();
    let data = check.data(body.get("data"));
    let meta = check.meta(body.get("meta"), configuration_id);
    match (data, meta) {
        (Ok(data), Ok(meta)) => Ok(AgentStatuses { data, meta }),
        _ => Err(check.errors),
    }
}

/// Stands for a value that was refused; its field error is recorded.
struct Refused;

type Checked<T> = Result<T, Refused>;

/// The field errors found so far. Every `Err(Refused)` has recorded one, so a body
/// is valid exactly when nothing was refused.
#[derive(Default)]
struct Check {
    errors: Vec<FieldError>,
}

impl Check {
    fn refuse<T>(&mut self, field: String, code: FieldErrorCode) -> Checked<T> {
        self.errors.push(FieldError { field, code });
        Err(Refused)
    }

    /// `/data`: 1 to `AGENT_STATUSES_MAX_ITEMS` statuses. A batch over the limit is
    /// refused as a whole, its items unread.
    fn data(&mut self, value: Option<&Value>) -> Checked<Vec<AgentStatus>> {
        let field = "/data".to_string();
        let items = match value {
            None | Some(Value::Null) => return self.refuse(field, FieldErrorCode::Required),
            Some(Value::Array(items)) => items,
            Some(_) => return self.refuse(field, FieldErrorCode::InvalidType),
        };
        if items.is_empty() {
            return self.refuse(field, FieldErrorCode::Required);
        }
        if items.len() > AGENT_STATUSES_MAX_ITEMS {
            return self.refuse(field, FieldErrorCode::TooLong);
        }
        // Every item is checked (no short cut), so that all its errors are listed.
        let statuses: Vec<Checked<AgentStatus>> = items
            .iter()
            .enumerate()
            .map(|(i, item)| self.status(&format!("/data/{i}"), item))
            .collect();
        statuses.into_iter().collect()
    }

    fn status(&mut self, at: &str, item: &Value) -> Checked<AgentStatus> {
        let Value::Object(item) = item else {
            return self.refuse(at.to_string(), FieldErrorCode::InvalidType);
        };
        let agent = self.identifier(item, at, "agentIdentifier");
        let activity = self.identifier(item, at, "activityIdentifier");
        let start = match self.time(item, at, "startTime") {
            Ok(Some(start)) => Ok(start),
            Ok(None) => self.refuse(format!("{at}/startTime"), FieldErrorCode::Required),
            Err(refused) => Err(refused),
        };
        let mut end = self.time(item, at, "endTime");
        if let (Ok((_, start)), Ok(Some((_, until)))) = (&start, &end) {
            if until <= start {
                end = self.refuse(format!("{at}/endTime"), FieldErrorCode::EndBeforeStart);
            }
        }
        Ok(AgentStatus {
            agent_identifier: agent?,
            activity_identifier: activity?,
            start_time: start?.0,
            end_time: end?.map(|(text, _)| text),
        })
    }

    /// `/meta`: the integration's configuration ID (required, and it must be the
    /// sender's) and, optionally, the name of the external system.
    fn meta(&mut self, value: Option<&Value>, configuration_id: u64) -> Checked<DeliveryMeta> {
        let meta = match value {
            None | Some(Value::Null) => {
                return self.refuse("/meta".to_string(), FieldErrorCode::Required)
            }
            Some(Value::Object(meta)) => meta,
            Some(_) => return self.refuse("/meta".to_string(), FieldErrorCode::InvalidType),
        };
        let field = "/meta/integrationConfigurationId".to_string();
        let id = match meta.get("integrationConfigurationId") {
            None | Some(Value::Null) => self.refuse(field, FieldErrorCode::Required),
            Some(Value::Number(n)) if n.as_u64() == Some(configuration_id) => Ok(configuration_id),
            // Any other whole number, negative ones too, names some other integration.
            Some(Value::Number(n)) if n.is_u64() || n.is_i64() => {
                self.refuse(field, FieldErrorCode::IntegrationMismatch)
            }
            Some(_) => self.refuse(field, FieldErrorCode::InvalidType),
        };
        let external_system = self.text(meta, "/meta", "externalSystem");
        Ok(DeliveryMeta {
            integration_configuration_id: id?,
            external_system: external_system?,
        })
    }

    /// A required identifier: text with more than white space.
    fn identifier(&mut self, object: &Map<String, Value>, at: &str, key: &str) -> Checked<String> {
        match self.text(object, at, key)? {
            Some(text) if !text.trim().is_empty() => Ok(text),
            _ => self.refuse(format!("{at}/{key}"), FieldErrorCode::Required),
        }
    }

    /// An optional string of at most `EXTERNAL_TEXT_MAX_CHARS`; absent or `null` is
    /// `None`.
    fn text(
        &mut self,
        object: &Map<String, Value>,
        at: &str,
        key: &str,
    ) -> Checked<Option<String>> {
        let field = format!("{at}/{key}");
        match object.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(text)) if text.chars().count() > EXTERNAL_TEXT_MAX_CHARS => {
                self.refuse(field, FieldErrorCode::TooLong)
            }
            Some(Value::String(text)) => Ok(Some(text.clone())),
            Some(_) => self.refuse(field, FieldErrorCode::InvalidType),
        }
    }

    /// An optional RFC 3339 time, as sent and as read; absent or `null` is `None`.
    fn time(
        &mut self,
        object: &Map<String, Value>,
        at: &str,
        key: &str,
    ) -> Checked<Option<(String, OffsetDateTime)>> {
        let field = format!("{at}/{key}");
        match object.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(text)) => match clock::parse(text) {
                Some(t) => Ok(Some((text.clone(), t))),
                None => self.refuse(field, FieldErrorCode::TimeInvalid),
            },
            Some(_) => self.refuse(field, FieldErrorCode::InvalidType),
        }
    }
}
