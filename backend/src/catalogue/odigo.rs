//! Odigo: Odigo calls injixo at a URL that carries an injixo URL token, for the
//! agent statuses in real time; injixo reads the daily contact data (and, if
//! wanted, the labels of break statuses) from Odigo's APIs.

use super::{
    checkbox, model, number, secret, section, section_with_help, text, time_zone, url,
    when_checked, with_errors, ADVANCED_AND_UP,
};
use injixo_contract::{Feature, FieldErrorCode, KeyUse, Model, Vendor};

pub fn vendor() -> Vendor {
    Vendor {
        id: "odigo".into(),
        name: "Odigo".into(),
        description_id: "catalogue-vendor-odigo-description".into(),
        // One model: "In the Odigo tile, click Add integration".
        always_select_model: false,
        name_id: None,
        models: vec![odigo()],
    }
}

/// The checkbox that reveals the web service fields.
const DETAILED_BREAKS: &str = "import_detailed_break_statuses";

fn odigo() -> Model {
    Model {
        // "imports real-time agent status and real-time adherence data". The
        // daily contact data is of a channel no source names: no history badge.
        features: vec![Feature::AgentStatus, Feature::Rta],
        plans: ADVANCED_AND_UP.to_vec(),
        key_use: Some(KeyUse::UrlToken),
        // The field order within the sections is ours: no source gives one.
        sections: vec![
            section(
                "credentials",
                "setup-section-odigo-credentials",
                vec![
                    text(
                        "tech_account",
                        "setup-field-odigo-tech-account",
                        Some("setup-field-odigo-tech-account-help"),
                        254,
                    ),
                    secret(
                        "tech_password",
                        "setup-field-odigo-tech-password",
                        Some("setup-field-odigo-tech-password-help"),
                    ),
                ],
            ),
            // "The contact data for each day is imported at 3 AM" (the product).
            section_with_help(
                "contact_data",
                "setup-section-odigo-contact-data",
                "setup-section-odigo-contact-data-help",
                vec![
                    text(
                        "api_domain",
                        "setup-field-odigo-api-domain",
                        Some("setup-field-odigo-api-domain-help"),
                        253,
                    ),
                    text(
                        "app_id",
                        "setup-field-odigo-app-id",
                        Some("setup-field-odigo-app-id-help"),
                        128,
                    ),
                    text(
                        "instance",
                        "setup-field-odigo-instance",
                        Some("setup-field-odigo-instance-help"),
                        128,
                    ),
                    text(
                        "user_name",
                        "setup-field-odigo-user-name",
                        Some("setup-field-odigo-user-name-help"),
                        254,
                    ),
                    // "The statistics table ID must be a number" (the product).
                    number(
                        "statistics_table_id",
                        "setup-field-odigo-statistics-table-id",
                        Some("setup-field-odigo-statistics-table-id-help"),
                        0,
                        i64::from(i32::MAX),
                    ),
                    time_zone(
                        "ivr_timezone",
                        "setup-field-odigo-ivr-time-zone",
                        Some("setup-field-odigo-ivr-time-zone-help"),
                    ),
                ],
            ),
            // Optional; the checkbox reveals (and requires) what reading the break
            // labels takes.
            section(
                "agent_status_data",
                "setup-section-agent-status-data",
                vec![
                    checkbox(
                        DETAILED_BREAKS,
                        "setup-field-odigo-detailed-breaks",
                        Some("setup-field-odigo-detailed-breaks-help"),
                    ),
                    when_checked(
                        with_errors(
                            url(
                                "odigo_url",
                                "setup-field-odigo-url",
                                Some("setup-field-odigo-url-help"),
                                true,
                            ),
                            &[(FieldErrorCode::UrlInvalid, "field-error-odigo-url-invalid")],
                        ),
                        DETAILED_BREAKS,
                    ),
                    when_checked(
                        text(
                            "web_service_user",
                            "setup-field-odigo-web-service-user",
                            Some("setup-field-odigo-web-service-user-help"),
                            254,
                        ),
                        DETAILED_BREAKS,
                    ),
                    when_checked(
                        secret(
                            "web_service_password",
                            "setup-field-odigo-web-service-password",
                            None,
                        ),
                        DETAILED_BREAKS,
                    ),
                ],
            ),
        ],
        ..model(
            "odigo",
            "Odigo",
            "catalogue-model-odigo-description",
            "add-odigo-integration",
        )
    }
}
