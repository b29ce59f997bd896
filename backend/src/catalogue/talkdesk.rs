//! Talkdesk: the account name and a Talkdesk OAuth client (client ID and secret),
//! read directly by injixo (no app).

use super::{model, secret, section, section_with_help, select, text, with_errors, EVERY_PLAN};
use injixo_contract::{Feature, FieldErrorCode, Model, Vendor};

pub fn vendor() -> Vendor {
    Vendor {
        id: "talkdesk".into(),
        name: "Talkdesk".into(),
        description_id: "catalogue-vendor-talkdesk-description".into(),
        // One model: "In the Talkdesk tile, click Add integration".
        always_select_model: false,
        name_id: None,
        models: vec![talkdesk()],
    }
}

/// The OAuth client lacks what the article asks for: grant type
/// `client-credentials`, scopes `data-reports:read` and `data-reports:write`.
/// Either half of the client may be the one the vendor blames.
const SCOPES: &[(FieldErrorCode, &str)] = &[(
    FieldErrorCode::CredentialsInsufficientRole,
    "field-error-talkdesk-insufficient-role",
)];

fn talkdesk() -> Model {
    Model {
        // "imports historical call data and agent status data"
        features: vec![Feature::CallHistory, Feature::AgentStatus],
        plans: EVERY_PLAN.to_vec(),
        sections: vec![
            // The section help says where the client comes from and what it needs.
            section_with_help(
                "user_credentials",
                "setup-section-user-credentials",
                "setup-section-talkdesk-user-credentials-help",
                vec![
                    text("account_name", "setup-field-account-name", None, 128),
                    with_errors(
                        text("client_id", "setup-field-client-id", None, 128),
                        SCOPES,
                    ),
                    with_errors(
                        secret("client_secret", "setup-field-client-secret", None),
                        SCOPES,
                    ),
                ],
            ),
            section(
                "configuration",
                "setup-section-configuration",
                vec![select(
                    "account_region",
                    "setup-field-account-region",
                    None,
                    &[
                        ("canada", "setup-option-region-canada"),
                        ("europe", "setup-option-region-europe"),
                        ("usa", "setup-option-region-usa"),
                    ],
                )],
            ),
        ],
        ..model(
            "talkdesk",
            "Talkdesk",
            "catalogue-model-talkdesk-description",
            "add-talkdesk-integration",
        )
    }
}
