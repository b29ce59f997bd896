//! The authoritative analysis of an uploaded file with an integration's schema:
//! what the *Historical data import* shows before *Apply data*, and the records
//! that applying writes.
//!
//! A column mapping goes through the engine's `Analyzer`, fed in chunks, exactly as
//! the SPA's pre-check does; the result is the engine's one-shot `Table::analyze`
//! of the same file. An SQL mapping loads the file into `uploaded_file` (see `sql`),
//! runs the saved query and reads every result row the way the engine reads a
//! mapped row: the same value rules and error codes, the timestamp in the form the
//! article prescribes (`YYYY-MM-DD hh:mm:ss`, in the schema's time zone). Its
//! *imported lines* are rows of the query's result, and problems of result rows have
//! no line (a result row has no line in the file); rows of the file that do not fit
//! its header keep theirs.

use super::sql::{self, Sandbox, SqlFailure};
use super::ChronoZones;
use injixo_contract::{CsvSchema, CSV_MAX_PROBLEMS};
use injixo_csv::{
    decode, read_count, read_seconds, read_text, trim, Analysis, Analyzer, Channel, ContactMapping,
    ContactRecord, ErrorCode, Format, Layout, Mapping, Problem, ReadError, Record, SchemaError,
    Table, UtcTime, ZoneOffsets, MAX_CONTACT_SPAN_YEARS, MAX_PROBLEM_VALUE_CHARS,
};
use std::collections::HashSet;
use std::time::Duration;

/// How much decoded text the analyzer is fed at a time.
pub const CHUNK_BYTES: usize = 256 * 1024;
/// How long an SQL mapping may run over a whole file (the preview has
/// `CSV_SQL_TIMEOUT_MS`; a 7 MB file takes longer than 20 sample rows).
pub const SQL_IMPORT_TIMEOUT: Duration = Duration::from_secs(30);

/// Why a file could not be analysed at all (as opposed to problems in it).
#[derive(Debug, PartialEq)]
pub enum Failure {
    /// The SQL mapping failed on this file.
    Sql(SqlFailure),
    /// The saved schema no longer compiles (a time zone the database lost).
    Schema(Vec<SchemaError>),
}

/// Analyses `file` with `csv`, passing every importable row to `sink` (rows are
/// passed as they are read, before it is known whether the whole file can be
/// imported).
pub fn analyze(
    file: &[u8],
    csv: &CsvSchema,
    sink: &mut dyn FnMut(&Record<'_>),
) -> Result<Analysis, Failure> {
    let decoded = match decode(file) {
        Ok(decoded) => decoded,
        // Empty, binary, UTF-16 (too large does not get here): a file problem.
        Err(e) => {
            return Ok(Analysis {
                error_count: 1,
                problems: vec![Problem::new(e.code(), None)],
                ..Analysis::default()
            })
        }
    };
    let zones = ChronoZones::new();
    match (&csv.sql, &csv.schema.mapping) {
        (Some(query), Mapping::ContactData(mapping)) => {
            let table = Table::read(&decoded.text, &csv.schema.read);
            sql_analysis(&table, query, csv, mapping, &zones, sink).map_err(Failure::Sql)
        }
        _ => {
            let mut analyzer =
                Analyzer::new(&csv.schema, &zones, CSV_MAX_PROBLEMS).map_err(Failure::Schema)?;
            for chunk in decoded.text.as_bytes().chunks(CHUNK_BYTES) {
                analyzer.feed_with(chunk, sink);
            }
            Ok(analyzer.finish_with(sink))
        }
    }
}

/// The summary of an SQL-mapped file, built as the engine builds its own.
#[derive(Default)]
struct Summary {
    analysis: Analysis,
    queues: HashSet<String>,
}

impl Summary {
    fn problem(&mut self, problem: Problem) {
        self.analysis.error_count += 1;
        if self.analysis.problems.len() < CSV_MAX_PROBLEMS {
            self.analysis.problems.push(problem);
        }
    }

    /// A problem of the whole file: first, and always kept.
    fn file_problem(&mut self, code: ErrorCode) {
        self.analysis.error_count += 1;
        self.analysis.problems.insert(0, Problem::new(code, None));
    }

    fn imported(&mut self, record: &ContactRecord<'_>) {
        let a = &mut self.analysis;
        a.imported_lines += 1;
        a.first = Some(
            a.first
                .map_or(record.timestamp, |f| f.min(record.timestamp)),
        );
        a.last = Some(a.last.map_or(record.timestamp, |l| l.max(record.timestamp)));
        if !self.queues.contains(record.queue) {
            self.queues.insert(record.queue.to_owned());
        }
    }

    fn finish(mut self) -> Analysis {
        let a = &self.analysis;
        if a.imported_lines + a.rejected_lines == 0 {
            self.file_problem(ErrorCode::EmptyFile);
        }
        if let (Some(first), Some(last)) = (self.analysis.first, self.analysis.last) {
            if last > first.plus_years(MAX_CONTACT_SPAN_YEARS) {
                self.file_problem(ErrorCode::InvalidTimeRange);
            }
        }
        self.analysis.queues = self.queues.len() as u64;
        self.analysis
    }
}

fn sql_analysis(
    table: &Table,
    query: &str,
    csv: &CsvSchema,
    mapping: &ContactMapping,
    zones: &ChronoZones,
    sink: &mut dyn FnMut(&Record<'_>),
) -> Result<Analysis, SqlFailure> {
    let mut summary = Summary::default();
    let Some((sandbox, misfits)) = Sandbox::load(table)? else {
        return Ok(summary.finish());
    };
    summary.analysis.rejected_lines += misfits.len() as u64;
    for p in misfits {
        summary.problem(p);
    }
    let reader = RowReader {
        layout: mapping.layout,
        zone: &csv.schema.time_zone,
        zones,
        timestamp: sql::timestamp_format(),
    };
    let mut columns = None;
    let names = sandbox.query(query, SQL_IMPORT_TIMEOUT, &mut |names, values| {
        let found = columns.get_or_insert_with(|| Columns::find(names, &mapping.layout));
        let Some(found) = found.as_ref() else {
            return false;
        };
        let texts: Vec<Option<String>> = values.iter().map(sql::value_text).collect();
        let mut problems = Vec::new();
        match reader.read(found, names, &texts, &mut problems) {
            Some(record) if problems.is_empty() => {
                summary.imported(&record);
                sink(&Record::ContactData(record));
            }
            _ => {
                summary.analysis.rejected_lines += 1;
                for p in problems {
                    summary.problem(p);
                }
            }
        }
        true
    })?;
    if columns
        .unwrap_or_else(|| Columns::find(&names, &mapping.layout))
        .is_none()
    {
        // The result lacks a required column, so no row can be read: the file's
        // "headers" (the query's columns) are wrong, as for a mapping.
        summary.file_problem(ErrorCode::InvalidHeaders);
        return Ok(summary.analysis);
    }
    Ok(summary.finish())
}

/// Where the required columns are in the result (case-insensitively).
struct Columns {
    queue: usize,
    timestamp: usize,
    offered: usize,
    handled: usize,
    duration: Option<usize>,
    aht: Option<usize>,
    channel: usize,
}

impl Columns {
    /// `None` when one is missing (`duration` is required for contact-based data).
    fn find(names: &[String], layout: &Layout) -> Option<Columns> {
        let at = |name: &str| names.iter().position(|n| n.eq_ignore_ascii_case(name));
        let contact_based = matches!(layout, Layout::ContactBased);
        let duration = at("duration").filter(|_| contact_based);
        if contact_based && duration.is_none() {
            return None;
        }
        Some(Columns {
            queue: at("queue")?,
            timestamp: at("timestamp")?,
            offered: at("offered")?,
            handled: at("handled")?,
            duration,
            aht: at("aht").filter(|_| !contact_based),
            channel: at("channel")?,
        })
    }
}

/// Reads result rows as the engine reads mapped rows.
struct RowReader<'a> {
    layout: Layout,
    zone: &'a str,
    zones: &'a ChronoZones,
    timestamp: Format,
}

impl RowReader<'_> {
    fn read<'v>(
        &self,
        c: &Columns,
        names: &[String],
        texts: &'v [Option<String>],
        problems: &mut Vec<Problem>,
    ) -> Option<ContactRecord<'v>> {
        let cell = |i: usize| texts.get(i).and_then(|t| t.as_deref()).unwrap_or("");
        let mut problem = |code: ErrorCode, i: usize| {
            problems.push(Problem {
                code,
                line: None,
                column: Some(i),
                column_name: names.get(i).cloned(),
                value: Some(cell(i).chars().take(MAX_PROBLEM_VALUE_CHARS).collect()),
            })
        };
        let queue = read_text(cell(c.queue), ErrorCode::MissingQueue)
            .map_err(|e| problem(e, c.queue))
            .ok();
        let timestamp = self
            .when(cell(c.timestamp))
            .map_err(|e| problem(e, c.timestamp))
            .ok();
        let offered = read_count(cell(c.offered))
            .map_err(|e| problem(e, c.offered))
            .ok();
        let handled = read_count(cell(c.handled))
            .map_err(|e| problem(e, c.handled))
            .ok();
        let contact_based = matches!(self.layout, Layout::ContactBased);
        if contact_based && handled.is_some_and(|h| h > 1.0) {
            problem(ErrorCode::InvalidHandledCdr, c.handled);
        }
        let mut duration = None;
        if let Some(i) = c.duration {
            let v = trim(cell(i));
            match (!v.is_empty()).then(|| read_seconds(v)).transpose() {
                Ok(d) => {
                    if handled.is_some_and(|h| h > 0.0) && d.unwrap_or(0) == 0 {
                        problem(ErrorCode::InvalidDurationCdr, i);
                    }
                    duration = d;
                }
                Err(e) => problem(e, i),
            }
        }
        let mut aht = None;
        if let Some(i) = c.aht {
            let v = trim(cell(i));
            if !v.is_empty() {
                // The article: AHT is a float; whole seconds are imported.
                match read_count(v) {
                    Ok(seconds) => aht = Some(seconds.round() as u32),
                    Err(e) => problem(e, i),
                }
            }
        }
        let channel = Channel::read(cell(c.channel))
            .map_err(|e| problem(e, c.channel))
            .ok();
        Some(ContactRecord {
            line: 0,
            queue: queue?,
            channel: channel?,
            timestamp: timestamp?,
            offered: offered?,
            handled: handled?,
            aht_seconds: aht,
            duration_seconds: duration,
        })
    }

    /// The instant of a `YYYY-MM-DD hh:mm:ss` local time in the schema's zone.
    fn when(&self, value: &str) -> Result<UtcTime, ErrorCode> {
        let local = self.timestamp.read(trim(value)).map_err(|e| match e {
            ReadError::Mismatch => ErrorCode::InvalidDateOrTimeFormat,
            ReadError::BeforeEpoch => ErrorCode::InvalidYear,
        })?;
        if let Layout::IntervalBased { interval_minutes } = self.layout {
            let minute_of_day = u32::from(local.hour) * 60 + u32::from(local.minute);
            if local.second != 0 || minute_of_day % u32::from(interval_minutes.max(1)) != 0 {
                return Err(ErrorCode::InvalidTimestamp);
            }
        }
        let offset = self
            .zones
            .offset_seconds(self.zone, local)
            .ok_or(ErrorCode::NonExistingTimestamp)?;
        Ok(UtcTime::from_local(local, offset))
    }
}

#[cfg(test)]
mod tests;
