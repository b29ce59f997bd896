//! The automatic import through injixo Cloud Link over HTTP: the client asks which
//! CSV integrations it serves (`GET /cloud-link/client/csv-integrations`) and sends
//! the files of its import folder (`POST /cloud-link/client/csv-files`); each is
//! applied at once and listed with the integration's imports. Clients that do not
//! serve the CSV integration are refused, and every answer is the documented one.

#[path = "common/cloud_link.rs"]
mod cloud_link;
mod common;
#[path = "common/csv.rs"]
mod csv;
#[path = "common/schema.rs"]
mod schema;

use axum::{body::Body, http::Method, http::StatusCode};
use cloud_link::*;
use common::*;
use csv::{create_csv, csv_schema, mapping_schema, SAMPLE};
use injixo_contract::CSV_IMPORT_MAX_BYTES;
use schema::{check_response, doc};
use serde_json::{json, Value};

const FILES: &str = "/cloud-link/client/csv-files";
const SERVED: &str = "/cloud-link/client/csv-integrations";

const FILE: &str = "Warteschlange;Datum;Uhrzeit;Angeboten;Angenommen;Dauer\n\
Vertrieb;03.02.2025;08:00;1;1;120\n\
Kundendienst;03.02.2025;08:05;1;0;\n";

/// `POST …/csv-files` by `client` (`None`: no token), with `query` and headers.
async fn send(
    client: Option<&Client>,
    api: &Api,
    query: &str,
    headers: &[(&str, &str)],
    file: Vec<u8>,
) -> Res {
    let auth = client.map(Client::bearer).unwrap_or_default();
    let mut all = vec![("content-type", "text/csv")];
    if client.is_some() {
        all.push(("authorization", &auth));
    }
    all.extend_from_slice(headers);
    let path = format!("/api/v1{FILES}{query}");
    api.send(request(Method::POST, &path, &all, Body::from(file)))
        .await
}

/// A file named `name` of `client`'s, for the one CSV integration it serves.
async fn send_file(client: &Client, name: &str, file: &str) -> Res {
    let headers = [("x-file-name", name)];
    send(Some(client), &client.api, "", &headers, file.into()).await
}

async fn served(client: &Client) -> Res {
    let auth = client.bearer();
    let path = format!("/api/v1{SERVED}");
    let headers = [("authorization", auth.as_str())];
    client
        .api
        .send(request(Method::GET, &path, &headers, Body::empty()))
        .await
}

/// A CSV integration (the real catalogue's model) saved with the client's current
/// PIN claimed; the client verifies. Returns the integration's id.
async fn linked_csv(client: &Client, name: &str) -> String {
    let link = client.claimed().await;
    let mut body = create_csv(name, csv_schema(mapping_schema(), None, SAMPLE));
    body["settings"] = json!({ "import_data_type": "contact_data" });
    body["cloud_link_id"] = link["id"].clone();
    let serving = client.spawn_one(|_| verified("Europe/Berlin"));
    let created = client.api.created(&body).await;
    serving.await.unwrap();
    created["id"].as_str().unwrap().to_string()
}

fn items(res: &Res) -> Vec<Value> {
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    res.json()["items"].as_array().unwrap().clone()
}

#[tokio::test]
async fn a_linked_client_sends_files_that_are_applied_and_listed() {
    let doc = doc();
    let api = api();
    let client = Client::register(&api, "Europe/Berlin").await;
    let id = linked_csv(&client, "Zentrale CSV").await;
    let res = served(&client).await;
    check_response(&doc, "get", SERVED, &res);
    assert_eq!(items(&res), [json!({ "id": id, "name": "Zentrale CSV" })]);

    let res = send_file(&client, "export%20M%C3%A4rz.csv", FILE).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    check_response(&doc, "post", FILES, &res);
    let import = res.json();
    assert_eq!(
        (&import["state"], &import["source"], &import["file_name"]),
        (
            &json!("applied"),
            &json!("cloud_link"),
            &json!("export März.csv")
        )
    );
    assert_eq!(import["integration_id"], json!(id));
    let location = format!("/api/v1/csv-imports/{}", import["id"].as_str().unwrap());
    assert_eq!(res.header("location"), Some(location.as_str()));
    let listed = items(
        &api.get(&format!("/api/v1/integrations/{id}/csv-imports"))
            .await,
    );
    assert_eq!(listed, std::slice::from_ref(&import));
    assert!(api.integration(&id).await["last_import_at"].is_string());

    // The same content again: 200 with the earlier import, nothing new listed.
    let res = send_file(&client, "copy.csv", FILE).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.text());
    check_response(&doc, "post", FILES, &res);
    assert_eq!(res.json()["id"], import["id"]);
    // A broken file is imported as `rejected`, with its problems.
    let res = send_file(&client, "broken.csv", &FILE.replace("08:05", "8 Uhr")).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    assert_eq!(res.json()["state"], "rejected");
    let listed = items(
        &api.get(&format!("/api/v1/integrations/{id}/csv-imports"))
            .await,
    );
    let states: Vec<&Value> = listed.iter().map(|i| &i["state"]).collect();
    assert_eq!(states, [&json!("rejected"), &json!("applied")]);

    // A manual import waiting for *Apply data* holds the automatic one back.
    let manual = api.uploaded(&id, SAMPLE.as_bytes()).await;
    let res = send_file(&client, "later.csv", &FILE.replace("08:00", "09:00")).await;
    assert_problem(&res, StatusCode::CONFLICT, "import_in_progress");
    check_response(&doc, "post", FILES, &res);
    let cancel = api
        .delete(&format!(
            "/api/v1/csv-imports/{}",
            manual["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(cancel.status, StatusCode::NO_CONTENT);
    let res = send_file(&client, "later.csv", &FILE.replace("08:00", "09:00")).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
}

#[tokio::test]
async fn only_a_client_that_serves_the_csv_integration_may_send() {
    let doc = doc();
    let api = api();
    let owner = Client::register(&api, "Europe/Berlin").await;
    let id = linked_csv(&owner, "CSV").await;

    // Registered but never claimed: it serves nothing.
    let stranger = Client::register(&api, "Europe/Berlin").await;
    assert!(items(&served(&stranger).await).is_empty());
    let res = send_file(&stranger, "a.csv", FILE).await;
    assert_problem(
        &res,
        StatusCode::UNPROCESSABLE_ENTITY,
        "cloud_link_not_connected",
    );
    check_response(&doc, "post", FILES, &res);
    // Another client, linked to a CSV integration of its own, naming this one.
    let other = Client::register(&api, "Europe/Berlin").await;
    let other_id = linked_csv(&other, "Other CSV").await;
    let query = format!("?integration_id={id}");
    let headers = [("x-file-name", "a.csv")];
    let res = send(Some(&other), &api, &query, &headers, FILE.into()).await;
    assert_problem(
        &res,
        StatusCode::UNPROCESSABLE_ENTITY,
        "cloud_link_not_connected",
    );
    // Linked to an integration that is not CSV (a Database model).
    let (db_client, db) = linked_integration(&api, "DB").await;
    assert!(items(&served(&db_client).await).is_empty());
    let res = send_file(&db_client, "a.csv", FILE).await;
    assert_problem(
        &res,
        StatusCode::UNPROCESSABLE_ENTITY,
        "cloud_link_not_connected",
    );
    let query = format!("?integration_id={}", db["id"].as_str().unwrap());
    let res = send(Some(&db_client), &api, &query, &headers, FILE.into()).await;
    assert_problem(
        &res,
        StatusCode::UNPROCESSABLE_ENTITY,
        "cloud_link_not_connected",
    );
    // No token, or one the server does not know.
    let res = send(None, &api, "", &headers, FILE.into()).await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
    check_response(&doc, "post", FILES, &res);
    let forged = Client {
        token: "ixc_forged".into(),
        ..owner.clone()
    };
    assert_problem(
        &send_file(&forged, "a.csv", FILE).await,
        StatusCode::UNAUTHORIZED,
        "unauthorized",
    );
    let res = served(&forged).await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
    check_response(&doc, "get", SERVED, &res);
    // Nothing of theirs reached either CSV integration.
    for integration in [&id, &other_id] {
        let listed = items(
            &api.get(&format!("/api/v1/integrations/{integration}/csv-imports"))
                .await,
        );
        assert!(listed.is_empty(), "{listed:?}");
    }
}

#[tokio::test]
async fn a_client_serving_several_names_the_integration() {
    let api = api();
    let mut client = Client::register(&api, "Europe/Berlin").await;
    let first = linked_csv(&client, "CSV 1").await;
    client.new_pin().await;
    let second = linked_csv(&client, "CSV 2").await;
    let ids: Vec<Value> = items(&served(&client).await)
        .iter()
        .map(|i| i["id"].clone())
        .collect();
    assert_eq!(ids, [json!(first), json!(second)], "oldest link first");
    let res = send_file(&client, "a.csv", FILE).await;
    let problem = assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
    assert_eq!(
        field_errors(&problem),
        pairs(&[("integration_id", "required")])
    );
    let headers = [("x-file-name", "a.csv")];
    let query = format!("?integration_id={second}");
    let res = send(Some(&client), &api, &query, &headers, FILE.into()).await;
    assert_eq!(res.status, StatusCode::CREATED, "{}", res.text());
    assert_eq!(res.json()["integration_id"], json!(second));
}

#[tokio::test]
async fn the_file_is_checked_like_an_upload() {
    let doc = doc();
    let api = api();
    let client = Client::register(&api, "Europe/Berlin").await;
    linked_csv(&client, "CSV").await;
    let res = send(Some(&client), &api, "", &[], FILE.into()).await;
    let problem = assert_problem(&res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed");
    assert_eq!(
        field_errors(&problem),
        pairs(&[("X-File-Name", "required")])
    );
    check_response(&doc, "post", FILES, &res);
    let big = vec![b'a'; CSV_IMPORT_MAX_BYTES + 1];
    let res = send(Some(&client), &api, "", &[("x-file-name", "big.csv")], big).await;
    assert_problem(&res, StatusCode::PAYLOAD_TOO_LARGE, "file_too_large");
    check_response(&doc, "post", FILES, &res);
    let headers = [("x-file-name", "a.csv"), ("content-type", "image/png")];
    let auth = client.bearer();
    let req = request(
        Method::POST,
        &format!("/api/v1{FILES}"),
        &[headers[0], headers[1], ("authorization", &auth)],
        Body::from(FILE),
    );
    let res = api.send(req).await;
    assert_problem(&res, StatusCode::UNSUPPORTED_MEDIA_TYPE, "bad_request");
    check_response(&doc, "post", FILES, &res);
}
