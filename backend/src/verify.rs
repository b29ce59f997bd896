//! Simulated credential verification. The real injixo backend calls the vendor's API;
//! this one decides from fixed fixtures so tests can drive every outcome. The
//! fixtures go by field kind, not by model: they apply to every `domain` and every
//! `secret` field of every model (an API key, a password, an API token, an API
//! secret). Keep in step with the README's and `docs/openapi.yaml`'s
//! "Verification fixtures" tables.

use injixo_contract::{FieldError, FieldErrorCode, FieldKind, FieldValue, Model};
use std::collections::BTreeMap;
use std::time::Duration;

/// Domains whose first label is this are "unreachable": nothing answers there.
pub const UNREACHABLE_SUBDOMAIN: &str = "unreachable";
/// Domains whose first label is this have the vendor "down": 503 with Retry-After.
pub const DOWN_SUBDOMAIN: &str = "down";
/// Domains whose first label is this answer after `SLOW_DELAY`.
pub const SLOW_SUBDOMAIN: &str = "slow";
/// How long a `slow` domain takes to answer.
pub const SLOW_DELAY: Duration = Duration::from_millis(1500);
/// A secret (of any secret field) with exactly this value is rejected by the vendor.
pub const INVALID_SECRET: &str = "invalid-api-key";
/// Secrets starting with this belong to a user without the role the vendor's article
/// asks for (Account Administrator, ADMIN and REPORTING, administrative permissions).
pub const AGENT_SECRET_PREFIX: &str = "agent-";

#[derive(Debug, PartialEq)]
/// What the vendor says about the credentials.
pub enum Verdict {
    /// Accepted.
    Ok,
    /// Refused, with the fields to blame.
    Rejected(Vec<FieldError>),
    /// Not reachable, or down: the client may retry later.
    VendorUnavailable,
}

/// Verifies normalized settings of `model` as the vendor would.
pub async fn verify(model: &Model, settings: &BTreeMap<String, FieldValue>) -> Verdict {
    let mut errors = Vec::new();
    for field in model.fields() {
        let Some(value) = settings.get(&field.id).and_then(FieldValue::as_text) else {
            continue;
        };
        let first_label = value.split('.').next().unwrap_or_default();
        match field.kind {
            FieldKind::Domain { .. } if first_label == SLOW_SUBDOMAIN => {
                tokio::time::sleep(SLOW_DELAY).await;
            }
            FieldKind::Domain { .. } if first_label == DOWN_SUBDOMAIN => {
                return Verdict::VendorUnavailable;
            }
            FieldKind::Domain { .. } if first_label == UNREACHABLE_SUBDOMAIN => {
                // Without a reachable domain the credentials cannot be checked at all.
                return Verdict::Rejected(vec![FieldError {
                    field: field.id.clone(),
                    code: FieldErrorCode::DomainUnreachable,
                }]);
            }
            FieldKind::Secret { .. } if value == INVALID_SECRET => errors.push(FieldError {
                field: field.id.clone(),
                code: FieldErrorCode::CredentialsInvalid,
            }),
            FieldKind::Secret { .. } if value.starts_with(AGENT_SECRET_PREFIX) => {
                errors.push(FieldError {
                    field: field.id.clone(),
                    code: FieldErrorCode::CredentialsInsufficientRole,
                })
            }
            _ => {}
        }
    }
    if errors.is_empty() {
        Verdict::Ok
    } else {
        Verdict::Rejected(errors)
    }
}
