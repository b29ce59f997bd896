//! Remembered responses of `Idempotency-Key` requests (the `idempotency` table).

use rusqlite::{params, Connection};

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

/// Remembers the response of a claimed key's request, for replays.
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
