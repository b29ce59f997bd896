//! Admin sessions. Times are the API's RFC 3339 strings, which sort like time, so
//! "expired" is a string comparison with now.

use rusqlite::{params, Connection, OptionalExtension};

/// What a session is to the handlers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionRow {
    /// Who logged in.
    pub user: String,
    /// The token the CSRF header must repeat.
    pub csrf_token: String,
}

/// Stores a new session, live until `expires_at`.
pub fn insert_session(
    conn: &Connection,
    id_hash: &str,
    row: &SessionRow,
    now: &str,
    expires_at: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO sessions (id_hash, user, csrf_token, created_at, expires_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id_hash, row.user, row.csrf_token, now, expires_at],
    )?;
    Ok(())
}

/// The live session with this id hash, its expiry moved to `expires_at` (sliding:
/// an admin at work is not logged out mid-task); `None` when unknown or expired.
pub fn touch_session(
    conn: &Connection,
    id_hash: &str,
    now: &str,
    expires_at: &str,
) -> rusqlite::Result<Option<SessionRow>> {
    conn.query_row(
        "UPDATE sessions SET expires_at = ?3 WHERE id_hash = ?1 AND expires_at > ?2
         RETURNING user, csrf_token",
        params![id_hash, now, expires_at],
        |r| {
            Ok(SessionRow {
                user: r.get(0)?,
                csrf_token: r.get(1)?,
            })
        },
    )
    .optional()
}

/// Forgets a session (logging out); an unknown one is no error.
pub fn delete_session(conn: &Connection, id_hash: &str) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM sessions WHERE id_hash = ?1", [id_hash])?;
    Ok(())
}

/// Makes every live session expire now (the test hook); returns how many.
pub fn expire_sessions(conn: &Connection, now: &str) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE sessions SET expires_at = ?1 WHERE expires_at > ?1",
        [now],
    )
}

/// Deletes sessions whose time is up.
pub fn purge_expired_sessions(conn: &Connection, now: &str) -> rusqlite::Result<usize> {
    conn.execute("DELETE FROM sessions WHERE expires_at <= ?1", [now])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_slide_expire_and_are_purged() {
        let conn = crate::db::open_in_memory().unwrap();
        let row = SessionRow {
            user: "ada".into(),
            csrf_token: "t".into(),
        };
        let (t0, t1, t2, t3) = (
            "2025-01-31T09:00:00Z",
            "2025-01-31T10:00:00Z",
            "2025-01-31T11:00:00Z",
            "2025-01-31T12:00:00Z",
        );
        insert_session(&conn, "h", &row, t0, t1).unwrap();
        // Used before its expiry: alive, and now good until t3.
        assert_eq!(touch_session(&conn, "h", t0, t3).unwrap(), Some(row));
        assert!(touch_session(&conn, "h", t2, t3).unwrap().is_some());
        assert_eq!(touch_session(&conn, "other", t0, t3).unwrap(), None);
        assert_eq!(expire_sessions(&conn, t2).unwrap(), 1);
        assert_eq!(touch_session(&conn, "h", t2, t3).unwrap(), None);
        assert_eq!(purge_expired_sessions(&conn, t2).unwrap(), 1);
        insert_session(
            &conn,
            "g",
            &SessionRow {
                user: "b".into(),
                csrf_token: "u".into(),
            },
            t0,
            t1,
        )
        .unwrap();
        delete_session(&conn, "g").unwrap();
        assert_eq!(touch_session(&conn, "g", t0, t3).unwrap(), None);
    }
}
