//! injixo Cloud Link PINs (salted hashes) and the wrong-PIN counters per scope. The
//! rules (how long a PIN lives, when claims cool down) are `cloud_link::pins`'.

use rusqlite::{params, Connection, OptionalExtension};

/// Gives the client a new PIN (salted hash); its unclaimed PINs stop working.
pub fn replace_pin(
    conn: &Connection,
    client_id: &str,
    salt: &str,
    hash: &str,
    now: &str,
    expires_at: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM cloud_link_pins WHERE client_id = ?1 AND claimed_at IS NULL",
        [client_id],
    )?;
    conn.execute(
        "INSERT INTO cloud_link_pins (client_id, salt, hash, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![client_id, salt, hash, now, expires_at],
    )?;
    Ok(())
}

/// A PIN that can still be claimed.
#[derive(Clone, Debug)]
pub struct LivePin {
    /// Its row, for `mark_pin_claimed`.
    pub rowid: i64,
    /// The client that printed it.
    pub client_id: String,
    /// The salt of `hash`.
    pub salt: String,
    /// SHA-256 (hex) of salt and PIN.
    pub hash: String,
}

/// Every unclaimed PIN that has not expired at `now`.
pub fn live_pins(conn: &Connection, now: &str) -> rusqlite::Result<Vec<LivePin>> {
    let mut stmt = conn.prepare_cached(
        "SELECT rowid, client_id, salt, hash FROM cloud_link_pins
         WHERE claimed_at IS NULL AND expires_at > ?1",
    )?;
    let rows = stmt.query_map([now], |r| {
        Ok(LivePin {
            rowid: r.get(0)?,
            client_id: r.get(1)?,
            salt: r.get(2)?,
            hash: r.get(3)?,
        })
    })?;
    rows.collect()
}

/// Marks a PIN as used.
pub fn mark_pin_claimed(conn: &Connection, rowid: i64, now: &str) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE cloud_link_pins SET claimed_at = ?2 WHERE rowid = ?1",
        params![rowid, now],
    )?;
    Ok(())
}

/// Deletes unclaimed PINs that expired before `now` (claimed ones are kept while
/// their client exists, so a reuse is recognised).
pub fn purge_expired_pins(conn: &Connection, now: &str) -> rusqlite::Result<usize> {
    conn.execute(
        "DELETE FROM cloud_link_pins WHERE claimed_at IS NULL AND expires_at <= ?1",
        [now],
    )
}

/// Wrong PINs of one scope.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PinAttempts {
    /// Wrong PINs since `first_wrong_at`.
    pub wrong: u32,
    /// When the first of them was tried (RFC 3339); empty when `wrong` is 0.
    pub first_wrong_at: String,
    /// Claims are refused until then (RFC 3339).
    pub locked_until: Option<String>,
}

/// The wrong-PIN record of a scope (all zero when there is none).
pub fn pin_attempts(conn: &Connection, scope: &str) -> rusqlite::Result<PinAttempts> {
    conn.query_row(
        "SELECT wrong, first_wrong_at, locked_until FROM cloud_link_pin_attempts WHERE scope = ?1",
        [scope],
        |r| {
            Ok(PinAttempts {
                wrong: r.get(0)?,
                first_wrong_at: r.get(1)?,
                locked_until: r.get(2)?,
            })
        },
    )
    .optional()
    .map(Option::unwrap_or_default)
}

/// Stores the wrong-PIN record of a scope.
pub fn set_pin_attempts(conn: &Connection, scope: &str, a: &PinAttempts) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO cloud_link_pin_attempts (scope, wrong, first_wrong_at, locked_until)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (scope) DO UPDATE SET wrong = excluded.wrong,
             first_wrong_at = excluded.first_wrong_at, locked_until = excluded.locked_until",
        params![scope, a.wrong, a.first_wrong_at, a.locked_until],
    )?;
    Ok(())
}
