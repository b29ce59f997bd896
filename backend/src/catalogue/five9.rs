//! Five9: a Five9 user's name and password, read directly by injixo (no app).

use super::{help, model, secret, section, select, text, with_errors, EVERY_PLAN};
use injixo_contract::{Feature, FieldErrorCode, HelpSection, Model, Vendor};

pub fn vendor() -> Vendor {
    Vendor {
        id: "five9".into(),
        name: "Five9".into(),
        description_id: "catalogue-vendor-five9-description".into(),
        // One model: "In the Five9 tile, click Add integration".
        always_select_model: false,
        name_id: None,
        models: vec![five9()],
    }
}

/// A user without the roles ADMIN and REPORTING; the vendor may blame either half.
const ROLES: &[(FieldErrorCode, &str)] = &[(
    FieldErrorCode::CredentialsInsufficientRole,
    "field-error-five9-insufficient-role",
)];

fn five9() -> Model {
    Model {
        // "imports calls, agent status data, and real-time adherence data"
        features: vec![Feature::CallHistory, Feature::AgentStatus, Feature::Rta],
        plans: EVERY_PLAN.to_vec(),
        sections: vec![
            section(
                "user_credentials",
                "setup-section-user-credentials",
                vec![
                    // "a Five9 user with the roles ADMIN and REPORTING"
                    with_errors(
                        text(
                            "username",
                            "setup-field-username",
                            Some("setup-field-five9-username-help"),
                            254,
                        ),
                        ROLES,
                    ),
                    with_errors(secret("password", "setup-field-password", None), ROLES),
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
                            ("europe", "setup-option-region-europe"),
                            ("usa", "setup-option-region-usa"),
                        ],
                    ),
                    // Grouping by skills needs a custom report in Five9 (the
                    // article's prerequisites), which the help text names.
                    select(
                        "group_queues_by",
                        "setup-field-group-queues-by",
                        Some("setup-field-five9-group-queues-by-help"),
                        &[
                            ("campaigns", "setup-option-grouping-campaigns"),
                            ("skills", "setup-option-grouping-skills"),
                        ],
                    ),
                ],
            ),
        ],
        data_help: parallel_states_help(),
        ..model(
            "five9",
            "Five9",
            "catalogue-model-five9-description",
            "add-five9-integration",
        )
    }
}

/// The article's "What happens in the event of parallel agent states?".
fn parallel_states_help() -> Vec<HelpSection> {
    vec![help(
        "help-five9-parallel-title",
        &["help-five9-parallel-text", "help-five9-parallel-example"],
    )]
}
