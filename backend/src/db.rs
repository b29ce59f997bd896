//! SQLite storage. One connection behind a mutex is plenty for a reference backend;
//! every statement is short and nothing awaits while holding it.

use injixo_contract::{AppKeyInfo, FieldValue, Integration, IntegrationStatus, SecretInfo};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::BTreeMap;
use std::path::Path;

mod manage;
mod sessions;
pub use manage::*;
pub use sessions::*;

/// Each entry upgrades the schema by one version (`PRAGMA user_version`).
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE integrations (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    name_key       TEXT NOT NULL UNIQUE,
    model          TEXT NOT NULL,
    vendor         TEXT NOT NULL,
    status         TEXT NOT NULL,
    settings       TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    last_import_at TEXT
);
-- Vendor secrets are kept because importing needs them; they are never read back
-- into a response (only last4 is).
CREATE TABLE integration_secrets (
    integration_id TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    field          TEXT NOT NULL,
    value          TEXT NOT NULL,
    last4          TEXT NOT NULL,
    PRIMARY KEY (integration_id, field)
);
CREATE TABLE idempotency (
    key         TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    status      INTEGER,
    body        TEXT,
    created_at  TEXT NOT NULL
);
"#,
    r#"
-- The injixo API key of the vendor-side injixo app: only its SHA-256 (hex) is kept,
-- the key itself is shown once and then gone. The key has 240 random bits, so a
-- fast hash is enough; the unique index finds the integration of a presented key.
ALTER TABLE integrations ADD COLUMN app_key_hash TEXT;
ALTER TABLE integrations ADD COLUMN app_key_last4 TEXT;
ALTER TABLE integrations ADD COLUMN app_key_created_at TEXT;
ALTER TABLE integrations ADD COLUMN app_key_last_used_at TEXT;
-- When the injixo app last delivered events (the `app_silent` hint).
ALTER TABLE integrations ADD COLUMN last_event_at TEXT;
CREATE UNIQUE INDEX integrations_app_key_hash ON integrations (app_key_hash);
-- Idempotency keys are now scoped by endpoint ("POST <path> <key>"); the only
-- endpoint before was create. Replays that hold a secret (app-key) expire.
UPDATE idempotency SET key = 'POST /api/v1/integrations ' || key;
ALTER TABLE idempotency ADD COLUMN expires_at TEXT;
"#,
    r#"
-- The integration configuration ID that senders to the injixo API quote: a
-- per-account integer, given to existing integrations in creation order.
ALTER TABLE integrations ADD COLUMN configuration_id INTEGER;
UPDATE integrations SET configuration_id = (
    SELECT COUNT(*) FROM integrations AS earlier
    WHERE earlier.created_at < integrations.created_at
       OR (earlier.created_at = integrations.created_at AND earlier.rowid <= integrations.rowid)
);
CREATE UNIQUE INDEX integrations_configuration_id ON integrations (configuration_id);
-- The last ID handed out, kept apart from the rows: deleting the newest integration
-- must not make its ID the next one (API senders may still quote it).
CREATE TABLE sequences (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO sequences (name, value)
    SELECT 'configuration_id', COALESCE(MAX(configuration_id), 0) FROM integrations;
-- The status a paused integration had before it was paused.
ALTER TABLE integrations ADD COLUMN paused_from TEXT;
"#,
    r#"
-- Admin sessions (`/api/v1/session`). Only the SHA-256 (hex) of the session id is
-- kept, as for injixo API keys: a copy of the database logs no one in. The CSRF
-- token is kept as it is, because `GET /session` returns it again.
CREATE TABLE sessions (
    id_hash    TEXT PRIMARY KEY,
    user       TEXT NOT NULL,
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_expires_at ON sessions (expires_at);
"#,
];

pub fn open(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open(path)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    init(conn)
}

pub fn open_in_memory() -> rusqlite::Result<Connection> {
    init(Connection::open_in_memory()?)
}

fn init(mut conn: Connection) -> rusqlite::Result<Connection> {
    conn.pragma_update(None, "foreign_keys", true)?;
    // Deleted rows are overwritten, not left in free pages: expired app-key replays
    // hold a plaintext key.
    conn.pragma_update(None, "secure_delete", true)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    let version: usize = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i + 1)?;
        tx.commit()?;
    }
    Ok(conn)
}

/// What `insert_integration` stores.
pub struct NewIntegration<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub name_key: &'a str,
    pub model: &'a str,
    pub vendor: &'a str,
    pub status: IntegrationStatus,
    pub settings: &'a BTreeMap<String, FieldValue>,
    pub secrets: &'a BTreeMap<String, String>,
    pub now: &'a str,
}

pub fn name_taken(conn: &Connection, name_key: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT 1 FROM integrations WHERE name_key = ?1",
        [name_key],
        |_| Ok(()),
    )
    .optional()
    .map(|r| r.is_some())
}

/// Inserts the integration and its secrets in one transaction. Returns `Ok(false)`
/// when the name is taken (the unique index decides, so concurrent creates are safe).
pub fn insert_integration(conn: &mut Connection, new: &NewIntegration) -> rusqlite::Result<bool> {
    let tx = conn.transaction()?;
    let settings = serde_json::to_string(new.settings).expect("settings serialize");
    // Rolled back with the insert when the name is taken, so no ID is used up.
    let configuration_id: i64 = tx.query_row(
        "UPDATE sequences SET value = value + 1 WHERE name = 'configuration_id' RETURNING value",
        [],
        |r| r.get(0),
    )?;
    let inserted = tx.execute(
        "INSERT INTO integrations (id, name, name_key, model, vendor, status, settings, created_at, updated_at, configuration_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)",
        params![new.id, new.name, new.name_key, new.model, new.vendor, new.status.as_str(), settings, new.now, configuration_id],
    );
    match inserted {
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            return Ok(false)
        }
        other => other?,
    };
    for (field, value) in new.secrets {
        tx.execute(
            "INSERT INTO integration_secrets (integration_id, field, value, last4) VALUES (?1, ?2, ?3, ?4)",
            params![new.id, field, value, injixo_contract::rules::last4(value)],
        )?;
    }
    tx.commit()?;
    Ok(true)
}

const SELECT: &str =
    "SELECT id, name, model, vendor, status, settings, created_at, updated_at, last_import_at,
    app_key_last4, app_key_created_at, app_key_last_used_at, last_event_at, configuration_id
    FROM integrations";

/// An integration as stored: what the API returns, minus what only the server
/// computes (`hints`), plus what it computes them from.
#[derive(Debug)]
pub struct Stored {
    pub integration: Integration,
    pub last_event_at: Option<String>,
}

fn row_to_stored(row: &rusqlite::Row) -> rusqlite::Result<Stored> {
    let status: String = row.get(4)?;
    let settings: String = row.get(5)?;
    let app_key = match (row.get::<_, Option<String>>(9)?, row.get(10)?) {
        (Some(last4), Some(created_at)) => Some(AppKeyInfo {
            last4,
            created_at,
            last_used_at: row.get(11)?,
        }),
        _ => None,
    };
    Ok(Stored {
        integration: Integration {
            id: row.get(0)?,
            configuration_id: row.get(13)?,
            name: row.get(1)?,
            model: row.get(2)?,
            vendor: row.get(3)?,
            status: IntegrationStatus::parse(&status).unwrap_or(IntegrationStatus::ProblemDetected),
            settings: serde_json::from_str(&settings).unwrap_or_default(),
            created_at: row.get(6)?,
            updated_at: row.get(7)?,
            last_import_at: row.get(8)?,
            secrets: BTreeMap::new(),
            app_key,
            hints: Vec::new(),
        },
        last_event_at: row.get(12)?,
    })
}

fn with_secrets(conn: &Connection, mut s: Stored) -> rusqlite::Result<Stored> {
    let mut stmt = conn.prepare_cached(
        "SELECT field, last4 FROM integration_secrets WHERE integration_id = ?1 ORDER BY field",
    )?;
    let i = &mut s.integration;
    let rows = stmt.query_map([&i.id], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))?;
    for row in rows {
        let (field, last4) = row?;
        i.secrets.insert(field, SecretInfo { last4 });
    }
    Ok(s)
}

pub fn list_integrations(conn: &Connection) -> rusqlite::Result<Vec<Stored>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} ORDER BY name_key"))?;
    let items = stmt
        .query_map([], row_to_stored)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    items.into_iter().map(|i| with_secrets(conn, i)).collect()
}

pub fn get_integration(conn: &Connection, id: &str) -> rusqlite::Result<Option<Stored>> {
    let found = conn
        .query_row(&format!("{SELECT} WHERE id = ?1"), [id], row_to_stored)
        .optional()?;
    found.map(|i| with_secrets(conn, i)).transpose()
}

/// Stores a new injixo API key (its hash) for the integration, replacing any
/// earlier one, which therefore stops working at once.
pub fn set_app_key(
    conn: &Connection,
    id: &str,
    key_hash: &str,
    info: &AppKeyInfo,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE integrations SET app_key_hash = ?2, app_key_last4 = ?3, app_key_created_at = ?4,
             app_key_last_used_at = NULL, updated_at = ?4
         WHERE id = ?1",
        params![id, key_hash, info.last4, info.created_at],
    )?;
    Ok(())
}

/// Whether some integration has the key with this hash.
pub fn app_key_known(conn: &Connection, key_hash: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT 1 FROM integrations WHERE app_key_hash = ?1",
        [key_hash],
        |_| Ok(()),
    )
    .optional()
    .map(|r| r.is_some())
}

/// Records that the injixo app holding the key with this hash delivered events:
/// stamps the import and the key's use, and makes a waiting or failing integration
/// operational (a paused one stays paused). Returns the integration's id, or `None`
/// when no integration has this key.
pub fn record_events(
    conn: &Connection,
    key_hash: &str,
    now: &str,
) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "UPDATE integrations SET last_import_at = ?2, last_event_at = ?2, app_key_last_used_at = ?2,
             status = CASE WHEN status IN ('connecting', 'importing', 'problem_detected')
                           THEN 'operational' ELSE status END
         WHERE app_key_hash = ?1
         RETURNING id",
        params![key_hash, now],
        |r| r.get(0),
    )
    .optional()
}

/// The outcome of claiming an Idempotency-Key.
#[derive(Debug, PartialEq)]
pub enum Claim {
    /// First use: go ahead, then `complete_idempotency` or `release_idempotency`.
    Fresh,
    /// Done before with the same body: replay this status and body.
    Replay(u16, String),
    /// Used before with a different body.
    Mismatch,
    /// The first request with this key has not finished.
    InProgress,
}

/// Claims `key` (already scoped to its endpoint) for a request with this body
/// fingerprint. With `expires_at` the stored response is forgotten at that time.
pub fn claim_idempotency(
    conn: &Connection,
    key: &str,
    fingerprint: &str,
    now: &str,
    expires_at: Option<&str>,
) -> rusqlite::Result<Claim> {
    purge_expired_idempotency(conn, now)?;
    let inserted = conn.execute(
        "INSERT OR IGNORE INTO idempotency (key, fingerprint, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4)",
        params![key, fingerprint, now, expires_at],
    )?;
    if inserted == 1 {
        return Ok(Claim::Fresh);
    }
    let (fp, status, body): (String, Option<u16>, Option<String>) = conn.query_row(
        "SELECT fingerprint, status, body FROM idempotency WHERE key = ?1",
        [key],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    Ok(match (fp == fingerprint, status, body) {
        (false, _, _) => Claim::Mismatch,
        (true, Some(s), Some(b)) => Claim::Replay(s, b),
        _ => Claim::InProgress,
    })
}

pub fn complete_idempotency(
    conn: &Connection,
    key: &str,
    status: u16,
    body: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE idempotency SET status = ?2, body = ?3 WHERE key = ?1",
        params![key, status, body],
    )?;
    Ok(())
}

/// Forgets a key whose request failed, so the same request may be sent again.
pub fn release_idempotency(conn: &Connection, key: &str) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM idempotency WHERE key = ?1", [key])?;
    Ok(())
}

/// Deletes remembered responses whose time is up (`now` in the API's RFC 3339 shape,
/// which sorts like time).
pub fn purge_expired_idempotency(conn: &Connection, now: &str) -> rusqlite::Result<usize> {
    conn.execute(
        "DELETE FROM idempotency WHERE expires_at IS NOT NULL AND expires_at <= ?1",
        [now],
    )
}

#[cfg(test)]
mod tests;
