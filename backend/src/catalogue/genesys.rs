//! Genesys: Genesys Cloud, read with an API key and API secret.

use super::{
    checkbox, help, model, secret, section, section_with_help, select, text, with_errors,
    ADVANCED_AND_UP,
};
use injixo_contract::{Feature, FieldErrorCode, HelpSection, Model, Vendor};

pub fn vendor() -> Vendor {
    Vendor {
        id: "genesys".into(),
        name: "Genesys".into(),
        description_id: "catalogue-vendor-genesys-description".into(),
        // "In the Genesys tile, click Select model", although it has one model.
        always_select_model: true,
        name_id: None,
        models: [vec![genesys_cloud()], super::on_premise::genesys_models()].concat(),
    }
}

/// The Genesys Cloud regions the product offers (its seven, in our order); the value
/// is what injixo needs to find the API.
const REGIONS: &[(&str, &str)] = &[
    (
        "americas_us_east",
        "setup-option-genesys-region-americas-us-east",
    ),
    (
        "americas_us_west",
        "setup-option-genesys-region-americas-us-west",
    ),
    ("emea_dublin", "setup-option-genesys-region-emea-dublin"),
    (
        "emea_frankfurt",
        "setup-option-genesys-region-emea-frankfurt",
    ),
    ("emea_london", "setup-option-genesys-region-emea-london"),
    (
        "asia_pacific_sydney",
        "setup-option-genesys-region-asia-pacific-sydney",
    ),
    (
        "asia_pacific_tokyo",
        "setup-option-genesys-region-asia-pacific-tokyo",
    ),
];

/// The credentials lack permissions; the section help lists the five the product
/// names, and the vendor may blame either half.
const PERMISSIONS: &[(FieldErrorCode, &str)] = &[(
    FieldErrorCode::CredentialsInsufficientRole,
    "field-error-genesys-cloud-insufficient-role",
)];

fn genesys_cloud() -> Model {
    Model {
        // "imports call, email and chat history as well as agent status and
        // real-time adherence data"
        features: vec![
            Feature::CallHistory,
            Feature::EmailHistory,
            Feature::ChatHistory,
            Feature::AgentStatus,
            Feature::Rta,
        ],
        plans: ADVANCED_AND_UP.to_vec(),
        sections: vec![
            // The permissions the credentials need (the product's list).
            section_with_help(
                "api_credentials",
                "setup-section-api-credentials",
                "setup-section-genesys-cloud-api-credentials-help",
                vec![
                    // No source says whether the API key is secret: like a user
                    // name it names the credentials, so it stays visible (and is
                    // returned in `settings`); the API secret is the secret.
                    with_errors(
                        text("api_key", "setup-field-api-key", None, 128),
                        PERMISSIONS,
                    ),
                    with_errors(
                        secret("api_secret", "setup-field-api-secret", None),
                        PERMISSIONS,
                    ),
                ],
            ),
            section(
                "configuration",
                "setup-section-configuration",
                vec![
                    select(
                        "account_region",
                        "setup-field-account-region",
                        None,
                        REGIONS,
                    ),
                    checkbox(
                        "detailed_on_queue_statuses",
                        "setup-field-genesys-detailed-on-queue",
                        Some("setup-field-genesys-cloud-detailed-on-queue-help"),
                    ),
                ],
            ),
        ],
        data_help: faq_help(),
        ..model(
            "genesys-cloud",
            "Genesys Cloud",
            "catalogue-model-genesys-cloud-description",
            "add-genesys-cloud-integration",
        )
    }
}

/// The article's FAQ: which figures Dashboards can show.
fn faq_help() -> Vec<HelpSection> {
    vec![help(
        "help-genesys-cloud-faq-question",
        &["help-genesys-cloud-faq-answer"],
    )]
}
