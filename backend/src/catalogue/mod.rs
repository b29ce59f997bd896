//! The catalogue this backend offers, one module per vendor. Every `*_id` is a
//! Fluent message id that the SPA defines in all locales; the ids are written out
//! as literals (never assembled with `format!`) so that a search for an id finds
//! its use, and the SPA's l10n test can collect them from this folder.
//!
//! Fields, sections and wording follow the vendor's help-center article
//! (`help_path`), and the plans are the article's `product_label`s.

mod csv;
mod five9;
mod freshworks;
mod genesys;
mod odigo;
mod on_premise;
pub mod samples;
mod talkdesk;
mod ujet;
mod universal;
mod vonage;
mod zendesk;

use injixo_contract::{
    Catalogue, Condition, Delivery, Field, FieldErrorCode, FieldKind, FieldValue, ForeignDomain,
    HelpSection, Model, Plan, Section, SelectOption,
};

/// The catalogue the backend serves: every vendor and its models.
pub fn catalogue() -> Catalogue {
    Catalogue {
        vendors: vec![
            freshworks::vendor(),
            five9::vendor(),
            vonage::vendor(),
            talkdesk::vendor(),
            ujet::vendor(),
            odigo::vendor(),
            zendesk::vendor(),
            genesys::vendor(),
            on_premise::mitel::vendor(),
            on_premise::sikom::vendor(),
            on_premise::avaya_cms::vendor(),
            on_premise::cisco_icm::vendor(),
            universal::vendor(),
        ],
    }
}

/// The plans of articles labelled `advanced`, `enterprise`.
const ADVANCED_AND_UP: [Plan; 2] = [Plan::Advanced, Plan::Enterprise];
/// The plans of articles labelled with every plan.
const EVERY_PLAN: [Plan; 4] = [
    Plan::Essential,
    Plan::Advanced,
    Plan::Enterprise,
    Plan::Classic,
];

/// A cloud model with no fields, features or plans yet; each vendor module fills
/// in the rest with struct-update syntax.
fn model(id: &str, name: &str, description_id: &str, help_path: &str) -> Model {
    Model {
        csv_schema: Default::default(),
        cloud_link: None,
        id: id.into(),
        name: name.into(),
        description_id: description_id.into(),
        delivery: Delivery::Cloud,
        features: Vec::new(),
        plans: Vec::new(),
        key_use: None,
        marketplace_url: None,
        key_steps: Vec::new(),
        help_path: Some(help_path.into()),
        sections: Vec::new(),
        data_help: Vec::new(),
    }
}

fn section(id: &str, title_id: &str, fields: Vec<Field>) -> Section {
    Section {
        id: id.into(),
        title_id: title_id.into(),
        help_id: None,
        fields,
    }
}

/// A section with a paragraph under its heading (what the vendor must grant, say).
fn section_with_help(id: &str, title_id: &str, help_id: &str, fields: Vec<Field>) -> Section {
    Section {
        help_id: Some(help_id.into()),
        ..section(id, title_id, fields)
    }
}

/// A required field; see the helpers below for each kind.
fn field(id: &str, label_id: &str, help_id: Option<&str>, kind: FieldKind) -> Field {
    Field {
        id: id.into(),
        label_id: label_id.into(),
        help_id: help_id.map(Into::into),
        kind,
        required: true,
        immutable: false,
        visible_when: None,
        error_ids: Default::default(),
    }
}

/// The vendor domain, always field `domain`. The shared help text names the
/// product and an example domain, which the SPA fills in from the model.
fn domain(suffix: &str, foreign: &[(&str, &str)]) -> Field {
    let foreign = foreign
        .iter()
        .map(|(suffix, product)| ForeignDomain {
            suffix: (*suffix).into(),
            product: (*product).into(),
        })
        .collect();
    field(
        "domain",
        "setup-field-domain",
        Some("setup-field-domain-help"),
        FieldKind::Domain {
            suffix: suffix.into(),
            foreign,
        },
    )
}

/// Plain text such as a user name or a client id.
fn text(id: &str, label_id: &str, help_id: Option<&str>, max_len: u32) -> Field {
    field(id, label_id, help_id, FieldKind::Text { max_len })
}

/// A write-only credential. Long enough for any vendor's keys and tokens.
fn secret(id: &str, label_id: &str, help_id: Option<&str>) -> Field {
    field(id, label_id, help_id, FieldKind::Secret { max_len: 512 })
}

/// A required choice of `(value, label_id)` options, in the order shown.
fn select(id: &str, label_id: &str, help_id: Option<&str>, options: &[(&str, &str)]) -> Field {
    let options = options
        .iter()
        .map(|(value, label_id)| SelectOption {
            value: (*value).into(),
            label_id: (*label_id).into(),
        })
        .collect();
    field(id, label_id, help_id, FieldKind::Select { options })
}

/// A required whole number within `min..=max`.
fn number(id: &str, label_id: &str, help_id: Option<&str>, min: i64, max: i64) -> Field {
    field(id, label_id, help_id, FieldKind::Number { min, max })
}

/// A required IANA time zone, chosen from a list.
fn time_zone(id: &str, label_id: &str, help_id: Option<&str>) -> Field {
    field(id, label_id, help_id, FieldKind::TimeZone)
}

/// A required https address; `path_required` when the host alone is not enough.
fn url(id: &str, label_id: &str, help_id: Option<&str>, path_required: bool) -> Field {
    field(id, label_id, help_id, FieldKind::Url { path_required })
}

/// `field`, with its own messages for these problems instead of the general ones.
fn with_errors(field: Field, errors: &[(FieldErrorCode, &str)]) -> Field {
    let mut field = field;
    field
        .error_ids
        .extend(errors.iter().map(|(code, id)| (*code, (*id).to_string())));
    field
}

/// `field`, shown (and validated, required and stored) only while the checkbox
/// `checkbox` is ticked.
fn when_checked(field: Field, checkbox: &str) -> Field {
    Field {
        visible_when: Some(Condition {
            field: checkbox.into(),
            equals: FieldValue::Bool(true),
        }),
        ..field
    }
}

/// A field that cannot be changed once the integration is saved.
fn immutable(field: Field) -> Field {
    Field {
        immutable: true,
        ..field
    }
}

/// An optional checkbox; left out, it is stored as `false`.
fn checkbox(id: &str, label_id: &str, help_id: Option<&str>) -> Field {
    Field {
        required: false,
        ..field(id, label_id, help_id, FieldKind::Checkbox)
    }
}

fn help(title_id: &str, paragraph_ids: &[&str]) -> HelpSection {
    HelpSection {
        title_id: title_id.into(),
        paragraph_ids: paragraph_ids.iter().map(|&p| p.into()).collect(),
    }
}

#[cfg(test)]
mod tests;
