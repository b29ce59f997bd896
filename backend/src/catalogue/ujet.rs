//! Ujet: the Ujet subdomain, company key and company secret code, read directly by
//! injixo (no app).

use super::{model, secret, section_with_help, text, ADVANCED_AND_UP};
use injixo_contract::{Feature, Model, Vendor};

pub fn vendor() -> Vendor {
    Vendor {
        id: "ujet".into(),
        name: "Ujet".into(),
        description_id: "catalogue-vendor-ujet-description".into(),
        // One model: "In the Ujet tile, click Add integration".
        always_select_model: false,
        name_id: None,
        models: vec![ujet()],
    }
}

fn ujet() -> Model {
    Model {
        // "imports call history and agent status data"
        features: vec![Feature::CallHistory, Feature::AgentStatus],
        plans: ADVANCED_AND_UP.to_vec(),
        sections: vec![section_with_help(
            "api_credentials",
            "setup-section-ujet-api-credentials",
            "setup-section-ujet-api-credentials-help",
            vec![
                // Just the subdomain (the en/it/fr/es articles and the product); no
                // source agrees on the Ujet domain, so the field is not a `domain`.
                // One DNS label at most.
                text(
                    "subdomain",
                    "setup-field-ujet-subdomain",
                    Some("setup-field-ujet-subdomain-help"),
                    63,
                ),
                // No source says whether the key is secret: like a client id, it
                // names the credentials and stays visible; the code is the secret.
                text("company_key", "setup-field-ujet-company-key", None, 128),
                secret(
                    "company_secret_code",
                    "setup-field-ujet-company-secret-code",
                    None,
                ),
            ],
        )],
        ..model(
            "ujet",
            "Ujet",
            "catalogue-model-ujet-description",
            "add-ujet-integration",
        )
    }
}
