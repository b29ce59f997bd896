//! The catalogue's models as a client uses them: the catalogue itself, a valid and
//! an invalid create of each model, the verification fixtures on their fields, and
//! the account's plan.

mod common;

use axum::http::StatusCode;
use common::*;
use injixo_backend::{db, AppState};
use injixo_contract::{Catalogue, Feature, FieldErrorCode, FieldKind, KeyUse, Plan};
use serde_json::{json, Value};

const MODELS: [&str; 9] = [
    "freshdesk-contact-center",
    "five9",
    "vonage",
    "talkdesk",
    "ujet",
    "odigo",
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
            ("vonage", 1, false),
            ("talkdesk", 1, false),
            ("ujet", 1, false),
            ("odigo", 1, false),
            ("zendesk", 1, false),
            ("genesys", 3, true),
            ("mitel", 1, false),
            ("sikom", 1, false),
            ("avaya-cms", 1, false),
            ("cisco-icm", 1, false),
            ("universal", 3, true),
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

    // CSV: every plan, the schema wizard, and a Cloud Link the admin may skip (files
    // uploaded by hand need none).
    let (universal, csv) = c.model("csv").unwrap();
    assert_eq!(universal.id, "universal");
    assert!(csv.csv_schema);
    assert_eq!(csv.plans.len(), 4);
    let link = csv
        .cloud_link
        .as_ref()
        .expect("CSV offers injixo Cloud Link");
    assert!(!link.required);
    let FieldKind::Select { options } = &csv.sections[0].fields[0].kind else {
        panic!("the type of import data is a choice")
    };
    let types: Vec<_> = options.iter().map(|o| o.value.as_str()).collect();
    assert_eq!(types, ["contact_data", "agent_status"]);
}

#[tokio::test]
async fn each_model_can_be_created_with_its_settings_and_secrets() {
    let api = Api::new();
    let expect: [(&str, &str, Value, &[&str]); 9] = [
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
            "vonage",
            "vonage",
            json!({ "client_id": "vonage-client-17", "account_region": "emea", "group_queues_by": "queues" }),
            &["client_secret"],
        ),
        (
            "talkdesk",
            "talkdesk",
            json!({ "account_name": "acme", "client_id": "talkdesk-client-17", "account_region": "europe" }),
            &["client_secret"],
        ),
        (
            "ujet",
            "ujet",
            json!({ "subdomain": "acme", "company_key": "company-key-17" }),
            &["company_secret_code"],
        ),
        (
            "odigo",
            "odigo",
            // The checkbox left out is stored as false; the fields it reveals are not.
            json!({ "tech_account": "tech-account", "api_domain": "api.acme.odigo.example",
                    "app_id": "app-17", "instance": "acme", "user_name": "odigo-user",
                    "statistics_table_id": 42, "ivr_timezone": "Europe/Paris",
                    "import_detailed_break_statuses": false }),
            &["tech_password"],
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

#[tokio::test]
async fn the_four_new_cloud_models_have_their_articles_forms() {
    let c = catalogue(&Api::new()).await;
    let titles = |model: &str| -> Vec<String> {
        let (_, m) = c.model(model).unwrap();
        m.sections.iter().map(|s| s.title_id.clone()).collect()
    };

    let (_, vonage) = c.model("vonage").unwrap();
    assert_eq!(vonage.plans, [Plan::Advanced, Plan::Enterprise]);
    assert_eq!(vonage.help_path.as_deref(), Some("add-vonage-integration"));
    assert_eq!(
        vonage.features,
        [Feature::CallHistory, Feature::AgentStatus, Feature::Rta]
    );
    assert_eq!(
        titles("vonage"),
        [
            "setup-section-user-credentials",
            "setup-section-configuration"
        ]
    );
    let grouping = vonage.field("group_queues_by").unwrap();
    assert!(
        grouping.immutable,
        "the product: cannot be changed once saved"
    );
    assert!(grouping.help_id.is_some(), "the help says so");
    assert!(matches!(
        vonage.field("client_secret").unwrap().kind,
        FieldKind::Secret { .. }
    ));

    let (_, talkdesk) = c.model("talkdesk").unwrap();
    assert_eq!(talkdesk.plans.len(), 4, "every plan");
    assert_eq!(
        talkdesk.features,
        [Feature::CallHistory, Feature::AgentStatus]
    );
    let scopes = FieldErrorCode::CredentialsInsufficientRole;
    for field in ["client_id", "client_secret"] {
        assert_eq!(
            talkdesk
                .field(field)
                .unwrap()
                .error_ids
                .get(&scopes)
                .map(String::as_str),
            Some("field-error-talkdesk-insufficient-role"),
            "{field}"
        );
    }
    assert!(talkdesk.sections[0].help_id.is_some(), "the OAuth client");

    let (_, ujet) = c.model("ujet").unwrap();
    assert_eq!(ujet.plans, [Plan::Advanced, Plan::Enterprise]);
    assert_eq!(titles("ujet"), ["setup-section-ujet-api-credentials"]);
    assert_eq!(
        ujet.field("subdomain").unwrap().kind,
        FieldKind::Text { max_len: 63 },
        "just the subdomain"
    );
    assert!(matches!(
        ujet.field("company_key").unwrap().kind,
        FieldKind::Text { .. }
    ));
    assert!(matches!(
        ujet.field("company_secret_code").unwrap().kind,
        FieldKind::Secret { .. }
    ));

    let (_, odigo) = c.model("odigo").unwrap();
    assert_eq!(odigo.key_use, Some(KeyUse::UrlToken));
    assert_eq!(odigo.marketplace_url, None);
    assert_eq!(odigo.features, [Feature::AgentStatus, Feature::Rta]);
    assert_eq!(
        titles("odigo"),
        [
            "setup-section-odigo-credentials",
            "setup-section-odigo-contact-data",
            "setup-section-agent-status-data"
        ]
    );
    assert_eq!(
        odigo.sections[1].help_id.as_deref(),
        Some("setup-section-odigo-contact-data-help"),
        "imported daily at 3 AM"
    );
    assert!(matches!(
        odigo.field("statistics_table_id").unwrap().kind,
        FieldKind::Number { .. }
    ));
    assert_eq!(
        odigo.field("ivr_timezone").unwrap().kind,
        FieldKind::TimeZone
    );
    let breaks = odigo.field("import_detailed_break_statuses").unwrap();
    assert_eq!(
        (breaks.kind.clone(), breaks.required),
        (FieldKind::Checkbox, false)
    );
    let url = odigo.field("odigo_url").unwrap();
    assert_eq!(
        url.kind,
        FieldKind::Url {
            path_required: true
        }
    );
    assert_eq!(
        url.error_ids
            .get(&FieldErrorCode::UrlInvalid)
            .map(String::as_str),
        Some("field-error-odigo-url-invalid")
    );
    for field in ["odigo_url", "web_service_user", "web_service_password"] {
        let f = odigo.field(field).unwrap();
        assert!(f.required, "{field}: required while shown");
        let when = f.visible_when.as_ref().expect("shown by the checkbox");
        assert_eq!(when.field, "import_detailed_break_statuses");
        assert_eq!(when.equals, injixo_contract::FieldValue::Bool(true));
    }
}

#[tokio::test]
async fn the_new_models_report_their_invalid_fields() {
    let api = Api::new();
    let with = |model: &str, changes: Value| {
        let mut body = valid_create(model, "Invalid");
        let settings = body["settings"].as_object_mut().unwrap();
        for (k, v) in changes.as_object().unwrap() {
            // `null`: left out.
            if v.is_null() {
                settings.remove(k);
            } else {
                settings.insert(k.clone(), v.clone());
            }
        }
        body
    };
    let cases: [(Value, &[(&str, &str)]); 5] = [
        (
            with(
                "vonage",
                json!({ "account_region": "europe", "group_queues_by": null }),
            ),
            &[
                ("account_region", "invalid_option"),
                ("group_queues_by", "required"),
            ],
        ),
        (
            with(
                "talkdesk",
                json!({ "account_name": " ", "account_region": "apac" }),
            ),
            &[
                ("account_name", "required"),
                ("account_region", "invalid_option"),
            ],
        ),
        (
            with(
                "ujet",
                json!({ "subdomain": "a".repeat(64), "company_secret_code": "" }),
            ),
            &[
                ("subdomain", "too_long"),
                ("company_secret_code", "required"),
            ],
        ),
        (
            with(
                "odigo",
                json!({ "statistics_table_id": "first", "ivr_timezone": "Paris time" }),
            ),
            &[
                ("statistics_table_id", "not_a_number"),
                ("ivr_timezone", "invalid_option"),
            ],
        ),
        (
            // Ticked: the Odigo URL (with the tenant in its path) and the web
            // service user and password are required.
            with(
                "odigo",
                json!({ "import_detailed_break_statuses": true,
                        "odigo_url": "https://acme.odigo.cx/" }),
            ),
            &[
                ("odigo_url", "url_invalid"),
                ("web_service_user", "required"),
                ("web_service_password", "required"),
            ],
        ),
    ];
    for (body, expected) in cases {
        assert_field_errors(&api.create(&body).await, expected);
    }
    assert!(api.list().await.is_empty());
}

#[tokio::test]
async fn the_vonage_grouping_cannot_be_changed_after_saving() {
    let api = Api::new();
    let created = api.created(&valid_create("vonage", "Vonage")).await;
    let id = created["id"].as_str().unwrap();
    let res = api
        .update(
            id,
            &json!({ "settings": { "group_queues_by": "interaction_plan" } }),
        )
        .await;
    assert_field_errors(&res, &[("group_queues_by", "immutable")]);
    // Sent unchanged, with other changes, it is fine.
    let res = api
        .update(
            id,
            &json!({ "settings": { "group_queues_by": "queues", "account_region": "usa" } }),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    assert_eq!(res.json()["settings"]["group_queues_by"], "queues");
    assert_eq!(res.json()["settings"]["account_region"], "usa");
}

#[tokio::test]
async fn the_odigo_break_fields_count_only_while_ticked() {
    let api = Api::new();
    let break_fields = json!({
        "odigo_url": "https://acme.odigo.cx/odigo-tenant-id",
        "web_service_user": "ws-user",
        "web_service_password": "ws-password-0123-WXYZ",
    });
    let with_breaks = |ticked: bool| {
        let mut body = valid_create("odigo", if ticked { "Ticked" } else { "Unticked" });
        body["settings"]["import_detailed_break_statuses"] = json!(ticked);
        for (k, v) in break_fields.as_object().unwrap() {
            body["settings"][k] = v.clone();
        }
        body
    };

    // Unticked: neither required nor stored, the secret included.
    let unticked = api.created(&with_breaks(false)).await;
    for field in ["odigo_url", "web_service_user"] {
        assert_eq!(unticked["settings"].get(field), None, "{field} stored");
    }
    assert_eq!(unticked["secrets"].get("web_service_password"), None);
    assert!(
        !unticked.to_string().contains("ws-password"),
        "secret leaked"
    );

    // Ticked: required, validated and stored.
    let ticked = api.created(&with_breaks(true)).await;
    assert_eq!(ticked["settings"]["import_detailed_break_statuses"], true);
    assert_eq!(
        ticked["settings"]["odigo_url"],
        "https://acme.odigo.cx/odigo-tenant-id"
    );
    assert_eq!(ticked["settings"]["web_service_user"], "ws-user");
    assert_eq!(ticked["secrets"]["web_service_password"]["last4"], "WXYZ");

    // Ticking it later reveals the fields: they must come with the change.
    let id = unticked["id"].as_str().unwrap();
    let res = api
        .update(
            id,
            &json!({ "settings": { "import_detailed_break_statuses": true } }),
        )
        .await;
    assert_field_errors(
        &res,
        &[
            ("odigo_url", "required"),
            ("web_service_user", "required"),
            ("web_service_password", "required"),
        ],
    );
    let mut change = break_fields.clone();
    change["import_detailed_break_statuses"] = json!(true);
    let res = api.update(id, &json!({ "settings": change })).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    assert_eq!(res.json()["settings"]["web_service_user"], "ws-user");
}

#[tokio::test]
async fn unticking_drops_what_the_odigo_checkbox_revealed() {
    let api = Api::new();
    let mut body = valid_create("odigo", "Odigo");
    body["settings"]["import_detailed_break_statuses"] = json!(true);
    body["settings"]["odigo_url"] = json!("https://acme.odigo.cx/odigo-tenant-id");
    body["settings"]["web_service_user"] = json!("ws-user");
    body["settings"]["web_service_password"] = json!("ws-password-0123-WXYZ");
    let created = api.created(&body).await;
    let id = created["id"].as_str().unwrap();

    let res = api
        .update(
            id,
            &json!({ "settings": { "import_detailed_break_statuses": false } }),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let saved = res.json();
    assert_eq!(saved["settings"]["import_detailed_break_statuses"], false);
    for field in ["odigo_url", "web_service_user"] {
        assert_eq!(
            saved["settings"].get(field),
            None,
            "{field} kept while hidden"
        );
    }
    assert_eq!(saved["secrets"].get("web_service_password"), None);
    assert_eq!(saved["secrets"]["tech_password"]["last4"], "WXYZ");
    assert_eq!(api.integration(id).await["settings"].get("odigo_url"), None);

    // Ticked again, they must come again.
    let res = api
        .update(
            id,
            &json!({ "settings": { "import_detailed_break_statuses": true } }),
        )
        .await;
    assert_field_errors(
        &res,
        &[
            ("odigo_url", "required"),
            ("web_service_user", "required"),
            ("web_service_password", "required"),
        ],
    );
}
