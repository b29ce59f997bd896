//! Schema migrations.

use super::*;
use injixo_contract::IntegrationStatus;
use std::collections::BTreeMap;

#[test]
fn a_version_1_database_is_upgraded_in_place() {
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch(MIGRATIONS[0]).unwrap();
    conn.pragma_update(None, "user_version", 1).unwrap();
    conn.execute_batch(
        "INSERT INTO integrations (id, name, name_key, model, vendor, status, settings, created_at, updated_at)
         VALUES ('i1', 'Chat', 'chat', 'freshchat', 'freshworks', 'connecting', '{}', 't', 't');
         INSERT INTO idempotency (key, fingerprint, status, body, created_at)
         VALUES ('k1', 'fp', 201, '{}', 't');",
    )
    .unwrap();
    let conn = init(conn).unwrap();
    let version: usize = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, MIGRATIONS.len());
    let stored = get_integration(&conn, "i1").unwrap().expect("kept");
    assert_eq!(stored.integration.app_key, None);
    assert_eq!(stored.last_event_at, None);
    // A create retried across the upgrade is still replayed.
    let claim = claim_idempotency(&conn, "POST /api/v1/integrations k1", "fp", "t", None).unwrap();
    assert_eq!(claim, Claim::Replay(201, "{}".into()));
}

fn version_2() -> Connection {
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch(MIGRATIONS[0]).unwrap();
    conn.execute_batch(MIGRATIONS[1]).unwrap();
    conn.pragma_update(None, "user_version", 2).unwrap();
    conn
}

#[test]
fn version_3_numbers_existing_integrations_in_creation_order() {
    let conn = version_2();
    // Inserted out of creation order; "b" and "c" were created in the same second.
    conn.execute_batch(
        "INSERT INTO integrations (id, name, name_key, model, vendor, status, settings, created_at, updated_at)
         VALUES ('c', 'C', 'c', 'freshchat', 'freshworks', 'paused', '{}', '2025-01-02T00:00:00Z', 't'),
                ('a', 'A', 'a', 'freshchat', 'freshworks', 'operational', '{}', '2025-01-01T00:00:00Z', 't'),
                ('b', 'B', 'b', 'freshchat', 'freshworks', 'connecting', '{}', '2025-01-02T00:00:00Z', 't');",
    )
    .unwrap();
    let mut conn = init(conn).unwrap();
    let id_of = |conn: &Connection, id: &str| {
        get_integration(conn, id)
            .unwrap()
            .expect("kept")
            .integration
            .configuration_id
    };
    assert_eq!(
        ["a", "c", "b"].map(|id| id_of(&conn, id)),
        [1, 2, 3],
        "by created_at, then by insertion"
    );
    // The sequence continues after the backfill, and skips deleted IDs.
    assert!(delete_integration(&mut conn, "b", &[]).unwrap());
    let new = NewIntegration {
        id: "d",
        name: "D",
        name_key: "d",
        model: "freshchat",
        vendor: "freshworks",
        status: IntegrationStatus::Connecting,
        settings: &BTreeMap::new(),
        secrets: &BTreeMap::new(),
        now: "2025-02-01T00:00:00Z",
    };
    assert!(insert_integration(&mut conn, &new).unwrap());
    assert_eq!(id_of(&conn, "d"), 4);
}

#[test]
fn an_empty_version_2_database_starts_at_one() {
    let mut conn = init(version_2()).unwrap();
    let new = NewIntegration {
        id: "a",
        name: "A",
        name_key: "a",
        model: "freshchat",
        vendor: "freshworks",
        status: IntegrationStatus::Connecting,
        settings: &BTreeMap::new(),
        secrets: &BTreeMap::new(),
        now: "2025-02-01T00:00:00Z",
    };
    assert!(insert_integration(&mut conn, &new).unwrap());
    // A name clash rolls the sequence back with the insert.
    assert!(!insert_integration(&mut conn, &NewIntegration { id: "b", ..new }).unwrap());
    let c = NewIntegration {
        id: "c",
        name: "C",
        name_key: "c",
        ..new
    };
    assert!(insert_integration(&mut conn, &c).unwrap());
    let ids: Vec<u64> = list_integrations(&conn)
        .unwrap()
        .into_iter()
        .map(|s| s.integration.configuration_id)
        .collect();
    assert_eq!(ids, [1, 2]);
}

#[test]
fn pausing_remembers_the_status_it_interrupted() {
    let mut conn = init(version_2()).unwrap();
    let new = NewIntegration {
        id: "a",
        name: "A",
        name_key: "a",
        model: "freshchat",
        vendor: "freshworks",
        status: IntegrationStatus::Operational,
        settings: &BTreeMap::new(),
        secrets: &BTreeMap::new(),
        now: "t",
    };
    assert!(insert_integration(&mut conn, &new).unwrap());
    assert!(pause(&conn, "a", "t1").unwrap());
    assert!(pause(&conn, "a", "t2").unwrap(), "pausing again is a no-op");
    assert_eq!(
        paused_from(&conn, "a").unwrap(),
        Some(IntegrationStatus::Operational)
    );
    assert!(resume(&conn, "a", "t3").unwrap());
    assert_eq!(paused_from(&conn, "a").unwrap(), None);
    let status = get_integration(&conn, "a")
        .unwrap()
        .unwrap()
        .integration
        .status;
    assert_eq!(status, IntegrationStatus::Importing);
    assert!(!pause(&conn, "nope", "t").unwrap());
}
