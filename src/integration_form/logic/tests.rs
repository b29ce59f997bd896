use super::*;
use crate::api::IdempotencyMemo;
use injixo_contract::{Delivery, Field, ForeignDomain, KeyUse, Section};

pub(super) fn freshchat() -> Model {
    let field = |id: &str, kind| Field {
        id: id.into(),
        label_id: "x".into(),
        help_id: None,
        kind,
        required: true,
        immutable: false,
        visible_when: None,
        error_ids: Default::default(),
    };
    Model {
        csv_schema: Default::default(),
        cloud_link: None,
        id: "freshchat".into(),
        name: "Freshchat".into(),
        description_id: "x".into(),
        delivery: Delivery::Cloud,
        features: vec![],
        plans: vec![],
        key_use: Some(KeyUse::App),
        marketplace_url: None,
        key_steps: Vec::new(),
        help_path: None,
        data_help: vec![],
        sections: vec![Section {
            id: "credentials".into(),
            title_id: "x".into(),
            help_id: None,
            fields: vec![
                field(
                    "domain",
                    FieldKind::Domain {
                        suffix: "freshchat.com".into(),
                        foreign: vec![ForeignDomain {
                            suffix: "freshdesk.com".into(),
                            product: "Freshdesk".into(),
                        }],
                    },
                ),
                field("api_key", FieldKind::Secret { max_len: 512 }),
            ],
        }],
    }
}

fn draft(name: &str, domain: &str, key: &str) -> Draft {
    Draft {
        cloud_link: None,
        csv: None,
        name: name.into(),
        text: [
            ("domain".to_string(), domain.to_string()),
            ("api_key".to_string(), key.to_string()),
        ]
        .into(),
        checked: BTreeMap::new(),
    }
}

#[test]
fn a_valid_draft_becomes_a_normalized_request() {
    let req = validate(
        &freshchat(),
        &draft(" Chat ", "https://Acme.freshchat.com/x", " k "),
    )
    .unwrap();
    assert_eq!(req.name, "Chat");
    assert_eq!(req.model, "freshchat");
    assert_eq!(
        req.settings["domain"],
        FieldValue::Text("acme.freshchat.com".into())
    );
    assert_eq!(req.settings["api_key"], FieldValue::Text("k".into()));
}

#[test]
fn every_bad_field_is_reported_and_the_first_is_focused() {
    let m = freshchat();
    let problems = validate(&m, &draft("", "acme.freshdesk.com", "")).unwrap_err();
    assert_eq!(problems["name"], FieldErrorCode::Required);
    assert_eq!(problems["domain"], FieldErrorCode::DomainWrongVendor);
    assert_eq!(problems["api_key"], FieldErrorCode::Required);
    assert_eq!(first_invalid(&m, &problems), Some("name"));

    let problems = validate(&m, &draft("ok", "freshchat.com", "k")).unwrap_err();
    assert_eq!(first_invalid(&m, &problems), Some("domain"));
}

#[test]
fn single_fields_validate_on_their_own() {
    let m = freshchat();
    let d = draft("", "acme", "");
    assert_eq!(
        validate_one(&m, &d, "name", false),
        Some(FieldErrorCode::Required)
    );
    assert_eq!(
        validate_one(&m, &d, "domain", false),
        Some(FieldErrorCode::DomainInvalid)
    );
    assert_eq!(
        validate_one(&m, &draft("x", "a.freshchat.com", "k"), "domain", false),
        None
    );
    assert_eq!(validate_one(&m, &d, "no-such-field", false), None);
}

#[test]
fn server_errors_land_on_their_fields() {
    let problems = to_problems(vec![FieldError {
        field: "api_key".into(),
        code: FieldErrorCode::CredentialsInvalid,
    }]);
    assert_eq!(problems["api_key"], FieldErrorCode::CredentialsInvalid);
    assert_eq!(first_invalid(&freshchat(), &problems), Some("api_key"));
}

#[test]
fn the_same_request_reuses_its_idempotency_key_and_a_changed_one_does_not() {
    let m = freshchat();
    let mut memo = IdempotencyMemo::default();
    let mut n = 0;
    let mut fresh = || {
        n += 1;
        format!("key-{n}")
    };
    let a = validate(&m, &draft("A", "a.freshchat.com", "k")).unwrap();
    let a_again = validate(&m, &draft(" A ", "https://a.freshchat.com", "k")).unwrap();
    let b = validate(&m, &draft("B", "a.freshchat.com", "k")).unwrap();
    assert_eq!(memo.key_for(&a, &mut fresh), "key-1");
    // Typed differently, normalized the same: still the same request.
    assert_eq!(memo.key_for(&a_again, &mut fresh), "key-1");
    assert_eq!(memo.key_for(&b, &mut fresh), "key-2");
    assert_eq!(memo.key_for(&a, &mut fresh), "key-3");
    // After a success the same request again is a new, deliberate one.
    memo.forget();
    assert_eq!(memo.key_for(&a, &mut fresh), "key-4");
}

fn saved(m: &Model) -> Integration {
    Integration {
        cloud_link: None,
        id: "i".into(),
        configuration_id: 7,
        name: "Chat EU".into(),
        model: m.id.clone(),
        vendor: "freshworks".into(),
        status: injixo_contract::IntegrationStatus::Operational,
        created_at: "2026-01-01T00:00:00Z".into(),
        updated_at: "2026-01-01T00:00:00Z".into(),
        last_import_at: None,
        settings: [(
            "domain".to_string(),
            FieldValue::Text("acme.freshchat.com".into()),
        )]
        .into(),
        secrets: [(
            "api_key".to_string(),
            injixo_contract::SecretInfo {
                last4: "WXYZ".into(),
            },
        )]
        .into(),
        app_key: None,
        hints: vec![],
    }
}

#[test]
fn editing_starts_from_the_saved_values_without_secrets() {
    let m = freshchat();
    let d = Draft::from_integration(&m, &saved(&m));
    assert_eq!(d.name, "Chat EU");
    assert_eq!(
        d.text.get("domain").map(String::as_str),
        Some("acme.freshchat.com")
    );
    assert_eq!(d.text.get("api_key"), None);
    assert!(!d.is_blank());
    assert!(Draft::default().is_blank());
}

#[test]
fn an_untouched_secret_is_kept_and_a_typed_one_replaces_it() {
    let m = freshchat();
    let s = saved(&m);
    let mut d = Draft::from_integration(&m, &s);
    assert_eq!(validate_one(&m, &d, "api_key", true), None);
    assert_eq!(
        validate_one(&m, &d, "api_key", false),
        Some(FieldErrorCode::Required)
    );
    let req = validate_edit(&m, &s, &d).unwrap();
    assert_eq!(req.name, None, "the name did not change");
    assert!(!req.settings.contains_key("api_key"));

    d.name = "Chat  Europe".into();
    d.text
        .insert("api_key".into(), " new-key-0123456789 ".into());
    let req = validate_edit(&m, &s, &d).unwrap();
    assert_eq!(req.name.as_deref(), Some("Chat Europe"));
    assert_eq!(
        req.settings["api_key"],
        FieldValue::Text("new-key-0123456789".into())
    );
}

#[test]
fn drafts_kept_in_the_browser_hold_no_secret() {
    let m = freshchat();
    let kept = draft("A", "a.freshchat.com", "very-secret-key").without_secrets(&m);
    assert_eq!(kept.text.get("api_key"), None);
    assert_eq!(
        kept.text.get("domain").map(String::as_str),
        Some("a.freshchat.com")
    );
    let json = crate::browser::json::to_string(&kept).unwrap();
    assert!(!json.contains("very-secret-key"));
}
