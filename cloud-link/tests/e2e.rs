//! End to end: the real `injixo-cloud-link` binary as a process against the real
//! backend on a free port. The PIN is read from the client's standard output; every
//! wait is for something to happen (a line, an answer), bounded, never a sleep.

mod common;

use common::*;
use serde_json::{json, Value};
use std::time::Duration;

/// An on-premise model like the Database article's (kept here: the catalogue's
/// own models are others' to change).
fn test_vendor() -> injixo_contract::Vendor {
    let field = |id: &str, kind: Value| json!({ "id": id, "label_id": id, "kind": kind, "required": true, "immutable": false });
    let col =
        |n: &str, k: &str, r: bool| json!({ "name": n, "kind": k, "required": r, "help_id": n });
    let columns = json!([{ "columns": [
        col("agentidentifier", "text", true), col("starttime", "timestamp", true),
        col("endtime", "timestamp", false), col("activity", "text", true),
    ] }]);
    let options = json!([{ "value": "postgresql", "label_id": "pg" }]);
    let fields = json!([
        field("db_type", json!({ "type": "select", "options": options })),
        field("db_host", json!({ "type": "text", "max_len": 255 })),
        field("db_password", json!({ "type": "secret", "max_len": 255 })),
        field("db_time_zone", json!({ "type": "time_zone" })),
        field(
            "sql_query",
            json!({ "type": "query", "max_len": 4000, "columns": columns })
        ),
    ]);
    serde_json::from_value(json!({
        "id": "e2e", "name": "E2E", "description_id": "e2e", "models": [{
            "id": "e2e-database", "name": "Database", "description_id": "e2e",
            "delivery": "on_premise", "features": [], "plans": ["enterprise"], "data_help": [],
            "cloud_link": { "downloads": [{ "os": "linux", "arch": "x64" }], "required": true, "help_path": "x" },
            "sections": [{ "id": "db", "title_id": "db", "fields": fields }],
        }],
    }))
    .unwrap()
}

fn create(name: &str, link: &str, host: &str, zone: &str) -> Value {
    json!({ "name": name, "model": "e2e-database", "cloud_link_id": link, "settings": {
        "db_type": "postgresql", "db_host": host, "db_password": "s3cret-password-1234",
        "db_time_zone": zone, "sql_query": "SELECT * FROM agent_status",
    } })
}

#[test]
fn the_stand_in_links_verifies_and_runs_queries() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let base = backend(&rt, vec![test_vendor()]);
    let dir = tempfile::tempdir().unwrap();
    let (client, lines) = start(&base, dir.path(), &["--poll-secs", "2"]);
    let pin = next_pin(&lines, Duration::from_secs(30));
    let api = Api::new(base);

    let (status, link) = api.post("/cloud-link/claims", &json!({ "pin": pin }));
    assert_eq!(status, 201, "{link}");
    assert_eq!(link["host"], "e2e-host");
    assert_eq!(link["time_zone"], "Europe/Berlin");
    let link_id = link["id"].as_str().unwrap();

    let (status, p) = api.post(
        "/integrations",
        &create("DB", link_id, "db.internal", "Europe/Paris"),
    );
    assert_eq!(
        (status, &p["errors"][0]["code"]),
        (422, &json!("time_zone_mismatch")),
        "{p}"
    );
    let (status, p) = api.post(
        "/integrations",
        &create("DB", link_id, "unreachable", "Europe/Berlin"),
    );
    assert_eq!(
        (status, &p["code"]),
        (422, &json!("verification_failed")),
        "{p}"
    );
    assert!(
        p["system_message"]
            .as_str()
            .unwrap()
            .contains("\"unreachable\""),
        "{p}"
    );
    let (status, created) = api.post(
        "/integrations",
        &create("DB", link_id, "db.internal", "Europe/Berlin"),
    );
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["status"], "operational");

    let query = format!("/cloud-link/links/{link_id}/query");
    let run = |sql: &str| api.post(&query, &json!({ "sql": sql }));
    let (status, rows) =
        run("SELECT agentidentifier, starttime, endtime, activity FROM agent_status");
    assert_eq!(status, 200, "{rows}");
    assert_eq!(rows["rows"].as_array().unwrap().len(), 20);
    assert_eq!(rows["truncated"], true);
    assert_eq!(rows["problems"], json!([]));
    assert_eq!(
        rows["columns"][1],
        json!({ "name": "starttime", "kind": "timestamp" })
    );
    let (_, missing) = run("SELECT agentidentifier, starttime, endtime FROM agent_status");
    assert_eq!(
        missing["problems"],
        json!([{ "name": "activity", "expected": "text" }])
    );
    let (status, p) = run("SELECT agentidentifier FROM agent_status WHERE");
    assert_eq!((status, &p["code"]), (422, &json!("sql_error")), "{p}");
    assert_eq!(p["system_message"], "incomplete input");
    let (status, p) = run("DELETE FROM agent_status");
    assert_eq!((status, &p["code"]), (422, &json!("sql_error")), "{p}");
    let (status, p) = run(
        "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT * FROM r WHERE x < 0",
    );
    assert_eq!((status, &p["code"]), (422, &json!("query_timeout")), "{p}");

    // The integration deleted, the client is unlinked and prints a new PIN.
    let url = format!(
        "{}/api/v1/integrations/{}",
        api.base,
        created["id"].as_str().unwrap()
    );
    assert_eq!(
        api.agent.delete(&url).call().unwrap().status().as_u16(),
        204
    );
    let again = next_pin(&lines, Duration::from_secs(30));
    let (status, _) = api.post("/cloud-link/claims", &json!({ "pin": again }));
    assert_eq!(status, 201);
    drop(client);
}

#[test]
fn linux_x64_downloads_the_stand_in() {
    use std::io::Read;
    let rt = tokio::runtime::Runtime::new().unwrap();
    let base = backend(&rt, vec![test_vendor()]);
    let url = format!("{base}/api/v1/cloud-link/downloads/standard/linux/x64");
    let mut res = ureq::get(&url).call().unwrap();
    assert_eq!(res.headers()["content-type"], "application/gzip");
    let gz = res
        .body_mut()
        .with_config()
        .limit(1 << 30)
        .read_to_vec()
        .unwrap();
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(gz.as_slice()));
    let mut entry = archive.entries().unwrap().next().unwrap().unwrap();
    assert_eq!(entry.path().unwrap().to_str(), Some("injixo-cloud-link"));
    let mut bytes = Vec::new();
    entry.read_to_end(&mut bytes).unwrap();
    assert!(
        bytes == std::fs::read(BIN).unwrap(),
        "the archive holds the binary"
    );
    let windows = format!("{base}/api/v1/cloud-link/downloads/standard/windows/x64");
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let mut res = agent.get(&windows).call().unwrap();
    assert_eq!(res.status().as_u16(), 404);
    assert_eq!(
        res.body_mut().read_json::<Value>().unwrap()["code"],
        "no_build"
    );
}
