//! Running a *Run query* job against the local SQLite database, read-only and
//! bounded: the database is opened with `SQLITE_OPEN_READ_ONLY`; only one `SELECT`
//! or `WITH` statement is accepted, and SQLite itself must find it read-only; an
//! authorizer refuses everything but reading (no `ATTACH`, no `PRAGMA`, no
//! `load_extension()`); at most `max_rows` rows are read, and a progress handler
//! stops the query after `timeout_ms`.

use injixo_contract::{ColumnKind, JobResult, ResultColumn};
use rusqlite::{
    hooks::{AuthAction, AuthContext, Authorization},
    types::ValueRef,
    Connection, OpenFlags,
};
use std::path::Path;
use std::time::{Duration, Instant};

/// SQL functions a query may not call (file access, extensions).
const DENIED_FUNCTIONS: &[&str] = &["load_extension", "readfile", "writefile", "fts3_tokenizer"];

/// Opens the database read-only, with the authorizer in place.
pub fn open_read_only(path: &Path) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.authorizer(Some(authorize));
    Ok(conn)
}

fn authorize(ctx: AuthContext<'_>) -> Authorization {
    match ctx.action {
        AuthAction::Select | AuthAction::Read { .. } | AuthAction::Recursive => {
            Authorization::Allow
        }
        AuthAction::Function { function_name }
            if !DENIED_FUNCTIONS
                .iter()
                .any(|f| f.eq_ignore_ascii_case(function_name)) =>
        {
            Authorization::Allow
        }
        _ => Authorization::Deny,
    }
}

/// The first word of `sql`, after white space and comments.
fn first_keyword(sql: &str) -> String {
    let mut rest = sql.trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("--") {
            rest = after.split_once('\n').map_or("", |(_, r)| r).trim_start();
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r).trim_start();
        } else {
            break;
        }
    }
    rest.chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_uppercase()
}

/// Runs `sql` on `conn` (opened with `open_read_only`).
pub fn run(conn: &Connection, sql: &str, max_rows: usize, timeout: Duration) -> JobResult {
    let sql_error = |message: String| JobResult::SqlError { message };
    if !matches!(first_keyword(sql).as_str(), "SELECT" | "WITH") {
        return sql_error("only a single SELECT (or WITH … SELECT) statement can be run".into());
    }
    let deadline = Instant::now() + timeout;
    conn.progress_handler(1_000, Some(move || Instant::now() >= deadline));
    let result = read(conn, sql, max_rows);
    conn.progress_handler(0, None::<fn() -> bool>);
    match result {
        Ok(r) => r,
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::OperationInterrupted =>
        {
            JobResult::Timeout
        }
        Err(rusqlite::Error::SqliteFailure(e, message)) => {
            sql_error(message.unwrap_or_else(|| e.to_string()))
        }
        // A syntax error found while preparing: SQLite's message, without the
        // statement and offset rusqlite adds.
        Err(rusqlite::Error::SqlInputError { msg, .. }) => sql_error(msg),
        Err(rusqlite::Error::MultipleStatement) => {
            sql_error("only a single statement can be run".into())
        }
        Err(e) => sql_error(e.to_string()),
    }
}

fn read(conn: &Connection, sql: &str, max_rows: usize) -> rusqlite::Result<JobResult> {
    let mut stmt = conn.prepare(sql)?;
    if !stmt.readonly() {
        return Ok(JobResult::SqlError {
            message: "attempt to write a readonly database".into(),
        });
    }
    let names: Vec<String> = stmt.column_names().iter().map(|n| n.to_string()).collect();
    let mut kinds = vec![None::<ColumnKind>; names.len()];
    let mut rows = Vec::new();
    let mut truncated = false;
    let mut cursor = stmt.query([])?;
    while let Some(row) = cursor.next()? {
        if rows.len() == max_rows {
            truncated = true;
            break;
        }
        let mut values = Vec::with_capacity(names.len());
        for (i, kind) in kinds.iter_mut().enumerate() {
            let (text, seen) = value(row.get_ref(i)?);
            if let Some(seen) = seen {
                *kind = Some(merge(*kind, seen));
            }
            values.push(text);
        }
        rows.push(values);
    }
    let columns = names
        .into_iter()
        .zip(kinds)
        .map(|(name, kind)| ResultColumn {
            name,
            kind: kind.unwrap_or(ColumnKind::Unknown),
        })
        .collect();
    Ok(JobResult::Rows {
        columns,
        rows,
        truncated,
    })
}

/// A value as text (`None` for NULL) and the kind it shows (`None` for NULL).
fn value(v: ValueRef<'_>) -> (Option<String>, Option<ColumnKind>) {
    match v {
        ValueRef::Null => (None, None),
        ValueRef::Integer(n) => (Some(n.to_string()), Some(ColumnKind::Integer)),
        ValueRef::Real(x) => (Some(x.to_string()), Some(ColumnKind::Number)),
        ValueRef::Text(t) => {
            let s = String::from_utf8_lossy(t).into_owned();
            let kind = if is_timestamp(&s) {
                ColumnKind::Timestamp
            } else {
                ColumnKind::Text
            };
            (Some(s), Some(kind))
        }
        ValueRef::Blob(b) => {
            let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
            (Some(format!("x'{hex}'")), Some(ColumnKind::Text))
        }
    }
}

/// `YYYY-MM-DD hh:mm:ss` (or with `T`), as SQLite's date functions write times.
fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    b.len() == 19
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && (b[10] == b' ' || b[10] == b'T')
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19)
}

/// The kind of a column whose values so far were of `so_far`, after one of `seen`.
fn merge(so_far: Option<ColumnKind>, seen: ColumnKind) -> ColumnKind {
    use ColumnKind::*;
    match (so_far, seen) {
        (None, k) => k,
        (Some(a), b) if a == b => a,
        (Some(Integer | Number), Integer | Number) => Number,
        _ => Text,
    }
}

#[cfg(test)]
#[path = "query_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "query_props.rs"]
mod props;
