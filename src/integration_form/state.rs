//! The signals of one integration form and what they derive: the draft, each
//! field's problem (client rules, or what the server said), the localized text.

use super::logic::{self as form, CsvProblem, Draft, Problems};
use crate::csv::draft::CsvDraft;
use crate::csv::model::DataType;
use crate::i18n::{labels, msg, Args, I18n};
use injixo_contract::{rules, CloudLink, Field, FieldErrorCode, FieldKind, Integration, Model};
use leptos::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

#[derive(Clone)]
pub(crate) struct FormState {
    pub model: Arc<Model>,
    /// The saved integration when editing; `None` when adding.
    pub saved: Option<Arc<Integration>>,
    pub name: RwSignal<String>,
    pub text: Arc<BTreeMap<String, RwSignal<String>>>,
    pub checked: Arc<BTreeMap<String, RwSignal<bool>>>,
    /// Fields the admin left once: their problems show from then on.
    pub touched: RwSignal<BTreeSet<String>>,
    /// After a save attempt every problem shows.
    pub submitted: RwSignal<bool>,
    /// What the server said, per field, until that field is edited.
    pub server: RwSignal<Problems>,
    pub saving: RwSignal<bool>,
    /// Saved secrets the admin chose to replace (edit only).
    pub replacing: RwSignal<BTreeSet<String>>,
    /// The injixo Cloud Link claimed for this form (on-premise models).
    pub cloud_link: RwSignal<Option<CloudLink>>,
    /// The CSV schema (CSV model).
    pub csv: RwSignal<Option<CsvDraft>>,
    /// The schema wizard is open, for this type of import data.
    pub csv_wizard: RwSignal<Option<DataType>>,
    /// A mouse button or finger is down: fields left meanwhile wait in `pending`.
    pub pointer_held: StoredValue<bool>,
    pending: StoredValue<Vec<String>>,
}

/// DOM id of a field's input.
pub(crate) fn dom_id(field_id: &str) -> String {
    format!("ixi-form-{field_id}")
}

impl FormState {
    pub fn new(model: Arc<Model>, saved: Option<Arc<Integration>>, initial: &Draft) -> Self {
        let text = model
            .fields()
            .filter(|f| !matches!(f.kind, FieldKind::Checkbox))
            .map(|f| {
                let v = initial.text.get(&f.id).cloned().unwrap_or_default();
                (f.id.clone(), RwSignal::new(v))
            })
            .collect();
        let checked = model
            .fields()
            .filter(|f| matches!(f.kind, FieldKind::Checkbox))
            .map(|f| {
                let v = initial.checked.get(&f.id).copied().unwrap_or(false);
                (f.id.clone(), RwSignal::new(v))
            })
            .collect();
        let state = Self {
            model,
            saved,
            name: RwSignal::new(initial.name.clone()),
            text: Arc::new(text),
            checked: Arc::new(checked),
            touched: RwSignal::new(BTreeSet::new()),
            submitted: RwSignal::new(false),
            server: RwSignal::new(Problems::new()),
            saving: RwSignal::new(false),
            replacing: RwSignal::new(BTreeSet::new()),
            cloud_link: RwSignal::new(initial.cloud_link.clone()),
            csv: RwSignal::new(initial.csv.clone()),
            csv_wizard: RwSignal::new(None),
            pointer_held: StoredValue::new(false),
            pending: StoredValue::new(Vec::new()),
        };
        state.retire_server_problems_on_edit();
        state
    }

    pub fn editing(&self) -> bool {
        self.saved.is_some()
    }

    /// The values as typed (tracked).
    pub fn draft(&self) -> Draft {
        Draft {
            name: self.name.get(),
            text: self
                .text
                .iter()
                .map(|(k, v)| (k.clone(), v.get()))
                .collect(),
            checked: self
                .checked
                .iter()
                .map(|(k, v)| (k.clone(), v.get()))
                .collect(),
            cloud_link: self.cloud_link.get(),
            csv: self.csv.get(),
        }
    }

    /// Editing a field retires what the server said about its old value.
    fn retire_server_problems_on_edit(&self) {
        let server = self.server;
        let text = self
            .text
            .iter()
            .map(|(k, v)| (k.clone(), *v))
            .chain(std::iter::once((form::NAME.to_string(), self.name)));
        for (id, signal) in text {
            Effect::new(move |prev: Option<String>| {
                let now = signal.get();
                if prev.is_some_and(|p| p != now) {
                    server.update(|s| {
                        s.remove(&id);
                    });
                }
                now
            });
        }
    }

    /// The admin left field `id`: its problems show from now on (or after the pointer
    /// press that made them leave, see `IntegrationForm`).
    pub fn touch(&self, id: &str) {
        if self.pointer_held.get_value() {
            self.pending.update_value(|p| p.push(id.to_string()));
        } else {
            self.touched.update(|t| {
                t.insert(id.to_string());
            });
        }
    }

    /// Shows the problems of the fields left during a pointer press.
    pub fn flush_touches(&self) {
        let Some(ids) = self.pending.try_update_value(std::mem::take) else {
            return;
        };
        if !ids.is_empty() {
            self.touched.update(|t| t.extend(ids));
        }
    }

    /// Whether field `id` is shown for the values typed so far (tracked).
    pub fn shows(&self, id: &str) -> bool {
        self.draft().shows(&self.model, id)
    }

    /// What stops the CSV schema from being saved (tracked).
    pub fn csv_problem(&self) -> Option<CsvProblem> {
        self.draft().csv_problem(&self.model)
    }

    /// The problem to show at field `id` now, if any (tracked).
    pub fn problem(&self, id: &str) -> Option<FieldErrorCode> {
        if let Some(code) = self.server.with(|s| s.get(id).copied()) {
            return Some(code);
        }
        if id == form::CLOUD_LINK {
            let required = self.model.cloud_link.as_ref().is_some_and(|c| c.required);
            let unlinked = required && self.cloud_link.with(Option::is_none);
            return (self.submitted.get() && unlinked).then_some(FieldErrorCode::Required);
        }
        if id == form::CSV_SCHEMA {
            let missing = self.csv_problem() == Some(CsvProblem::Missing);
            return (self.submitted.get() && missing).then_some(FieldErrorCode::Required);
        }
        let shown = self.submitted.get() || self.touched.with(|t| t.contains(id));
        shown
            .then(|| form::validate_one(&self.model, &self.draft(), id, self.editing()))
            .flatten()
    }

    /// The localized problem text of field `id` (tracked).
    pub fn problem_text(&self, i18n: I18n, id: &str) -> Option<String> {
        let code = self.problem(id)?;
        let value = if id == form::NAME {
            self.name.get()
        } else {
            self.text.get(id).map(|s| s.get()).unwrap_or_default()
        };
        Some(problem_text(
            i18n,
            &self.model,
            self.model.field(id),
            &value,
            code,
        ))
    }
}

/// The localized explanation of `code` for a field of `model`; every field-error
/// message gets the same variables (see errors.ftl).
pub(crate) fn problem_text(
    i18n: I18n,
    model: &Model,
    field: Option<&Field>,
    value: &str,
    code: FieldErrorCode,
) -> String {
    let mut args = Args::new().with("product", model.name.clone());
    let max = match field.map(|f| &f.kind) {
        Some(FieldKind::Text { max_len } | FieldKind::Secret { max_len }) => *max_len as i64,
        Some(FieldKind::Number { max, .. }) => *max,
        _ => rules::NAME_MAX_CHARS as i64,
    };
    let min = match field.map(|f| &f.kind) {
        Some(FieldKind::Number { min, .. }) => *min,
        _ => 0,
    };
    args.set("max", max);
    args.set("min", min);
    if let Some(FieldKind::Domain { suffix, foreign }) = field.map(|f| &f.kind) {
        args.set("example", domain_example(i18n, suffix));
        let other = rules::foreign_product(value, foreign).map(|f| f.product.clone());
        args.set("other", other.unwrap_or_default());
    } else {
        args.set("example", String::new());
        args.set("other", String::new());
    }
    // The field's own words for this problem, where the catalogue has them.
    if let Some(id) = field.and_then(|f| f.error_ids.get(&code)) {
        return i18n.t_data_args(id, &args);
    }
    let choice = matches!(
        field.map(|f| &f.kind),
        Some(FieldKind::Select { .. } | FieldKind::TimeZone)
    );
    i18n.t_args(labels::field_error(code, choice), &args)
}

/// `example.freshchat.com`, localized (`esempio.freshchat.com`, …).
pub(crate) fn domain_example(i18n: I18n, suffix: &str) -> String {
    i18n.fmt(&msg::setup_domain_example(suffix.to_string()))
}
