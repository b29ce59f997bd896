//! Vonage: a client ID and client secret of the Vonage account, read directly by
//! injixo (no app).

use super::{immutable, model, secret, section, section_with_help, select, text, ADVANCED_AND_UP};
use injixo_contract::{Feature, Model, Vendor};

pub fn vendor() -> Vendor {
    Vendor {
        id: "vonage".into(),
        name: "Vonage".into(),
        description_id: "catalogue-vendor-vonage-description".into(),
        // One model: "In the Vonage tile, click Add integration".
        always_select_model: false,
        name_id: None,
        models: vec![vonage()],
    }
}

fn vonage() -> Model {
    Model {
        // "imports call history, agent status and real-time adherence data"
        features: vec![Feature::CallHistory, Feature::AgentStatus, Feature::Rta],
        plans: ADVANCED_AND_UP.to_vec(),
        sections: vec![
            // No source names a role, permission or scope for these credentials,
            // so a refusal gets the general messages.
            section_with_help(
                "user_credentials",
                "setup-section-user-credentials",
                "setup-section-vonage-user-credentials-help",
                vec![
                    text("client_id", "setup-field-client-id", None, 128),
                    secret("client_secret", "setup-field-client-secret", None),
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
                        &[
                            ("apac", "setup-option-region-apac"),
                            ("emea", "setup-option-region-emea"),
                            ("usa", "setup-option-region-usa"),
                        ],
                    ),
                    // "The selection cannot be changed once it has been saved" (the
                    // product). The product's value for Phone number is
                    // `interaction_plan`.
                    immutable(select(
                        "group_queues_by",
                        "setup-field-group-queues-by",
                        Some("setup-field-vonage-group-queues-by-help"),
                        &[
                            ("interaction_plan", "setup-option-grouping-phone-number"),
                            ("queues", "setup-option-grouping-vonage-queues"),
                        ],
                    )),
                ],
            ),
        ],
        ..model(
            "vonage",
            "Vonage",
            "catalogue-model-vonage-description",
            "add-vonage-integration",
        )
    }
}
