//! Avaya CMS: Cloud Link reads the CMS database over ODBC (usually IBM Informix),
//! and can receive real-time agent statuses from the Avaya Generic RTA service.
//!
//! The article and the product differ (notes B.5): every article asks for a
//! connection string and the database time zone; the product (May 2024) asks for
//! an ODBC *Data source* and a *Grouping of calls* (VDN-based or Split-based),
//! which no article mentions. Followed: the article's fields, because customers
//! set the integration up from it, and the connection string covers the data
//! source too (`DSN=…;DELIMIDENT=y;`); plus the product's *Grouping of calls*,
//! which the issue asks for and which does not contradict the article. Its default
//! and whether it may change after saving are not documented: required, no default,
//! editable (open questions for the lead).

use super::super::{checkbox, section_with_help, select, time_zone, when_checked, EVERY_PLAN};
use super::{connection_string, on_premise, port};
use injixo_contract::{Feature, Model, Vendor};

pub fn vendor() -> Vendor {
    Vendor {
        id: "avaya-cms".into(),
        name: "Avaya CMS".into(),
        description_id: "catalogue-vendor-avaya-cms-description".into(),
        // "In the Avaya CMS tile, click Add integration".
        always_select_model: false,
        name_id: None,
        models: vec![avaya_cms()],
    }
}

fn avaya_cms() -> Model {
    Model {
        // "imports call and agent status data"; the real-time stream is an option of
        // the form, and the article names no real-time adherence, so no RTA badge.
        features: vec![Feature::CallHistory, Feature::AgentStatus],
        plans: EVERY_PLAN.to_vec(),
        // The section help: whose user names identify the people (agent status
        // article), and to pause a real-time integration while mapping them.
        sections: vec![section_with_help(
            "configuration",
            "setup-section-configuration",
            "setup-section-avaya-cms-configuration-help",
            vec![
                connection_string(
                    "connection_string",
                    "setup-field-avaya-cms-connection-string-help",
                ),
                time_zone(
                    "database_time_zone",
                    "setup-field-avaya-cms-database-time-zone",
                    Some("setup-field-avaya-cms-database-time-zone-help"),
                ),
                select(
                    "call_grouping",
                    "setup-field-avaya-cms-call-grouping",
                    Some("setup-field-avaya-cms-call-grouping-help"),
                    &[
                        ("vdn", "setup-option-avaya-cms-grouping-vdn"),
                        ("split", "setup-option-avaya-cms-grouping-split"),
                    ],
                ),
                checkbox(
                    "import_detailed_agent_statuses",
                    "setup-field-avaya-cms-detailed-agent-statuses",
                    Some("setup-field-avaya-cms-detailed-agent-statuses-help"),
                ),
                checkbox(
                    "import_realtime_data",
                    "setup-field-avaya-cms-import-realtime-data",
                    Some("setup-field-avaya-cms-import-realtime-data-help"),
                ),
                // "In this case, enter a port number in the Port field": Cloud
                // Link listens on it for the Avaya Generic RTA service.
                when_checked(
                    port("rta_port", Some("setup-field-avaya-cms-rta-port-help")),
                    "import_realtime_data",
                ),
            ],
        )],
        ..on_premise(
            "avaya-cms",
            "Avaya CMS",
            "catalogue-model-avaya-cms-description",
            "add-avaya-cms-integration",
        )
    }
}
