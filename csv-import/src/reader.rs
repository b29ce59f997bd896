//! The one CSV reader: records from text fed in chunks of any size, with the
//! *Preprocessing options* applied and physical line numbers attached.

use serde::{Deserialize, Serialize};

use crate::lines::LineCounter;
use crate::{Fields, Separator};

/// The *Preprocessing options* of a CSV schema.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preprocessing {
    /// *Add header row*: the file has no header; columns are named `A`, `B`, … `Z`,
    /// `AA`, … and the first record is data.
    pub add_header_row: bool,
    /// *Skip empty rows*: drop records whose fields are all empty or blank (lines of
    /// separators only). Lines with no characters at all are always ignored.
    pub skip_empty_rows: bool,
    /// *Skip first rows*: drop this many physical lines at the start of the file, before
    /// anything is read as CSV (so a title line with a stray quote does no harm).
    pub skip_first_rows: u32,
    /// *Skip row(s) containing*: drop every record whose text, as written in the file,
    /// contains one of these strings (case-sensitive). Applies to the header row too.
    pub skip_rows_containing: Vec<String>,
}

/// How to read a file: the separator and the preprocessing options.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadOptions {
    /// The column separator.
    pub separator: Separator,
    /// The preprocessing options.
    #[serde(default)]
    pub preprocessing: Preprocessing,
}

/// The header row: its names (trimmed), and its line (`None` with *Add header row*).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// Physical line of the header row, `None` if the names were generated.
    pub line: Option<u64>,
    /// Column names.
    pub names: Vec<String>,
}

/// Receives what the reader finds, in file order.
pub trait RecordSink {
    /// The header, once, before the first row.
    fn header(&mut self, header: Header);
    /// One data row and its physical line.
    fn row(&mut self, line: u64, fields: Fields<'_>);
}

/// Reads records from text given in chunks (split anywhere, even inside a character or
/// a line break): the result never depends on the chunking.
#[derive(Debug)]
pub struct RecordReader {
    csv: csv_core::Reader,
    opts: Preprocessing,
    lines: LineCounter,
    lines_to_skip: u32,
    in_record: bool,
    record_line: u64,
    out: Vec<u8>,
    out_len: usize,
    ends: Vec<usize>,
    n_ends: usize,
    /// The record as written (quotes included), kept only for *Skip row(s) containing*.
    raw: Vec<u8>,
    header_done: bool,
    /// Fields as valid UTF-8 when the input was not (the lossy path).
    lossy: String,
    lossy_ends: Vec<usize>,
}

impl RecordReader {
    /// A reader for one file.
    pub fn new(options: &ReadOptions) -> Self {
        let mut csv = csv_core::ReaderBuilder::new()
            .delimiter(options.separator.byte())
            .build();
        // csv-core strips a UTF-8 BOM on its first call only if that call sees all three
        // bytes, which would make the result depend on the chunking. A first call with
        // no room for output reads nothing but counts as the first: BOM handling is off
        // (`decode` removes the BOM).
        let _ = csv.read_record(b"x", &mut [], &mut []);
        RecordReader {
            csv,
            opts: options.preprocessing.clone(),
            lines: LineCounter::default(),
            lines_to_skip: options.preprocessing.skip_first_rows,
            in_record: false,
            record_line: 0,
            out: vec![0; 1024],
            out_len: 0,
            ends: vec![0; 64],
            n_ends: 0,
            raw: Vec::new(),
            header_done: false,
            lossy: String::new(),
            lossy_ends: Vec::new(),
        }
    }

    /// Physical lines seen so far (line breaks counted; the last line may be unfinished).
    pub fn lines_seen(&self) -> u64 {
        self.lines.breaks()
    }

    /// Reads the next chunk of UTF-8 text (invalid UTF-8 is replaced, never a panic).
    pub fn feed(&mut self, mut input: &[u8], sink: &mut impl RecordSink) {
        while !input.is_empty() {
            if self.lines_to_skip > 0 {
                let used = self.lines.skip_lines(input, &mut self.lines_to_skip);
                input = &input[used..];
                continue;
            }
            if !self.in_record {
                // Blank lines between records: csv-core would drop them too, but the
                // record's first line is only known once they are behind us.
                let blank = input
                    .iter()
                    .take_while(|&&b| b == b'\r' || b == b'\n')
                    .count();
                self.lines.count(&input[..blank]);
                input = &input[blank..];
                if input.is_empty() {
                    break;
                }
                self.in_record = true;
                self.record_line = self.lines.breaks() + 1;
            }
            let used = self.step(input, sink);
            input = &input[used..];
        }
    }

    /// Ends the file: passes on the last record if it had no line break after it.
    pub fn finish(&mut self, sink: &mut impl RecordSink) {
        while self.in_record {
            self.step(&[], sink);
        }
    }

    /// One call of csv-core; returns the bytes used.
    fn step(&mut self, input: &[u8], sink: &mut impl RecordSink) -> usize {
        let (res, used, n_out, n_ends) = self.csv.read_record(
            input,
            &mut self.out[self.out_len..],
            &mut self.ends[self.n_ends..],
        );
        self.lines.count(&input[..used]);
        if !self.opts.skip_rows_containing.is_empty() {
            self.raw.extend_from_slice(&input[..used]);
        }
        self.out_len += n_out;
        self.n_ends += n_ends;
        match res {
            csv_core::ReadRecordResult::OutputFull => {
                let len = self.out.len() * 2;
                self.out.resize(len, 0);
            }
            csv_core::ReadRecordResult::OutputEndsFull => {
                let len = self.ends.len() * 2;
                self.ends.resize(len, 0);
            }
            csv_core::ReadRecordResult::Record => {
                self.emit(sink);
                self.in_record = false;
                self.out_len = 0;
                self.n_ends = 0;
                self.raw.clear();
            }
            csv_core::ReadRecordResult::End => self.in_record = false,
            csv_core::ReadRecordResult::InputEmpty => {}
        }
        used
    }

    fn emit(&mut self, sink: &mut impl RecordSink) {
        let bytes = &self.out[..self.out_len];
        let ends = &self.ends[..self.n_ends];
        let fields = match std::str::from_utf8(bytes) {
            Ok(text) => Fields::new(text, ends),
            Err(_) => {
                self.lossy.clear();
                self.lossy_ends.clear();
                let mut start = 0;
                for &end in ends {
                    self.lossy
                        .push_str(&String::from_utf8_lossy(&bytes[start..end]));
                    self.lossy_ends.push(self.lossy.len());
                    start = end;
                }
                Fields::new(&self.lossy, &self.lossy_ends)
            }
        };
        // A plain search: records and needles are short, and memchr's `memmem` would
        // add about 6 KB to the wasm.
        let contains =
            |s: &String| !s.is_empty() && self.raw.windows(s.len()).any(|w| w == s.as_bytes());
        let skipped = self.opts.skip_rows_containing.iter().any(contains)
            || (self.opts.skip_empty_rows && fields.iter().all(|f| f.trim().is_empty()));
        if skipped {
            return;
        }
        if !self.header_done {
            self.header_done = true;
            if self.opts.add_header_row {
                let names = (0..fields.len()).map(column_letters).collect();
                sink.header(Header { line: None, names });
            } else {
                let names = fields.iter().map(|f| f.trim().to_owned()).collect();
                sink.header(Header {
                    line: Some(self.record_line),
                    names,
                });
                return;
            }
        }
        sink.row(self.record_line, fields);
    }
}

/// Spreadsheet column letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
pub fn column_letters(index: usize) -> String {
    // Bijective base 26, written without `index + 1` so that no index can overflow.
    let mut n = index;
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (n % 26) as u8);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    letters.iter().rev().map(|&b| char::from(b)).collect()
}
