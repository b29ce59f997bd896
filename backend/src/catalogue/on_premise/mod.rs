//! The on-premise models: their data comes through injixo Cloud Link, which the
//! customer installs next to the ACD or database (the Cloud Link section of the form
//! is the SPA's; this module only says which build a model needs).
//!
//! Fields follow each model's help-center article; where the product's own form
//! differs, the module says which was followed and why. The vendors of the single
//! model tiles are registered in `catalogue()`; Interactive Intelligence CIC and
//! Genesys Engage join the Genesys tile (`genesys_models`), the Database model the
//! Universal Interfaces tile (`database::model`).

pub mod avaya_cms;
pub mod cisco_icm;
pub mod database;
mod genesys;
pub mod mitel;
pub mod sikom;

pub use genesys::models as genesys_models;

use super::{field, model, number, secret, text};
use injixo_contract::{
    Arch, CloudLinkSpec, Condition, Delivery, Download, Field, FieldKind, FieldValue, Flavor,
    Model, Os,
};

/// What the install article offers: a Windows 64-bit installer and a Linux 64-bit
/// archive. (The product also has labels for 32-bit and ARM buttons, but no source
/// says which operating system they belong to.)
const DOWNLOADS: [Download; 2] = [
    Download {
        os: Os::Windows,
        arch: Arch::X64,
    },
    Download {
        os: Os::Linux,
        arch: Arch::X64,
    },
];

/// An on-premise model: no fields, features or plans yet (each module fills them
/// in), and a Cloud Link section whose link is needed to save.
fn on_premise(id: &str, name: &str, description_id: &str, help_path: &str) -> Model {
    with_flavor(
        Model {
            delivery: Delivery::OnPremise,
            ..model(id, name, description_id, help_path)
        },
        Flavor::Standard,
    )
}

/// `model` with the Cloud Link build `flavor`.
fn with_flavor(model: Model, flavor: Flavor) -> Model {
    Model {
        cloud_link: Some(CloudLinkSpec {
            flavor,
            downloads: DOWNLOADS.to_vec(),
            required: true,
            help_path: "install-cloud-link".into(),
        }),
        ..model
    }
}

/// A required TCP port. No source documents a default for any of them, and the
/// catalogue has no defaults: a documented one goes into the help text.
fn port(id: &str, help_id: Option<&str>) -> Field {
    number(id, "setup-field-on-premise-port", help_id, 1, 65535)
}

/// `field`, which may be left empty.
fn optional(field: Field) -> Field {
    Field {
        required: false,
        ..field
    }
}

/// `field`, shown (and validated, required and stored) only while the select
/// `other` has the value `value`.
fn shown_for(field: Field, other: &str, value: &str) -> Field {
    Field {
        visible_when: Some(Condition {
            field: other.into(),
            equals: FieldValue::Text(value.into()),
        }),
        ..field
    }
}

/// The database server's host name or IP address.
fn host(id: &str) -> Field {
    text(id, "setup-field-on-premise-host", None, 253)
}

/// A database user's name (`help_id`: which databases it must be able to read).
fn username(id: &str, label_id: &str, help_id: Option<&str>) -> Field {
    text(id, label_id, help_id, 128)
}

fn password(id: &str) -> Field {
    secret(id, "setup-field-on-premise-password", None)
}

/// An ODBC connection string. It usually carries the database password (`PWD=…`),
/// so it is a secret: write-only, like every other password.
fn connection_string(id: &str, help_id: &str) -> Field {
    field(
        id,
        "setup-field-on-premise-connection-string",
        Some(help_id),
        FieldKind::Secret { max_len: 2048 },
    )
}
