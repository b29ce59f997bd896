//! Jobs for injixo Cloud Link clients (`cloud_link_jobs`): queued by the server,
//! taken by the client's long poll, answered by its result. The server deletes a job
//! once it has the result or stops waiting, so no job (which may hold a database
//! password) outlives the request that needed it.

use rusqlite::{params, Connection, OptionalExtension};

/// Queues a job (`kind`: the job's JSON) for the client.
pub fn insert_job(
    conn: &Connection,
    id: &str,
    client_id: &str,
    kind: &str,
    now: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO cloud_link_jobs (id, client_id, kind, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![id, client_id, kind, now],
    )?;
    Ok(())
}

/// Hands the client its oldest job not yet taken: `(id, kind JSON)`.
pub fn take_job(
    conn: &Connection,
    client_id: &str,
    now: &str,
) -> rusqlite::Result<Option<(String, String)>> {
    conn.query_row(
        "UPDATE cloud_link_jobs SET taken_at = ?2
         WHERE rowid = (SELECT rowid FROM cloud_link_jobs
                        WHERE client_id = ?1 AND taken_at IS NULL ORDER BY rowid LIMIT 1)
         RETURNING id, kind",
        params![client_id, now],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
}

/// Stores the client's result of one of its jobs. `false` when the client has no
/// such job (never had, or the server stopped waiting and deleted it) or already
/// answered it.
pub fn finish_job(
    conn: &Connection,
    client_id: &str,
    id: &str,
    result: &str,
    now: &str,
) -> rusqlite::Result<bool> {
    let changed = conn.execute(
        "UPDATE cloud_link_jobs SET result = ?3, done_at = ?4
         WHERE id = ?1 AND client_id = ?2 AND result IS NULL",
        params![id, client_id, result, now],
    )?;
    Ok(changed == 1)
}

/// The result (JSON) of a job, once the client sent it.
pub fn job_result(conn: &Connection, id: &str) -> rusqlite::Result<Option<String>> {
    let found: Option<Option<String>> = conn
        .query_row(
            "SELECT result FROM cloud_link_jobs WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(found.flatten())
}

/// Forgets a job.
pub fn delete_job(conn: &Connection, id: &str) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM cloud_link_jobs WHERE id = ?1", [id])?;
    Ok(())
}
