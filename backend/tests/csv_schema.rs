//! A CSV integration's schema: saved with the integration, checked by the CSV engine
//! against the sample (a column mapping) or run over it (an SQL mapping), returned
//! by `GET /integrations/{id}/csv-schema` and never in integration lists.

mod common;
#[path = "common/csv.rs"]
mod csv;
#[path = "common/schema.rs"]
mod schema;

use axum::http::StatusCode;
use common::*;
use csv::*;
use serde_json::{json, Value};

/// The query: the average handling time from two columns.
const AVERAGING: &str = "SELECT Warteschlange AS queue,
  SUBSTR(Datum, 7, 4) || '-' || SUBSTR(Datum, 4, 2) || '-' || SUBSTR(Datum, 1, 2) || ' ' || Uhrzeit || ':00' AS timestamp,
  Angeboten AS offered, Angenommen AS handled, Dauer / Angeboten AS aht, 'calls' AS channel
FROM uploaded_file";

/// A schema as the contract reads it (the server fills in the defaults).
fn typed(v: Value) -> injixo_contract::CsvSchema {
    serde_json::from_value(v).expect("a CsvSchema")
}

fn interval_layout() -> Value {
    json!({ "kind": "interval_based", "interval_minutes": 15 })
}

const INTERVAL_SAMPLE: &str = "Warteschlange;Datum;Uhrzeit;Angeboten;Angenommen;Dauer\n\
Vertrieb;31.01.2025;09:30;10;8;2400\n\
Kundendienst;31.01.2025;09:45;4;4;1000\n";

#[tokio::test]
async fn a_csv_integration_is_saved_with_its_schema() {
    let (api, _) = csv_api();
    let doc = schema::doc();
    let body = create_csv("CSV Vertrieb", csv_schema(mapping_schema(), None, SAMPLE));
    schema::assert_valid(&doc, "CreateIntegration", &body);
    let res = api.create(&body).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    schema::check_response(&doc, "post", "/integrations", &res);
    let id = res.json()["id"].as_str().unwrap().to_string();

    let res = api
        .get(&format!("/api/v1/integrations/{id}/csv-schema"))
        .await;
    schema::check_response(&doc, "get", "/integrations/{id}/csv-schema", &res);
    assert_eq!(
        typed(res.json()),
        typed(csv_schema(mapping_schema(), None, SAMPLE))
    );
    // Lists and the integration itself never carry the (up to 1 MiB) sample.
    let listed = api.list().await;
    assert!(
        !listed[0].to_string().contains("Warteschlange"),
        "{}",
        listed[0]
    );
    assert!(!api
        .integration(&id)
        .await
        .to_string()
        .contains("Warteschlange"));
}

#[tokio::test]
async fn the_schema_is_required_for_csv_and_refused_elsewhere() {
    let (api, _) = csv_api();
    let res = api
        .create(&json!({ "name": "CSV", "model": "csv", "settings": {} }))
        .await;
    assert_field_errors(&res, &[("csv_schema", "required")]);
    let mut body = freshchat("Chat", "acme.freshchat.com", API_KEY);
    body["csv_schema"] = csv_schema(mapping_schema(), None, SAMPLE);
    assert_field_errors(&api.create(&body).await, &[("csv_schema", "unknown_field")]);
    let id = api.create_freshchat("Chat").await;
    let res = api
        .get(&format!("/api/v1/integrations/{id}/csv-schema"))
        .await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
    let res = api.get("/api/v1/integrations/nope/csv-schema").await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
}

#[tokio::test]
async fn mapping_errors_are_field_errors_at_their_place_in_the_schema() {
    let (api, _) = csv_api();
    let mut schema = mapping_schema();
    schema["time_zone"] = json!("Europe/Atlantis");
    let m = &mut schema["mapping"];
    m["queue"] = Value::Null;
    m["offered"] = json!("Offered");
    m["date_time"]["date_format"] = json!("dd/mm/yyyy");
    m["aht"] = json!("Dauer");
    let res = api
        .create(&create_csv("CSV", csv_schema(schema, None, SAMPLE)))
        .await;
    let mut errors = field_errors(&assert_problem(
        &res,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    ));
    errors.sort();
    assert_eq!(
        errors,
        pairs(&[
            ("csv_schema.schema.mapping.aht", "unknown_field"),
            (
                "csv_schema.schema.mapping.date_time.date_format",
                "invalid_option"
            ),
            ("csv_schema.schema.mapping.offered", "invalid_option"),
            ("csv_schema.schema.mapping.queue", "required"),
            ("csv_schema.schema.time_zone", "invalid_option"),
        ])
    );
    // A sample without a header row, or one over 1 MiB, cannot be mapped.
    let res = api
        .create(&create_csv(
            "CSV",
            csv_schema(mapping_schema(), None, "\n\n"),
        ))
        .await;
    let problem = assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
    assert!(field_errors(&problem).contains(&("csv_schema.sample.text".into(), "required".into())));
    let huge = "a;b\n".repeat(300_000);
    let res = api
        .create(&create_csv(
            "CSV",
            csv_schema(mapping_schema(), None, &huge),
        ))
        .await;
    assert_field_errors(&res, &[("csv_schema.sample.text", "too_long")]);
}

#[tokio::test]
async fn an_sql_mapping_is_run_over_the_sample_before_it_is_saved() {
    let (api, _) = csv_api();
    let doc = schema::doc();
    let interval = sql_engine_schema(interval_layout());
    let ok = csv_schema(interval.clone(), Some(AVERAGING), INTERVAL_SAMPLE);
    let res = api.create(&create_csv("CSV SQL", ok.clone())).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    let id = res.json()["id"].as_str().unwrap().to_string();
    let res = api
        .get(&format!("/api/v1/integrations/{id}/csv-schema"))
        .await;
    schema::check_response(&doc, "get", "/integrations/{id}/csv-schema", &res);
    assert_eq!(typed(res.json()), typed(ok));

    // Contact-based data needs a duration column, and `queue` must be there.
    let contact = sql_engine_schema(json!({ "kind": "contact_based" }));
    let query = "SELECT Uhrzeit AS timestamp, Angeboten AS offered, Angenommen AS handled, 'calls' AS channel FROM uploaded_file";
    let res = api
        .create(&create_csv(
            "CSV 2",
            csv_schema(contact.clone(), Some(query), SAMPLE),
        ))
        .await;
    assert_field_errors(
        &res,
        &[
            ("csv_schema.sql.queue", "required"),
            ("csv_schema.sql.timestamp", "invalid_type"),
            ("csv_schema.sql.duration", "required"),
        ],
    );
    let attach = "ATTACH DATABASE 'x.db' AS x";
    let res = api
        .create(&create_csv(
            "CSV 2",
            csv_schema(contact.clone(), Some(attach), SAMPLE),
        ))
        .await;
    let problem = assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "sql_not_allowed");
    assert!(problem["system_message"]
        .as_str()
        .unwrap()
        .starts_with("ATTACH"));
    let res = api
        .create(&create_csv(
            "CSV 2",
            csv_schema(contact, Some("SELEC 1"), SAMPLE),
        ))
        .await;
    let problem = assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "sql_error");
    assert_eq!(problem["system_message"], "near \"SELEC\": syntax error");
    // Agent status data has no SQL mapping.
    let mut agents = sql_engine_schema(json!({ "kind": "contact_based" }));
    agents["mapping"] = json!({
        "data_type": "agent_status", "agent": null, "activity": null,
        "start": { "kind": "combined", "timestamp": null, "timestamp_format": "" },
    });
    let res = api
        .create(&create_csv(
            "CSV 3",
            csv_schema(agents, Some(AVERAGING), SAMPLE),
        ))
        .await;
    assert_field_errors(&res, &[("csv_schema.sql", "invalid_option")]);
}

#[tokio::test]
async fn editing_keeps_the_type_and_layout_and_replaces_the_rest() {
    let (api, _) = csv_api();
    let id = api.create_csv_example("CSV").await;
    // Another mapping of the same file: the time zone and the queue column change.
    let mut schema = mapping_schema();
    schema["time_zone"] = json!("America/Chicago");
    let res = api
        .update(
            &id,
            &json!({ "csv_schema": csv_schema(schema.clone(), None, SAMPLE) }),
        )
        .await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let saved = api
        .get(&format!("/api/v1/integrations/{id}/csv-schema"))
        .await;
    assert_eq!(saved.json()["schema"]["time_zone"], "America/Chicago");
    // A PATCH without a schema keeps it.
    let res = api.update(&id, &json!({ "name": "CSV neu" })).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    let saved = api
        .get(&format!("/api/v1/integrations/{id}/csv-schema"))
        .await;
    assert_eq!(saved.json()["schema"]["time_zone"], "America/Chicago");
    // "Layout of data cannot be changed", nor the type of import data.
    let sql = csv_schema(
        sql_engine_schema(interval_layout()),
        Some(AVERAGING),
        SAMPLE,
    );
    let res = api.update(&id, &json!({ "csv_schema": sql })).await;
    assert_field_errors(&res, &[("csv_schema.schema.mapping.layout", "immutable")]);
    let mut agents = schema;
    agents["mapping"] = json!({
        "data_type": "agent_status", "agent": "Warteschlange", "activity": "Datum",
        "start": { "kind": "separate", "date": "Datum", "date_format": "DD.MM.YYYY",
                   "time": "Uhrzeit", "time_format": "hh:mm" },
    });
    let res = api
        .update(
            &id,
            &json!({ "csv_schema": csv_schema(agents, None, SAMPLE) }),
        )
        .await;
    assert_field_errors(
        &res,
        &[("csv_schema.schema.mapping.data_type", "immutable")],
    );
}
