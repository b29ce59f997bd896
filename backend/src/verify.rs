//! Simulated credential verification. The real injixo backend calls the vendor's API;
//! this one decides from fixed fixtures so tests can drive every outcome. The
//! fixtures go by field kind: they apply to every `domain` and every `secret` field
//! of every model (an API key, a password, an API token, a client secret). A model
//! without a `domain` field names the field that locates its account instead
//! (`LOCATORS`), so that every model can be down, slow or (where that field is a
//! host name) unreachable. Keep in step with the README's and `docs/openapi.yaml`'s
//! "Verification fixtures" tables.

use injixo_contract::{Field, FieldError, FieldErrorCode, FieldKind, FieldValue, Model};
use std::collections::BTreeMap;
use std::time::Duration;

/// Domains (and host-name locators) whose first label is this are "unreachable":
/// nothing answers there.
pub const UNREACHABLE_SUBDOMAIN: &str = "unreachable";
/// Locators (domains included) whose first label is this have the vendor "down":
/// 503 with Retry-After.
pub const DOWN_SUBDOMAIN: &str = "down";
/// Locators (domains included) whose first label is this answer after `SLOW_DELAY`.
pub const SLOW_SUBDOMAIN: &str = "slow";
/// How long a `slow` domain takes to answer.
pub const SLOW_DELAY: Duration = Duration::from_millis(1500);
/// A secret (of any secret field) with exactly this value is rejected by the vendor.
pub const INVALID_SECRET: &str = "invalid-api-key";
/// Secrets starting with this belong to a user (or client) without the role the
/// vendor's article asks for (Account Administrator, ADMIN and REPORTING,
/// administrative permissions, the Genesys Cloud permissions, the Talkdesk scopes).
pub const AGENT_SECRET_PREFIX: &str = "agent-";

/// How a field locates the vendor account, for the `down`, `slow` and `unreachable`
/// fixtures.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Locator {
    /// A host name, or its first label: it can be unreachable.
    Host,
    /// An account's name or id: the vendor is down or slow, never unreachable.
    Account,
}

/// Models without a `domain` field: `(model, field)` of the field whose first label
/// (the part before the first `.`) is matched like a domain's.
const LOCATORS: &[(&str, &str, Locator)] = &[
    ("five9", "username", Locator::Account),
    ("genesys-cloud", "api_key", Locator::Account),
    ("vonage", "client_id", Locator::Account),
    ("talkdesk", "account_name", Locator::Account),
    ("ujet", "subdomain", Locator::Host),
    ("odigo", "api_domain", Locator::Host),
];

fn locator(model: &Model, field: &Field) -> Option<Locator> {
    if matches!(field.kind, FieldKind::Domain { .. }) {
        return Some(Locator::Host);
    }
    LOCATORS
        .iter()
        .find(|(m, f, _)| *m == model.id && *f == field.id)
        .map(|(_, _, l)| *l)
}

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
        match locator(model, field) {
            Some(_) if first_label == SLOW_SUBDOMAIN => {
                tokio::time::sleep(SLOW_DELAY).await;
            }
            Some(_) if first_label == DOWN_SUBDOMAIN => {
                return Verdict::VendorUnavailable;
            }
            Some(Locator::Host) if first_label == UNREACHABLE_SUBDOMAIN => {
                // Without a reachable domain the credentials cannot be checked at all.
                return Verdict::Rejected(vec![FieldError {
                    field: field.id.clone(),
                    code: FieldErrorCode::DomainUnreachable,
                }]);
            }
            _ => {}
        }
        match field.kind {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locator_is_a_text_field_of_a_model_without_a_domain() {
        let catalogue = crate::catalogue::catalogue();
        for (model_id, field_id, _) in LOCATORS {
            let (_, model) = catalogue.model(model_id).expect("a model");
            let field = model.field(field_id).expect("a field of the model");
            assert!(
                matches!(field.kind, FieldKind::Text { .. }),
                "{model_id}.{field_id}"
            );
            assert!(
                !model
                    .fields()
                    .any(|f| matches!(f.kind, FieldKind::Domain { .. })),
                "{model_id} has a domain field: the fixtures use that"
            );
        }
    }

    /// Models with injixo Cloud Link are verified by their linked client instead.
    #[test]
    fn every_model_can_be_down() {
        for vendor in crate::catalogue::catalogue().vendors {
            let vendor_checked = |m: &&Model| !m.sections.is_empty() && m.cloud_link.is_none();
            for model in vendor.models.iter().filter(vendor_checked) {
                assert!(
                    model.fields().any(|f| locator(model, f).is_some()),
                    "{}: no field for the down/slow fixtures",
                    model.id
                );
            }
        }
    }
}
