//! End to end, the automatic import: the real stand-in with `--watch-dir` against
//! the real backend (its own catalogue's CSV model). A file dropped before any
//! CSV integration is linked waits; once the admin saved a CSV integration with
//! the client's PIN, it is imported and moved to `done/`; a broken file is rejected
//! and moved to `failed/`; both are listed with the integration's imports. Every
//! wait is for a line of the client's, bounded; never a sleep.

mod common;

use common::*;
use serde_json::{json, Value};
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

const FILE: &str = "Warteschlange;Datum;Uhrzeit;Angeboten;Angenommen;Dauer\n\
Vertrieb;03.02.2025;08:00;1;1;120\n\
Kundendienst;03.02.2025;08:05;1;0;\n";

/// A CSV integration with the help center's kind of schema, linked to `link`.
fn create_csv(name: &str, link: &str) -> Value {
    let schema = json!({
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
    });
    json!({
        "name": name, "model": "csv", "cloud_link_id": link,
        "settings": { "import_data_type": "contact_data" },
        "csv_schema": {
            "schema": schema,
            "sample": { "file_name": "beispiel.csv", "encoding": "utf8", "text": FILE },
        },
    })
}

/// The client's line about `file`, once it filed it away (or gave up moving it).
fn filed(lines: &mpsc::Receiver<String>, file: &str) -> String {
    let prefix = format!("stderr: injixo-cloud-link: {file} ");
    next_line(lines, Duration::from_secs(30), file, |line| {
        (line.starts_with(&prefix) && line.contains("moved to")).then(|| line.to_string())
    })
}

/// Writes `text` as `name` at once: under another name first, then renamed, as an
/// export tool should (the half-written case is `watch_tests`').
fn drop_file(inbox: &Path, name: &str, text: &str) {
    let part = inbox.join(format!("{name}.part"));
    std::fs::write(&part, text).unwrap();
    std::fs::rename(part, inbox.join(name)).unwrap();
}

fn imports(api: &Api, id: &str) -> Vec<Value> {
    let (status, list) = api.get(&format!("/integrations/{id}/csv-imports"));
    assert_eq!(status, 200, "{list}");
    list["items"].as_array().unwrap().clone()
}

#[test]
fn the_stand_in_sends_the_files_of_its_import_folder() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let api = Api::new(backend(&rt, Vec::new()));
    let dir = tempfile::tempdir().unwrap();
    let inbox = dir.path().join("inbox");
    let watch = ["--poll-secs", "1", "--watch-dir", inbox.to_str().unwrap()];
    let (client, lines) = start(&api.base, dir.path(), &watch);
    // The PIN (standard output) and the folder's note (standard error), in
    // whichever order they come: the folder exists once the note is out.
    let (mut pin, mut watching) = (None, false);
    next_line(&lines, Duration::from_secs(30), "PIN and folder", |line| {
        if let Some(rest) = line.strip_prefix(PIN_LINE) {
            pin = rest.get(..6).map(String::from);
        }
        watching |= line.contains("injixo-cloud-link: watching ");
        (watching && pin.is_some()).then_some(())
    });
    let pin = pin.unwrap();

    // Not linked yet: the file waits in the folder.
    drop_file(&inbox, "early.csv", FILE);
    next_line(&lines, Duration::from_secs(30), "waiting note", |l| {
        l.contains("1 file(s) wait: no CSV integration is linked")
            .then_some(())
    });
    assert!(inbox.join("early.csv").is_file());

    let (status, link) = api.post("/cloud-link/claims", &json!({ "pin": pin }));
    assert_eq!(status, 201, "{link}");
    let (status, created) = api.post(
        "/integrations",
        &create_csv("Zentrale", link["id"].as_str().unwrap()),
    );
    assert_eq!(status, 201, "{created}");
    let id = created["id"].as_str().unwrap();

    let line = filed(&lines, "early.csv");
    assert!(
        line.ends_with("(Zentrale): applied: 2 lines imported; moved to done/"),
        "{line}"
    );
    assert!(inbox.join("done/early.csv").is_file());
    assert!(!inbox.join("early.csv").exists());
    let listed = imports(&api, id);
    assert_eq!(listed.len(), 1);
    assert_eq!(
        (
            &listed[0]["file_name"],
            &listed[0]["state"],
            &listed[0]["source"]
        ),
        (&json!("early.csv"), &json!("applied"), &json!("cloud_link"))
    );

    // A broken file: rejected, listed with its problem, moved to failed/.
    drop_file(&inbox, "broken.txt", &FILE.replace("08:05", "8 Uhr"));
    let line = filed(&lines, "broken.txt");
    assert!(line.contains("rejected: 1 problem(s), first"), "{line}");
    assert!(line.ends_with("in line 3; moved to failed/"), "{line}");
    assert!(inbox.join("failed/broken.txt").is_file());
    // The same content as the first, under another name: not imported twice.
    drop_file(&inbox, "copy.csv", FILE);
    let line = filed(&lines, "copy.csv");
    assert!(line.contains("imported before"), "{line}");
    assert!(inbox.join("done/copy.csv").is_file());

    let listed = imports(&api, id);
    let states: Vec<(&Value, &Value)> = listed
        .iter()
        .map(|i| (&i["file_name"], &i["state"]))
        .collect();
    assert_eq!(
        states,
        [
            (&json!("broken.txt"), &json!("rejected")),
            (&json!("early.csv"), &json!("applied")),
        ]
    );
    let (_, integration) = api.get(&format!("/integrations/{id}"));
    assert!(integration["last_import_at"].is_string(), "{integration}");
    drop(client);
}
