//! Properties of *Run query*'s limits, over generated queries: the row cap holds for
//! any result size and says when it cut; whatever text is sent (writes, ATTACH,
//! PRAGMA, garbage, runaway recursion), `run` answers within its deadline, never
//! panics, and the customer's database is unchanged afterwards.

use super::*;
use proptest::prelude::*;

fn demo() -> (tempfile::TempDir, Connection, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.sqlite");
    crate::demo::create(&path).unwrap();
    let conn = open_read_only(&path).unwrap();
    (dir, conn, path)
}

/// Rows in the demo database's tables, read through a connection of its own.
fn fingerprint(path: &Path) -> Vec<i64> {
    let conn = Connection::open(path).unwrap();
    ["agent_status", "contacts", "calls"]
        .iter()
        .map(|t| {
            conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
                .unwrap_or(-1)
        })
        .collect()
}

/// Pieces of SQL an admin (or an attacker) might type, glued at random.
fn statement() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "SELECT",
        "*",
        "FROM",
        "agent_status",
        "contacts",
        "WHERE",
        "1",
        "=",
        ";",
        "DELETE",
        "INSERT INTO contacts VALUES (1)",
        "UPDATE agent_status SET activity = 'x'",
        "DROP TABLE contacts",
        "ATTACH DATABASE 'file:x' AS x",
        "PRAGMA writable_schema = 1",
        "SELECT load_extension('x')",
        "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r)",
        "SELECT x FROM r",
        "(",
        ")",
        "'",
        "--",
        "/*",
        "\u{0}",
        "é",
    ]);
    prop::collection::vec(piece, 1..8).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn the_row_cap_holds_and_says_when_it_cut(n in 0usize..80, cap in 1usize..30) {
        let (_dir, conn, _) = demo();
        let sql = format!(
            "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < {n}) \
             SELECT x FROM r WHERE x <= {n}"
        );
        let JobResult::Rows { rows, truncated, .. } = run(&conn, &sql, cap, Duration::from_secs(2)) else {
            return Err(TestCaseError::fail("rows expected"));
        };
        prop_assert_eq!(rows.len(), n.min(cap));
        prop_assert_eq!(truncated, n > cap);
    }

    #[test]
    fn any_text_is_answered_in_time_and_changes_nothing(sql in statement()) {
        let (_dir, conn, path) = demo();
        let before = fingerprint(&path);
        let limit = Duration::from_millis(200);
        let started = Instant::now();
        let result = run(&conn, &sql, 20, limit);
        // The deadline plus SQLite's progress-handler granularity and the test's own work.
        prop_assert!(started.elapsed() < Duration::from_secs(3), "{sql}: {:?}", started.elapsed());
        if let JobResult::Rows { rows, .. } = &result {
            prop_assert!(rows.len() <= 20);
        }
        prop_assert_eq!(fingerprint(&path), before, "{} changed the database", sql);
    }
}
