//! injixo Cloud Link: clients and links (claimed PINs, later bound to an
//! integration). PINs and wrong-PIN counters are in `cloud_pins`. The rules (what a
//! claim does, when a link is connected) are `cloud_link`'s; this is storage only.

use rusqlite::{params, Connection, OptionalExtension};

/// What `insert_client` stores.
pub struct NewClient<'a> {
    /// The client's id.
    pub id: &'a str,
    /// SHA-256 (hex) of its token (`credentials::key_hash`).
    pub token_hash: &'a str,
    /// Host name of the machine it runs on.
    pub host: &'a str,
    /// Its version.
    pub version: &'a str,
    /// Its operating system.
    pub os: &'a str,
    /// Its system's IANA time zone.
    pub time_zone: &'a str,
    /// Its build (`standard`, `cisco`).
    pub flavor: &'a str,
    /// Now (RFC 3339): registered and last seen.
    pub now: &'a str,
}

/// Stores a newly registered client.
pub fn insert_client(conn: &Connection, c: &NewClient) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO cloud_link_clients
             (id, token_hash, host, version, os, time_zone, flavor, registered_at, last_seen_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            c.id,
            c.token_hash,
            c.host,
            c.version,
            c.os,
            c.time_zone,
            c.flavor,
            c.now
        ],
    )?;
    Ok(())
}

/// The id of the client whose token has this hash.
pub fn client_by_token(conn: &Connection, token_hash: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT id FROM cloud_link_clients WHERE token_hash = ?1",
        [token_hash],
        |r| r.get(0),
    )
    .optional()
}

/// What a client reports of itself in a heartbeat.
pub struct ClientFacts<'a> {
    /// Host name.
    pub host: &'a str,
    /// Version.
    pub version: &'a str,
    /// Operating system.
    pub os: &'a str,
    /// IANA time zone of its system.
    pub time_zone: &'a str,
}

/// Records that the client was seen now, and (from a heartbeat) what it reports.
pub fn touch_client(
    conn: &Connection,
    id: &str,
    now: &str,
    facts: Option<&ClientFacts>,
) -> rusqlite::Result<()> {
    fn fact<'a>(
        facts: Option<&ClientFacts<'a>>,
        get: fn(&ClientFacts<'a>) -> &'a str,
    ) -> Option<&'a str> {
        facts.map(get)
    }
    conn.execute(
        "UPDATE cloud_link_clients SET last_seen_at = ?2,
             host = COALESCE(?3, host), version = COALESCE(?4, version),
             os = COALESCE(?5, os), time_zone = COALESCE(?6, time_zone)
         WHERE id = ?1",
        params![
            id,
            now,
            fact(facts, |f| f.host),
            fact(facts, |f| f.version),
            fact(facts, |f| f.os),
            fact(facts, |f| f.time_zone)
        ],
    )?;
    Ok(())
}

/// Stores a new link of the client; its earlier links that no integration uses go.
pub fn insert_link(
    conn: &Connection,
    id: &str,
    client_id: &str,
    now: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM cloud_links WHERE client_id = ?1 AND integration_id IS NULL",
        [client_id],
    )?;
    conn.execute(
        "INSERT INTO cloud_links (id, client_id, linked_at) VALUES (?1, ?2, ?3)",
        params![id, client_id, now],
    )?;
    Ok(())
}

/// A link with what its client reported last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkRow {
    /// The link's id (`CloudLink::id`).
    pub id: String,
    /// Its client.
    pub client_id: String,
    /// The integration it serves, once one was saved with it.
    pub integration_id: Option<String>,
    /// When the PIN was claimed.
    pub linked_at: String,
    /// The client's host name.
    pub host: String,
    /// The client's version.
    pub version: String,
    /// The client's operating system.
    pub os: String,
    /// The client system's time zone.
    pub time_zone: String,
    /// The client's last heartbeat.
    pub last_seen_at: String,
}

const LINK_SELECT: &str = "SELECT l.id, l.client_id, l.integration_id, l.linked_at,
        c.host, c.version, c.os, c.time_zone, c.last_seen_at
    FROM cloud_links l JOIN cloud_link_clients c ON c.id = l.client_id";

fn link_row(r: &rusqlite::Row) -> rusqlite::Result<LinkRow> {
    Ok(LinkRow {
        id: r.get(0)?,
        client_id: r.get(1)?,
        integration_id: r.get(2)?,
        linked_at: r.get(3)?,
        host: r.get(4)?,
        version: r.get(5)?,
        os: r.get(6)?,
        time_zone: r.get(7)?,
        last_seen_at: r.get(8)?,
    })
}

/// The link with this id.
pub fn link(conn: &Connection, id: &str) -> rusqlite::Result<Option<LinkRow>> {
    conn.query_row(&format!("{LINK_SELECT} WHERE l.id = ?1"), [id], link_row)
        .optional()
}

/// The link that serves this integration.
pub fn link_of_integration(
    conn: &Connection,
    integration_id: &str,
) -> rusqlite::Result<Option<LinkRow>> {
    conn.query_row(
        &format!("{LINK_SELECT} WHERE l.integration_id = ?1"),
        [integration_id],
        link_row,
    )
    .optional()
}

/// Binds an unused link to the integration, replacing the link it had. `false`
/// (and nothing changed) when the link is gone or serves another integration.
pub fn bind_link(conn: &Connection, link_id: &str, integration_id: &str) -> rusqlite::Result<bool> {
    let free: Option<Option<String>> = conn
        .query_row(
            "SELECT integration_id FROM cloud_links WHERE id = ?1",
            [link_id],
            |r| r.get(0),
        )
        .optional()?;
    match free {
        Some(None) => {}
        Some(Some(bound)) if bound == integration_id => return Ok(true),
        _ => return Ok(false),
    }
    conn.execute(
        "DELETE FROM cloud_links WHERE integration_id = ?1",
        [integration_id],
    )?;
    conn.execute(
        "UPDATE cloud_links SET integration_id = ?2 WHERE id = ?1",
        params![link_id, integration_id],
    )?;
    Ok(true)
}

/// Whether the client has been claimed, and the integration it serves (the newest
/// binding), for its heartbeat.
pub fn client_links(
    conn: &Connection,
    client_id: &str,
) -> rusqlite::Result<(bool, Option<String>)> {
    let mut stmt = conn.prepare_cached(
        "SELECT integration_id FROM cloud_links WHERE client_id = ?1
         ORDER BY integration_id IS NULL, linked_at DESC, rowid DESC",
    )?;
    let ids = stmt
        .query_map([client_id], |r| r.get::<_, Option<String>>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok((!ids.is_empty(), ids.into_iter().flatten().next()))
}

/// `(id, name)` of the integrations of `model` that this client's links serve,
/// oldest link first: the CSV integrations its import folder feeds.
pub fn client_integrations(
    conn: &Connection,
    client_id: &str,
    model: &str,
) -> rusqlite::Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT i.id, i.name FROM cloud_links l JOIN integrations i ON i.id = l.integration_id
         WHERE l.client_id = ?1 AND i.model = ?2
         ORDER BY l.linked_at, l.rowid",
    )?;
    let rows = stmt.query_map(params![client_id, model], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}
