//! The `verify` job: can the client reach the system the settings describe? The
//! stand-in's only system is its local SQLite database, which it opens read-only;
//! database names, hosts and users in the settings are accepted as they are, except
//! for fixtures that let tests and demos drive the failures:
//!
//! | setting | outcome |
//! |---|---|
//! | a host field (`db_host`, `host`, `…_host`) `unreachable` (or `unreachable.…`) | `connection_failed`, the driver's "cannot reach the host" words for the `db_type` |
//! | a password field (`db_password`, `password`, `…_password`) exactly `invalid-api-key` | `connection_failed`, authentication failed |
//! | anything else | `verified` with the client's time zone, if the local database opens |

use injixo_contract::{FieldValue, JobResult};
use std::collections::BTreeMap;
use std::path::Path;

/// A host with this first label cannot be reached.
pub const UNREACHABLE_HOST: &str = "unreachable";
/// A password with this value is refused (the backend's fixture for secrets).
pub const INVALID_PASSWORD: &str = "invalid-api-key";

fn text<'a>(settings: &'a BTreeMap<String, FieldValue>, key: &str) -> Option<&'a str> {
    settings.get(key).and_then(FieldValue::as_text)
}

fn find<'a>(settings: &'a BTreeMap<String, FieldValue>, suffix: &str) -> Option<&'a str> {
    settings
        .iter()
        .find(|(k, _)| *k == suffix || k.ends_with(&format!("_{suffix}")))
        .and_then(|(_, v)| v.as_text())
}

/// Verifies `settings` with the local database at `database`, in `time_zone`.
pub fn verify(
    settings: &BTreeMap<String, FieldValue>,
    database: &Path,
    time_zone: &str,
) -> JobResult {
    let failed = |message: String| JobResult::ConnectionFailed { message };
    let db_type = text(settings, "db_type").unwrap_or("");
    let port = settings.get("db_port").map(|p| match p {
        FieldValue::Number(n) => n.to_string(),
        FieldValue::Text(t) => t.clone(),
        FieldValue::Bool(_) => String::new(),
    });
    if let Some(host) = find(settings, "host") {
        if host.split('.').next() == Some(UNREACHABLE_HOST) {
            return failed(unreachable_message(db_type, host, port.as_deref()));
        }
    }
    if find(settings, "password") == Some(INVALID_PASSWORD) {
        let user = find(settings, "username").unwrap_or("injixo");
        return failed(match db_type {
            "mssql" => format!("Login failed for user '{user}'. (18456)"),
            "mysql" => {
                format!("Access denied for user '{user}'@'cloud-link' (using password: YES)")
            }
            _ => format!("FATAL: password authentication failed for user \"{user}\""),
        });
    }
    match crate::query::open_read_only(database).and_then(|c| {
        c.query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })
    }) {
        Ok(_) => JobResult::Verified {
            time_zone: time_zone.to_string(),
        },
        Err(e) => failed(format!(
            "unable to open database file {}: {e}",
            database.display()
        )),
    }
}

fn unreachable_message(db_type: &str, host: &str, port: Option<&str>) -> String {
    match db_type {
        "mssql" => format!(
            "TCP Provider: No such host is known. Login timeout expired (server {host}{})",
            port.map(|p| format!(",{p}")).unwrap_or_default()
        ),
        "mysql" => format!(
            "Can't connect to MySQL server on '{host}:{}' (111 \"Connection refused\")",
            port.unwrap_or("3306")
        ),
        "postgresql" => format!(
            "could not translate host name \"{host}\" to address: Name or service not known"
        ),
        _ => format!("could not connect to server \"{host}\": Connection refused"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(pairs: &[(&str, &str)]) -> BTreeMap<String, FieldValue> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), FieldValue::Text(v.to_string())))
            .collect()
    }

    #[test]
    fn fixtures_and_the_local_database() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("demo.sqlite");
        crate::demo::create(&db).unwrap();
        let ok = verify(
            &settings(&[("db_host", "db.internal")]),
            &db,
            "Europe/Berlin",
        );
        assert_eq!(
            ok,
            JobResult::Verified {
                time_zone: "Europe/Berlin".into()
            }
        );
        let down = verify(
            &settings(&[("db_type", "postgresql"), ("db_host", "unreachable")]),
            &db,
            "UTC",
        );
        let JobResult::ConnectionFailed { message } = down else {
            panic!("{down:?}")
        };
        assert!(message.contains("\"unreachable\""), "{message}");
        let refused = verify(
            &settings(&[("db_password", INVALID_PASSWORD), ("db_username", "wfm")]),
            &db,
            "UTC",
        );
        let JobResult::ConnectionFailed { message } = refused else {
            panic!()
        };
        assert!(
            message.contains("wfm") && !message.contains(INVALID_PASSWORD),
            "{message}"
        );
        let missing = verify(&settings(&[]), &dir.path().join("nope.sqlite"), "UTC");
        assert!(
            matches!(missing, JobResult::ConnectionFailed { .. }),
            "{missing:?}"
        );
    }
}
