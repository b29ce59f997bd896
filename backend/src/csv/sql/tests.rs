use super::*;
use injixo_csv::{ReadOptions, Separator};

fn table(text: &str) -> Table {
    let options = ReadOptions {
        separator: Separator::Semicolon,
        ..Default::default()
    };
    Table::read(text, &options)
}

const FILE: &str = "Queue;Date;Offered;HandleTime;HandledCalls\n\
                    Sales;06/03/2023;10;1324.6;5\n\
                    Support;06/03/2023;4;300;2\n";

fn sandbox(text: &str) -> Sandbox {
    Sandbox::load(&table(text)).unwrap().expect("a header").0
}

/// Rows as text, `None` for NULL.
type Rows = Vec<Vec<Option<String>>>;

/// Runs `sql` and returns the column names and the rows as text, at most 21.
fn run(sql: &str) -> Result<(Vec<String>, Rows), SqlFailure> {
    let sb = sandbox(FILE);
    let mut rows = Vec::new();
    let names = sb.query(sql, Duration::from_millis(500), &mut |_, row| {
        rows.push(row.iter().map(value_text).collect());
        rows.len() <= 20
    })?;
    Ok((names, rows))
}

fn not_allowed(sql: &str) -> String {
    match run(sql) {
        Err(SqlFailure::NotAllowed(why)) => why,
        other => panic!("{sql}: {other:?}"),
    }
}

#[test]
fn averages_two_columns_over_the_text_table() {
    let (names, rows) =
        run("SELECT Queue AS queue, HandleTime / HandledCalls AS aht FROM uploaded_file").unwrap();
    assert_eq!(names, ["queue", "aht"]);
    assert_eq!(
        rows,
        [
            [Some("Sales".into()), Some("264.92".into())],
            [Some("Support".into()), Some("150".into())],
        ]
    );
    let (_, rows) = run("SELECT (Offered + HandledCalls) / 2.0 FROM uploaded_file").unwrap();
    assert_eq!(rows[0][0].as_deref(), Some("7.5"));
    // The math functions the article links are there.
    let (_, rows) = run("SELECT FLOOR(HandleTime), POWER(2, 3) FROM uploaded_file").unwrap();
    assert_eq!(rows[0], [Some("1324".into()), Some("8".into())]);
}

#[test]
fn attach_writes_pragma_and_extensions_are_refused_each_with_its_reason() {
    let attach = not_allowed("ATTACH DATABASE '/tmp/x.db' AS x");
    assert!(attach.starts_with("ATTACH is not allowed"), "{attach}");
    let insert = not_allowed("INSERT INTO uploaded_file (Queue) VALUES ('x')");
    assert!(insert.starts_with("INSERT is not allowed"), "{insert}");
    let delete = not_allowed("DELETE FROM uploaded_file WHERE Queue = 'Sales'");
    assert!(delete.starts_with("DELETE is not allowed"), "{delete}");
    let update = not_allowed("WITH a AS (SELECT 1) UPDATE uploaded_file SET Queue = 'x'");
    assert!(update.contains("is not allowed"), "{update}");
    let create = not_allowed("CREATE TABLE t (a)");
    assert!(create.starts_with("CREATE is not allowed"), "{create}");
    let drop = not_allowed("DROP TABLE uploaded_file");
    assert!(drop.starts_with("DROP is not allowed"), "{drop}");
    let pragma = not_allowed("PRAGMA journal_mode = DELETE");
    assert_eq!(pragma, "PRAGMA journal_mode is not allowed");
    let ext = not_allowed("SELECT load_extension('/tmp/evil.so')");
    assert_eq!(ext, "loading extensions is not allowed");
    let vacuum = not_allowed("VACUUM INTO '/tmp/copy.db'");
    assert!(vacuum.starts_with("the statement writes"), "{vacuum}");
    let begin = not_allowed("BEGIN");
    assert_eq!(begin, "transactions are not allowed");
    let two = not_allowed("SELECT 1; SELECT 2");
    assert_eq!(two, "only one statement is allowed");
    // A second statement that is itself refused says why.
    let sneaky = not_allowed("SELECT 1; ATTACH DATABASE ':memory:' AS x");
    assert!(sneaky.starts_with("ATTACH"), "{sneaky}");
    assert!(!std::path::Path::new("/tmp/copy.db").exists());
    // A refusal leaves nothing behind: the next query runs.
    assert!(run("SELECT COUNT(*) FROM uploaded_file").is_ok());
}

#[test]
fn a_runaway_query_is_stopped_at_its_deadline() {
    let sb = sandbox(FILE);
    let started = Instant::now();
    let sql =
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT MAX(x) FROM n";
    let result = sb.query(sql, Duration::from_millis(300), &mut |_, _| true);
    assert_eq!(result, Err(SqlFailure::Timeout));
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    // Reading only the first rows of an endless query is fine.
    let sql = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n";
    let mut seen = 0;
    sb.query(sql, Duration::from_millis(300), &mut |_, _| {
        seen += 1;
        seen < 21
    })
    .unwrap();
    assert_eq!(seen, 21);
}

#[test]
fn sqlite_errors_come_with_sqlites_own_message() {
    assert_eq!(
        run("SELEC queue FROM uploaded_file"),
        Err(SqlFailure::Error("near \"SELEC\": syntax error".into()))
    );
    assert_eq!(
        run("SELECT nope FROM uploaded_file"),
        Err(SqlFailure::Error("no such column: nope".into()))
    );
    match run("SELECT randomblob(100000000)") {
        Err(SqlFailure::Error(m)) => assert!(m.contains("too big"), "{m}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn column_names_are_unique_and_never_empty() {
    let header: Vec<String> = ["Queue", "", "queue", "Queue", "B", "a\"b"]
        .map(String::from)
        .to_vec();
    assert_eq!(
        column_names(&header),
        ["Queue", "B", "queue_2", "Queue_3", "B_2", "a\"b"]
    );
    let sb = sandbox("Queue;;queue;x\"y\nA;B;C;D\n");
    let mut got = Vec::new();
    let names = sb
        .query(
            "SELECT Queue, B, queue_2, \"x\"\"y\" FROM uploaded_file",
            Duration::from_secs(1),
            &mut |_, row| {
                got.push(row.iter().map(value_text).collect::<Vec<_>>());
                true
            },
        )
        .unwrap();
    assert_eq!(names.len(), 4);
    assert_eq!(
        got,
        [[
            Some("A".into()),
            Some("B".into()),
            Some("C".into()),
            Some("D".into())
        ]]
    );
}

#[test]
fn rows_that_do_not_fit_the_header_are_problems_not_rows() {
    let (sb, problems) = Sandbox::load(&table("a;b\n1;2\n3\n4;5;6\n7;8;\n"))
        .unwrap()
        .unwrap();
    let lines: Vec<_> = problems.iter().map(|p| (p.code.as_str(), p.line)).collect();
    assert_eq!(
        lines,
        [
            ("invalid_row_length", Some(3)),
            ("invalid_row_length", Some(4))
        ]
    );
    let mut count = None;
    sb.query(
        "SELECT COUNT(*) FROM uploaded_file",
        Duration::from_secs(1),
        &mut |_, r| {
            count = value_text(&r[0]);
            false
        },
    )
    .unwrap();
    assert_eq!(count.as_deref(), Some("2"));
    assert!(Sandbox::load(&table("")).unwrap().is_none());
}

#[test]
fn kinds_are_read_from_the_values() {
    use ColumnKind::*;
    let names: Vec<String> = ["queue", "n", "x", "t", "s", "empty"]
        .map(String::from)
        .to_vec();
    let text = |s: &str| Value::Text(s.into());
    let rows = vec![
        vec![
            text("42"),
            text("3"),
            Value::Real(1.5),
            text("2024-01-31 09:30:00"),
            text("a"),
            Value::Null,
        ],
        vec![
            text("7"),
            Value::Integer(4),
            text("2"),
            text("2024-01-31 09:45:00"),
            text("1"),
            Value::Null,
        ],
    ];
    let kinds: Vec<_> = result_columns(&names, &rows, &|n| n == "queue")
        .into_iter()
        .map(|c| c.kind)
        .collect();
    assert_eq!(kinds, [Text, Integer, Number, Timestamp, Text, Unknown]);
}
