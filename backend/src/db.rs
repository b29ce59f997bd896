//! SQLite storage. One connection behind a mutex is plenty for a reference backend;
//! every statement is short and nothing awaits while holding it.
//!
//! This module opens the database and owns the schema (all migrations, in order);
//! each submodule holds the statements of one concern. They are re-exported flat,
//! so callers write `db::get_integration` without knowing which file it lives in.

use rusqlite::Connection;
use std::path::Path;

mod cloud_jobs;
mod cloud_links;
mod cloud_pins;
mod csv;
mod idempotency;
mod integrations;
mod manage;
mod sessions;
pub use cloud_jobs::*;
pub use cloud_links::*;
pub use cloud_pins::*;
pub use csv::*;
pub use idempotency::*;
pub use integrations::*;
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
    r#"
-- injixo Cloud Link. A client registers and gets a token (only its SHA-256, hex, is
-- kept) and PINs; an admin claims a PIN, which makes a link; saving an on-premise
-- integration binds the link to it (one integration per link). Deleting the
-- integration deletes its link, and the client then asks for a new PIN.
CREATE TABLE cloud_link_clients (
    id            TEXT PRIMARY KEY,
    token_hash    TEXT NOT NULL UNIQUE,
    host          TEXT NOT NULL,
    version       TEXT NOT NULL,
    os            TEXT NOT NULL,
    time_zone     TEXT NOT NULL,
    flavor        TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    last_seen_at  TEXT NOT NULL
);
-- A PIN is kept as SHA-256(salt || PIN), hex; a claim compares against every live
-- PIN in constant time. Claimed PINs stay (with `claimed_at`) so a reuse is refused.
CREATE TABLE cloud_link_pins (
    client_id  TEXT NOT NULL REFERENCES cloud_link_clients(id) ON DELETE CASCADE,
    salt       TEXT NOT NULL,
    hash       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    claimed_at TEXT
);
CREATE INDEX cloud_link_pins_client ON cloud_link_pins (client_id);
CREATE TABLE cloud_links (
    id             TEXT PRIMARY KEY,
    client_id      TEXT NOT NULL REFERENCES cloud_link_clients(id) ON DELETE CASCADE,
    integration_id TEXT UNIQUE REFERENCES integrations(id) ON DELETE CASCADE,
    linked_at      TEXT NOT NULL
);
CREATE INDEX cloud_links_client ON cloud_links (client_id);
-- Wrong PINs per scope (`integration:<id>` or `new`): how many since
-- `first_wrong_at`, and the end of a cool-down.
CREATE TABLE cloud_link_pin_attempts (
    scope          TEXT PRIMARY KEY,
    wrong          INTEGER NOT NULL,
    first_wrong_at TEXT NOT NULL,
    locked_until   TEXT
);
-- Work handed to a client. `kind` may hold a database password (the client needs
-- it), so a job is deleted as soon as the server has its result or stops waiting.
CREATE TABLE cloud_link_jobs (
    id         TEXT PRIMARY KEY,
    client_id  TEXT NOT NULL REFERENCES cloud_link_clients(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    taken_at   TEXT,
    result     TEXT,
    done_at    TEXT
);
CREATE INDEX cloud_link_jobs_client ON cloud_link_jobs (client_id, created_at);
"#,
    r#"
-- The CSV integration. Its schema (the CSV engine's JSON with the sample text, up
-- to 1 MiB, or an SQL mapping) is kept apart from `integrations`, so that listing
-- integrations never reads it.
CREATE TABLE csv_schemas (
    integration_id TEXT PRIMARY KEY REFERENCES integrations(id) ON DELETE CASCADE,
    schema         TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
-- Historical data imports: the analysis as shown, the schema it was made with
-- (applying writes with that one, even if the schema was edited meanwhile), the
-- file while the import can still be applied, its SHA-256 (hex; injixo Cloud Link
-- does not import a file twice) and how many records applying wrote.
CREATE TABLE csv_imports (
    id             TEXT PRIMARY KEY,
    integration_id TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,
    file_name      TEXT NOT NULL,
    source         TEXT NOT NULL,
    state          TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    analysis       TEXT NOT NULL,
    schema         TEXT NOT NULL,
    file           BLOB,
    checksum       TEXT NOT NULL,
    written        INTEGER
);
CREATE INDEX csv_imports_integration ON csv_imports (integration_id, created_at);
-- At most one open import per integration: uploads from several windows at once
-- cannot both wait for Apply data.
CREATE UNIQUE INDEX csv_imports_open ON csv_imports (integration_id)
    WHERE state IN ('analyzed', 'writing');
"#,
];

/// Opens (creating it when missing) and migrates the database file at `path`.
pub fn open(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open(path)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    init(conn)
}

/// A fresh, migrated database that lives as long as the connection (tests).
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

#[cfg(test)]
mod tests;
