//! The limits of *Run query*: rows capped, runaway queries stopped, anything but
//! reading refused, kinds inferred.

use super::*;

fn demo() -> (tempfile::TempDir, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.sqlite");
    crate::demo::create(&path).unwrap();
    let conn = open_read_only(&path).unwrap();
    (dir, conn)
}

fn sql_error(result: JobResult) -> String {
    match result {
        JobResult::SqlError { message } => message,
        other => panic!("not an SQL error: {other:?}"),
    }
}

const SECOND: Duration = Duration::from_secs(1);

#[test]
fn rows_are_capped_and_kinds_inferred() {
    let (_dir, conn) = demo();
    let sql = "SELECT agentidentifier, starttime, endtime, activity FROM agent_status ORDER BY endtime IS NULL DESC";
    let JobResult::Rows {
        columns,
        rows,
        truncated,
    } = run(&conn, sql, 3, SECOND)
    else {
        panic!()
    };
    assert_eq!(rows.len(), 3);
    assert!(truncated);
    let kinds: Vec<_> = columns.iter().map(|c| (c.name.as_str(), c.kind)).collect();
    use ColumnKind::*;
    assert_eq!(
        kinds,
        [
            ("agentidentifier", Text),
            ("starttime", Timestamp),
            ("endtime", Unknown),
            ("activity", Text)
        ]
    );
    assert_eq!(rows[0][2], None);
    let JobResult::Rows {
        columns, truncated, ..
    } = run(&conn, "SELECT 1 AS n, 2.5 AS x, NULL AS z", 20, SECOND)
    else {
        panic!()
    };
    assert!(!truncated);
    let kinds: Vec<_> = columns.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [Integer, Number, Unknown]);
}

#[test]
fn a_runaway_query_is_stopped() {
    let (_dir, conn) = demo();
    let sql = "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT * FROM r WHERE x < 0";
    let started = Instant::now();
    assert_eq!(
        run(&conn, sql, 20, Duration::from_millis(300)),
        JobResult::Timeout
    );
    assert!(started.elapsed() < Duration::from_secs(3));
    // The connection is usable afterwards, the limit no longer applies.
    let sql = "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT * FROM r";
    let JobResult::Rows {
        rows, truncated, ..
    } = run(&conn, sql, 5, SECOND)
    else {
        panic!()
    };
    assert_eq!(rows.len(), 5);
    assert!(truncated);
}

#[test]
fn anything_but_reading_is_refused() {
    let (dir, conn) = demo();
    let other = dir.path().join("other.sqlite");
    let cases = [
        "INSERT INTO calls (queuename) VALUES ('x')",
        "DELETE FROM calls",
        "PRAGMA table_info(calls)",
        &format!("ATTACH DATABASE '{}' AS other", other.display()),
        "SELECT load_extension('/tmp/evil')",
        "SELECT 1; DELETE FROM calls",
        "CREATE TABLE t (x)",
        "WITH x AS (SELECT 1) DELETE FROM calls",
        "SELECT * FROM pragma_table_info('calls')",
    ];
    for sql in cases {
        let message = sql_error(run(&conn, sql, 20, SECOND));
        assert!(!message.is_empty(), "{sql}");
    }
    assert!(!other.exists(), "ATTACH created a file");
    let count: i64 = conn
        .query_row("SELECT COUNT(*) FROM calls", [], |r| r.get(0))
        .unwrap();
    assert!(count > 0);
    // Writing is refused by the read-only connection even without the checks.
    let raw = Connection::open_with_flags(
        dir.path().join("demo.sqlite"),
        OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .unwrap();
    assert!(raw.execute("DELETE FROM calls", []).is_err());
}

#[test]
fn sql_errors_are_sqlites_own_words() {
    let (_dir, conn) = demo();
    assert_eq!(
        sql_error(run(&conn, "SELECT * FROM nope", 20, SECOND)),
        "no such table: nope"
    );
    assert_eq!(
        sql_error(run(&conn, "SELECT FROM calls WHERE", 20, SECOND)),
        "near \"FROM\": syntax error"
    );
    assert_eq!(
        sql_error(run(&conn, "SELECT nope FROM calls", 20, SECOND)),
        "no such column: nope"
    );
}

#[test]
fn first_keywords_skip_comments() {
    assert_eq!(first_keyword("  -- hi\n /* x */ select 1"), "SELECT");
    assert_eq!(
        first_keyword("WITH r AS (SELECT 1) SELECT * FROM r"),
        "WITH"
    );
    assert_eq!(first_keyword("pragma x"), "PRAGMA");
    assert_eq!(first_keyword(""), "");
    assert!(is_timestamp("2025-01-31 09:30:00"));
    assert!(is_timestamp("2025-01-31T09:30:00"));
    assert!(!is_timestamp("2025-01-31"));
    assert!(!is_timestamp("2025-01-31 09:30:00Z"));
}
