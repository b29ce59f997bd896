//! `docs/openapi.yaml` against the router and the contract crate: the same routes,
//! the same codes, and real responses that match the documented schemas.

#[path = "common/cloud_link.rs"]
mod cloud_link;
mod common;
#[path = "common/csv.rs"]
mod csv;
#[path = "common/external.rs"]
mod external;
#[path = "common/schema.rs"]
mod schema;

use axum::{
    body::Body,
    http::{Method, StatusCode},
};
use common::*;
use external::agent_statuses;
use injixo_contract::{
    ErrorCode, FieldErrorCode, Hint, IntegrationStatus, API_PREFIX, APP_SILENCE_THRESHOLD_SECS,
};
use schema::{assert_valid, check_response, doc, resolve, schema, validate};
use serde_json::{json, Value as Json};
use serde_yaml::Value as Yaml;
use std::collections::BTreeSet;

/// Every operation the router serves, as documented: relative to `/api/v1`, or to
/// the path's own `servers` (`/external-systems/…`). The test hooks are not here:
/// they are off by default and not part of the contract.
/// Served in this order by the route walk below, so the delete comes last.
const ROUTES: &[(&str, &str)] = &[
    ("get", "/health"),
    ("post", "/session"),
    ("get", "/session"),
    ("delete", "/session"),
    ("get", "/catalogue"),
    ("get", "/account"),
    ("get", "/integrations"),
    ("post", "/integrations"),
    ("get", "/integrations/{id}"),
    ("patch", "/integrations/{id}"),
    ("post", "/integrations/{id}/pause"),
    ("post", "/integrations/{id}/resume"),
    ("post", "/integrations/{id}/app-key"),
    ("get", "/integrations/{id}/csv-schema"),
    ("post", "/integrations/{id}/csv-imports"),
    ("get", "/integrations/{id}/csv-imports"),
    ("get", "/csv-imports/{id}"),
    ("delete", "/csv-imports/{id}"),
    ("post", "/csv-imports/{id}/apply"),
    ("post", "/csv/sql-preview"),
    ("post", "/external-systems/contact-events"),
    ("post", "/external-systems/agent-statuses"),
    ("delete", "/integrations/{id}"),
];

/// The URL of a documented path: its own server's, else `/api/v1`'s.
fn url(doc: &Yaml, path: &str, id: &str) -> String {
    let base = doc["paths"][path]["servers"][0]["url"]
        .as_str()
        .map_or(API_PREFIX, |u| u.trim_end_matches('/'));
    format!("{base}{}", path.replace("{id}", id))
}

/// A request body (and headers) that the operation accepts; `session` are the
/// headers of the session that `POST /session` started, `app_key` and
/// `configuration_id` those of the integration.
fn valid_request(
    method: &str,
    path: &str,
    (app_key, configuration_id): (&str, &Json),
    session: &[(String, String)],
) -> (String, Vec<(String, String)>) {
    let mut headers = vec![("content-type".to_string(), "application/json".to_string())];
    let body = match (method, path) {
        ("post", "/session") => json!({ "user": "ada" }),
        (_, "/session") => {
            headers.extend_from_slice(session);
            return (String::new(), headers);
        }
        ("patch", _) => json!({ "name": "Renamed", "settings": { "api_key": "" } }),
        (_, "/integrations") => freshchat("Other", "other.freshchat.com", API_KEY),
        (_, "/integrations/{id}/app-key") => json!({}),
        (_, "/integrations/{id}/csv-imports") => {
            headers[0].1 = "text/csv".into();
            headers.push(("x-file-name".into(), "daten.csv".into()));
            return (csv::SAMPLE.to_string(), headers);
        }
        (_, "/csv/sql-preview") => json!({
            "read": { "separator": "semicolon" },
            "sample": csv::SAMPLE,
            "sql": "SELECT Warteschlange AS queue FROM uploaded_file",
        }),
        (_, "/external-systems/contact-events") => {
            headers.push(("authorization".into(), format!("Bearer {app_key}")));
            contact_events()
        }
        (_, "/external-systems/agent-statuses") => {
            headers.push(("authorization".into(), format!("Bearer {app_key}")));
            agent_statuses(configuration_id)
        }
        _ => return (String::new(), headers),
    };
    (body.to_string(), headers)
}

const METHODS: &[&str] = &["get", "put", "post", "delete", "patch"];

fn documented_routes(doc: &Yaml) -> BTreeSet<(String, String)> {
    let paths = doc["paths"].as_mapping().expect("paths");
    let mut out = BTreeSet::new();
    for (path, item) in paths {
        for (method, _) in item.as_mapping().expect("path item") {
            let method = method.as_str().expect("method");
            if METHODS.contains(&method) || matches!(method, "head" | "options" | "trace") {
                out.insert((method.to_string(), path.as_str().unwrap().to_string()));
            }
        }
    }
    out
}

fn enum_names(doc: &Yaml, schema: &Yaml) -> Vec<String> {
    resolve(doc, schema)["enum"]
        .as_sequence()
        .expect("enum")
        .iter()
        .map(|v| v.as_str().expect("string enum value").to_string())
        .collect()
}

/// The wire names of a contract enum, as serde writes them.
fn wire_names<T: serde::Serialize>(variants: impl IntoIterator<Item = T>) -> Vec<String> {
    variants
        .into_iter()
        .map(|v| {
            serde_json::to_value(v)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string()
        })
        .filter(|name| name != "unknown")
        .collect()
}

/// Walks all variants; exhaustive, so a new variant does not compile until listed.
fn next_error_code(c: ErrorCode) -> Option<ErrorCode> {
    use ErrorCode::*;
    match c {
        ValidationFailed => Some(NameTaken),
        NameTaken => Some(NotFound),
        NotFound => Some(UnknownModel),
        UnknownModel => Some(IdempotencyKeyReused),
        IdempotencyKeyReused => Some(RequestInProgress),
        RequestInProgress => Some(VendorUnavailable),
        VendorUnavailable => Some(BadRequest),
        BadRequest => Some(Internal),
        Internal => Some(Unauthorized),
        Unauthorized => Some(AppKeyExists),
        AppKeyExists => Some(AppNotRequired),
        AppNotRequired => Some(PlanRequired),
        PlanRequired => Some(CsrfFailed),
        CsrfFailed => Some(Forbidden),
        Forbidden => Some(CloudLinkNotConnected),
        CloudLinkNotConnected => Some(CloudLinkUnreachable),
        CloudLinkUnreachable => Some(VerificationFailed),
        VerificationFailed => Some(PinAttemptsExceeded),
        PinAttemptsExceeded => Some(SqlError),
        SqlError => Some(QueryTimeout),
        QueryTimeout => Some(NoBuild),
        NoBuild => Some(ImportInProgress),
        ImportInProgress => Some(ImportNotPending),
        ImportNotPending => Some(FileTooLarge),
        FileTooLarge => Some(SqlNotAllowed),
        SqlNotAllowed => Some(SchemaMissing),
        SchemaMissing => Some(Unknown),
        Unknown => None,
    }
}

fn next_field_error_code(c: FieldErrorCode) -> Option<FieldErrorCode> {
    use FieldErrorCode::*;
    match c {
        Required => Some(TooLong),
        TooLong => Some(NameTaken),
        NameTaken => Some(DomainInvalid),
        DomainInvalid => Some(DomainMissingSubdomain),
        DomainMissingSubdomain => Some(DomainWrongVendor),
        DomainWrongVendor => Some(DomainNotVendor),
        DomainNotVendor => Some(DomainUnreachable),
        DomainUnreachable => Some(CredentialsInvalid),
        CredentialsInvalid => Some(CredentialsInsufficientRole),
        CredentialsInsufficientRole => Some(InvalidOption),
        InvalidOption => Some(InvalidType),
        InvalidType => Some(UnknownField),
        UnknownField => Some(Immutable),
        Immutable => Some(NotANumber),
        NotANumber => Some(OutOfRange),
        OutOfRange => Some(UrlInvalid),
        UrlInvalid => Some(PinInvalid),
        PinInvalid => Some(TimeZoneMismatch),
        TimeZoneMismatch => Some(TimeInvalid),
        TimeInvalid => Some(EndBeforeStart),
        EndBeforeStart => Some(IntegrationMismatch),
        IntegrationMismatch => Some(Unknown),
        Unknown => None,
    }
}

#[test]
fn documented_routes_are_exactly_the_served_ones() {
    let doc = doc();
    assert_eq!(
        doc["openapi"].as_str().map(|v| v.starts_with("3.1")),
        Some(true)
    );
    assert_eq!(doc["servers"][0]["url"].as_str(), Some(API_PREFIX));
    for hook in [
        "/test/clock",
        "/test/account",
        "/test/integrations/{id}/status",
        "/test/sessions/expire",
        "/test/faults",
    ] {
        assert!(
            doc["paths"][hook].is_null(),
            "the test hooks are not part of the contract"
        );
    }
    // The Cloud Link routes are walked by `openapi_cloud_link.rs`.
    let listed: BTreeSet<(String, String)> = ROUTES
        .iter()
        .chain(cloud_link::CLOUD_LINK_ROUTES)
        .map(|(m, p)| (m.to_string(), p.to_string()))
        .collect();
    let documented = documented_routes(&doc);
    let undocumented: Vec<_> = listed.difference(&documented).collect();
    let unserved: Vec<_> = documented.difference(&listed).collect();
    assert!(
        undocumented.is_empty(),
        "served but not documented: {undocumented:?}"
    );
    assert!(
        unserved.is_empty(),
        "documented but not served: {unserved:?}"
    );
}

#[test]
fn problem_codes_are_the_contract_error_codes() {
    let doc = doc();
    let problem = schema(&doc, "Problem");
    let all = std::iter::successors(Some(ErrorCode::ValidationFailed), |c| next_error_code(*c));
    assert_eq!(
        enum_names(&doc, &problem["properties"]["code"]),
        wire_names(all)
    );

    let field_code = &problem["properties"]["errors"]["items"];
    let field_code = &resolve(&doc, field_code)["properties"]["code"];
    let all = std::iter::successors(Some(FieldErrorCode::Required), |c| {
        next_field_error_code(*c)
    });
    assert_eq!(enum_names(&doc, field_code), wire_names(all));

    assert_eq!(
        enum_names(&doc, schema(&doc, "IntegrationStatus")),
        wire_names(IntegrationStatus::ALL)
    );
    assert_eq!(
        enum_names(&doc, schema(&doc, "Hint")),
        wire_names([Hint::AppSilent])
    );
    use injixo_contract::Plan::*;
    assert_eq!(
        enum_names(&doc, schema(&doc, "Plan")),
        wire_names([Essential, Advanced, Enterprise, Classic])
    );
}

#[test]
fn the_documented_silence_threshold_is_the_contracts() {
    let doc = doc();
    let hint = schema(&doc, "Hint")["description"]
        .as_str()
        .expect("description");
    let secs = APP_SILENCE_THRESHOLD_SECS.to_string();
    assert!(
        hint.contains(&secs),
        "Hint does not mention {secs} s: {hint}"
    );
}

#[tokio::test]
async fn the_router_serves_the_listed_routes_and_no_other_methods() {
    let doc = doc();
    let (api, _) = csv::csv_api();
    let created = api
        .create(&freshchat("Chat", "acme.freshchat.com", API_KEY))
        .await
        .json();
    let id = created["id"].as_str().unwrap();
    // The CSV routes work on a CSV integration and its imports: the one uploaded
    // on the way is cancelled, and another one is applied.
    let csv_id = api.create_csv_example("CSV").await;
    let mut import_id = String::new();
    let mut app_key = String::new();
    let mut session = Vec::new();
    for (method, path) in ROUTES {
        if (*method, *path) == ("post", "/csv-imports/{id}/apply") {
            import_id = api.uploaded(&csv_id, csv::SAMPLE.as_bytes()).await["id"]
                .as_str()
                .unwrap()
                .to_string();
        }
        let path_id = if path.starts_with("/csv-imports/") {
            import_id.as_str()
        } else if path.contains("/csv-") {
            csv_id.as_str()
        } else {
            id
        };
        let url = url(&doc, path, path_id);
        let integration = (app_key.as_str(), &created["configuration_id"]);
        let (body, headers) = valid_request(method, path, integration, &session);
        let headers: Vec<(&str, &str)> = headers
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let req = request(
            method.to_uppercase().parse().unwrap(),
            &url,
            &headers,
            Body::from(body),
        );
        let res = api.send(req).await;
        assert!(res.status.is_success(), "{method} {url}: {}", res.status);
        check_response(&doc, method, path, &res);
        if (*method, *path) == ("post", "/integrations/{id}/csv-imports") {
            import_id = res.json()["id"].as_str().unwrap().to_string();
        }
        if *path == "/integrations/{id}/app-key" {
            app_key = res.json()["key"].as_str().unwrap().to_string();
        }
        if (*method, *path) == ("post", "/session") {
            let cookie = res.header("set-cookie").unwrap().split(';').next().unwrap();
            let csrf = res.json()["csrf_token"].as_str().unwrap().to_string();
            session = vec![
                ("cookie".into(), cookie.into()),
                ("x-csrf-token".into(), csrf),
            ];
        }
    }
    let paths: BTreeSet<&str> = ROUTES.iter().map(|(_, p)| *p).collect();
    for path in paths {
        for method in METHODS {
            if ROUTES.contains(&(*method, path)) {
                continue;
            }
            let url = url(&doc, path, id);
            let req = request(
                method.to_uppercase().parse().unwrap(),
                &url,
                &[],
                Body::empty(),
            );
            let res = api.send(req).await;
            assert_problem(&res, StatusCode::METHOD_NOT_ALLOWED, "bad_request");
            assert_valid(&doc, "Problem", &res.json());
        }
    }
}

#[tokio::test]
async fn responses_match_the_documented_schemas() {
    let doc = doc();
    let api = Api::new();
    let post = "/integrations";
    let create = |body: Json| {
        assert_valid(&doc, "CreateIntegration", &body);
        let api = api.clone();
        async move { api.create(&body).await }
    };

    let res = create(freshchat("Chat", "acme.freshchat.com", API_KEY)).await;
    assert_eq!(res.status, StatusCode::CREATED);
    check_response(&doc, "post", post, &res);
    let id = res.json()["id"].as_str().unwrap().to_string();
    let res = api.get(&format!("/api/v1/integrations/{id}")).await;
    check_response(&doc, "get", "/integrations/{id}", &res);
    let res = api.get("/api/v1/integrations/nope").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    check_response(&doc, "get", "/integrations/{id}", &res);

    let failures = [
        (
            freshchat("", "freshchat.com", ""),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            freshchat("Chat", "b.freshchat.com", API_KEY),
            StatusCode::CONFLICT,
        ),
        (
            freshchat("B", "down.freshchat.com", API_KEY),
            StatusCode::SERVICE_UNAVAILABLE,
        ),
        (
            freshchat("B", "unreachable.freshchat.com", API_KEY),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            freshchat("B", "b.freshchat.com", "invalid-api-key"),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            json!({ "name": "B", "model": "nope", "settings": {} }),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    ];
    for (body, status) in failures {
        let res = create(body).await;
        assert_eq!(res.status, status, "{}", res.text());
        check_response(&doc, "post", post, &res);
    }
    let res = api
        .send(request(
            Method::POST,
            "/api/v1/integrations",
            &[("content-type", "application/json")],
            Body::from("{"),
        ))
        .await;
    assert_eq!(res.status, StatusCode::BAD_REQUEST);
    check_response(&doc, "post", post, &res);

    let body = freshchat("Keyed", "keyed.freshchat.com", API_KEY);
    for _ in 0..2 {
        let res = api.create_with_key(&body, "k").await;
        check_response(&doc, "post", post, &res);
    }
    let res = api
        .create_with_key(&freshchat("Keyed 2", "k.freshchat.com", API_KEY), "k")
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    check_response(&doc, "post", post, &res);
}

#[tokio::test]
async fn health_and_catalogue_match_their_schemas() {
    let doc = doc();
    let api = Api::new();
    check_response(&doc, "get", "/health", &api.get("/api/v1/health").await);
    check_response(
        &doc,
        "get",
        "/catalogue",
        &api.get("/api/v1/catalogue").await,
    );
    check_response(
        &doc,
        "get",
        "/integrations",
        &api.get("/api/v1/integrations").await,
    );
}

#[test]
fn the_validator_notices_mismatches() {
    let doc = doc();
    let mut errors = Vec::new();
    let bad = json!({ "type": "x", "title": "t", "status": 404, "code": "nope", "request_id": "r", "extra": 1 });
    validate(&doc, schema(&doc, "Problem"), &bad, "$", &mut errors);
    assert_eq!(errors.len(), 2, "{errors:?}");
    errors.clear();
    validate(
        &doc,
        schema(&doc, "FieldKind"),
        &json!({ "type": "text" }),
        "$",
        &mut errors,
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
}
