//! Sikom: Cloud Link reads the database `sk_acc_v5`.

use super::super::{checkbox, section, time_zone, EVERY_PLAN};
use super::{host, on_premise, password, port, username};
use injixo_contract::{Feature, Model, Vendor};

pub fn vendor() -> Vendor {
    Vendor {
        id: "sikom".into(),
        name: "Sikom".into(),
        description_id: "catalogue-vendor-sikom-description".into(),
        // "In the Sikom tile, click Add integration".
        always_select_model: false,
        name_id: None,
        models: vec![sikom()],
    }
}

fn sikom() -> Model {
    Model {
        // "imports call history, agent status and real-time adherence data"
        features: vec![Feature::CallHistory, Feature::AgentStatus, Feature::Rta],
        plans: EVERY_PLAN.to_vec(),
        sections: vec![
            // The time zone is the first step of this section in the article.
            section(
                "database_credentials",
                "setup-section-on-premise-database-credentials",
                vec![
                    time_zone(
                        "database_time_zone",
                        "setup-field-sikom-database-time-zone",
                        Some("setup-field-sikom-database-time-zone-help"),
                    ),
                    host("host"),
                    port("port", None),
                    username(
                        "username",
                        "setup-field-on-premise-username",
                        Some("setup-field-sikom-username-help"),
                    ),
                    password("password"),
                ],
            ),
            section(
                "configuration",
                "setup-section-configuration",
                vec![checkbox(
                    "import_agent_status",
                    "setup-field-sikom-import-agent-status",
                    Some("setup-field-sikom-import-agent-status-help"),
                )],
            ),
        ],
        ..on_premise(
            "sikom",
            "Sikom",
            "catalogue-model-sikom-description",
            "add-sikom-integration",
        )
    }
}
