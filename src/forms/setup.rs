//! The setup form of any catalogue model: the name plus the model's fields.

use injixo_contract::{
    rules, CreateIntegration, FieldError, FieldErrorCode, FieldKind, FieldValue, Model,
};
use std::collections::BTreeMap;

/// Field id of the integration name, which every model has.
pub const NAME: &str = "name";

/// What the admin typed, by field id. Kept as typed (not normalized) so nothing they
/// wrote changes under their fingers; normalization happens on the way out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    pub name: String,
    pub text: BTreeMap<String, String>,
    pub checked: BTreeMap<String, bool>,
}

impl Draft {
    fn settings(&self, model: &Model) -> BTreeMap<String, FieldValue> {
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
        name: draft.name.clone(),
        model: model.id.clone(),
        settings: draft.settings(model),
    };
    rules::validate_create(model, &raw).map_err(to_problems)
}

/// Validates one field, for feedback when the admin leaves it.
pub fn validate_one(model: &Model, draft: &Draft, id: &str) -> Option<FieldErrorCode> {
    if id == NAME {
        return rules::validate_name(&draft.name).err();
    }
    let field = model.field(id)?;
    let settings = draft.settings(model);
    rules::validate_field(field, settings.get(id)).err()
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
        .chain(model.fields().map(|f| f.id.as_str()))
        .find(|id| problems.contains_key(*id))
}

#[cfg(test)]
mod tests;
