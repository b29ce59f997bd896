//! `docs/openapi.yaml` against real responses of the injixo Cloud Link endpoints:
//! every listed operation answers as documented, successes and failures, and
//! answers 405 to every other method (`openapi.rs` checks that the list and the
//! document name the same routes).

#[path = "common/cloud_link.rs"]
mod cloud_link;
mod common;
#[path = "common/schema.rs"]
mod schema;

use axum::{body::Body, http::Method, http::StatusCode};
use cloud_link::*;
use common::*;
use injixo_backend::config::CloudLinkConfig;
use injixo_contract::{ColumnKind, JobResult, ResultColumn};
use schema::{assert_valid, check_response, doc};
use serde_json::json;

const METHODS: &[&str] = &["get", "put", "post", "delete", "patch"];

#[tokio::test]
async fn every_cloud_link_operation_answers_as_documented() {
    let doc = doc();
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("injixo-cloud-link");
    std::fs::write(&binary, b"stand-in").unwrap();
    let api = Api::from_state(state_with(CloudLinkConfig {
        binary,
        ..fast_config()
    }));
    let check = |method: &str, path: &str, res: &Res| check_response(&doc, method, path, res);

    let res = api
        .post("/api/v1/cloud-link/client/register", &facts("UTC"), &[])
        .await;
    check("post", "/cloud-link/client/register", &res);
    let res = api
        .post(
            "/api/v1/cloud-link/client/register",
            &json!({ "host": 1 }),
            &[],
        )
        .await;
    check("post", "/cloud-link/client/register", &res);
    let mut client = Client::register(&api, "UTC").await;
    check("post", "/cloud-link/client/pin", &client.new_pin().await);
    check(
        "post",
        "/cloud-link/client/heartbeat",
        &client.heartbeat("UTC").await,
    );
    check("get", "/cloud-link/client/jobs", &client.poll(0).await);
    let stranger = Client {
        token: "nope".into(),
        ..client.clone()
    };
    check(
        "post",
        "/cloud-link/client/heartbeat",
        &stranger.heartbeat("UTC").await,
    );
    check("get", "/cloud-link/client/jobs", &stranger.poll(0).await);
    check(
        "post",
        "/cloud-link/client/jobs/{id}",
        &client.answer("nope", &JobResult::Timeout).await,
    );

    check(
        "post",
        "/cloud-link/claims",
        &claim(&api, "000000x", None).await,
    );
    check(
        "post",
        "/cloud-link/claims",
        &claim(&api, "1", Some("nope")).await,
    );
    let res = claim(&api, &client.pin, None).await;
    check("post", "/cloud-link/claims", &res);
    let link = res.json();
    assert_valid(&doc, "CloudLink", &link);
    let id = link["id"].as_str().unwrap();
    check(
        "get",
        "/cloud-link/links/{id}",
        &api.get(&format!("/api/v1/cloud-link/links/{id}")).await,
    );
    check(
        "get",
        "/cloud-link/links/{id}",
        &api.get("/api/v1/cloud-link/links/nope").await,
    );
    for _ in 0..5 {
        claim(&api, "x", None).await;
    }
    check("post", "/cloud-link/claims", &claim(&api, "x", None).await);

    let query = format!("/api/v1/cloud-link/links/{id}/query");
    let body = json!({ "sql": "SELECT activity FROM agent_status", "settings": { "import_type": "agent_status" } });
    let answers = [
        JobResult::Rows {
            columns: vec![ResultColumn {
                name: "activity".into(),
                kind: ColumnKind::Integer,
            }],
            rows: vec![vec![Some("1".into())], vec![None]],
            truncated: false,
        },
        JobResult::SqlError {
            message: "no such table: agent_status".into(),
        },
        JobResult::Timeout,
    ];
    for answer in answers {
        let serving = client.spawn_one(move |_| answer);
        let res = api.post(&query, &body, &[]).await;
        let job = serving.await.unwrap();
        assert_valid(&doc, "Job", &serde_json::to_value(&job).unwrap());
        check("post", "/cloud-link/links/{id}/query", &res);
    }
    let res = api.post(&query, &body, &[]).await;
    assert_eq!(res.status, StatusCode::SERVICE_UNAVAILABLE);
    check("post", "/cloud-link/links/{id}/query", &res);
    let res = api.post(&query, &json!({ "sql": "" }), &[]).await;
    check("post", "/cloud-link/links/{id}/query", &res);

    let downloads = "/cloud-link/downloads/{flavor}/{os}/{arch}";
    for path in ["standard/linux/x64", "standard/windows/x64"] {
        let res = api
            .get(&format!("/api/v1/cloud-link/downloads/{path}"))
            .await;
        check("get", downloads, &res);
    }

    // Saving without a link, and a silent client, are documented too.
    let res = api.create(&db_create("DB", None, "UTC")).await;
    check("post", "/integrations", &res);
    let res = api.create(&db_create("DB", Some(id), "UTC")).await;
    assert_eq!(res.status, StatusCode::SERVICE_UNAVAILABLE);
    check("post", "/integrations", &res);
    let serving = client.spawn_one(|_| verified("UTC"));
    let res = api.create(&db_create("DB", Some(id), "UTC")).await;
    serving.await.unwrap();
    check("post", "/integrations", &res);
    assert_valid(&doc, "Integration", &res.json());
    check("get", "/catalogue", &api.get("/api/v1/catalogue").await);
}

#[tokio::test]
async fn other_methods_are_405() {
    let api = api();
    for (_, path) in CLOUD_LINK_ROUTES {
        let url = format!("/api/v1{}", path.replace(['{', '}'], ""));
        for method in METHODS {
            if CLOUD_LINK_ROUTES.contains(&(*method, *path)) {
                continue;
            }
            let req = request(
                method.to_uppercase().parse::<Method>().unwrap(),
                &url,
                &[],
                Body::empty(),
            );
            let res = api.send(req).await;
            assert_problem(&res, StatusCode::METHOD_NOT_ALLOWED, "bad_request");
        }
    }
}
