//! The CSV integration in tests: an app whose catalogue has a `csv` model (the
//! catalogue entry itself is another change's), the help center's kind of files and
//! schemas, and requests for uploads.
#![allow(dead_code)] // each test crate uses its own subset

use super::common::{request, Api, Res};
use axum::{body::Body, http::Method, http::StatusCode};
use injixo_backend::{db, AppState};
use injixo_contract::{Delivery, Feature, Model, Plan};
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::Duration;

/// A minimal `csv` model: a name is all its form has; the schema comes with it.
pub fn csv_model() -> Model {
    Model {
        csv_schema: true,
        id: "csv".into(),
        name: "CSV".into(),
        description_id: "catalogue-model-csv-description".into(),
        delivery: Delivery::Cloud,
        features: vec![Feature::CallHistory, Feature::AgentStatus],
        plans: vec![
            Plan::Essential,
            Plan::Advanced,
            Plan::Enterprise,
            Plan::Classic,
        ],
        key_use: None,
        marketplace_url: None,
        cloud_link: None,
        key_steps: Vec::new(),
        help_path: Some("add-csv-integration".into()),
        sections: Vec::new(),
        data_help: Vec::new(),
    }
}

/// An in-memory app whose Universal Interfaces offer the `csv` model above.
pub fn csv_state() -> AppState {
    let mut state = AppState::new(db::open_in_memory().expect("in-memory db"));
    let mut catalogue = (*state.catalogue).clone();
    for v in &mut catalogue.vendors {
        v.models.retain(|m| m.id != "csv");
    }
    let universal = catalogue
        .vendors
        .iter_mut()
        .find(|v| v.id == "universal")
        .expect("Universal Interfaces");
    universal.models.push(csv_model());
    state.catalogue = Arc::new(catalogue);
    state
}

/// The app of `csv_state`, and the state to reach its database.
pub fn csv_api() -> (Api, AppState) {
    let state = csv_state();
    (Api::from_state(state.clone()), state)
}

/// The example: German headers, `;`, `DD.MM.YYYY` and `hh:mm`, contact-based,
/// Berlin time, every contact a call.
pub const SAMPLE: &str = "Warteschlange;Datum;Uhrzeit;Angeboten;Angenommen;Dauer\n\
Vertrieb;31.01.2025;09:30;1;1;312\n\
Vertrieb;31.01.2025;09:41;1;0;\n\
Kundendienst;31.01.2025;10:02;1;1;95\n";

/// The engine schema of `SAMPLE`.
pub fn mapping_schema() -> Value {
    json!({
        "read": { "separator": "semicolon" },
        "time_zone": "Europe/Berlin",
        "mapping": {
            "data_type": "contact_data",
            "layout": { "kind": "contact_based" },
            "queue": "Warteschlange",
            "date_time": {
                "kind": "separate",
                "date": "Datum", "date_format": "DD.MM.YYYY",
                "time": "Uhrzeit", "time_format": "hh:mm",
            },
            "offered": "Angeboten",
            "handled": "Angenommen",
            "duration": "Dauer",
            "channel": { "fixed": "calls" },
        },
    })
}

/// A `CsvSchema` of an engine schema, an optional query and a sample text.
pub fn csv_schema(schema: Value, sql: Option<&str>, sample: &str) -> Value {
    let mut csv = json!({
        "schema": schema,
        "sample": { "file_name": "beispiel.csv", "encoding": "utf8", "text": sample },
    });
    if let Some(sql) = sql {
        csv["sql"] = json!(sql);
    }
    csv
}

/// `POST /integrations` of a CSV integration.
pub fn create_csv(name: &str, csv_schema: Value) -> Value {
    json!({ "name": name, "model": "csv", "settings": {}, "csv_schema": csv_schema })
}

/// A contact-based SQL schema (`schema.mapping` says only type and layout).
pub fn sql_engine_schema(layout: Value) -> Value {
    json!({
        "read": { "separator": "semicolon" },
        "time_zone": "Europe/Berlin",
        "mapping": {
            "data_type": "contact_data",
            "layout": layout,
            "queue": null,
            "date_time": { "kind": "combined", "timestamp": null, "timestamp_format": "" },
            "offered": null, "handled": null, "channel": null,
        },
    })
}

impl Api {
    /// Creates a CSV integration with the example schema; returns its id.
    pub async fn create_csv_example(&self, name: &str) -> String {
        let res = self
            .create(&create_csv(
                name,
                csv_schema(mapping_schema(), None, SAMPLE),
            ))
            .await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
        res.json()["id"].as_str().expect("id").to_string()
    }

    /// `POST /integrations/{id}/csv-imports` with the file as `text/csv`.
    pub async fn upload(&self, integration: &str, file_name: &str, file: &[u8]) -> Res {
        self.upload_as(integration, file_name, file, "text/csv")
            .await
    }

    pub async fn upload_as(
        &self,
        integration: &str,
        file_name: &str,
        file: &[u8],
        content_type: &str,
    ) -> Res {
        let path = format!("/api/v1/integrations/{integration}/csv-imports");
        let headers = [("content-type", content_type), ("x-file-name", file_name)];
        self.send(request(
            Method::POST,
            &path,
            &headers,
            Body::from(file.to_vec()),
        ))
        .await
    }

    /// Uploads and asserts a 201; returns the import.
    pub async fn uploaded(&self, integration: &str, file: &[u8]) -> Value {
        let res = self.upload(integration, "daten.csv", file).await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
        res.json()
    }

    /// `GET /csv-imports/{id}` until its state is not `writing` (2 s at most).
    pub async fn settled_import(&self, id: &str) -> Value {
        for _ in 0..200 {
            let res = self.get(&format!("/api/v1/csv-imports/{id}")).await;
            assert_eq!(res.status, StatusCode::OK, "{}", res.text());
            let import = res.json();
            if import["state"] != "writing" {
                return import;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("import {id} is still writing");
    }
}

/// `(code, line)` of an analysis' problems.
pub fn problems(import: &Value) -> Vec<(String, Option<u64>)> {
    import["analysis"]["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| (p["code"].as_str().unwrap().to_string(), p["line"].as_u64()))
        .collect()
}

/// A UTC instant of the analysis (seconds) as `YYYY-MM-DD hh:mm:ss`.
pub fn utc(seconds: &Value) -> String {
    injixo_csv::UtcTime(seconds.as_i64().expect("seconds")).to_string()
}
