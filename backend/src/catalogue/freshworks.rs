//! Freshworks: Freshchat, Freshdesk and Freshdesk Contact Center. Each has a domain
//! and the API key of an Account Administrator, and gets its data from the injixo
//! app installed in the Freshworks marketplace.

use super::{domain, help, model, secret, section, select, with_errors, ADVANCED_AND_UP};
use injixo_contract::{Feature, Field, FieldErrorCode, HelpSection, KeyUse, Model, Vendor};

pub fn vendor() -> Vendor {
    Vendor {
        id: "freshworks".into(),
        name: "Freshworks".into(),
        description_id: "catalogue-vendor-freshworks-description".into(),
        // "In the Freshworks tile, click Select model" in every Freshworks article.
        always_select_model: true,
        name_id: None,
        models: vec![freshchat(), freshdesk(), contact_center()],
    }
}

/// Freshworks products whose domains get mixed up with each other.
const DOMAINS: &[(&str, &str)] = &[
    ("freshchat.com", "Freshchat"),
    ("freshdesk.com", "Freshdesk"),
    ("freshcaller.com", "Freshdesk Contact Center"),
];

/// A Freshworks domain; the sibling products' domains are `domain_wrong_vendor`.
fn freshworks_domain(suffix: &str) -> Field {
    let foreign: Vec<(&str, &str)> = DOMAINS
        .iter()
        .copied()
        .filter(|(s, _)| *s != suffix)
        .collect();
    domain(suffix, &foreign)
}

/// The API key of an Account Administrator (every Freshworks article): its own
/// words when the vendor refuses it, which the general messages cannot have.
fn api_key() -> Field {
    with_errors(
        secret(
            "api_key",
            "setup-field-api-key",
            Some("setup-field-api-key-help-account-admin"),
        ),
        &[
            (
                FieldErrorCode::CredentialsInvalid,
                "field-error-freshworks-api-key-invalid",
            ),
            (
                FieldErrorCode::CredentialsInsufficientRole,
                "field-error-freshworks-api-key-role",
            ),
        ],
    )
}

/// What all three share: the plans of their articles, the app and the
/// *Credentials* section.
fn freshworks_model(base: Model, suffix: &str, marketplace_url: &str) -> Model {
    Model {
        plans: ADVANCED_AND_UP.to_vec(),
        key_use: Some(KeyUse::App),
        marketplace_url: Some(marketplace_url.into()),
        sections: vec![section(
            "credentials",
            "setup-section-credentials",
            vec![freshworks_domain(suffix), api_key()],
        )],
        ..base
    }
}

fn freshchat() -> Model {
    let base = model(
        "freshchat",
        "Freshchat",
        "catalogue-model-freshchat-description",
        "add-freshchat-integration",
    );
    Model {
        features: vec![Feature::ChatHistory],
        data_help: freshchat_data_help(),
        ..freshworks_model(
            base,
            "freshchat.com",
            "https://www.freshworks.com/apps/injixo_connect",
        )
    }
}

fn freshdesk() -> Model {
    let base = model(
        "freshdesk",
        "Freshdesk",
        "catalogue-model-freshdesk-description",
        "add-freshdesk-integration",
    );
    Model {
        // Decided for issue 13: the channels of the article ("email, web forms,
        // chat, and social messaging"; there is no badge for web forms) and the
        // tickets the conversations belong to.
        features: vec![
            Feature::EmailHistory,
            Feature::ChatHistory,
            Feature::SocialMediaHistory,
            Feature::TicketHistory,
        ],
        data_help: freshdesk_data_help(),
        ..freshworks_model(
            base,
            "freshdesk.com",
            "https://www.freshworks.com/apps/freshdesk/injixo_connect",
        )
    }
}

/// "Imports call history and real-time adherence data"; adherence is computed
/// from the real-time agent statuses the app exports, hence the Agent Status badge.
fn contact_center() -> Model {
    let base = model(
        "freshdesk-contact-center",
        "Freshdesk Contact Center",
        "catalogue-model-freshdesk-contact-center-description",
        "add-freshdesk-contact-center-integration",
    );
    let mut m = freshworks_model(
        base,
        "freshcaller.com",
        "https://www.freshworks.com/apps/injixo_1",
    );
    m.features = vec![Feature::CallHistory, Feature::AgentStatus, Feature::Rta];
    // The article's "grouping strategy for imported queues".
    m.sections.push(section(
        "configuration",
        "setup-section-configuration",
        vec![select(
            "group_queues_by",
            "setup-field-group-queues-by",
            Some("setup-field-freshdesk-contact-center-group-queues-by-help"),
            &[
                ("phone_number", "setup-option-grouping-phone-number"),
                ("routing", "setup-option-grouping-routing"),
            ],
        )],
    ));
    m.data_help = contact_center_data_help();
    // The article's step 4, in the app: tick *Export real-time agent status data*.
    m.key_steps = vec!["app-step-fdcc-export-realtime".into()];
    m
}

/// How Freshchat conversations become injixo contacts (the SPA owns the texts).
fn freshchat_data_help() -> Vec<HelpSection> {
    vec![
        help(
            "help-freshchat-contacts-title",
            &[
                "help-freshchat-contacts-text",
                "help-freshchat-contacts-example",
            ],
        ),
        help(
            "help-freshchat-queues-title",
            &["help-freshchat-queues-text"],
        ),
        help(
            "help-freshchat-deleted-title",
            &["help-freshchat-deleted-text"],
        ),
        help(
            "help-freshchat-faq-question",
            &["help-freshchat-faq-answer"],
        ),
    ]
}

/// The article's "Freshdesk data in injixo" and its FAQ.
fn freshdesk_data_help() -> Vec<HelpSection> {
    vec![
        help(
            "help-freshdesk-conversations-title",
            &[
                "help-freshdesk-conversations-intro",
                "help-freshdesk-conversations-text",
                "help-freshdesk-conversations-example",
                "help-freshdesk-conversations-aht",
            ],
        ),
        help(
            "help-freshdesk-sources-title",
            &["help-freshdesk-sources-text"],
        ),
        help(
            "help-freshdesk-queues-title",
            &[
                "help-freshdesk-queues-text",
                "help-freshdesk-queues-replies",
            ],
        ),
        help(
            "help-freshdesk-deleted-title",
            &["help-freshdesk-deleted-text"],
        ),
        help(
            "help-freshdesk-faq-question",
            &["help-freshdesk-faq-answer"],
        ),
    ]
}

/// The article's "Queue names by grouping strategy" and its FAQ.
fn contact_center_data_help() -> Vec<HelpSection> {
    vec![
        help(
            "help-freshdesk-contact-center-queues-title",
            &[
                "help-freshdesk-contact-center-queues-phone-number",
                "help-freshdesk-contact-center-queues-routing",
                "help-freshdesk-contact-center-queues-undefined",
            ],
        ),
        help(
            "help-freshdesk-contact-center-faq-question",
            &["help-freshdesk-contact-center-faq-answer"],
        ),
    ]
}
