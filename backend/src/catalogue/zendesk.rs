//! Zendesk: Zendesk Support and Zendesk Talk, read with a user's API token.

use super::{domain, model, secret, section, select, text, EVERY_PLAN};
use injixo_contract::{Feature, Model, Vendor};

pub fn vendor() -> Vendor {
    Vendor {
        id: "zendesk".into(),
        name: "Zendesk".into(),
        description_id: "catalogue-vendor-zendesk-description".into(),
        // One model: "In the Zendesk tile, click Add integration".
        always_select_model: false,
        name_id: None,
        models: vec![zendesk()],
    }
}

fn zendesk() -> Model {
    let mut grouping = select(
        "group_queues_by",
        "setup-field-group-queues-by",
        Some("setup-field-zendesk-group-queues-by-help"),
        &[
            ("ivr", "setup-option-grouping-ivr"),
            ("phone_number", "setup-option-grouping-phone-number"),
        ],
    );
    // "You cannot change the grouping strategy once you have saved the injixo
    // integration configuration": the queue names are made from it.
    grouping.immutable = true;
    Model {
        // "email, web forms, chat, calls, and social messaging"; ticket events
        // of other channels count as cases.
        features: vec![
            Feature::CallHistory,
            Feature::ChatHistory,
            Feature::EmailHistory,
            Feature::SocialMediaHistory,
            Feature::TicketHistory,
        ],
        plans: EVERY_PLAN.to_vec(),
        sections: vec![
            section(
                "user_credentials",
                "setup-section-user-credentials",
                vec![
                    domain("zendesk.com", &[]),
                    // Zendesk's API token authentication is "<email>/token:<token>",
                    // so the user name is the user's e-mail address.
                    text(
                        "username",
                        "setup-field-username",
                        Some("setup-field-zendesk-username-help"),
                        254,
                    ),
                    secret(
                        "api_token",
                        "setup-field-api-token",
                        Some("setup-field-zendesk-api-token-help"),
                    ),
                ],
            ),
            section(
                "configuration",
                "setup-section-configuration",
                vec![grouping],
            ),
        ],
        ..model(
            "zendesk",
            "Zendesk",
            "catalogue-model-zendesk-description",
            "add-zendesk-integration",
        )
    }
}
