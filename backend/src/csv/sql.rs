//! The sandbox of an SQL mapping: a fresh in-memory SQLite database per request with
//! one table, `uploaded_file`, that holds the file's rows as text, and a query that
//! may only read it.
//!
//! The rules, each refusal with its own message (`SqlFailure::NotAllowed`):
//! - an authorizer allows `SELECT`, reading tables, functions and `WITH RECURSIVE`,
//!   and denies everything else as the statement is prepared: `ATTACH`/`DETACH`,
//!   `PRAGMA`, any write (`INSERT`, `UPDATE`, `DELETE`, `CREATE`, `DROP`, `ALTER`, …),
//!   transactions, and `load_extension`;
//! - the prepared statement must be read-only (`sqlite3_stmt_readonly`: catches
//!   `VACUUM` and whatever the authorizer has no code for) and return columns;
//! - one statement only;
//! - a progress handler stops the query at its deadline (`SqlFailure::Timeout`), so a
//!   runaway `WITH RECURSIVE` ends; the caller bounds the rows it reads;
//! - values are at most `MAX_VALUE_BYTES` long (`SQLITE_LIMIT_LENGTH`), so
//!   `randomblob(1e9)` fails instead of taking a gigabyte.
//!
//! Anything SQLite itself refuses is `SqlFailure::Error` with SQLite's own message.

use injixo_contract::{ColumnKind, ResultColumn};
use injixo_csv::{column_letters, Format, FormatKind, Problem, Table};
use rusqlite::hooks::{AuthAction, AuthContext, Authorization};
use rusqlite::limits::Limit;
use rusqlite::types::Value;
use rusqlite::Connection;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The table name the CSV article gives.
pub const TABLE: &str = "uploaded_file";
/// The longest query accepted, in characters.
pub const MAX_SQL_CHARS: usize = 20_000;
/// The longest value (text or blob) a query may build, in bytes.
pub const MAX_VALUE_BYTES: i32 = 16 * 1024 * 1024;
/// SQLite virtual-machine steps between two looks at the clock.
const PROGRESS_STEPS: i32 = 10_000;

/// Why a query gave no result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SqlFailure {
    /// The query does something other than read `uploaded_file`; says what.
    NotAllowed(String),
    /// It ran past its deadline and was stopped.
    Timeout,
    /// SQLite refused it; its own message.
    Error(String),
}

/// A database with `uploaded_file` loaded, ready for queries.
pub struct Sandbox {
    conn: Connection,
    denied: Arc<Mutex<Option<String>>>,
}

/// The names of `uploaded_file`'s columns: the header names, an empty one replaced
/// by its column letter (`A`, `B`, …), and a name equal (case-insensitively, as
/// SQLite compares them) to an earlier one suffixed with `_2`, `_3`, …
pub fn column_names(header: &[String]) -> Vec<String> {
    let mut taken = std::collections::BTreeSet::new();
    header
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let base = if name.is_empty() {
                column_letters(i)
            } else {
                // A NUL cannot be in an SQL identifier.
                name.replace('\0', "\u{FFFD}")
            };
            let mut candidate = base.clone();
            let mut n = 1;
            while !taken.insert(candidate.to_lowercase()) {
                n += 1;
                candidate = format!("{base}_{n}");
            }
            candidate
        })
        .collect()
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

impl Sandbox {
    /// A fresh database whose `uploaded_file` holds the rows of `table` (cells cut to
    /// the header width, as `Table::sql_rows` gives them), plus the problems of rows
    /// that do not fit the header (`invalid_row_length`, with their lines). `None`
    /// when the table has no header: there is nothing to make a table of.
    pub fn load(table: &Table) -> Result<Option<(Sandbox, Vec<Problem>)>, SqlFailure> {
        if table.header().is_none() {
            return Ok(None);
        }
        let conn = Connection::open_in_memory().map_err(error)?;
        let names = column_names(table.headers());
        let columns: Vec<String> = names.iter().map(|n| format!("{} TEXT", quote(n))).collect();
        conn.execute_batch(&format!("CREATE TABLE {TABLE} ({});", columns.join(", ")))
            .map_err(error)?;
        let mut problems = Vec::new();
        {
            let tx = conn.unchecked_transaction().map_err(error)?;
            let params = vec!["?"; names.len()].join(", ");
            let mut insert = tx
                .prepare(&format!("INSERT INTO {TABLE} VALUES ({params})"))
                .map_err(error)?;
            for row in table.sql_rows() {
                match row {
                    Ok(cells) => {
                        insert
                            .execute(rusqlite::params_from_iter(cells))
                            .map_err(error)?;
                    }
                    Err(problem) => problems.push(problem),
                }
            }
            drop(insert);
            tx.commit().map_err(error)?;
        }
        // Bounds before the query may run: sorting spills to temporary files rather
        // than memory, and no value grows past MAX_VALUE_BYTES.
        conn.execute_batch("PRAGMA temp_store = FILE; PRAGMA cache_size = -8192;")
            .map_err(error)?;
        conn.set_limit(Limit::SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
            .map_err(error)?;
        let denied = Arc::new(Mutex::new(None));
        let seen = denied.clone();
        conn.authorizer(Some(move |ctx: AuthContext<'_>| match refusal(&ctx) {
            None => Authorization::Allow,
            Some(why) => {
                // SQLite stops at the first denial: that is the reason.
                let mut seen = seen.lock().unwrap_or_else(|e| e.into_inner());
                seen.get_or_insert(why);
                Authorization::Deny
            }
        }));
        Ok(Some((Sandbox { conn, denied }, problems)))
    }

    /// Runs `sql` until `on_row` returns `false`, the rows end, or `timeout` passes.
    /// `on_row` gets the result's column names and one row's values in their order;
    /// the names are returned too (also for a result without rows).
    pub fn query(
        &self,
        sql: &str,
        timeout: Duration,
        on_row: &mut dyn FnMut(&[String], Vec<Value>) -> bool,
    ) -> Result<Vec<String>, SqlFailure> {
        *self.denied.lock().unwrap_or_else(|e| e.into_inner()) = None;
        let deadline = Instant::now() + timeout;
        let timed_out = Arc::new(Mutex::new(false));
        let flag = timed_out.clone();
        self.conn.progress_handler(
            PROGRESS_STEPS,
            Some(move || {
                let late = Instant::now() >= deadline;
                if late {
                    *flag.lock().unwrap_or_else(|e| e.into_inner()) = true;
                }
                late
            }),
        );
        let result = self.run(sql, on_row);
        self.conn.progress_handler(0, None::<fn() -> bool>);
        let late = *timed_out.lock().unwrap_or_else(|e| e.into_inner());
        let denied = self.denied.lock().unwrap_or_else(|e| e.into_inner()).take();
        result.map_err(|e| match (denied, late, e) {
            (Some(why), _, _) => SqlFailure::NotAllowed(why),
            (None, true, _) => SqlFailure::Timeout,
            (None, false, e) => e,
        })
    }

    fn run(
        &self,
        sql: &str,
        on_row: &mut dyn FnMut(&[String], Vec<Value>) -> bool,
    ) -> Result<Vec<String>, SqlFailure> {
        let mut stmt = self.conn.prepare(sql).map_err(|e| match e {
            rusqlite::Error::MultipleStatement => {
                SqlFailure::NotAllowed("only one statement is allowed".into())
            }
            e => error(e),
        })?;
        if !stmt.readonly() {
            return Err(SqlFailure::NotAllowed(format!(
                "the statement writes: the query may only read {TABLE}"
            )));
        }
        if stmt.column_count() == 0 {
            return Err(SqlFailure::NotAllowed(
                "the statement returns no columns: only a SELECT query is allowed".into(),
            ));
        }
        let names: Vec<String> = stmt.column_names().iter().map(|n| n.to_string()).collect();
        let width = names.len();
        let mut rows = stmt.query([]).map_err(error)?;
        while let Some(row) = rows.next().map_err(error)? {
            let values = (0..width)
                .map(|i| row.get::<_, Value>(i))
                .collect::<Result<Vec<_>, _>>()
                .map_err(error)?;
            if !on_row(&names, values) {
                break;
            }
        }
        Ok(names)
    }
}

/// SQLite's own message of an error.
fn error(e: rusqlite::Error) -> SqlFailure {
    match e {
        rusqlite::Error::SqliteFailure(_, Some(message))
        | rusqlite::Error::SqlInputError { msg: message, .. } => SqlFailure::Error(message),
        e => SqlFailure::Error(e.to_string()),
    }
}

/// Why the authorizer denies an action, `None` when it is allowed.
fn refusal(ctx: &AuthContext<'_>) -> Option<String> {
    let what = match ctx.action {
        AuthAction::Select | AuthAction::Read { .. } | AuthAction::Recursive => return None,
        AuthAction::Function { function_name } => {
            if function_name.eq_ignore_ascii_case("load_extension") {
                return Some("loading extensions is not allowed".into());
            }
            return None;
        }
        AuthAction::Attach { .. } => "ATTACH",
        AuthAction::Detach { .. } => "DETACH",
        AuthAction::Pragma { pragma_name, .. } => {
            return Some(format!("PRAGMA {pragma_name} is not allowed"));
        }
        // SQLite asks for a write to its own schema table before the statement
        // itself: `CREATE` inserts into `sqlite_master`, `DROP` deletes from it.
        AuthAction::Insert { table_name } if table_name.starts_with("sqlite_") => "CREATE",
        AuthAction::Delete { table_name } if table_name.starts_with("sqlite_") => "DROP",
        AuthAction::Update { table_name, .. } if table_name.starts_with("sqlite_") => "ALTER TABLE",
        AuthAction::Insert { .. } => "INSERT",
        AuthAction::Update { .. } => "UPDATE",
        AuthAction::Delete { .. } => "DELETE",
        AuthAction::CreateIndex { .. }
        | AuthAction::CreateTable { .. }
        | AuthAction::CreateTempIndex { .. }
        | AuthAction::CreateTempTable { .. }
        | AuthAction::CreateTempTrigger { .. }
        | AuthAction::CreateTempView { .. }
        | AuthAction::CreateTrigger { .. }
        | AuthAction::CreateView { .. }
        | AuthAction::CreateVtable { .. } => "CREATE",
        AuthAction::DropIndex { .. }
        | AuthAction::DropTable { .. }
        | AuthAction::DropTempIndex { .. }
        | AuthAction::DropTempTable { .. }
        | AuthAction::DropTempTrigger { .. }
        | AuthAction::DropTempView { .. }
        | AuthAction::DropTrigger { .. }
        | AuthAction::DropView { .. }
        | AuthAction::DropVtable { .. } => "DROP",
        AuthAction::AlterTable { .. } => "ALTER TABLE",
        AuthAction::Reindex { .. } => "REINDEX",
        AuthAction::Analyze { .. } => "ANALYZE",
        AuthAction::Transaction { .. } | AuthAction::Savepoint { .. } => {
            return Some("transactions are not allowed".into());
        }
        _ => return Some("this statement is not allowed".into()),
    };
    Some(format!(
        "{what} is not allowed: the query may only read {TABLE}"
    ))
}

/// A value as the preview shows it and the import reads it: integers as written,
/// reals to 15 significant digits as SQLite writes them, but without exponent and
/// without a trailing `.0` (`3` for 3.0, `264.92` for 1324.6 / 5), blobs as (lossy)
/// UTF-8; `None` for NULL.
pub fn value_text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::Integer(i) => Some(i.to_string()),
        Value::Real(r) => Some(real_text(*r)),
        Value::Text(t) => Some(t.clone()),
        Value::Blob(b) => Some(String::from_utf8_lossy(b).into_owned()),
    }
}

fn real_text(r: f64) -> String {
    if r.is_finite() && r != 0.0 {
        let digits = 15 - (r.abs().log10().floor() as i32 + 1);
        if (-300..=300).contains(&digits) {
            let scale = 10f64.powi(digits);
            let rounded = (r * scale).round() / scale;
            if rounded.is_finite() {
                return rounded.to_string();
            }
        }
    }
    r.to_string()
}

/// The timestamp form the CSV article prescribes for SQL results.
pub fn timestamp_format() -> Format {
    Format::parse("YYYY-MM-DD hh:mm:ss", FormatKind::Timestamp)
        .expect("the article's timestamp format parses")
}

/// What one value is, as far as the check of required columns cares: a whole
/// number, a number, a `YYYY-MM-DD hh:mm:ss` timestamp, other text; `Unknown` for
/// NULL. Text that reads as a number counts as one: `uploaded_file` holds text.
fn value_kind(value: &Value, timestamp: &Format) -> ColumnKind {
    match value {
        Value::Null => ColumnKind::Unknown,
        Value::Integer(_) => ColumnKind::Integer,
        Value::Real(_) => ColumnKind::Number,
        Value::Blob(_) => ColumnKind::Text,
        Value::Text(t) => {
            let t = injixo_csv::trim(t);
            let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            let unsigned = t.strip_prefix('-').unwrap_or(t);
            let number = match unsigned.split_once('.') {
                None => digits(unsigned).then_some(ColumnKind::Integer),
                Some((int, frac)) => (digits(int) && digits(frac)).then_some(ColumnKind::Number),
            };
            number.unwrap_or(if timestamp.read(t).is_ok() {
                ColumnKind::Timestamp
            } else {
                ColumnKind::Text
            })
        }
    }
}

/// The kinds of a result's columns from the rows looked at: the kind all non-NULL
/// values share (whole numbers and numbers make numbers), else text; `Unknown`
/// when all were NULL. A column `wanted` as text is text whatever it holds (a
/// queue may well be called `42`).
pub fn result_columns(
    names: &[String],
    rows: &[Vec<Value>],
    wanted_text: &dyn Fn(&str) -> bool,
) -> Vec<ResultColumn> {
    use ColumnKind::{Integer, Number, Text, Unknown};
    let timestamp = timestamp_format();
    names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let kind = rows
                .iter()
                .filter_map(|row| row.get(i))
                .map(|v| value_kind(v, &timestamp))
                .fold(Unknown, |acc, k| match (acc, k) {
                    (a, Unknown) => a,
                    (Unknown, k) => k,
                    (a, k) if a == k => a,
                    (Integer, Number) | (Number, Integer) => Number,
                    _ => Text,
                });
            let kind = if kind != Unknown && wanted_text(name) {
                Text
            } else {
                kind
            };
            ResultColumn {
                name: name.clone(),
                kind,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
