//! The form of any catalogue model, for adding (setup) and for editing: the name
//! plus the model's fields.

use crate::csv::draft::CsvDraft;
use injixo_contract::{
    rules, CloudLink, CreateIntegration, FieldError, FieldErrorCode, FieldKind, FieldValue,
    Integration, Model, UpdateIntegration,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Field id of the integration name, which every model has.
pub const NAME: &str = "name";

/// What the admin typed, by field id. Kept as typed (not normalized) so nothing they
/// wrote changes under their fingers; normalization happens on the way out.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub name: String,
    pub text: BTreeMap<String, String>,
    pub checked: BTreeMap<String, bool>,
    /// The injixo Cloud Link claimed with a PIN (on-premise models). Kept in the
    /// draft: a claimed PIN cannot be claimed again, so a reload must not lose it.
    #[serde(default)]
    pub cloud_link: Option<CloudLink>,
    /// The CSV schema made with *Create a new CSV schema* (CSV models), or the saved
    /// one. Kept in the draft, its sample only while small (see `CsvDraft`).
    #[serde(default)]
    pub csv: Option<CsvDraft>,
}

/// Pseudo field id of the Cloud Link section, for its problem (not linked yet).
pub const CLOUD_LINK: &str = "cloud_link";

/// Pseudo field id of the CSV schema (also the server's name for it in field errors).
pub const CSV_SCHEMA: &str = "csv_schema";

/// The catalogue's field *Type of import data* of the CSV model.
pub const IMPORT_DATA_TYPE: &str = "import_data_type";

mod csv_schema;
pub use csv_schema::CsvProblem;

fn is_secret(model: &Model, id: &str) -> bool {
    model
        .field(id)
        .is_some_and(|f| matches!(f.kind, FieldKind::Secret { .. }))
}

impl Draft {
    /// The form of a saved integration: its values, and empty secret fields (saved
    /// secrets are never sent to the browser, so there is nothing to fill in).
    pub fn from_integration(model: &Model, saved: &Integration) -> Draft {
        let mut draft = Draft {
            name: saved.name.clone(),
            cloud_link: saved.cloud_link.clone(),
            ..Draft::default()
        };
        for field in model.fields() {
            match (&field.kind, saved.settings.get(&field.id)) {
                (FieldKind::Checkbox, Some(FieldValue::Bool(b))) => {
                    draft.checked.insert(field.id.clone(), *b);
                }
                (_, Some(FieldValue::Text(t))) => {
                    draft.text.insert(field.id.clone(), t.clone());
                }
                (_, Some(FieldValue::Number(n))) => {
                    draft.text.insert(field.id.clone(), n.to_string());
                }
                _ => {}
            }
        }
        draft
    }

    /// What may be kept in the browser's session storage: everything but secrets.
    pub fn without_secrets(&self, model: &Model) -> Draft {
        let mut kept = self.clone();
        kept.text.retain(|id, _| !is_secret(model, id));
        kept
    }

    /// Nothing typed yet (worth neither a saved draft nor a leave warning).
    pub fn is_blank(&self) -> bool {
        self.name.trim().is_empty()
            && self.text.values().all(|v| v.trim().is_empty())
            && self.checked.values().all(|c| !c)
            && self.cloud_link.is_none()
            && self.csv.is_none()
    }

    /// The values of the fields shown for these values: a field hidden by another
    /// field's value is neither validated nor sent.
    fn settings(&self, model: &Model) -> BTreeMap<String, FieldValue> {
        let all = self.all_settings(model);
        all.iter()
            .filter(|(id, _)| model.field(id).is_some_and(|f| f.visible(&all)))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    /// The values the form would send (shown fields only), as the contract types them.
    pub fn values(&self, model: &Model) -> BTreeMap<String, FieldValue> {
        self.settings(model)
    }

    /// Whether field `id` is shown for these values.
    pub fn shows(&self, model: &Model, id: &str) -> bool {
        model
            .field(id)
            .is_none_or(|f| f.visible(&self.all_settings(model)))
    }

    fn all_settings(&self, model: &Model) -> BTreeMap<String, FieldValue> {
        model
            .fields()
            .filter_map(|f| match f.kind {
                FieldKind::Checkbox => self
                    .checked
                    .get(&f.id)
                    .map(|b| (f.id.clone(), FieldValue::Bool(*b))),
                _ => self
                    .text
                    .get(&f.id)
                    .map(|s| (f.id.clone(), FieldValue::Text(s.clone()))),
            })
            .collect()
    }
}

/// Field id → problem, for every field of the draft that the shared rules reject.
pub type Problems = BTreeMap<String, FieldErrorCode>;

/// Validates the draft with the same rules the server runs. On success returns the
/// normalized request to send.
pub fn validate(model: &Model, draft: &Draft) -> Result<CreateIntegration, Problems> {
    let raw = CreateIntegration {
        csv_schema: draft.csv.as_ref().and_then(CsvDraft::to_request),
        cloud_link_id: draft.cloud_link.as_ref().map(|l| l.id.clone()),
        name: draft.name.clone(),
        model: model.id.clone(),
        settings: draft.settings(model),
    };
    let checked = rules::validate_create(model, &raw).map_err(to_problems);
    // The server refuses an on-premise integration without a linked client, and a
    // CSV integration without its schema; say so at the section before sending.
    let unlinked =
        model.cloud_link.as_ref().is_some_and(|c| c.required) && draft.cloud_link.is_none();
    with_own_problems(checked, unlinked, draft.csv_problem(model).is_some())
}

/// `checked` with the problems of the Cloud Link and CSV schema sections added.
fn with_own_problems<T>(
    checked: Result<T, Problems>,
    unlinked: bool,
    no_schema: bool,
) -> Result<T, Problems> {
    let mut own = Problems::new();
    if unlinked {
        own.insert(CLOUD_LINK.to_string(), FieldErrorCode::Required);
    }
    if no_schema {
        own.insert(CSV_SCHEMA.to_string(), FieldErrorCode::Required);
    }
    match checked {
        Ok(req) if own.is_empty() => Ok(req),
        Ok(_) => Err(own),
        Err(mut problems) => {
            problems.extend(own);
            Err(problems)
        }
    }
}

/// Validates one field, for feedback when the admin leaves it. When editing, an
/// empty secret is fine: it keeps the saved one.
pub fn validate_one(
    model: &Model,
    draft: &Draft,
    id: &str,
    editing: bool,
) -> Option<FieldErrorCode> {
    if id == NAME {
        return rules::validate_name(&draft.name).err();
    }
    let field = model.field(id)?;
    if !draft.shows(model, id) {
        return None;
    }
    let settings = draft.settings(model);
    let value = settings.get(id);
    let keeps_saved_secret = editing
        && is_secret(model, id)
        && value
            .and_then(FieldValue::as_text)
            .is_none_or(|t| t.trim().is_empty());
    if keeps_saved_secret {
        return None;
    }
    rules::validate_field(field, value).err()
}

/// The change an edited draft makes to `saved`: the name if it changed, every
/// non-secret value, and the secrets that were typed anew.
pub fn update_request(model: &Model, saved: &Integration, draft: &Draft) -> UpdateIntegration {
    let settings = draft
        .settings(model)
        .into_iter()
        .filter(|(id, v)| {
            !is_secret(model, id) || v.as_text().is_some_and(|t| !t.trim().is_empty())
        })
        .collect();
    let name = (rules::normalize_name(&draft.name) != saved.name).then(|| draft.name.clone());
    // A new installation claimed on the edit form replaces the linked one.
    let cloud_link_id = draft
        .cloud_link
        .as_ref()
        .filter(|l| saved.cloud_link.as_ref().is_none_or(|s| s.id != l.id))
        .map(|l| l.id.clone());
    // A schema made or changed in this form replaces the saved one.
    let csv_schema = draft
        .csv
        .as_ref()
        .filter(|c| c.edited)
        .and_then(CsvDraft::to_request);
    UpdateIntegration {
        csv_schema,
        cloud_link_id,
        name,
        settings,
    }
}

/// Validates an edited draft with the server's rules; returns the request to send.
pub fn validate_edit(
    model: &Model,
    saved: &Integration,
    draft: &Draft,
) -> Result<UpdateIntegration, Problems> {
    let checked = rules::validate_update(model, saved, &update_request(model, saved, draft))
        .map_err(to_problems);
    with_own_problems(checked, false, draft.csv_problem(model).is_some())
}

/// Server field errors in the same shape; errors on fields the form does not show
/// are dropped here and reported by the form-level message instead.
pub fn to_problems(errors: Vec<FieldError>) -> Problems {
    errors.into_iter().map(|e| (e.field, e.code)).collect()
}

/// The field to focus after a failed submit: the first one with a problem, in the
/// order the form shows them.
pub fn first_invalid<'a>(model: &'a Model, problems: &Problems) -> Option<&'a str> {
    std::iter::once(NAME)
        .chain(std::iter::once(CLOUD_LINK))
        .chain(model.fields().map(|f| f.id.as_str()))
        .chain(std::iter::once(CSV_SCHEMA))
        .find(|id| problems.contains_key(*id))
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod csv_tests;
