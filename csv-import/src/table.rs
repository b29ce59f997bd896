//! A file split once into cells, for the preview (the mapping is re-applied on every
//! change) and for the SQL mapping (`uploaded_file`).

use crate::reader::{Header, RecordReader, RecordSink};
use crate::{ErrorCode, Problem, ReadOptions};

/// The fields of one record: its unquoted text and where each field ends in it.
#[derive(Clone, Copy, Debug)]
pub struct Fields<'a> {
    text: &'a str,
    ends: &'a [usize],
}

impl<'a> Fields<'a> {
    /// Fields from their concatenated text and end offsets. Offsets past the text or
    /// off a character boundary read as empty fields, never a panic.
    pub fn new(text: &'a str, ends: &'a [usize]) -> Self {
        Fields { text, ends }
    }

    /// Number of fields.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there is no field.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Field `i`, or `None` past the end.
    pub fn get(&self, i: usize) -> Option<&'a str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        Some(self.text.get(start..end).unwrap_or(""))
    }

    /// The fields in order.
    pub fn iter(&self) -> impl Iterator<Item = &'a str> + 'a {
        let this = *self;
        (0..this.len()).map(move |i| this.get(i).unwrap_or(""))
    }

    /// Checks the row against the header width. A row may have more fields than the
    /// header if the extra ones are empty: exports often end every line with a
    /// separator (the help center's own agent-status example does).
    pub fn fits(&self, header_width: usize) -> bool {
        self.len() == header_width
            || (self.len() > header_width && self.iter().skip(header_width).all(str::is_empty))
    }
}

#[derive(Clone, Copy, Debug)]
struct RowMeta {
    line: u64,
    text_start: usize,
    ends_start: usize,
}

/// A whole file read with its preprocessing options: header and rows, stored as one
/// text buffer and one offset per cell (no `String` per cell).
#[derive(Clone, Debug, Default)]
pub struct Table {
    header: Option<Header>,
    text: String,
    ends: Vec<usize>,
    rows: Vec<RowMeta>,
}

impl Table {
    /// Reads a whole text (from [`crate::decode`]) at once.
    pub fn read(text: &str, options: &ReadOptions) -> Table {
        let mut builder = TableBuilder::new(options);
        builder.feed(text.as_bytes());
        builder.finish()
    }

    /// The header names (generated ones with *Add header row*); empty if the file
    /// had no record at all.
    pub fn headers(&self) -> &[String] {
        self.header.as_ref().map_or(&[], |h| &h.names)
    }

    /// The header, `None` if the file had no record at all.
    pub fn header(&self) -> Option<&Header> {
        self.header.as_ref()
    }

    /// Number of data rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there is no data row.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Data row `i`: its physical line and its fields.
    pub fn row(&self, i: usize) -> Option<(u64, Fields<'_>)> {
        let meta = self.rows.get(i)?;
        let (text_end, ends_end) = match self.rows.get(i + 1) {
            Some(next) => (next.text_start, next.ends_start),
            None => (self.text.len(), self.ends.len()),
        };
        let fields = Fields::new(
            &self.text[meta.text_start..text_end],
            &self.ends[meta.ends_start..ends_end],
        );
        Some((meta.line, fields))
    }

    /// The data rows in file order.
    pub fn rows(&self) -> impl Iterator<Item = (u64, Fields<'_>)> + '_ {
        (0..self.len()).filter_map(|i| self.row(i))
    }

    /// The table as the SQL mapping loads it into `uploaded_file`: one entry per data
    /// row, its cells cut to the header width (only empty trailing cells are cut, see
    /// [`Fields::fits`]), or an `invalid_row_length` problem for rows that do not fit.
    pub fn sql_rows(&self) -> impl Iterator<Item = Result<Vec<&str>, Problem>> + '_ {
        let width = self.headers().len();
        self.rows().map(move |(line, fields)| {
            if fields.fits(width) {
                Ok(fields.iter().take(width).collect())
            } else {
                Err(Problem::new(ErrorCode::InvalidRowLength, Some(line)))
            }
        })
    }
}

/// Builds a [`Table`] from chunks, so that the browser can yield between them.
#[derive(Debug)]
pub struct TableBuilder {
    reader: RecordReader,
    table: Table,
}

impl TableBuilder {
    /// A builder for one file.
    pub fn new(options: &ReadOptions) -> Self {
        TableBuilder {
            reader: RecordReader::new(options),
            table: Table::default(),
        }
    }

    /// Reads the next chunk of text (split anywhere).
    pub fn feed(&mut self, chunk: &[u8]) {
        self.reader.feed(chunk, &mut self.table);
    }

    /// Reads the end of the file and returns the table.
    pub fn finish(mut self) -> Table {
        self.reader.finish(&mut self.table);
        self.table
    }
}

impl RecordSink for Table {
    fn header(&mut self, header: Header) {
        self.header = Some(header);
    }

    fn row(&mut self, line: u64, fields: Fields<'_>) {
        self.rows.push(RowMeta {
            line,
            text_start: self.text.len(),
            ends_start: self.ends.len(),
        });
        self.text.push_str(fields.text);
        self.ends.extend_from_slice(fields.ends);
    }
}
