//! Universal Interfaces: integrations whose data the customer sends to the injixo
//! API themselves, when there is no vendor-specific integration.

use super::{model, ADVANCED_AND_UP};
use injixo_contract::{Feature, KeyUse, Model, Vendor};

pub fn vendor() -> Vendor {
    Vendor {
        id: "universal".into(),
        name: "Universal Interfaces".into(),
        description_id: "catalogue-vendor-universal-description".into(),
        // "In the Universal Interfaces tile, click Select model".
        always_select_model: true,
        name_id: Some("catalogue-vendor-universal-name".into()),
        models: vec![
            injixo_api(),
            super::on_premise::database::model(),
            super::csv::model_csv(),
        ],
    }
}

/// A name is all it takes: after saving, the integration page offers *Access
/// injixo API* (an injixo API key and the integration configuration ID).
fn injixo_api() -> Model {
    Model {
        // Contact events "via call, email, or chat" and agent statuses.
        features: vec![
            Feature::CallHistory,
            Feature::EmailHistory,
            Feature::ChatHistory,
            Feature::AgentStatus,
        ],
        plans: ADVANCED_AND_UP.to_vec(),
        key_use: Some(KeyUse::Api),
        ..model(
            "injixo-api",
            "injixo API",
            "catalogue-model-injixo-api-description",
            "import-data-with-injixo-api",
        )
    }
}
