//! The analysis of a whole file (the importer's summary), one-shot on a [`Table`] or
//! in chunks with an [`Analyzer`]; both give the same result for the same file.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use serde::{Deserialize, Serialize};

use crate::reader::{Header, RecordReader, RecordSink};
use crate::zone::{MemoZone, UtcTime, ZoneOffsets};
use crate::{
    ErrorCode, Fields, Mapping, Plan, Problem, Record, Schema, SchemaError, Separator, Table,
};

/// What an import would bring in, and what stands in its way.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// *imported lines*: data rows without a problem.
    pub imported_lines: u64,
    /// Data rows with at least one problem.
    pub rejected_lines: u64,
    /// *imported Queues*: distinct queue names of the imported rows (contact data).
    pub queues: u64,
    /// *imported agents*: distinct agent identifiers of the imported rows (agent status).
    pub agents: u64,
    /// *first date (UTC)*: the earliest timestamp (start or end) of the imported rows.
    pub first: Option<UtcTime>,
    /// *last date (UTC)*: the latest one.
    pub last: Option<UtcTime>,
    /// All problems found, also those not kept in `problems`.
    pub error_count: u64,
    /// Problems of the whole file (always kept), then the first problems of rows and of
    /// the header, in file order, at most as many as the caller asked for.
    pub problems: Vec<Problem>,
}

impl Analysis {
    /// Whether the file can be imported: rows to import and no problem at all (the
    /// product refuses a file with any error).
    pub fn is_importable(&self) -> bool {
        self.error_count == 0 && self.imported_lines > 0
    }
}

/// How far contact data may span (the product's `invalid_time_range`: 10 years).
pub const MAX_CONTACT_SPAN_YEARS: i64 = 10;
/// How far agent status data may span (the product's `excessive_data`: one year).
pub const MAX_AGENT_STATUS_SPAN_YEARS: i64 = 1;

/// FNV-1a: deterministic (no random seed, which wasm has no cheap source of) and fast
/// for short names. A file crafted for collisions only slows its own analysis.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
}

/// Plan and summary: receives the header and rows of one file.
struct Mapper<'s, Z> {
    schema: &'s Schema,
    zones: MemoZone<Z>,
    plan: Option<Plan>,
    header_seen: bool,
    analysis: Analysis,
    max_problems: usize,
    names: HashSet<String, BuildHasherDefault<Fnv>>,
    last_name: String,
    row_problems: Vec<Problem>,
}

impl<'s, Z: ZoneOffsets> Mapper<'s, Z> {
    fn new(schema: &'s Schema, zones: Z, max_problems: usize) -> Result<Self, Vec<SchemaError>> {
        schema.validate(&zones)?;
        Ok(Mapper {
            schema,
            zones: MemoZone::new(zones),
            plan: None,
            header_seen: false,
            analysis: Analysis::default(),
            max_problems,
            names: HashSet::default(),
            last_name: String::new(),
            row_problems: Vec::new(),
        })
    }

    fn problem(&mut self, problem: Problem) {
        self.analysis.error_count += 1;
        if self.analysis.problems.len() < self.max_problems {
            self.analysis.problems.push(problem);
        }
    }

    /// A problem of the whole file: first in the list and always kept, since it alone
    /// explains why nothing can be imported.
    fn file_problem(&mut self, code: ErrorCode) {
        self.analysis.error_count += 1;
        self.analysis.problems.insert(0, Problem::new(code, None));
    }

    fn header(&mut self, header: &Header) {
        self.header_seen = true;
        match Plan::new(self.schema, &header.names, &self.zones) {
            Ok(plan) => self.plan = Some(plan),
            Err(_) => {
                // A single header field that holds another separator: the separator
                // setting is wrong, not the column names.
                let own = self.schema.read.separator;
                let other_separator = header.names.len() == 1
                    && Separator::ALL
                        .iter()
                        .any(|s| *s != own && header.names[0].contains(char::from(s.byte())));
                let code = if other_separator {
                    ErrorCode::InvalidSeparator
                } else {
                    ErrorCode::InvalidHeaders
                };
                self.problem(Problem::new(code, header.line));
            }
        }
    }

    fn row(&mut self, line: u64, fields: Fields<'_>, sink: &mut dyn FnMut(&Record<'_>)) {
        // Without a plan the header was refused: the rows cannot be read.
        let Some(plan) = &self.plan else { return };
        let record = plan.apply(&self.zones, line, fields, &mut self.row_problems);
        let Some(record) = record else {
            self.analysis.rejected_lines += 1;
            // Taken out and put back to keep its allocation from row to row.
            let mut problems = std::mem::take(&mut self.row_problems);
            for p in problems.drain(..) {
                self.problem(p);
            }
            self.row_problems = problems;
            return;
        };
        self.analysis.imported_lines += 1;
        let (name, times) = match &record {
            Record::ContactData(r) => (r.queue, [Some(r.timestamp), None]),
            Record::AgentStatus(r) => (r.agent, [Some(r.start), r.end]),
        };
        // Files are often sorted by queue or agent: skip the set while the name repeats.
        if name != self.last_name {
            if !self.names.contains(name) {
                self.names.insert(name.to_owned());
            }
            self.last_name.clear();
            self.last_name.push_str(name);
        }
        for t in times.into_iter().flatten() {
            let a = &mut self.analysis;
            a.first = Some(a.first.map_or(t, |f| f.min(t)));
            a.last = Some(a.last.map_or(t, |l| l.max(t)));
        }
        sink(&record);
    }

    fn finish(mut self) -> Analysis {
        let rows = self.analysis.imported_lines + self.analysis.rejected_lines;
        if !self.header_seen || (self.plan.is_some() && rows == 0) {
            self.file_problem(ErrorCode::EmptyFile);
        }
        let (years, code) = match self.schema.mapping {
            Mapping::ContactData(_) => (MAX_CONTACT_SPAN_YEARS, ErrorCode::InvalidTimeRange),
            Mapping::AgentStatus(_) => (MAX_AGENT_STATUS_SPAN_YEARS, ErrorCode::ExcessiveData),
        };
        if let (Some(first), Some(last)) = (self.analysis.first, self.analysis.last) {
            if last > first.plus_years(years) {
                self.file_problem(code);
            }
        }
        let distinct = self.names.len() as u64;
        match self.schema.mapping {
            Mapping::ContactData(_) => self.analysis.queues = distinct,
            Mapping::AgentStatus(_) => self.analysis.agents = distinct,
        }
        self.analysis
    }
}

/// Passes the reader's records to a mapper and its rows to a sink.
struct Pass<'m, 's, Z> {
    mapper: &'m mut Mapper<'s, Z>,
    sink: &'m mut dyn FnMut(&Record<'_>),
}

impl<Z: ZoneOffsets> RecordSink for Pass<'_, '_, Z> {
    fn header(&mut self, header: Header) {
        self.mapper.header(&header);
    }
    fn row(&mut self, line: u64, fields: Fields<'_>) {
        self.mapper.row(line, fields, self.sink);
    }
}

/// Analyses a file given in chunks of decoded text (split anywhere), so that the
/// browser can yield to the event loop between chunks. The result does not depend on
/// the chunking.
pub struct Analyzer<'s, Z> {
    reader: RecordReader,
    mapper: Mapper<'s, Z>,
}

impl<'s, Z: ZoneOffsets> Analyzer<'s, Z> {
    /// Starts an analysis; refuses a schema that [`Schema::validate`] refuses. At most
    /// `max_problems` problems are kept (all are counted).
    pub fn new(
        schema: &'s Schema,
        zones: Z,
        max_problems: usize,
    ) -> Result<Self, Vec<SchemaError>> {
        Ok(Analyzer {
            reader: RecordReader::new(&schema.read),
            mapper: Mapper::new(schema, zones, max_problems)?,
        })
    }

    /// Reads the next chunk.
    pub fn feed(&mut self, chunk: &[u8]) {
        self.feed_with(chunk, &mut |_| {});
    }

    /// Reads the next chunk, passing each importable row to `sink` (the backend's import).
    pub fn feed_with(&mut self, chunk: &[u8], sink: &mut dyn FnMut(&Record<'_>)) {
        let mut pass = Pass {
            mapper: &mut self.mapper,
            sink,
        };
        self.reader.feed(chunk, &mut pass);
    }

    /// Physical lines read so far, for a progress display.
    pub fn lines_read(&self) -> u64 {
        self.reader.lines_seen()
    }

    /// Ends the file and returns the analysis.
    pub fn finish(self) -> Analysis {
        self.finish_with(&mut |_| {})
    }

    /// Ends the file, passing a last importable row (if any) to `sink`.
    pub fn finish_with(mut self, sink: &mut dyn FnMut(&Record<'_>)) -> Analysis {
        let mut pass = Pass {
            mapper: &mut self.mapper,
            sink,
        };
        self.reader.finish(&mut pass);
        self.mapper.finish()
    }
}

impl Table {
    /// Analyses the whole table at once: the preview, re-run on every mapping change.
    /// The same as an [`Analyzer`] fed the same file.
    pub fn analyze<Z: ZoneOffsets>(
        &self,
        schema: &Schema,
        zones: Z,
        max_problems: usize,
    ) -> Result<Analysis, Vec<SchemaError>> {
        let mut mapper = Mapper::new(schema, zones, max_problems)?;
        if let Some(header) = self.header() {
            mapper.header(header);
        }
        for (line, fields) in self.rows() {
            mapper.row(line, fields, &mut |_| {});
        }
        Ok(mapper.finish())
    }
}
