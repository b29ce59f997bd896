//! Cisco ICM: real-time adherence data through the Cisco-specific build of Cloud
//! Link ("If you have already downloaded Cloud Link for another integration, you
//! still need to download the Cisco-specific version from this page").

use super::super::{section_with_help, text, time_zone, ADVANCED_AND_UP};
use super::{connection_string, on_premise, optional, password, with_flavor};
use injixo_contract::{Feature, Flavor, Model, Vendor};

pub fn vendor() -> Vendor {
    Vendor {
        id: "cisco-icm".into(),
        name: "Cisco ICM".into(),
        description_id: "catalogue-vendor-cisco-icm-description".into(),
        // "In the Cisco ICM tile, click Add integration".
        always_select_model: false,
        name_id: None,
        models: vec![cisco_icm()],
    }
}

fn cisco_icm() -> Model {
    let base = on_premise(
        "cisco-icm",
        "Cisco ICM",
        "catalogue-model-cisco-icm-description",
        "add-cisco-icm-integration",
    );
    Model {
        // "imports real-time adherence data"
        features: vec![Feature::Rta],
        plans: ADVANCED_AND_UP.to_vec(),
        // Everything is in the *Configuration* section, in the article's order; its
        // help: the own download, and that the data shows once the Skill Target IDs
        // are mapped.
        sections: vec![section_with_help(
            "configuration",
            "setup-section-configuration",
            "setup-section-cisco-icm-configuration-help",
            vec![
                connection_string(
                    "connection_string",
                    "setup-field-cisco-icm-connection-string-help",
                ),
                time_zone(
                    "database_time_zone",
                    "setup-field-cisco-icm-database-time-zone",
                    Some("setup-field-cisco-icm-database-time-zone-help"),
                ),
                text(
                    "client_id",
                    "setup-field-cisco-icm-client-id",
                    Some("setup-field-cisco-icm-client-id-help"),
                    128,
                ),
                password("client_password"),
                // "host:port" of side A, then side B, comma-separated.
                text(
                    "peripheral_gateway_1",
                    "setup-field-cisco-icm-peripheral-gateway-1",
                    Some("setup-field-cisco-icm-peripheral-gateway-help"),
                    512,
                ),
                // "(Optional) Enter your Peripheral gateway 2."
                optional(text(
                    "peripheral_gateway_2",
                    "setup-field-cisco-icm-peripheral-gateway-2",
                    Some("setup-field-cisco-icm-peripheral-gateway-2-help"),
                    512,
                )),
            ],
        )],
        // The article offers "the Download link for your operating system" without
        // naming the systems: the install article's two (open question).
        ..with_flavor(base, Flavor::Cisco)
    }
}
