//! Helpers of the injixo Cloud Link tests: a backend whose catalogue has test
//! on-premise models (kept here, so the real catalogue is free to change), short
//! waits, and a simulated client driven through the API.
#![allow(dead_code)] // each test crate uses its own subset

use super::common::*;
use axum::http::StatusCode;
use injixo_backend::{cloud_link::Hub, config::CloudLinkConfig, db, AppState};
use injixo_contract::{Job, JobResult, Vendor};
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::Duration;

/// The `/cloud-link/…` operations, as documented (relative to `/api/v1`).
pub const CLOUD_LINK_ROUTES: &[(&str, &str)] = &[
    ("post", "/cloud-link/client/register"),
    ("post", "/cloud-link/client/pin"),
    ("post", "/cloud-link/client/heartbeat"),
    ("post", "/cloud-link/claims"),
    ("get", "/cloud-link/links/{id}"),
    ("post", "/cloud-link/links/{id}/query"),
    ("get", "/cloud-link/client/jobs"),
    ("post", "/cloud-link/client/jobs/{id}"),
    ("get", "/cloud-link/downloads/{flavor}/{os}/{arch}"),
    ("get", "/cloud-link/client/csv-integrations"),
    ("post", "/cloud-link/client/csv-files"),
];

/// The test vendor's on-premise model that needs a link.
pub const DB_MODEL: &str = "test-database";
/// The test vendor's model whose link is optional (like CSV).
pub const OPTIONAL_MODEL: &str = "test-files";

/// A required column of `kind`, or an optional one.
fn column(name: &str, kind: &str, required: bool) -> Value {
    json!({ "name": name, "kind": kind, "required": required, "help_id": format!("test-column-{name}") })
}

fn model(id: &str, required: bool, fields: Value) -> Value {
    json!({
        "id": id, "name": id, "description_id": "test-description", "delivery": "on_premise",
        "features": ["agent_status"], "plans": ["enterprise"], "data_help": [],
        "cloud_link": {
            "flavor": "standard", "downloads": [{ "os": "linux", "arch": "x64" }],
            "required": required, "help_path": "install-cloud-link",
        },
        "sections": [{ "id": "database", "title_id": "test-database", "fields": fields }],
    })
}

/// A vendor with a Database-like model (host, password, time zone, type of data, and
/// a query whose required columns follow the type, as in the Database article) and
/// a model whose link is optional (like CSV).
pub fn test_vendor() -> Vendor {
    let field = |id: &str, kind: Value| json!({ "id": id, "label_id": format!("test-{id}"), "kind": kind, "required": true, "immutable": false });
    let when = |v: &str| json!({ "field": "import_type", "equals": v });
    let options = json!([
        { "value": "agent_status", "label_id": "test-agent-status" },
        { "value": "queues", "label_id": "test-queues" },
    ]);
    let columns = json!([
        { "when": when("agent_status"), "columns": [
            column("agentidentifier", "text", true),
            column("starttime", "timestamp", true),
            column("endtime", "timestamp", false),
            column("activity", "text", true),
        ] },
        { "when": when("queues"), "columns": [
            column("queueidentifier", "text", true),
            column("timestamp", "timestamp", true),
            column("offered", "integer", true),
        ] },
    ]);
    let fields = json!([
        field("db_host", json!({ "type": "text", "max_len": 255 })),
        field("db_password", json!({ "type": "secret", "max_len": 255 })),
        field("db_time_zone", json!({ "type": "time_zone" })),
        field(
            "import_type",
            json!({ "type": "select", "options": options })
        ),
        field(
            "sql_query",
            json!({ "type": "query", "max_len": 4000, "columns": columns })
        ),
    ]);
    serde_json::from_value(json!({
        "id": "test-on-premise", "name": "Test on-premise", "description_id": "test-vendor",
        "always_select_model": true,
        "models": [model(DB_MODEL, true, fields), model(OPTIONAL_MODEL, false, json!([]))],
    }))
    .expect("a valid vendor")
}

/// Short waits, so that a silent client costs a test little time.
pub fn fast_config() -> CloudLinkConfig {
    CloudLinkConfig {
        verify_wait: Duration::from_millis(1500),
        query_wait: Duration::from_millis(1500),
        ..CloudLinkConfig::default()
    }
}

/// Test hooks on, the test vendor in the catalogue, `config`'s waits; the state
/// too, to reach the database.
pub fn state_with(config: CloudLinkConfig) -> AppState {
    let mut state = AppState::with_test_hooks(db::open_in_memory().unwrap());
    let mut catalogue = (*state.catalogue).clone();
    catalogue.vendors.push(test_vendor());
    state.catalogue = Arc::new(catalogue);
    state.cloud_link = Arc::new(Hub::new(config));
    state
}

/// `state_with(fast_config())` as an `Api`.
pub fn api() -> Api {
    Api::from_state(state_with(fast_config()))
}

/// What a client reports of itself.
pub fn facts(time_zone: &str) -> Value {
    json!({ "host": "acd-gw-01", "version": "0.1.0", "os": "linux", "time_zone": time_zone })
}

/// A registered client, driven through the API.
#[derive(Clone)]
pub struct Client {
    pub api: Api,
    pub id: String,
    pub token: String,
    pub pin: String,
}

impl Client {
    /// Registers a client in `time_zone`.
    pub async fn register(api: &Api, time_zone: &str) -> Client {
        let res = api
            .post("/api/v1/cloud-link/client/register", &facts(time_zone), &[])
            .await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
        let body = res.json();
        Client {
            api: api.clone(),
            id: body["client_id"].as_str().unwrap().into(),
            token: body["token"].as_str().unwrap().into(),
            pin: body["pin"].as_str().unwrap().into(),
        }
    }

    pub fn bearer(&self) -> String {
        format!("Bearer {}", self.token)
    }

    pub async fn heartbeat(&self, time_zone: &str) -> Res {
        let auth = self.bearer();
        let path = "/api/v1/cloud-link/client/heartbeat";
        self.api
            .post(path, &facts(time_zone), &[("authorization", &auth)])
            .await
    }

    /// Asks for a new PIN and keeps it.
    pub async fn new_pin(&mut self) -> Res {
        let auth = self.bearer();
        let res = self
            .api
            .send(request(
                axum::http::Method::POST,
                "/api/v1/cloud-link/client/pin",
                &[("authorization", &auth)],
                axum::body::Body::empty(),
            ))
            .await;
        if res.status == StatusCode::OK {
            self.pin = res.json()["pin"].as_str().unwrap().into();
        }
        res
    }

    /// `GET …/client/jobs?wait=…`.
    pub async fn poll(&self, wait: u64) -> Res {
        let auth = self.bearer();
        self.api
            .send(request(
                axum::http::Method::GET,
                &format!("/api/v1/cloud-link/client/jobs?wait={wait}"),
                &[("authorization", &auth)],
                axum::body::Body::empty(),
            ))
            .await
    }

    /// `POST …/client/jobs/{id}`.
    pub async fn answer(&self, job_id: &str, result: &JobResult) -> Res {
        let auth = self.bearer();
        let path = format!("/api/v1/cloud-link/client/jobs/{job_id}");
        let body = serde_json::to_value(result).unwrap();
        self.api
            .post(&path, &body, &[("authorization", &auth)])
            .await
    }

    /// Waits for one job and answers it with `reply(job)`; returns the job.
    pub async fn serve_one(&self, reply: impl FnOnce(&Job) -> JobResult) -> Job {
        let res = self.poll(10).await;
        assert_eq!(res.status, StatusCode::OK, "no job came: {}", res.text());
        let job: Job = serde_json::from_slice(&res.body).unwrap();
        let answered = self.answer(&job.id, &reply(&job)).await;
        assert_eq!(
            answered.status,
            StatusCode::NO_CONTENT,
            "{}",
            answered.text()
        );
        job
    }

    /// In the background: waits for one job and answers it with `reply(job)`.
    pub fn spawn_one(
        &self,
        reply: impl FnOnce(&Job) -> JobResult + Send + 'static,
    ) -> tokio::task::JoinHandle<Job> {
        let client = self.clone();
        tokio::spawn(async move { client.serve_one(reply).await })
    }

    /// Claims this client's PIN for a new integration; returns the link.
    pub async fn claimed(&self) -> Value {
        let res = claim(&self.api, &self.pin, None).await;
        assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
        res.json()
    }
}

/// `POST /cloud-link/claims`.
pub async fn claim(api: &Api, pin: &str, integration_id: Option<&str>) -> Res {
    let mut body = json!({ "pin": pin });
    if let Some(id) = integration_id {
        body["integration_id"] = json!(id);
    }
    api.post("/api/v1/cloud-link/claims", &body, &[]).await
}

/// A valid create request of the test Database model in `time_zone`.
pub fn db_create(name: &str, link_id: Option<&str>, time_zone: &str) -> Value {
    let mut body = json!({
        "name": name,
        "model": DB_MODEL,
        "settings": {
            "db_host": "db.internal",
            "db_password": "s3cret-password-1234",
            "db_time_zone": time_zone,
            "import_type": "agent_status",
            "sql_query": "SELECT agentidentifier, starttime, endtime, activity FROM agent_status",
        },
    });
    if let Some(id) = link_id {
        body["cloud_link_id"] = json!(id);
    }
    body
}

/// The time zone of a `Verified` answer.
pub fn verified(time_zone: &str) -> JobResult {
    JobResult::Verified {
        time_zone: time_zone.into(),
    }
}

/// Registers, claims and creates a Database integration in Europe/Berlin with a
/// client that verifies; returns the client and the integration.
pub async fn linked_integration(api: &Api, name: &str) -> (Client, Value) {
    let client = Client::register(api, "Europe/Berlin").await;
    let link = client.claimed().await;
    let link_id = link["id"].as_str().unwrap();
    let serving = client.spawn_one(|_| verified("Europe/Berlin"));
    let created = api
        .created(&db_create(name, Some(link_id), "Europe/Berlin"))
        .await;
    serving.await.unwrap();
    (client, created)
}
