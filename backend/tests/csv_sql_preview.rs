//! `POST /csv/sql-preview`: an SQL mapping run over a sample in a sandbox. The
//! issue's acceptance: a query that averages two columns previews correctly;
//! ATTACH, a write and a runaway query are each refused with their message.

mod common;
#[path = "common/schema.rs"]
mod schema;

use axum::http::StatusCode;
use common::*;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

/// Advanced sample 1 of the CSV article: AHT = HandleTime / HandledCalls.
const SAMPLE: &str = "Queue;Date;Time;Received;HandledCalls;Aband;HandleTime;HoldTime\n\
Sales;06/03/2023;07:30;12;5;1;1324.6;10\n\
Sales;06/03/2023;07:45;8;4;0;600;0\n";

const AVERAGING: &str = "SELECT
  Queue as queue,
  SUBSTR(Date, 7, 4) || '-'|| SUBSTR(Date, 1, 2) || '-' || SUBSTR(Date, 4,2) || ' ' || Time || ':00' as timestamp,
  Received as offered,
  HandledCalls as handled,
  HandleTime/HandledCalls as aht,
  'chats' as channel
FROM uploaded_file";

fn body(sql: &str, settings: Value) -> Value {
    json!({
        "read": { "separator": "semicolon" },
        "sample": SAMPLE,
        "sql": sql,
        "settings": settings,
    })
}

async fn preview(api: &Api, sql: &str) -> Res {
    let settings = json!({ "import_data_type": "contact_data", "data_layout": "interval_based" });
    let res = api
        .post("/api/v1/csv/sql-preview", &body(sql, settings), &[])
        .await;
    schema::check_response(&schema::doc(), "post", "/csv/sql-preview", &res);
    res
}

#[tokio::test]
async fn a_query_that_averages_two_columns_previews_correctly() {
    let api = Api::new();
    let res = preview(&api, AVERAGING).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let p = res.json();
    assert_eq!(
        p["columns"],
        json!([
            { "name": "queue", "kind": "text" },
            { "name": "timestamp", "kind": "timestamp" },
            { "name": "offered", "kind": "integer" },
            { "name": "handled", "kind": "integer" },
            { "name": "aht", "kind": "number" },
            { "name": "channel", "kind": "text" },
        ])
    );
    assert_eq!(
        p["rows"],
        json!([
            ["Sales", "2023-06-03 07:30:00", "12", "5", "264.92", "chats"],
            ["Sales", "2023-06-03 07:45:00", "8", "4", "150", "chats"],
        ])
    );
    assert_eq!(p["truncated"], false);
    assert_eq!(p["problems"], json!([]));
}

#[tokio::test]
async fn missing_columns_are_problems_and_more_rows_are_truncated() {
    let api = Api::new();
    let sql = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 25)
               SELECT x AS queue, 'soon' AS timestamp FROM n";
    let res = preview(&api, sql).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let p = res.json();
    assert_eq!(p["rows"].as_array().unwrap().len(), 20);
    assert_eq!(p["truncated"], true);
    // `queue` holds numbers, which is fine for a name; the rest is missing.
    assert_eq!(
        p["problems"],
        json!([
            { "name": "timestamp", "expected": "timestamp", "found": "text" },
            { "name": "offered", "expected": "number" },
            { "name": "handled", "expected": "number" },
            { "name": "channel", "expected": "text" },
        ])
    );
}

#[tokio::test]
async fn attach_a_write_and_pragma_are_each_refused_with_their_message() {
    let api = Api::new();
    for (sql, message) in [
        (
            "ATTACH DATABASE '/tmp/other.db' AS other",
            "ATTACH is not allowed",
        ),
        (
            "INSERT INTO uploaded_file (Queue) VALUES ('x')",
            "INSERT is not allowed",
        ),
        (
            "UPDATE uploaded_file SET Queue = 'x'",
            "UPDATE is not allowed",
        ),
        (
            "PRAGMA table_info(uploaded_file)",
            "PRAGMA table_info is not allowed",
        ),
        (
            "SELECT load_extension('x')",
            "loading extensions is not allowed",
        ),
        ("SELECT 1; DROP TABLE uploaded_file", "DROP is not allowed"),
    ] {
        let res = preview(&api, sql).await;
        let problem = assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "sql_not_allowed");
        let said = problem["system_message"].as_str().unwrap();
        assert!(said.starts_with(message), "{sql}: {said}");
    }
}

#[tokio::test]
async fn a_runaway_query_ends_with_its_own_message() {
    let api = Api::new();
    let sql =
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT MAX(x) FROM n";
    let started = Instant::now();
    let res = preview(&api, sql).await;
    let elapsed = started.elapsed();
    let problem = assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "query_timeout");
    assert!(problem.get("system_message").is_none());
    let limit = Duration::from_millis(injixo_contract::CSV_SQL_TIMEOUT_MS);
    assert!(elapsed >= limit && elapsed < limit * 3, "{elapsed:?}");
}

#[tokio::test]
async fn a_syntax_error_is_an_sql_error_with_sqlites_message() {
    let api = Api::new();
    let res = preview(&api, "SELECT Queue FROM uploaded_file WHERE").await;
    let problem = assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "sql_error");
    assert_eq!(problem["system_message"], "incomplete input");
    let res = preview(&api, "SELECT Nope FROM uploaded_file").await;
    let problem = assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "sql_error");
    assert_eq!(problem["system_message"], "no such column: Nope");
}

#[tokio::test]
async fn the_request_is_validated_first() {
    let api = Api::new();
    let post = |b: Value| {
        let api = api.clone();
        async move { api.post("/api/v1/csv/sql-preview", &b, &[]).await }
    };
    let agent = json!({ "import_data_type": "agent_status" });
    assert_field_errors(
        &post(body(AVERAGING, agent)).await,
        &[("import_data_type", "invalid_option")],
    );
    let odd = json!({ "data_layout": 15 });
    assert_field_errors(
        &post(body(" ", odd)).await,
        &[("sql", "required"), ("data_layout", "invalid_type")],
    );
    let mut empty = body(AVERAGING, json!({}));
    empty["sample"] = json!("");
    assert_field_errors(&post(empty).await, &[("sample", "required")]);
    let res = post(json!({ "sql": "SELECT 1" })).await;
    assert_problem(&res, StatusCode::BAD_REQUEST, "bad_request");
    // Without a layout, duration and aht are both optional.
    let res = post(body(AVERAGING, json!({}))).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    assert_eq!(res.json()["problems"], json!([]));
}
