//! Genesys: Genesys Cloud, read with an OAuth client's id ("API key") and secret.

use super::{checkbox, model, secret, section, select, text, ADVANCED_AND_UP};
use injixo_contract::{Feature, Model, Vendor};

pub fn vendor() -> Vendor {
    Vendor {
        id: "genesys".into(),
        name: "Genesys".into(),
        description_id: "catalogue-vendor-genesys-description".into(),
        // "In the Genesys tile, click Select model", although it has one model.
        always_select_model: true,
        name_id: None,
        models: vec![genesys_cloud()],
    }
}

/// The Genesys Cloud regions; the value is what injixo needs to find the API.
const REGIONS: &[(&str, &str)] = &[
    (
        "americas_us_east",
        "setup-option-genesys-region-americas-us-east",
    ),
    (
        "americas_us_west",
        "setup-option-genesys-region-americas-us-west",
    ),
    (
        "americas_canada",
        "setup-option-genesys-region-americas-canada",
    ),
    (
        "americas_sao_paulo",
        "setup-option-genesys-region-americas-sao-paulo",
    ),
    (
        "emea_frankfurt",
        "setup-option-genesys-region-emea-frankfurt",
    ),
    ("emea_dublin", "setup-option-genesys-region-emea-dublin"),
    ("emea_london", "setup-option-genesys-region-emea-london"),
    ("emea_zurich", "setup-option-genesys-region-emea-zurich"),
    (
        "asia_pacific_sydney",
        "setup-option-genesys-region-asia-pacific-sydney",
    ),
    (
        "asia_pacific_tokyo",
        "setup-option-genesys-region-asia-pacific-tokyo",
    ),
    (
        "asia_pacific_seoul",
        "setup-option-genesys-region-asia-pacific-seoul",
    ),
    (
        "asia_pacific_mumbai",
        "setup-option-genesys-region-asia-pacific-mumbai",
    ),
];

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
            section(
                "api_credentials",
                "setup-section-api-credentials",
                vec![
                    // The "API key" is an OAuth client id: an identifier, not a
                    // secret, so it stays visible and is returned in `settings`.
                    text(
                        "api_key",
                        "setup-field-api-key",
                        Some("setup-field-genesys-cloud-api-key-help"),
                        128,
                    ),
                    secret(
                        "api_secret",
                        "setup-field-api-secret",
                        Some("setup-field-genesys-cloud-api-secret-help"),
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
        ..model(
            "genesys-cloud",
            "Genesys Cloud",
            "catalogue-model-genesys-cloud-description",
            "add-genesys-cloud-integration",
        )
    }
}
