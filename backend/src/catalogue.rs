//! The catalogue this backend offers. Every `*_id` is a Fluent message id that the SPA
//! defines in all locales (a test in the SPA checks that each one exists).

use injixo_contract::{
    Catalogue, Delivery, Feature, Field, FieldKind, ForeignDomain, HelpSection, Model, Plan,
    Section, Vendor,
};

/// Freshworks products whose domains get mixed up with each other.
const FRESHWORKS_DOMAINS: &[(&str, &str)] = &[
    ("freshchat.com", "Freshchat"),
    ("freshdesk.com", "Freshdesk"),
    ("freshcaller.com", "Freshdesk Contact Center"),
];

fn domain_field(suffix: &str) -> Field {
    let foreign = FRESHWORKS_DOMAINS
        .iter()
        .filter(|(s, _)| *s != suffix)
        .map(|(s, p)| ForeignDomain {
            suffix: (*s).into(),
            product: (*p).into(),
        })
        .collect();
    Field {
        id: "domain".into(),
        label_id: "setup-field-domain".into(),
        help_id: Some("setup-field-domain-help".into()),
        kind: FieldKind::Domain {
            suffix: suffix.into(),
            foreign,
        },
        required: true,
        immutable: false,
    }
}

fn api_key_field(help_id: &str) -> Field {
    Field {
        id: "api_key".into(),
        label_id: "setup-field-api-key".into(),
        help_id: Some(help_id.into()),
        kind: FieldKind::Secret { max_len: 512 },
        required: true,
        immutable: false,
    }
}

fn credentials(fields: Vec<Field>) -> Section {
    Section {
        id: "credentials".into(),
        title_id: "setup-section-credentials".into(),
        fields,
    }
}

/// A Freshworks product: domain and API key, data sent by the injixo app.
struct Freshworks {
    id: &'static str,
    name: &'static str,
    description_id: &'static str,
    suffix: &'static str,
    feature: Feature,
    app_url: &'static str,
    data_help: Vec<HelpSection>,
}

fn freshworks_model(m: Freshworks) -> Model {
    let Freshworks {
        id,
        name,
        description_id,
        suffix,
        feature,
        app_url,
        data_help,
    } = m;
    Model {
        id: id.into(),
        name: name.into(),
        description_id: description_id.into(),
        delivery: Delivery::Cloud,
        features: vec![feature],
        plans: vec![Plan::Advanced, Plan::Enterprise],
        requires_app: true,
        marketplace_url: Some(app_url.into()),
        sections: vec![credentials(vec![
            domain_field(suffix),
            api_key_field("setup-field-api-key-help-account-admin"),
        ])],
        data_help,
    }
}

fn help(title_id: &str, paragraph_ids: &[&str]) -> HelpSection {
    HelpSection {
        title_id: title_id.into(),
        paragraph_ids: paragraph_ids.iter().map(|&p| p.into()).collect(),
    }
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

pub fn catalogue() -> Catalogue {
    Catalogue {
        vendors: vec![Vendor {
            id: "freshworks".into(),
            name: "Freshworks".into(),
            description_id: "catalogue-vendor-freshworks-description".into(),
            models: vec![
                freshworks_model(Freshworks {
                    id: "freshchat",
                    name: "Freshchat",
                    description_id: "catalogue-model-freshchat-description",
                    suffix: "freshchat.com",
                    feature: Feature::ChatHistory,
                    app_url: "https://www.freshworks.com/apps/injixo_connect",
                    data_help: freshchat_data_help(),
                }),
                freshworks_model(Freshworks {
                    id: "freshdesk",
                    name: "Freshdesk",
                    description_id: "catalogue-model-freshdesk-description",
                    suffix: "freshdesk.com",
                    feature: Feature::TicketHistory,
                    app_url: "https://www.freshworks.com/apps/freshdesk/injixo_connect",
                    // Nothing Freshdesk-specific to explain yet.
                    data_help: Vec::new(),
                }),
            ],
        }],
    }
}
