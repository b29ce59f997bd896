//! Changing and deleting saved integrations.

use injixo_contract::{FieldValue, IntegrationStatus};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::BTreeMap;

/// Whether an integration other than `id` has this name key.
pub fn name_taken_by_other(conn: &Connection, name_key: &str, id: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT 1 FROM integrations WHERE name_key = ?1 AND id <> ?2",
        [name_key, id],
        |_| Ok(()),
    )
    .optional()
    .map(|r| r.is_some())
}

/// The stored secrets of an integration, by field id. Only for re-verifying the
/// credentials of a changed integration; never put into a response.
pub fn secret_values(conn: &Connection, id: &str) -> rusqlite::Result<BTreeMap<String, String>> {
    let mut stmt = conn
        .prepare_cached("SELECT field, value FROM integration_secrets WHERE integration_id = ?1")?;
    let rows = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// What `update_integration` writes: the whole new configuration.
pub struct Update<'a> {
    /// New name and its key, when renamed.
    pub name: Option<(&'a str, &'a str)>,
    /// All non-secret settings.
    pub settings: &'a BTreeMap<String, FieldValue>,
    /// Only the secrets that were replaced.
    pub new_secrets: &'a BTreeMap<String, String>,
    /// Secrets of fields that the change hides, deleted.
    pub dropped_secrets: &'a [String],
    /// The status after the change.
    pub status: IntegrationStatus,
    /// When it changed (RFC 3339).
    pub now: &'a str,
}

/// Why `update_integration` wrote nothing.
#[derive(Debug, PartialEq, Eq)]
pub enum NotUpdated {
    /// Another integration has the new name.
    NameTaken,
    /// There is no integration with this id (any more).
    Gone,
}

/// Writes a changed configuration in one transaction. The unique name index
/// decides a race with another rename or create.
pub fn update_integration(
    conn: &mut Connection,
    id: &str,
    u: &Update,
) -> rusqlite::Result<Result<(), NotUpdated>> {
    let tx = conn.transaction()?;
    let settings = serde_json::to_string(u.settings).expect("settings serialize");
    let updated = tx.execute(
        "UPDATE integrations SET settings = ?2, status = ?3, updated_at = ?4,
             name = COALESCE(?5, name), name_key = COALESCE(?6, name_key)
         WHERE id = ?1",
        params![
            id,
            settings,
            u.status.as_str(),
            u.now,
            u.name.map(|n| n.0),
            u.name.map(|n| n.1)
        ],
    );
    match updated {
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            return Ok(Err(NotUpdated::NameTaken))
        }
        Ok(0) => return Ok(Err(NotUpdated::Gone)),
        other => other?,
    };
    for field in u.dropped_secrets {
        tx.execute(
            "DELETE FROM integration_secrets WHERE integration_id = ?1 AND field = ?2",
            params![id, field],
        )?;
    }
    for (field, value) in u.new_secrets {
        tx.execute(
            "INSERT INTO integration_secrets (integration_id, field, value, last4) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (integration_id, field) DO UPDATE SET value = excluded.value, last4 = excluded.last4",
            params![id, field, value, injixo_contract::rules::last4(value)],
        )?;
    }
    tx.commit()?;
    Ok(Ok(()))
}

/// Pauses the import, remembering the status it had; a paused integration stays
/// as it is. Returns `false` when there is no such integration.
pub fn pause(conn: &Connection, id: &str, now: &str) -> rusqlite::Result<bool> {
    conn.execute(
        "UPDATE integrations SET paused_from = status, status = 'paused', updated_at = ?2
         WHERE id = ?1 AND status <> 'paused'",
        params![id, now],
    )?;
    exists(conn, id)
}

/// Resumes a paused import as `importing`: the data missed while paused is
/// imported again. Anything not paused stays as it is. Returns `false` when there
/// is no such integration.
pub fn resume(conn: &Connection, id: &str, now: &str) -> rusqlite::Result<bool> {
    conn.execute(
        "UPDATE integrations SET paused_from = NULL, status = 'importing', updated_at = ?2
         WHERE id = ?1 AND status = 'paused'",
        params![id, now],
    )?;
    exists(conn, id)
}

/// Sets the status directly (the test hook). Returns `false` when there is no such
/// integration.
pub fn set_status(
    conn: &Connection,
    id: &str,
    status: IntegrationStatus,
) -> rusqlite::Result<bool> {
    let changed = conn.execute(
        "UPDATE integrations SET
             paused_from = CASE WHEN ?2 <> 'paused' THEN NULL
                                WHEN status <> 'paused' THEN status ELSE paused_from END,
             status = ?2
         WHERE id = ?1",
        params![id, status.as_str()],
    )?;
    Ok(changed == 1)
}

/// The status a paused integration had before, `None` when it is not paused.
pub fn paused_from(conn: &Connection, id: &str) -> rusqlite::Result<Option<IntegrationStatus>> {
    let s: Option<Option<String>> = conn
        .query_row(
            "SELECT paused_from FROM integrations WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(s.flatten().as_deref().and_then(IntegrationStatus::parse))
}

/// Deletes the integration with its secrets and its injixo API key (which then
/// authenticates nothing), and the remembered responses of requests on it whose
/// Idempotency-Keys start with one of `replay_scopes` (an app-key replay holds the
/// key in plain text). Returns `false` when there is no such integration.
pub fn delete_integration(
    conn: &mut Connection,
    id: &str,
    replay_scopes: &[String],
) -> rusqlite::Result<bool> {
    let tx = conn.transaction()?;
    // Secrets go with the row (ON DELETE CASCADE).
    let deleted = tx.execute("DELETE FROM integrations WHERE id = ?1", [id])?;
    for scope in replay_scopes {
        tx.execute(
            "DELETE FROM idempotency WHERE substr(key, 1, length(?1)) = ?1",
            [scope],
        )?;
    }
    tx.commit()?;
    Ok(deleted == 1)
}

fn exists(conn: &Connection, id: &str) -> rusqlite::Result<bool> {
    conn.query_row("SELECT 1 FROM integrations WHERE id = ?1", [id], |_| Ok(()))
        .optional()
        .map(|r| r.is_some())
}
