//! Zendesk: Zendesk Support and Zendesk Talk, read with a user's API token.

use super::{
    checkbox, domain, help, immutable, model, secret, section, select, text, with_errors,
    EVERY_PLAN,
};
use injixo_contract::{Feature, FieldErrorCode, HelpSection, Model, Vendor};

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

/// The token's user lacks administrative permissions; the vendor may blame the user
/// name or the token.
const ADMIN: &[(FieldErrorCode, &str)] = &[(
    FieldErrorCode::CredentialsInsufficientRole,
    "field-error-zendesk-insufficient-role",
)];

fn zendesk() -> Model {
    Model {
        // Decided for issue 13: tickets (Zendesk Support's views, whatever their
        // channel), calls (Zendesk Talk) and the real-time agent statuses of the
        // *Agent status data* section.
        features: vec![
            Feature::TicketHistory,
            Feature::CallHistory,
            Feature::AgentStatus,
        ],
        plans: EVERY_PLAN.to_vec(),
        sections: vec![
            // The Zendesk article's own section name (German: Benutzer-Zugangsdaten).
            section(
                "user_credentials",
                "setup-section-zendesk-user-credentials",
                vec![
                    domain("zendesk.com", &[]),
                    with_errors(text("username", "setup-field-username", None, 254), ADMIN),
                    with_errors(
                        secret(
                            "api_token",
                            "setup-field-api-token",
                            Some("setup-field-zendesk-api-token-help"),
                        ),
                        ADMIN,
                    ),
                ],
            ),
            section(
                "configuration",
                "setup-section-configuration",
                vec![
                    // "You cannot change the grouping strategy once you have saved
                    // the injixo integration configuration": the queue names are made
                    // from it. The label is the product's: it groups Zendesk Talk only.
                    immutable(select(
                        "group_queues_by",
                        "setup-field-zendesk-group-queues-by",
                        Some("setup-field-zendesk-group-queues-by-help"),
                        &[
                            ("ivr", "setup-option-grouping-ivr"),
                            ("phone_number", "setup-option-grouping-phone-number"),
                        ],
                    )),
                    // The product's *Group tickets: By brand*, a checkbox: tickets are
                    // always grouped by group, and by brand as well if ticked.
                    checkbox(
                        "group_tickets_by_brand",
                        "setup-field-zendesk-group-tickets-by-brand",
                        Some("setup-field-zendesk-group-tickets-by-brand-help"),
                    ),
                ],
            ),
            // The product's; no article mentions it.
            section(
                "agent_status_data",
                "setup-section-agent-status-data",
                vec![checkbox(
                    "import_realtime_agent_status",
                    "setup-field-zendesk-realtime-agent-status",
                    None,
                )],
            ),
        ],
        data_help: data_help(),
        ..model(
            "zendesk",
            "Zendesk",
            "catalogue-model-zendesk-description",
            "add-zendesk-integration",
        )
    }
}

/// The article's "Zendesk data in injixo".
fn data_help() -> Vec<HelpSection> {
    vec![
        help(
            "help-zendesk-tickets-title",
            &["help-zendesk-tickets-text", "help-zendesk-tickets-example"],
        ),
        help(
            "help-zendesk-views-title",
            &["help-zendesk-views-text", "help-zendesk-views-new"],
        ),
        help(
            "help-zendesk-unsupported-title",
            &[
                "help-zendesk-unsupported-text",
                "help-zendesk-unsupported-list",
                "help-zendesk-unsupported-check",
            ],
        ),
        help(
            "help-zendesk-channels-title",
            &[
                "help-zendesk-channels-text",
                "help-zendesk-channels-email",
                "help-zendesk-channels-chat",
                "help-zendesk-channels-social-media",
                "help-zendesk-channels-call",
                "help-zendesk-channels-case",
            ],
        ),
        help(
            "help-zendesk-support-queues-title",
            &["help-zendesk-support-queues-text"],
        ),
        help(
            "help-zendesk-talk-queues-title",
            &[
                "help-zendesk-talk-queues-text",
                "help-zendesk-talk-queues-calls",
            ],
        ),
    ]
}
