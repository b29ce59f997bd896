//! *Run query* through the linked client, and the client download.

#[path = "common/cloud_link.rs"]
mod cloud_link;
mod common;

use axum::http::StatusCode;
use cloud_link::*;
use common::*;
use injixo_backend::config::CloudLinkConfig;
use injixo_contract::{ColumnKind, JobKind, JobResult, ResultColumn, QUERY_MAX_ROWS};
use serde_json::{json, Value};

fn col(name: &str, kind: ColumnKind) -> ResultColumn {
    ResultColumn {
        name: name.into(),
        kind,
    }
}

fn rows(n: usize) -> Vec<Vec<Option<String>>> {
    (0..n)
        .map(|i| {
            vec![
                Some(format!("agent-{i}")),
                Some("2025-01-31 09:00:00".into()),
                None,
            ]
        })
        .collect()
}

async fn run_query(api: &Api, link: &Value, sql: &str) -> Res {
    let path = format!(
        "/api/v1/cloud-link/links/{}/query",
        link["id"].as_str().unwrap()
    );
    let body = json!({ "sql": sql, "settings": { "import_type": "agent_status" } });
    api.post(&path, &body, &[]).await
}

#[tokio::test]
async fn rows_come_back_with_the_missing_columns_named() {
    let api = api();
    let client = Client::register(&api, "UTC").await;
    let link = client.claimed().await;
    let serving = client.spawn_one(|_| JobResult::Rows {
        columns: vec![
            col("agentidentifier", ColumnKind::Text),
            col("starttime", ColumnKind::Timestamp),
            col("endtime", ColumnKind::Unknown),
        ],
        rows: rows(QUERY_MAX_ROWS + 1),
        truncated: false,
    });
    let sql = "SELECT agentidentifier, starttime, endtime FROM agent_status";
    let res = run_query(&api, &link, sql).await;
    let job = serving.await.unwrap();
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let preview = res.json();
    assert_eq!(preview["rows"].as_array().unwrap().len(), QUERY_MAX_ROWS);
    assert_eq!(preview["truncated"], true);
    assert_eq!(
        preview["rows"][0],
        json!(["agent-0", "2025-01-31 09:00:00", null])
    );
    assert_eq!(
        preview["problems"],
        json!([{ "name": "activity", "expected": "text" }])
    );
    let JobKind::Query {
        sql: sent,
        max_rows,
        timeout_ms,
        settings,
    } = job.kind
    else {
        panic!("{job:?}")
    };
    assert_eq!(sent, sql);
    assert_eq!(max_rows, QUERY_MAX_ROWS + 1);
    assert_eq!(timeout_ms, injixo_contract::QUERY_TIMEOUT_MS);
    assert_eq!(settings["import_type"].as_text(), Some("agent_status"));
}

#[tokio::test]
async fn the_databases_refusal_and_a_timeout_have_their_own_codes() {
    let api = api();
    let client = Client::register(&api, "UTC").await;
    let link = client.claimed().await;
    let message = "near \"SELEC\": syntax error";
    let serving = client.spawn_one(move |_| JobResult::SqlError {
        message: message.into(),
    });
    let res = run_query(&api, &link, "SELEC 1").await;
    serving.await.unwrap();
    let problem = assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "sql_error");
    assert_eq!(problem["system_message"], message);

    let serving = client.spawn_one(|_| JobResult::Timeout);
    let res = run_query(
        &api,
        &link,
        "WITH RECURSIVE r(x) AS (SELECT 1) SELECT * FROM r",
    )
    .await;
    serving.await.unwrap();
    assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "query_timeout");
}

#[tokio::test]
async fn an_empty_query_a_silent_client_and_an_unknown_link() {
    let api = api();
    let client = Client::register(&api, "UTC").await;
    let link = client.claimed().await;
    let res = run_query(&api, &link, "  ").await;
    assert_field_errors(&res, &[("sql_query", "required")]);
    let res = run_query(&api, &link, &"x".repeat(4001)).await;
    assert_field_errors(&res, &[("sql_query", "too_long")]);
    let res = run_query(&api, &link, "SELECT 1").await;
    assert_problem(
        &res,
        StatusCode::SERVICE_UNAVAILABLE,
        "cloud_link_unreachable",
    );
    let res = run_query(&api, &json!({ "id": "nope" }), "SELECT 1").await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
}

#[tokio::test]
async fn a_link_of_an_integration_lends_its_saved_secrets() {
    let api = api();
    let (client, created) = linked_integration(&api, "DB").await;
    let serving = client.spawn_one(|_| JobResult::Rows {
        columns: vec![col("n", ColumnKind::Integer)],
        rows: vec![vec![Some("1".into())]],
        truncated: false,
    });
    let res = run_query(&api, &created["cloud_link"], "SELECT 1 AS n").await;
    let job = serving.await.unwrap();
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let JobKind::Query { settings, .. } = job.kind else {
        panic!()
    };
    assert_eq!(
        settings["db_password"].as_text(),
        Some("s3cret-password-1234")
    );
    assert!(!res.text().contains("s3cret"));
    // Three required columns are missing.
    assert_eq!(res.json()["problems"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn linux_x64_downloads_a_gzip_tar_with_the_client() {
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("injixo-cloud-link");
    std::fs::write(&binary, b"\x7fELF stand-in").unwrap();
    let api = Api::from_state(state_with(CloudLinkConfig {
        binary: binary.clone(),
        ..fast_config()
    }));
    let res = api
        .get("/api/v1/cloud-link/downloads/standard/linux/x64")
        .await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.header("content-type"), Some("application/gzip"));
    assert_eq!(
        res.header("content-disposition"),
        Some("attachment; filename=\"injixo-cloud-link-linux-x64.tar.gz\"")
    );
    assert_eq!(&res.body[..2], &[0x1f, 0x8b], "gzip magic");
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(&res.body[..]));
    let mut entry = archive.entries().unwrap().next().unwrap().unwrap();
    assert_eq!(entry.path().unwrap().to_str(), Some("injixo-cloud-link"));
    assert_eq!(entry.header().mode().unwrap() & 0o111, 0o111, "executable");
    let mut body = Vec::new();
    std::io::Read::read_to_end(&mut entry, &mut body).unwrap();
    assert_eq!(body, b"\x7fELF stand-in");

    for other in [
        "standard/windows/x64",
        "standard/linux/arm",
        "cisco/linux/x64",
        "a/b/c",
    ] {
        let res = api
            .get(&format!("/api/v1/cloud-link/downloads/{other}"))
            .await;
        assert_problem(&res, StatusCode::NOT_FOUND, "no_build");
    }
    std::fs::remove_file(&binary).unwrap();
    let res = api
        .get("/api/v1/cloud-link/downloads/standard/linux/x64")
        .await;
    assert_problem(&res, StatusCode::NOT_FOUND, "no_build");
}
