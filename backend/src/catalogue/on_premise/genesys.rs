//! The Genesys tile's on-premise models: Genesys Engage and Interactive Intelligence
//! CIC, after Genesys Cloud ("In the Genesys tile, click Select model", then the
//! model's section).

use super::super::{checkbox, section, select, text, time_zone, EVERY_PLAN};
use super::{host, on_premise, password, port, shown_for, username};
use injixo_contract::{Feature, Model};

/// The models `genesys.rs` adds after Genesys Cloud, in the articles' order.
pub fn models() -> Vec<Model> {
    vec![genesys_engage(), inin_cic()]
}

/// Genesys Engage reads the ACD's databases: the ETL database (tables such as `qinfo`
/// and `status`) and, on MS SQL Server, the configuration database (`cfg_dn`,
/// `cfg_person`).
fn genesys_engage() -> Model {
    Model {
        // "imports call history and agent status data"
        features: vec![Feature::CallHistory, Feature::AgentStatus],
        plans: EVERY_PLAN.to_vec(),
        sections: vec![
            section(
                "database_credentials",
                "setup-section-genesys-engage-database-credentials",
                vec![
                    // The article's "Select your database adapter"; the product's
                    // two options.
                    select(
                        "database_adapter",
                        "setup-field-genesys-engage-database-adapter",
                        Some("setup-field-genesys-engage-database-adapter-help"),
                        &[
                            ("sql_server", "setup-option-on-premise-ms-sql-server"),
                            ("postgres", "setup-option-on-premise-postgresql"),
                        ],
                    ),
                    host("host"),
                    port("port", None),
                    username(
                        "username",
                        "setup-field-on-premise-username",
                        Some("setup-field-genesys-engage-username-help"),
                    ),
                    password("password"),
                    text(
                        "etl_database",
                        "setup-field-genesys-engage-etl-database",
                        Some("setup-field-genesys-engage-etl-database-help"),
                        128,
                    ),
                    // The article lists it for every adapter; the product says a
                    // Postgres database does not need it. Asked only for MS SQL
                    // Server, and required there (open question for the lead).
                    shown_for(
                        text(
                            "configuration_database",
                            "setup-field-genesys-engage-configuration-database",
                            Some("setup-field-genesys-engage-configuration-database-help"),
                            128,
                        ),
                        "database_adapter",
                        "sql_server",
                    ),
                ],
            ),
            section(
                "configuration",
                "setup-section-configuration",
                vec![checkbox(
                    "import_agent_status",
                    "setup-field-genesys-engage-import-agent-status",
                    Some("setup-field-genesys-engage-import-agent-status-help"),
                )],
            ),
        ],
        ..on_premise(
            "genesys-engage",
            "Genesys Engage",
            "catalogue-model-genesys-engage-description",
            "add-genesys-engage-integration",
        )
    }
}

/// Interactive Intelligence CIC: Cloud Link reads the ACD servers themselves.
fn inin_cic() -> Model {
    Model {
        // "imports real-time adherence data"
        features: vec![Feature::Rta],
        plans: EVERY_PLAN.to_vec(),
        sections: vec![section(
            "configuration",
            "setup-section-configuration",
            vec![
                time_zone(
                    "time_zone",
                    "setup-field-inin-cic-time-zone",
                    Some("setup-field-inin-cic-time-zone-help"),
                ),
                // `host[:port]`, comma-separated; 42027 when a port is left out
                // (the product's help), which the help text says.
                text(
                    "acd_server_addresses",
                    "setup-field-inin-cic-acd-server-addresses",
                    Some("setup-field-inin-cic-acd-server-addresses-help"),
                    1024,
                ),
            ],
        )],
        ..on_premise(
            "inin-cic",
            "Interactive Intelligence CIC",
            "catalogue-model-inin-cic-description",
            "add-an-inin-cic-integration",
        )
    }
}
