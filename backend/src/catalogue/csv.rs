//! CSV (Universal Interfaces): files exported by any system, imported by hand on the
//! *Historical data import* page or sent by injixo Cloud Link from its import folder.
//! The form's *CSV schema configuration* section holds the type of import data; the
//! schema itself (how the files are read and mapped) travels beside the settings.

use super::{model, section_with_help, select, EVERY_PLAN};
use injixo_contract::{Arch, CloudLinkSpec, Delivery, Download, Feature, Flavor, Model, Os};

pub fn model_csv() -> Model {
    Model {
        // The article's channels: calls, emails, chats, documents, cases, social media;
        // and agent statuses.
        features: vec![
            Feature::CallHistory,
            Feature::EmailHistory,
            Feature::ChatHistory,
            Feature::SocialMediaHistory,
            Feature::DocumentHistory,
            Feature::AgentStatus,
        ],
        // Uploaded by hand or through injixo Cloud Link in the customer's network.
        delivery: Delivery::OnPremise,
        plans: EVERY_PLAN.to_vec(),
        csv_schema: true,
        // "If you upload the data manually, you can skip this step."
        cloud_link: Some(CloudLinkSpec {
            flavor: Flavor::Standard,
            downloads: vec![
                Download {
                    os: Os::Windows,
                    arch: Arch::X64,
                },
                Download {
                    os: Os::Linux,
                    arch: Arch::X64,
                },
            ],
            required: false,
            help_path: "install-cloud-link".into(),
        }),
        sections: vec![section_with_help(
            "csv_schema",
            "setup-section-csv-schema",
            "setup-section-csv-schema-help",
            vec![select(
                "import_data_type",
                "setup-field-csv-import-data-type",
                Some("setup-field-csv-import-data-type-help"),
                &[
                    ("contact_data", "setup-option-csv-contact-data"),
                    ("agent_status", "setup-option-csv-agent-status"),
                ],
            )],
        )],
        ..model(
            "csv",
            "CSV",
            "catalogue-model-csv-description",
            "add-csv-integration",
        )
    }
}
