//! The historical data import: upload → analysis (`analyzed` or `rejected`) →
//! *Apply data* (`writing`, `applied`) or *Cancel*.

mod common;
#[path = "common/csv.rs"]
mod csv;
#[path = "common/schema.rs"]
mod schema;

use axum::http::StatusCode;
use common::*;
use csv::*;
use serde_json::json;

/// A week of the example's format with one bad line: line 4 has a 30 February.
const BAD: &str = "Warteschlange;Datum;Uhrzeit;Angeboten;Angenommen;Dauer\n\
Vertrieb;03.02.2025;08:00;1;1;120\n\
Vertrieb;03.02.2025;08:05;1;0;\n\
Vertrieb;30.02.2025;08:10;1;1;60\n\
Kundendienst;07.02.2025;17:45;1;1;300\n";

const GOOD: &str = "Warteschlange;Datum;Uhrzeit;Angeboten;Angenommen;Dauer\n\
Vertrieb;03.02.2025;08:00;1;1;120\n\
Vertrieb;03.02.2025;08:05;1;0;\n\
Vertrieb;04.02.2025;08:10;1;1;60\n\
Kundendienst;07.02.2025;17:45;1;1;300\n";

#[tokio::test]
async fn a_bad_line_is_rejected_at_that_line_and_the_corrected_file_applied() {
    let (api, state) = csv_api();
    let doc = schema::doc();
    let id = api.create_csv_example("CSV").await;
    let res = api
        .upload(&id, "Woche%205%20%E2%80%93%20alt.csv", BAD.as_bytes())
        .await;
    schema::check_response(&doc, "post", "/integrations/{id}/csv-imports", &res);
    let rejected = res.json();
    assert_eq!(rejected["state"], "rejected");
    assert_eq!(rejected["file_name"], "Woche 5 – alt.csv");
    assert_eq!(rejected["source"], "upload");
    assert_eq!(
        problems(&rejected),
        [("invalid_date_format".into(), Some(4))]
    );
    let p = &rejected["analysis"]["problems"][0];
    assert_eq!(
        (&p["column_name"], &p["value"]),
        (&json!("Datum"), &json!("30.02.2025"))
    );
    let res = api
        .post_empty(&format!(
            "/api/v1/csv-imports/{}/apply",
            rejected["id"].as_str().unwrap()
        ))
        .await;
    schema::check_response(&doc, "post", "/csv-imports/{id}/apply", &res);
    assert_problem(&res, StatusCode::CONFLICT, "import_not_pending");

    let res = api.upload(&id, "woche5.csv", GOOD.as_bytes()).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let import = res.json();
    let import_id = import["id"].as_str().unwrap().to_string();
    assert_eq!(
        res.header("location"),
        Some(format!("/api/v1/csv-imports/{import_id}").as_str())
    );
    assert_eq!(import["state"], "analyzed");
    let a = &import["analysis"];
    assert_eq!(
        (&a["imported_lines"], &a["rejected_lines"], &a["queues"]),
        (&json!(4), &json!(0), &json!(2))
    );
    // Berlin is UTC+1 in February.
    assert_eq!(utc(&a["first"]), "2025-02-03 07:00:00");
    assert_eq!(utc(&a["last"]), "2025-02-07 16:45:00");
    assert_eq!(api.integration(&id).await["last_import_at"], json!(null));

    let res = api
        .post_empty(&format!("/api/v1/csv-imports/{import_id}/apply"))
        .await;
    assert_eq!(res.status, StatusCode::ACCEPTED, "{}", res.text());
    schema::check_response(&doc, "post", "/csv-imports/{id}/apply", &res);
    assert!(["writing", "applied"].contains(&res.json()["state"].as_str().unwrap()));
    let applied = api.settled_import(&import_id).await;
    assert_eq!(applied["state"], "applied");
    let written = injixo_backend::db::csv_import_written(&state.db.lock().unwrap(), &import_id);
    assert_eq!(written.unwrap(), Some(4));
    let integration = api.integration(&id).await;
    assert!(integration["last_import_at"].is_string(), "{integration}");
    assert_eq!(integration["status"], "operational");
    // A second Apply data changes nothing.
    let res = api
        .post_empty(&format!("/api/v1/csv-imports/{import_id}/apply"))
        .await;
    assert_eq!(
        (res.status, res.json()["state"].clone()),
        (StatusCode::ACCEPTED, json!("applied"))
    );

    let res = api
        .get(&format!("/api/v1/integrations/{id}/csv-imports"))
        .await;
    schema::check_response(&doc, "get", "/integrations/{id}/csv-imports", &res);
    let ids: Vec<_> = res.json()["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].clone())
        .collect();
    assert_eq!(ids, [json!(import_id), rejected["id"].clone()]);
}

#[tokio::test]
async fn one_open_import_per_integration_and_cancel() {
    let (api, _) = csv_api();
    let id = api.create_csv_example("CSV").await;
    let first = api.uploaded(&id, GOOD.as_bytes()).await;
    // "Uploading from several windows at once": the second is refused.
    let res = api.upload(&id, "again.csv", GOOD.as_bytes()).await;
    schema::check_response(
        &schema::doc(),
        "post",
        "/integrations/{id}/csv-imports",
        &res,
    );
    assert_problem(&res, StatusCode::CONFLICT, "import_in_progress");
    // A rejected file is not open: it does not block, and is not blocked… but the
    // open one still blocks it.
    let res = api.upload(&id, "bad.csv", BAD.as_bytes()).await;
    assert_problem(&res, StatusCode::CONFLICT, "import_in_progress");
    let path = format!("/api/v1/csv-imports/{}", first["id"].as_str().unwrap());
    let res = api.delete(&path).await;
    schema::check_response(&schema::doc(), "delete", "/csv-imports/{id}", &res);
    assert_eq!(res.status, StatusCode::NO_CONTENT);
    assert_eq!(api.delete(&path).await.status, StatusCode::NO_CONTENT);
    assert_eq!(api.get(&path).await.json()["state"], "cancelled");
    let res = api.post_empty(&format!("{path}/apply")).await;
    assert_problem(&res, StatusCode::CONFLICT, "import_not_pending");
    // Now a new upload gets in; its rejected sibling cannot be cancelled.
    api.uploaded(&id, GOOD.as_bytes()).await;
    let other = api.create_csv_example("CSV 2").await;
    let rejected = api.uploaded(&other, BAD.as_bytes()).await;
    let res = api
        .delete(&format!(
            "/api/v1/csv-imports/{}",
            rejected["id"].as_str().unwrap()
        ))
        .await;
    assert_problem(&res, StatusCode::CONFLICT, "import_not_pending");
}

#[tokio::test]
async fn twenty_megabytes_are_refused_without_being_read() {
    let (api, _) = csv_api();
    let id = api.create_csv_example("CSV").await;
    let big = vec![b'a'; 20 * 1024 * 1024];
    let res = api.upload(&id, "big.csv", &big).await;
    schema::check_response(
        &schema::doc(),
        "post",
        "/integrations/{id}/csv-imports",
        &res,
    );
    assert_problem(&res, StatusCode::PAYLOAD_TOO_LARGE, "file_too_large");
    // Exactly the limit is read (and is no CSV of this schema).
    let limit = vec![b'a'; injixo_contract::CSV_IMPORT_MAX_BYTES];
    let res = api.upload(&id, "limit.csv", &limit).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    assert_eq!(res.json()["state"], "rejected");
}

#[tokio::test]
async fn files_that_are_not_utf8_text_get_their_documented_outcome() {
    let (api, _) = csv_api();
    let id = api.create_csv_example("CSV").await;
    let rejected = |bytes: Vec<u8>, code: &'static str| {
        let api = api.clone();
        let id = id.clone();
        async move {
            let import = api.uploaded(&id, &bytes).await;
            assert_eq!(import["state"], "rejected");
            assert_eq!(problems(&import), [(code.to_string(), None)]);
        }
    };
    rejected(Vec::new(), "empty_file").await;
    rejected(b"\xEF\xBB\xBF".to_vec(), "empty_file").await;
    rejected(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), "binary_file").await;
    let utf16: Vec<u8> = b"\xFF\xFE"
        .iter()
        .copied()
        .chain(GOOD.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    rejected(utf16, "unsupported_encoding").await;
    // Windows-1252: "Störungen" and "Bestellannahme – Süd" are read, and counted.
    let cp1252 = b"Warteschlange;Datum;Uhrzeit;Angeboten;Angenommen;Dauer\n\
St\xF6rungen;03.02.2025;08:00;1;1;120\n\
Bestellannahme \x96 S\xFCd;03.02.2025;08:15;1;1;90\n\
St\xF6rungen;03.02.2025;08:30;1;0;\n";
    let import = api.uploaded(&id, cp1252).await;
    assert_eq!(import["state"], "analyzed", "{import}");
    assert_eq!(
        (
            &import["analysis"]["imported_lines"],
            &import["analysis"]["queues"]
        ),
        (&json!(3), &json!(2))
    );
    api.delete(&format!(
        "/api/v1/csv-imports/{}",
        import["id"].as_str().unwrap()
    ))
    .await;
    // A date before 1970 is the product's invalid_year, at its line.
    let old = "Warteschlange;Datum;Uhrzeit;Angeboten;Angenommen;Dauer\n\
Vertrieb;03.02.2025;08:00;1;1;120\n\
Vertrieb;31.12.1969;23:45;1;1;120\n";
    let import = api.uploaded(&id, old.as_bytes()).await;
    assert_eq!(problems(&import), [("invalid_year".into(), Some(3))]);
    // Berlin's spring change day: 02:30 does not exist.
    let gap = "Warteschlange;Datum;Uhrzeit;Angeboten;Angenommen;Dauer\nVertrieb;30.03.2025;02:30;1;1;120\n";
    let import = api.uploaded(&id, gap.as_bytes()).await;
    assert_eq!(
        problems(&import),
        [("non_existing_timestamp".into(), Some(2))]
    );
}

#[tokio::test]
async fn uploads_need_a_schema_a_file_name_and_a_file_type() {
    let (api, _) = csv_api();
    let chat = api.create_freshchat("Chat").await;
    let res = api.upload(&chat, "a.csv", GOOD.as_bytes()).await;
    assert_problem(&res, StatusCode::CONFLICT, "schema_missing");
    let res = api.upload("nope", "a.csv", GOOD.as_bytes()).await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
    for path in [
        "/api/v1/csv-imports/nope",
        "/api/v1/integrations/nope/csv-imports",
    ] {
        assert_problem(&api.get(path).await, StatusCode::NOT_FOUND, "not_found");
    }
    assert_problem(
        &api.delete("/api/v1/csv-imports/nope").await,
        StatusCode::NOT_FOUND,
        "not_found",
    );
    let res = api.post_empty("/api/v1/csv-imports/nope/apply").await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
    let id = api.create_csv_example("CSV").await;
    for (name, code) in [
        ("", "required"),
        ("%E2%28", "invalid_type"),
        ("a%0Ab.csv", "invalid_type"),
    ] {
        let res = api.upload(&id, name, GOOD.as_bytes()).await;
        assert_field_errors(&res, &[("X-File-Name", code)]);
    }
    let long = "x".repeat(256);
    assert_field_errors(
        &api.upload(&id, &long, GOOD.as_bytes()).await,
        &[("X-File-Name", "too_long")],
    );
    let res = api
        .upload_as(&id, "a.csv", GOOD.as_bytes(), "application/json")
        .await;
    assert_problem(&res, StatusCode::UNSUPPORTED_MEDIA_TYPE, "bad_request");
    let res = api
        .upload_as(&id, "a.csv", GOOD.as_bytes(), "application/octet-stream")
        .await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
}
