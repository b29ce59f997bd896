use super::*;
use crate::{Delivery, KeyUse, Section};

fn freshdesk() -> ForeignDomain {
    ForeignDomain {
        suffix: "freshdesk.com".into(),
        product: "Freshdesk".into(),
    }
}

fn chat_domain(input: &str) -> Result<String, FieldErrorCode> {
    validate_domain(input, "freshchat.com", &[freshdesk()])
}

fn model() -> Model {
    Model {
        csv_schema: Default::default(),
        cloud_link: None,
        id: "freshchat".into(),
        name: "Freshchat".into(),
        description_id: "d".into(),
        delivery: Delivery::Cloud,
        features: vec![],
        plans: vec![],
        key_use: Some(KeyUse::App),
        marketplace_url: None,
        key_steps: Vec::new(),
        help_path: None,
        sections: vec![Section {
            id: "credentials".into(),
            title_id: "t".into(),
            help_id: None,
            fields: vec![
                Field {
                    id: "domain".into(),
                    label_id: "l".into(),
                    help_id: None,
                    kind: FieldKind::Domain {
                        suffix: "freshchat.com".into(),
                        foreign: vec![freshdesk()],
                    },
                    required: true,
                    immutable: false,
                    visible_when: None,
                    error_ids: Default::default(),
                },
                Field {
                    id: "api_key".into(),
                    label_id: "l".into(),
                    help_id: None,
                    kind: FieldKind::Secret { max_len: 512 },
                    required: true,
                    immutable: false,
                    visible_when: None,
                    error_ids: Default::default(),
                },
            ],
        }],
        data_help: vec![],
    }
}

fn text(s: &str) -> FieldValue {
    FieldValue::Text(s.into())
}

#[test]
fn names_are_trimmed_collapsed_and_compared_case_insensitively() {
    assert_eq!(validate_name("  EU   chat \t"), Ok("EU chat".into()));
    assert_eq!(name_key(" EU  Chat"), name_key("eu chat"));
    assert_eq!(validate_name("   "), Err(FieldErrorCode::Required));
    assert_eq!(validate_name(&"x".repeat(81)), Err(FieldErrorCode::TooLong));
    assert_eq!(validate_name(&"ü".repeat(80)), Ok("ü".repeat(80)));
}

#[test]
fn pasted_urls_are_reduced_to_the_host() {
    assert_eq!(
        normalize_domain(" HTTPS://Acme.Freshchat.com:443/a/b?c#d "),
        "acme.freshchat.com"
    );
    assert_eq!(
        normalize_domain("acme.freshchat.com."),
        "acme.freshchat.com"
    );
    assert_eq!(
        normalize_domain("user@acme.freshchat.com/x"),
        "acme.freshchat.com"
    );
    assert_eq!(
        chat_domain("https://acme.freshchat.com/a/settings"),
        Ok("acme.freshchat.com".into())
    );
}

#[test]
fn a_freshchat_domain_needs_a_subdomain() {
    assert_eq!(
        chat_domain("example.freshchat.com"),
        Ok("example.freshchat.com".into())
    );
    assert_eq!(
        chat_domain("a.b.freshchat.com"),
        Ok("a.b.freshchat.com".into())
    );
    assert_eq!(
        chat_domain("freshchat.com"),
        Err(FieldErrorCode::DomainMissingSubdomain)
    );
    assert_eq!(chat_domain(""), Err(FieldErrorCode::Required));
    assert_eq!(chat_domain("https://"), Err(FieldErrorCode::Required));
}

#[test]
fn other_hosts_are_told_apart() {
    assert_eq!(
        chat_domain("acme.freshdesk.com"),
        Err(FieldErrorCode::DomainWrongVendor)
    );
    assert_eq!(
        chat_domain("freshdesk.com"),
        Err(FieldErrorCode::DomainWrongVendor)
    );
    assert_eq!(
        chat_domain("acme.example.com"),
        Err(FieldErrorCode::DomainNotVendor)
    );
    // A look-alike that merely ends with the same letters is not the vendor.
    assert_eq!(
        chat_domain("evilfreshchat.com"),
        Err(FieldErrorCode::DomainNotVendor)
    );
    assert_eq!(chat_domain("acme"), Err(FieldErrorCode::DomainInvalid));
    assert_eq!(
        chat_domain("ac me.freshchat.com"),
        Err(FieldErrorCode::DomainInvalid)
    );
    assert_eq!(
        chat_domain("-acme.freshchat.com"),
        Err(FieldErrorCode::DomainInvalid)
    );
    assert_eq!(
        chat_domain("acme..freshchat.com"),
        Err(FieldErrorCode::DomainInvalid)
    );
    assert_eq!(
        chat_domain("acmé.freshchat.com"),
        Err(FieldErrorCode::DomainInvalid)
    );
    assert_eq!(
        foreign_product("https://acme.freshdesk.com/", &[freshdesk()]).map(|f| f.product.as_str()),
        Some("Freshdesk")
    );
}

#[test]
fn create_requests_are_normalized_or_rejected_per_field() {
    let req = CreateIntegration {
        csv_schema: Default::default(),
        cloud_link_id: None,
        name: "  Chat  EU ".into(),
        model: "freshchat".into(),
        settings: [
            ("domain".to_string(), text("https://ACME.freshchat.com/x")),
            ("api_key".to_string(), text("  secret-key-1234 ")),
        ]
        .into(),
    };
    let ok = validate_create(&model(), &req).unwrap();
    assert_eq!(ok.name, "Chat EU");
    assert_eq!(ok.settings["domain"], text("acme.freshchat.com"));
    assert_eq!(ok.settings["api_key"], text("secret-key-1234"));

    let bad = CreateIntegration {
        csv_schema: Default::default(),
        cloud_link_id: None,
        name: " ".into(),
        model: "freshchat".into(),
        settings: [
            ("domain".to_string(), text("acme.freshdesk.com")),
            ("extra".to_string(), text("x")),
        ]
        .into(),
    };
    let errors = validate_create(&model(), &bad).unwrap_err();
    let got: Vec<(&str, FieldErrorCode)> =
        errors.iter().map(|e| (e.field.as_str(), e.code)).collect();
    assert_eq!(
        got,
        vec![
            ("name", FieldErrorCode::Required),
            ("domain", FieldErrorCode::DomainWrongVendor),
            ("api_key", FieldErrorCode::Required),
            ("extra", FieldErrorCode::UnknownField),
        ]
    );
}

#[test]
fn a_boolean_in_a_text_field_is_a_type_error() {
    let m = model();
    let field = m.field("api_key").unwrap();
    assert_eq!(
        validate_field(field, Some(&FieldValue::Bool(true))),
        Err(FieldErrorCode::InvalidType)
    );
}

#[test]
fn last4_reveals_nothing_of_short_secrets() {
    assert_eq!(last4("abcdefghijkl-WXYZ"), "WXYZ");
    assert_eq!(last4("short-key"), "");
}

#[test]
fn unknown_codes_from_a_newer_server_still_parse() {
    let e: FieldError = serde_json::from_str(r#"{"field":"x","code":"brand_new"}"#).unwrap();
    assert_eq!(e.code, FieldErrorCode::Unknown);
    let c: crate::ErrorCode = serde_json::from_str(r#""quota_exceeded""#).unwrap();
    assert_eq!(c, crate::ErrorCode::Unknown);
}

fn number_field(min: i64, max: i64) -> Field {
    Field {
        id: "interval".into(),
        label_id: "l".into(),
        help_id: None,
        kind: FieldKind::Number { min, max },
        required: true,
        immutable: false,
        visible_when: None,
        error_ids: Default::default(),
    }
}

#[test]
fn numbers_are_whole_and_within_range() {
    let f = number_field(1, 60);
    assert_eq!(
        validate_field(&f, Some(&text(" 15 "))),
        Ok(Some(FieldValue::Number(15)))
    );
    assert_eq!(
        validate_field(&f, Some(&FieldValue::Number(60))),
        Ok(Some(FieldValue::Number(60)))
    );
    assert_eq!(
        validate_field(&f, Some(&text("1.5"))),
        Err(FieldErrorCode::NotANumber)
    );
    assert_eq!(
        validate_field(&f, Some(&text("abc"))),
        Err(FieldErrorCode::NotANumber)
    );
    assert_eq!(
        validate_field(&f, Some(&FieldValue::Number(61))),
        Err(FieldErrorCode::OutOfRange)
    );
    assert_eq!(
        validate_field(&f, Some(&text("0"))),
        Err(FieldErrorCode::OutOfRange)
    );
    assert_eq!(validate_field(&f, None), Err(FieldErrorCode::Required));
    assert_eq!(
        validate_field(&f, Some(&FieldValue::Bool(true))),
        Err(FieldErrorCode::InvalidType)
    );
}

fn saved(model: &Model) -> crate::Integration {
    crate::Integration {
        cloud_link: None,
        id: "i".into(),
        configuration_id: 1,
        name: "Chat".into(),
        model: model.id.clone(),
        vendor: "freshworks".into(),
        status: crate::IntegrationStatus::Operational,
        created_at: "2026-01-01T00:00:00Z".into(),
        updated_at: "2026-01-01T00:00:00Z".into(),
        last_import_at: None,
        settings: [("domain".to_string(), text("acme.freshchat.com"))].into(),
        secrets: [(
            "api_key".to_string(),
            crate::SecretInfo {
                last4: "WXYZ".into(),
            },
        )]
        .into(),
        app_key: None,
        hints: vec![],
    }
}

#[test]
fn an_update_keeps_secrets_unless_a_new_one_is_sent() {
    let m = model();
    let current = saved(&m);
    let keep = UpdateIntegration {
        csv_schema: Default::default(),
        cloud_link_id: None,
        name: Some("  New  name ".into()),
        settings: [("api_key".to_string(), text("  "))].into(),
    };
    let ok = validate_update(&m, &current, &keep).unwrap();
    assert_eq!(ok.name.as_deref(), Some("New name"));
    assert!(
        ok.settings.is_empty(),
        "an empty secret means: keep the saved one"
    );

    let replace = UpdateIntegration {
        csv_schema: Default::default(),
        cloud_link_id: None,
        name: None,
        settings: [("api_key".to_string(), text(" new-secret-key-1234 "))].into(),
    };
    let ok = validate_update(&m, &current, &replace).unwrap();
    assert_eq!(ok.settings["api_key"], text("new-secret-key-1234"));
}

#[test]
fn immutable_fields_may_only_be_sent_unchanged() {
    let mut m = model();
    m.sections[0].fields[0].immutable = true; // the domain
    let current = saved(&m);
    let same = UpdateIntegration {
        csv_schema: Default::default(),
        cloud_link_id: None,
        name: None,
        settings: [("domain".to_string(), text("HTTPS://acme.freshchat.com/"))].into(),
    };
    assert!(validate_update(&m, &current, &same).is_ok());
    let changed = UpdateIntegration {
        csv_schema: Default::default(),
        cloud_link_id: None,
        name: None,
        settings: [("domain".to_string(), text("other.freshchat.com"))].into(),
    };
    let errors = validate_update(&m, &current, &changed).unwrap_err();
    assert_eq!(errors[0].code, FieldErrorCode::Immutable);
    let unknown = UpdateIntegration {
        csv_schema: Default::default(),
        cloud_link_id: None,
        name: Some("".into()),
        settings: [("nope".to_string(), text("x"))].into(),
    };
    let codes: Vec<_> = validate_update(&m, &current, &unknown)
        .unwrap_err()
        .into_iter()
        .map(|e| e.code)
        .collect();
    assert_eq!(
        codes,
        [FieldErrorCode::Required, FieldErrorCode::UnknownField]
    );
}

#[test]
fn a_query_result_is_checked_against_the_required_columns() {
    use crate::{ColumnKind as K, QueryColumn, ResultColumn};
    let want = |name: &str, kind, required| QueryColumn {
        name: name.into(),
        kind,
        required,
        help_id: "h".into(),
    };
    let got = |name: &str, kind| ResultColumn {
        name: name.into(),
        kind,
    };
    let required = [
        want("agentidentifier", K::Text, true),
        want("starttime", K::Timestamp, true),
        want("activity", K::Text, true),
        want("endtime", K::Timestamp, false),
        want("offered", K::Number, false),
    ];
    let found = [
        got("AgentIdentifier", K::Text),
        got("starttime", K::Text),
        got("endtime", K::Unknown),
        got("offered", K::Integer),
    ];
    let problems = column_problems(&required, &found);
    let names: Vec<(&str, Option<K>)> = problems
        .iter()
        .map(|p| (p.name.as_str(), p.found))
        .collect();
    assert_eq!(names, [("starttime", Some(K::Text)), ("activity", None)]);
}

#[test]
fn a_zone_name_is_checked_for_its_shape_only() {
    for ok in [
        "UTC",
        "Europe/Berlin",
        "Etc/GMT+5",
        "America/Port-au-Prince",
        "A",
    ] {
        assert!(is_zone_name(ok), "{ok}");
    }
    for bad in [
        "",
        "Europe/",
        "/UTC",
        "../etc",
        "Europe/Ber lin",
        "1Europe",
        "UTC\n",
    ] {
        assert!(!is_zone_name(bad), "{bad:?}");
    }
    assert!(!is_zone_name(&"A".repeat(65)));
}
