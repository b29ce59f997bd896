//! Mitel (MiVoice Business): Cloud Link reads the database `CCMData`.

use super::super::{checkbox, section, time_zone, EVERY_PLAN};
use super::{host, on_premise, password, port, username};
use injixo_contract::{Feature, Model, Vendor};

pub fn vendor() -> Vendor {
    Vendor {
        id: "mitel".into(),
        name: "Mitel".into(),
        description_id: "catalogue-vendor-mitel-description".into(),
        // "In the Mitel tile, click Add integration".
        always_select_model: false,
        name_id: None,
        models: vec![mitel()],
    }
}

fn mitel() -> Model {
    Model {
        // "imports call, email, chat and social media history, and agent status data"
        features: vec![
            Feature::CallHistory,
            Feature::EmailHistory,
            Feature::ChatHistory,
            Feature::SocialMediaHistory,
            Feature::AgentStatus,
        ],
        plans: EVERY_PLAN.to_vec(),
        sections: vec![
            section(
                "regional_settings",
                "setup-section-mitel-regional-settings",
                vec![time_zone(
                    "acd_time_zone",
                    "setup-field-mitel-acd-time-zone",
                    Some("setup-field-mitel-acd-time-zone-help"),
                )],
            ),
            section(
                "database_credentials",
                "setup-section-on-premise-database-credentials",
                vec![
                    host("host"),
                    port("port", None),
                    username(
                        "username",
                        "setup-field-on-premise-username",
                        Some("setup-field-mitel-username-help"),
                    ),
                    password("password"),
                ],
            ),
            section(
                "configuration",
                "setup-section-configuration",
                vec![checkbox(
                    "import_agent_status",
                    "setup-field-mitel-import-agent-status",
                    Some("setup-field-mitel-import-agent-status-help"),
                )],
            ),
        ],
        ..on_premise(
            "mitel",
            "Mitel",
            "catalogue-model-mitel-description",
            "add-mitel-integration",
        )
    }
}
