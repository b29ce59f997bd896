//! Saved integrations: creating, reading and the injixo API key columns (the
//! `integrations` and `integration_secrets` tables). Changing and deleting them is
//! in `manage`.

use injixo_contract::{AppKeyInfo, FieldValue, Integration, IntegrationStatus, SecretInfo};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::BTreeMap;

/// What `insert_integration` stores.
pub struct NewIntegration<'a> {
    /// The new integration's id.
    pub id: &'a str,
    /// The name as the admin wrote it (normalized).
    pub name: &'a str,
    /// The name as names are compared (`rules::name_key`), unique.
    pub name_key: &'a str,
    /// The catalogue model's id.
    pub model: &'a str,
    /// The model's vendor id.
    pub vendor: &'a str,
    /// The status it starts in.
    pub status: IntegrationStatus,
    /// All non-secret settings.
    pub settings: &'a BTreeMap<String, FieldValue>,
    /// The secret settings, by field id.
    pub secrets: &'a BTreeMap<String, String>,
    /// Its creation time (RFC 3339).
    pub now: &'a str,
}

/// Whether some integration has this name key.
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
    app_key_last4, app_key_created_at, app_key_last_used_at, last_event_at, configuration_id,
    name_key
    FROM integrations";

/// An integration as stored: what the API returns, minus what only the server
/// computes (`hints`), plus what it computes them from.
#[derive(Debug)]
pub struct Stored {
    /// Everything but `hints`, which stay empty.
    pub integration: Integration,
    /// When the injixo app (or the customer's application) last delivered data (the
    /// `app_silent` hint).
    pub last_event_at: Option<String>,
    /// The injixo Cloud Link that serves it (on-premise models), whose heartbeats
    /// decide its status.
    pub cloud_link: Option<super::LinkRow>,
    /// The name as names are compared: the list's sort key, which page cursors
    /// carry.
    pub name_key: String,
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
            cloud_link: None,
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
        cloud_link: None,
        name_key: row.get(14)?,
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
    s.cloud_link = super::link_of_integration(conn, &s.integration.id)?;
    Ok(s)
}

/// Every integration, by name key.
pub fn list_integrations(conn: &Connection) -> rusqlite::Result<Vec<Stored>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} ORDER BY name_key"))?;
    let items = stmt
        .query_map([], row_to_stored)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    items.into_iter().map(|i| with_secrets(conn, i)).collect()
}

/// One page of the list: at most `limit` integrations whose name key sorts after
/// `after` (from the start without), in the order of `list_integrations`, and
/// whether more follow. Keyset, not offset: a page starts after the last row shown,
/// so integrations created or deleted meanwhile neither repeat nor skip a row.
pub fn list_page(
    conn: &Connection,
    after: Option<&str>,
    limit: u32,
) -> rusqlite::Result<(Vec<Stored>, bool)> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SELECT} WHERE name_key > ?1 ORDER BY name_key LIMIT ?2"
    ))?;
    // Names are never empty, so every name key sorts after "": the first page.
    let after = after.unwrap_or("");
    // One row more than asked for tells whether there is a next page, so the last
    // page never hands out a cursor to an empty one.
    let mut items = stmt
        .query_map(params![after, i64::from(limit) + 1], row_to_stored)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let more = items.len() > limit as usize;
    items.truncate(limit as usize);
    let items = items
        .into_iter()
        .map(|i| with_secrets(conn, i))
        .collect::<rusqlite::Result<_>>()?;
    Ok((items, more))
}

/// How many integrations the account has (also the first paint of the overview,
/// which shows as many rows, or the empty state).
pub fn count_integrations(conn: &Connection) -> rusqlite::Result<u64> {
    conn.query_row("SELECT COUNT(*) FROM integrations", [], |r| r.get(0))
}

/// The integration with this id, if any.
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

/// The `configuration_id` of the integration that has the key with this hash, if
/// any has.
pub fn app_key_configuration_id(
    conn: &Connection,
    key_hash: &str,
) -> rusqlite::Result<Option<u64>> {
    conn.query_row(
        "SELECT configuration_id FROM integrations WHERE app_key_hash = ?1",
        [key_hash],
        |r| r.get(0),
    )
    .optional()
}

/// Records that the holder of the key with this hash delivered data (contact events
/// or agent statuses): stamps the import and the key's use, and makes a waiting or
/// failing integration operational (a paused one stays paused). Returns the
/// integration's id, or `None` when no integration has this key.
pub fn record_delivery(
    conn: &Connection,
    key_hash: &str,
    now: &str,
) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        &format!(
            "UPDATE integrations SET last_import_at = ?2, last_event_at = ?2, app_key_last_used_at = ?2,
                 status = {STATUS_AFTER_DELIVERY}
             WHERE app_key_hash = ?1
             RETURNING id"
        ),
        params![key_hash, now],
        |r| r.get(0),
    )
    .optional()
}

/// A delivery makes a waiting or failing integration operational; a paused one
/// stays paused.
const STATUS_AFTER_DELIVERY: &str =
    "CASE WHEN status IN ('connecting', 'importing', 'problem_detected') THEN 'operational' ELSE status END";

/// Records that data was imported for the integration by other means than its
/// injixo API key (a CSV file applied): its last import and status change as for a
/// delivery (`record_delivery`). Returns `false` when there is no such integration.
pub fn record_import(conn: &Connection, id: &str, now: &str) -> rusqlite::Result<bool> {
    let changed = conn.execute(
        &format!(
            "UPDATE integrations SET last_import_at = ?2, status = {STATUS_AFTER_DELIVERY} WHERE id = ?1"
        ),
        params![id, now],
    )?;
    Ok(changed == 1)
}
