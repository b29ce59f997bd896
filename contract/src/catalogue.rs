//! The catalogue: vendors → models → form sections → fields.
//!
//! The SPA renders every setup form from this data, so a new model is data plus
//! translations. Text is never sent as prose: each `*_id` member names a Fluent
//! message the SPA owns (the ids are data, never assembled at runtime), and brand
//! names (`name`) are the only literal strings, because brands are not translated.

use crate::{FieldErrorCode, FieldValue};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// `GET /api/v1/catalogue`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Catalogue {
    pub vendors: Vec<Vendor>,
}

impl Catalogue {
    pub fn vendor(&self, id: &str) -> Option<&Vendor> {
        self.vendors.iter().find(|v| v.id == id)
    }

    /// Finds a model by id across all vendors.
    pub fn model(&self, id: &str) -> Option<(&Vendor, &Model)> {
        self.vendors
            .iter()
            .find_map(|v| v.models.iter().find(|m| m.id == id).map(|m| (v, m)))
    }
}

/// A catalogue tile.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Vendor {
    /// Stable slug, used in URLs (`freshworks`).
    pub id: String,
    /// Brand name, shown verbatim in every language.
    pub name: String,
    /// Fluent id of the tile's one-line description.
    pub description_id: String,
    /// The tile's button is *Select model* and leads to the vendor's models even
    /// when there is only one (the help articles say so for Genesys and Universal
    /// Interfaces); otherwise a vendor with a single model shows *Add integration*.
    #[serde(default)]
    pub always_select_model: bool,
    /// Fluent id of the tile's name when it is a description rather than a brand
    /// ("Universal Interfaces", which Dutch writes "Universal interfaces").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_id: Option<String>,
    pub models: Vec<Model>,
}

/// Something an admin can add an integration of (Freshchat, Freshdesk, …).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Model {
    /// Stable slug, used in URLs and stored on integrations (`freshchat`).
    pub id: String,
    /// Brand name, shown verbatim in every language.
    pub name: String,
    /// Fluent id of the model's description in the catalogue.
    pub description_id: String,
    pub delivery: Delivery,
    pub features: Vec<Feature>,
    /// injixo plans that include this model.
    pub plans: Vec<Plan>,
    /// What the integration's injixo API key is for, when the model uses one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_use: Option<KeyUse>,
    /// The injixo app's page in the vendor's marketplace, when the key is for an app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marketplace_url: Option<String>,
    /// The CSV model: the form has the *CSV schema configuration* section, whose
    /// schema travels as `CreateIntegration::csv_schema`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub csv_schema: bool,
    /// Models that import through injixo Cloud Link: its section in the form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud_link: Option<crate::CloudLinkSpec>,
    /// Fluent ids of steps of this model's own, after the key section's general ones
    /// (Freshdesk Contact Center: tick *Export real-time agent status data* in the app).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub key_steps: Vec<String>,
    /// Slug of the help-center article about this model (`add-freshchat-integration`);
    /// the SPA builds the link for the admin's language from its help base URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help_path: Option<String>,
    /// Form sections below the always-present name field.
    pub sections: Vec<Section>,
    /// How the imported data is counted, shown beside the setup form and on the
    /// integration page (empty when there is nothing model-specific to say).
    #[serde(default)]
    pub data_help: Vec<HelpSection>,
}

/// A titled block of help text: Fluent ids, one paragraph each.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HelpSection {
    pub title_id: String,
    pub paragraph_ids: Vec<String>,
}

impl Model {
    pub fn fields(&self) -> impl Iterator<Item = &Field> {
        self.sections.iter().flat_map(|s| s.fields.iter())
    }

    pub fn field(&self, id: &str) -> Option<&Field> {
        self.fields().find(|f| f.id == id)
    }
}

/// What an integration's injixo API key is for; the integration page shows the
/// matching section after saving.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyUse {
    /// The injixo app in the vendor's marketplace sends the data (the Freshworks
    /// models): *Install the injixo app*.
    App,
    /// The customer's own application calls the injixo API (the universal injixo API
    /// model): *Access injixo API*, with the integration configuration ID.
    Api,
    /// The vendor's system calls injixo at a URL that carries the key (Odigo):
    /// *Generate injixo URL token*, pasted into the vendor's configuration.
    UrlToken,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    Cloud,
    OnPremise,
}

/// What kind of data a model imports; shown as badges.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feature {
    CallHistory,
    ChatHistory,
    TicketHistory,
    EmailHistory,
    SocialMediaHistory,
    DocumentHistory,
    AgentStatus,
    Rta,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Plan {
    Essential,
    Advanced,
    Enterprise,
    Classic,
}

/// A titled group of fields (`Credentials`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    /// Fluent id of the section heading.
    pub title_id: String,
    /// Fluent id of a paragraph under the heading (what the vendor must grant, say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help_id: Option<String>,
    pub fields: Vec<Field>,
}

/// One input of a setup form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Field {
    /// Key in `settings` (`domain`, `api_key`).
    pub id: String,
    /// Fluent id of the label.
    pub label_id: String,
    /// Fluent id of the help text under the input, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help_id: Option<String>,
    pub kind: FieldKind,
    pub required: bool,
    /// Cannot be changed once the integration is saved.
    #[serde(default)]
    pub immutable: bool,
    /// Shown (and validated, required and stored) only while another field of the
    /// model has a given value; otherwise its value is ignored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visible_when: Option<Condition>,
    /// Fluent ids of this field's own explanation of a problem, where the model's
    /// words are better than the general ones (a Five9 user without the ADMIN and
    /// REPORTING roles, say). The general message is used for any other code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub error_ids: BTreeMap<FieldErrorCode, String>,
}

impl Field {
    /// Whether the field is shown for these values of the model's fields.
    pub fn visible(&self, settings: &BTreeMap<String, FieldValue>) -> bool {
        self.visible_when.as_ref().is_none_or(|c| c.holds(settings))
    }
}

/// "Field `field` has the value `equals`" (an unchecked checkbox is `false`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Condition {
    pub field: String,
    pub equals: FieldValue,
}

impl Condition {
    pub fn holds(&self, settings: &BTreeMap<String, FieldValue>) -> bool {
        match (settings.get(&self.field), &self.equals) {
            (Some(v), want) => v == want,
            (None, FieldValue::Bool(false)) => true,
            (None, _) => false,
        }
    }
}

/// How a field is entered and validated; see `rules` for the rules of each kind.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FieldKind {
    Text {
        max_len: u32,
    },
    /// A vendor host name such as `example.freshchat.com`.
    Domain {
        /// The vendor's domain; a valid value is `<subdomain>.<suffix>`.
        suffix: String,
        /// Domains of sibling products that people paste by mistake.
        #[serde(default)]
        foreign: Vec<ForeignDomain>,
    },
    /// Write-only: never returned by the API, only `last4`.
    Secret {
        max_len: u32,
    },
    Select {
        options: Vec<SelectOption>,
    },
    Checkbox,
    /// A whole number within `min..=max`.
    Number {
        min: i64,
        max: i64,
    },
    /// An IANA time zone (`Europe/Berlin`), chosen from the browser's list.
    TimeZone,
    /// An https address (`https://example.odigo.cx/tenant`).
    Url {
        /// The address must have a path (the tenant, say), not just a host.
        path_required: bool,
    },
    /// An SQL query that injixo Cloud Link runs against the customer's database; the
    /// form shows the columns it must return next to the editor.
    Query {
        max_len: u32,
        /// The columns the result needs, by the form's other values (type of import
        /// data); the first set whose condition holds applies.
        columns: Vec<ColumnSet>,
    },
}

/// The columns a query must return while `when` holds (always, when absent).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ColumnSet {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    pub columns: Vec<QueryColumn>,
}

/// One column of a query's result as the article lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QueryColumn {
    /// Lower case, as the article writes it (`agentidentifier`).
    pub name: String,
    pub kind: crate::ColumnKind,
    pub required: bool,
    /// Fluent id of what the column holds.
    pub help_id: String,
}

impl FieldKind {
    /// The columns a `Query` field's result needs for these values of the form.
    pub fn query_columns(&self, settings: &BTreeMap<String, FieldValue>) -> Option<&[QueryColumn]> {
        match self {
            FieldKind::Query { columns, .. } => columns
                .iter()
                .find(|set| set.when.as_ref().is_none_or(|c| c.holds(settings)))
                .map(|set| set.columns.as_slice()),
            _ => None,
        }
    }
}

/// A sibling product's domain (a Freshdesk domain typed into the Freshchat form).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ForeignDomain {
    pub suffix: String,
    /// Brand name of that product, for the error message.
    pub product: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SelectOption {
    pub value: String,
    /// Fluent id of the option's label.
    pub label_id: String,
}
