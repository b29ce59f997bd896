//! The catalogue's models as a client uses them: the catalogue itself, a valid and
//! an invalid create of each model, the verification fixtures on their fields, and
//! the account's plan.

mod common;

use axum::http::StatusCode;
use common::*;
use injixo_backend::{db, AppState};
use injixo_contract::{Catalogue, Feature, FieldErrorCode, FieldKind, KeyUse, Plan};
use serde_json::{json, Value};

const MODELS: [&str; 5] = [
    "freshdesk-contact-center",
    "five9",
    "zendesk",
    "genesys-cloud",
    "injixo-api",
];

async fn catalogue(api: &Api) -> Catalogue {
    let res = api.get("/api/v1/catalogue").await;
    assert_eq!(res.status, StatusCode::OK);
    serde_json::from_slice(&res.body).expect("a Catalogue")
}

#[tokio::test]
async fn the_catalogue_has_every_vendor_and_model_of_the_help_center() {
    let c = catalogue(&Api::new()).await;
    let tiles: Vec<_> = c
        .vendors
        .iter()
        .map(|v| (v.id.as_str(), v.models.len(), v.always_select_model))
        .collect();
    assert_eq!(
        tiles,
        [
            ("freshworks", 3, true),
            ("five9", 1, false),
            ("zendesk", 1, false),
            ("genesys", 1, true),
            ("universal", 1, true),
        ]
    );
    let (vendor, fcc) = c.model("freshdesk-contact-center").unwrap();
    assert_eq!(vendor.id, "freshworks");
    assert_eq!(fcc.key_use, Some(KeyUse::App));
    assert_eq!(
        fcc.marketplace_url.as_deref(),
        Some("https://www.freshworks.com/apps/injixo_1")
    );
    let (_, five9) = c.model("five9").unwrap();
    assert_eq!(five9.help_path.as_deref(), Some("add-five9-integration"));
    assert_eq!(
        five9.plans,
        [
            Plan::Essential,
            Plan::Advanced,
            Plan::Enterprise,
            Plan::Classic
        ]
    );
    let sections: Vec<_> = five9.sections.iter().map(|s| s.title_id.as_str()).collect();
    assert_eq!(
        sections,
        [
            "setup-section-user-credentials",
            "setup-section-configuration"
        ]
    );

    let (_, zendesk) = c.model("zendesk").unwrap();
    let grouping = zendesk.field("group_queues_by").unwrap();
    assert!(grouping.immutable, "fixed once saved");
    let sections: Vec<_> = zendesk.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        sections,
        ["user_credentials", "configuration", "agent_status_data"]
    );
    for checkbox in ["group_tickets_by_brand", "import_realtime_agent_status"] {
        let f = zendesk.field(checkbox).unwrap();
        assert_eq!((f.kind.clone(), f.required), (FieldKind::Checkbox, false));
    }
    assert_eq!(
        zendesk.features,
        [
            Feature::TicketHistory,
            Feature::CallHistory,
            Feature::AgentStatus
        ]
    );
    assert!(!zendesk.data_help.is_empty(), "Zendesk data in injixo");
    let (_, genesys) = c.model("genesys-cloud").unwrap();
    assert_eq!(genesys.plans, [Plan::Advanced, Plan::Enterprise]);
    let FieldKind::Select { options } = &genesys.field("account_region").unwrap().kind else {
        panic!("a select");
    };
    let regions: Vec<_> = options.iter().map(|o| o.value.as_str()).collect();
    assert_eq!(
        regions,
        [
            "americas_us_east",
            "americas_us_west",
            "emea_dublin",
            "emea_frankfurt",
            "emea_london",
            "asia_pacific_sydney",
            "asia_pacific_tokyo"
        ],
        "the product's seven"
    );
    assert!(genesys.sections[0].help_id.is_some(), "the permissions");
    let detailed = genesys.field("detailed_on_queue_statuses").unwrap();
    assert_eq!(
        (detailed.kind.clone(), detailed.required),
        (FieldKind::Checkbox, false)
    );
    assert!(matches!(
        genesys.field("api_key").unwrap().kind,
        FieldKind::Text { .. }
    ));
    assert!(matches!(
        genesys.field("api_secret").unwrap().kind,
        FieldKind::Secret { .. }
    ));

    // Each model's own words for a refusal where its article has them; the rest
    // fall back to the general messages.
    let own = |model: &str, field: &str, code| {
        c.model(model)
            .unwrap()
            .1
            .field(field)
            .unwrap()
            .error_ids
            .get(&code)
            .cloned()
    };
    let role = FieldErrorCode::CredentialsInsufficientRole;
    assert_eq!(
        own("freshdesk", "api_key", role).as_deref(),
        Some("field-error-freshworks-api-key-role")
    );
    assert_eq!(
        own("five9", "password", role).as_deref(),
        Some("field-error-five9-insufficient-role")
    );
    assert_eq!(
        own("zendesk", "api_token", role).as_deref(),
        Some("field-error-zendesk-insufficient-role")
    );
    assert_eq!(
        own("genesys-cloud", "api_secret", role).as_deref(),
        Some("field-error-genesys-cloud-insufficient-role")
    );
    assert_eq!(
        own("five9", "password", FieldErrorCode::CredentialsInvalid),
        None
    );

    let (universal, api) = c.model("injixo-api").unwrap();
    assert_eq!(universal.name, "Universal Interfaces");
    assert_eq!(api.key_use, Some(KeyUse::Api));
    assert!(api.sections.is_empty(), "a name is all it takes");
}

#[tokio::test]
async fn each_model_can_be_created_with_its_settings_and_secrets() {
    let api = Api::new();
    let expect: [(&str, &str, Value, &[&str]); 5] = [
        (
            "freshdesk-contact-center",
            "freshworks",
            json!({ "domain": "acme.freshcaller.com", "group_queues_by": "routing" }),
            &["api_key"],
        ),
        (
            "five9",
            "five9",
            json!({ "username": "wfm-import", "account_region": "europe", "group_queues_by": "skills" }),
            &["password"],
        ),
        (
            "zendesk",
            "zendesk",
            // The optional checkboxes left out are stored as false.
            json!({ "domain": "acme.zendesk.com", "username": "admin@acme.example", "group_queues_by": "ivr",
                    "group_tickets_by_brand": false, "import_realtime_agent_status": false }),
            &["api_token"],
        ),
        (
            "genesys-cloud",
            "genesys",
            // The optional checkbox left out is stored as false.
            json!({ "api_key": "3f1c0d2e-client-id", "account_region": "emea_frankfurt", "detailed_on_queue_statuses": false }),
            &["api_secret"],
        ),
        ("injixo-api", "universal", json!({}), &[]),
    ];
    for (model, vendor, settings, secrets) in expect {
        let res = api.create(&valid_create(model, model)).await;
        assert_eq!(res.status, StatusCode::CREATED, "{model}: {}", res.text());
        assert!(!res.text().contains(API_KEY), "{model}: secret leaked");
        let created = res.json();
        assert_eq!(created["model"], model);
        assert_eq!(created["vendor"], vendor, "{model}");
        assert_eq!(created["status"], "connecting", "{model}");
        assert_eq!(created["settings"], settings, "{model}");
        let saved: Vec<&str> = created["secrets"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(saved, secrets, "{model}");
        for s in secrets {
            assert_eq!(created["secrets"][s]["last4"], "WXYZ", "{model}");
        }
    }
    assert_eq!(api.list().await.len(), MODELS.len());
}

#[tokio::test]
async fn each_model_reports_its_invalid_fields() {
    let api = Api::new();
    let cases: [(Value, &[(&str, &str)]); 6] = [
        (
            json!({ "name": "FCC", "model": "freshdesk-contact-center", "settings": {
                "domain": "acme.freshchat.com", "api_key": API_KEY } }),
            &[
                ("domain", "domain_wrong_vendor"),
                ("group_queues_by", "required"),
            ],
        ),
        (
            json!({ "name": "Five9", "model": "five9", "settings": {
                "username": " ", "password": API_KEY, "account_region": "asia" } }),
            &[
                ("username", "required"),
                ("account_region", "invalid_option"),
                ("group_queues_by", "required"),
            ],
        ),
        (
            json!({ "name": "Zendesk", "model": "zendesk", "settings": {
                "domain": "acme.freshdesk.com", "username": "a@b.example",
                "group_queues_by": "team" } }),
            &[
                ("domain", "domain_not_vendor"),
                ("api_token", "required"),
                ("group_queues_by", "invalid_option"),
            ],
        ),
        (
            json!({ "name": "Genesys", "model": "genesys-cloud", "settings": {
                "api_key": "id", "api_secret": API_KEY,
                "detailed_on_queue_statuses": "yes" } }),
            &[
                ("account_region", "required"),
                ("detailed_on_queue_statuses", "invalid_type"),
            ],
        ),
        (
            json!({ "name": "Genesys", "model": "genesys-cloud", "settings": {
                "api_key": 17, "api_secret": API_KEY, "account_region": "emea_dublin" } }),
            &[("api_key", "invalid_type")],
        ),
        (
            json!({ "name": " ", "model": "injixo-api", "settings": { "domain": "x" } }),
            &[("name", "required"), ("domain", "unknown_field")],
        ),
    ];
    for (body, expected) in cases {
        assert_field_errors(&api.create(&body).await, expected);
    }
    assert!(api.list().await.is_empty());
}

#[tokio::test]
async fn the_verification_fixtures_apply_to_every_models_fields() {
    let api = Api::new();
    let with = |model: &str, field: &str, value: &str| {
        let mut body = valid_create(model, "Fixture");
        body["settings"][field] = json!(value);
        body
    };
    let cases = [
        (
            "five9",
            "password",
            "invalid-api-key",
            "credentials_invalid",
        ),
        (
            "five9",
            "password",
            "agent-1234567890",
            "credentials_insufficient_role",
        ),
        (
            "zendesk",
            "api_token",
            "invalid-api-key",
            "credentials_invalid",
        ),
        (
            "zendesk",
            "domain",
            "unreachable.zendesk.com",
            "domain_unreachable",
        ),
        (
            "genesys-cloud",
            "api_secret",
            "agent-1234567890",
            "credentials_insufficient_role",
        ),
        (
            "freshdesk-contact-center",
            "domain",
            "unreachable.freshcaller.com",
            "domain_unreachable",
        ),
    ];
    for (model, field, value, code) in cases {
        let res = api.create(&with(model, field, value)).await;
        assert_field_errors(&res, &[(field, code)]);
    }
    let res = api
        .create(&with("zendesk", "domain", "down.zendesk.com"))
        .await;
    assert_problem(&res, StatusCode::SERVICE_UNAVAILABLE, "vendor_unavailable");
    assert!(api.list().await.is_empty());
}

#[tokio::test]
async fn the_account_is_on_enterprise_unless_told_otherwise() {
    let api = Api::new();
    let res = api.get("/api/v1/account").await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.json(), json!({ "plan": "enterprise" }));
    // Without INJIXO_TEST_HOOKS=1 the plan cannot be changed over HTTP.
    let res = api
        .post("/api/v1/test/account", &json!({ "plan": "essential" }), &[])
        .await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
}

#[tokio::test]
async fn models_outside_the_plan_are_refused() {
    let api = Api::with_test_hooks();
    let res = api
        .post("/api/v1/test/account", &json!({ "plan": "essential" }), &[])
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    assert_eq!(res.json(), json!({ "plan": "essential" }));
    assert_eq!(api.get("/api/v1/account").await.json()["plan"], "essential");

    for model in ["freshdesk-contact-center", "genesys-cloud", "injixo-api"] {
        let res = api.create(&valid_create(model, model)).await;
        let problem = assert_problem(&res, StatusCode::FORBIDDEN, "plan_required");
        assert_eq!(problem.get("errors"), None);
    }
    // Refused before validation: an empty form is not worth correcting.
    let res = api.create(&freshchat("", "", "")).await;
    assert_problem(&res, StatusCode::FORBIDDEN, "plan_required");
    api.created(&valid_create("five9", "Five9")).await;
    api.created(&valid_create("zendesk", "Zendesk")).await;

    let res = api
        .post("/api/v1/test/account", &json!({ "plan": "gold" }), &[])
        .await;
    assert_problem(&res, StatusCode::BAD_REQUEST, "bad_request");
    assert_eq!(api.list().await.len(), 2, "saved integrations are kept");
}

#[tokio::test]
async fn the_plan_can_be_set_on_the_state() {
    let state = AppState::new(db::open_in_memory().unwrap());
    state.set_plan(Plan::Classic);
    let api = Api::from_state(state.clone());
    assert_eq!(api.get("/api/v1/account").await.json()["plan"], "classic");
    let res = api.create(&valid_create("genesys-cloud", "G")).await;
    assert_problem(&res, StatusCode::FORBIDDEN, "plan_required");
    state.set_plan(Plan::Advanced);
    api.created(&valid_create("genesys-cloud", "G")).await;
}
