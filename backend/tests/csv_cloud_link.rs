//! `api::csv::import_from_cloud_link`, which the injixo Cloud Link client's endpoint
//! calls with a file from its import folder: analysed and, if it can be imported,
//! applied at once; the same content is not imported twice.

mod common;
#[path = "common/csv.rs"]
mod csv;

use axum::http::StatusCode;
use csv::*;
use injixo_backend::api::csv::import_from_cloud_link;
use injixo_contract::{CsvImportSource, CsvImportState, ErrorCode};

const FILE: &str = "Warteschlange;Datum;Uhrzeit;Angeboten;Angenommen;Dauer\n\
Vertrieb;03.02.2025;08:00;1;1;120\n\
Kundendienst;03.02.2025;08:05;1;0;\n";

#[tokio::test]
async fn a_file_from_the_import_folder_is_analysed_and_applied_at_once() {
    let (api, state) = csv_api();
    let id = api.create_csv_example("CSV").await;
    let import = import_from_cloud_link(&state, &id, "export-0203.csv", FILE.as_bytes()).unwrap();
    assert_eq!(import.state, CsvImportState::Applied);
    assert_eq!(import.source, CsvImportSource::CloudLink);
    assert_eq!(
        (import.analysis.imported_lines, import.analysis.queues),
        (2, 2)
    );
    let integration = api.integration(&id).await;
    assert_eq!(integration["status"], "operational");
    assert!(integration["last_import_at"].is_string());
    // The same content again (under another name): not imported twice.
    let again = import_from_cloud_link(&state, &id, "copy.csv", FILE.as_bytes()).unwrap();
    assert_eq!(again.id, import.id);
    let listed = api
        .get(&format!("/api/v1/integrations/{id}/csv-imports"))
        .await
        .json();
    assert_eq!(listed["items"].as_array().unwrap().len(), 1);
    // Other content is a new import; a broken file is rejected, nothing applied.
    let changed = FILE.replace("08:05", "08:10");
    let other = import_from_cloud_link(&state, &id, "export-0203.csv", changed.as_bytes()).unwrap();
    assert_ne!(other.id, import.id);
    assert_eq!(other.state, CsvImportState::Applied);
    let broken = FILE.replace("08:05", "8 Uhr");
    let rejected = import_from_cloud_link(&state, &id, "broken.csv", broken.as_bytes()).unwrap();
    assert_eq!(rejected.state, CsvImportState::Rejected);
    assert_eq!(rejected.analysis.problems[0].line, Some(3));
}

#[tokio::test]
async fn it_waits_for_a_manual_import_and_needs_a_csv_integration() {
    let (api, state) = csv_api();
    let id = api.create_csv_example("CSV").await;
    let manual = api.uploaded(&id, FILE.as_bytes()).await;
    assert_eq!(manual["state"], "analyzed");
    let e = import_from_cloud_link(&state, &id, "auto.csv", FILE.as_bytes()).unwrap_err();
    assert_eq!(
        (e.status, e.code),
        (StatusCode::CONFLICT, ErrorCode::ImportInProgress)
    );
    let chat = api.create_freshchat("Chat").await;
    let e = import_from_cloud_link(&state, &chat, "auto.csv", FILE.as_bytes()).unwrap_err();
    assert_eq!(e.code, ErrorCode::SchemaMissing);
    let e = import_from_cloud_link(&state, "nope", "auto.csv", FILE.as_bytes()).unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
    let big = vec![b'a'; injixo_contract::CSV_IMPORT_MAX_BYTES + 1];
    let e = import_from_cloud_link(&state, &chat, "big.csv", &big).unwrap_err();
    assert_eq!(
        e.code,
        ErrorCode::SchemaMissing,
        "the integration is checked first"
    );
}
