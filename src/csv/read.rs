//! Files read in slices, so that the page stays responsive: the engine is fed 64 KiB
//! at a time and the work yields to the event loop whenever it has run for 20 ms
//! (csv-import/README.md measured up to 36 ms for a 128 KiB slice in V8, so no task
//! runs much over 50 ms). Also the sample a schema keeps, cut at a line end.

use crate::browser::{IntlZones, Slices};
use injixo_contract::{CSV_MAX_PROBLEMS, CSV_SAMPLE_MAX_BYTES};
use injixo_csv::{
    decode_as, Analysis, Analyzer, DecodeError, Encoding, ErrorCode, ReadOptions, Schema,
    SchemaError, Table, TableBuilder,
};
use std::sync::Arc;

/// Bytes of text per slice.
pub const SLICE_BYTES: usize = 64 * 1024;
/// How long one task may run before it yields.
const BUDGET_MS: f64 = 20.0;

/// `text` cut to at most `max` bytes after its last line end within them (a CRLF
/// file is cut after the LF); whether it was cut.
pub fn cut_at_line_end(text: &str, max: usize) -> (&str, bool) {
    if text.len() <= max {
        return (text, false);
    }
    let head = &text.as_bytes()[..max];
    let end = head
        .iter()
        .rposition(|&b| b == b'\n')
        .or_else(|| head.iter().rposition(|&b| b == b'\r'))
        .map(|i| i + 1)
        .unwrap_or_else(|| {
            (0..=max)
                .rev()
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(0)
        });
    (&text[..end], true)
}

/// A sample file, decoded: what the wizard previews and the schema keeps.
#[derive(Clone, Debug, PartialEq)]
pub struct Sample {
    pub file_name: String,
    /// The decoded text, at most `CSV_SAMPLE_MAX_BYTES`.
    pub text: Arc<str>,
    pub encoding: Encoding,
    /// The file was longer than what is kept.
    pub cut: bool,
    /// The file's bytes, to decode them again with another encoding (`None` for the
    /// sample of a saved schema: then only a re-upload can change it).
    pub bytes: Option<Arc<[u8]>>,
}

impl Sample {
    /// Decodes `bytes` (detected, or as `encoding`) and keeps the first
    /// `CSV_SAMPLE_MAX_BYTES` of the text.
    pub fn decode(
        file_name: String,
        bytes: Arc<[u8]>,
        encoding: Option<Encoding>,
    ) -> Result<Sample, ErrorCode> {
        let decoded = decode_as(&bytes, encoding).map_err(DecodeError::code)?;
        let (text, cut) = cut_at_line_end(&decoded.text, CSV_SAMPLE_MAX_BYTES);
        Ok(Sample {
            file_name,
            text: Arc::from(text),
            encoding: decoded.encoding,
            cut,
            bytes: Some(bytes),
        })
    }
}

/// Splits `text` into a table with `options`, in slices.
pub async fn build_table(text: Arc<str>, options: ReadOptions) -> Table {
    let mut builder = TableBuilder::new(&options);
    let mut slices = Slices::new(BUDGET_MS);
    for chunk in text.as_bytes().chunks(SLICE_BYTES) {
        builder.feed(chunk);
        slices.pause().await;
    }
    builder.finish()
}

/// Analyses a whole file's text with `schema`, in slices, reporting the share done.
pub async fn analyze(
    text: &str,
    schema: &Schema,
    on_progress: impl Fn(f64),
) -> Result<Analysis, Vec<SchemaError>> {
    let mut analyzer = Analyzer::new(schema, IntlZones, CSV_MAX_PROBLEMS)?;
    let total = text.len().max(1) as f64;
    let mut done = 0;
    let mut slices = Slices::new(BUDGET_MS);
    for chunk in text.as_bytes().chunks(SLICE_BYTES) {
        analyzer.feed(chunk);
        done += chunk.len();
        if slices.pause().await {
            on_progress(done as f64 / total);
        }
    }
    Ok(analyzer.finish())
}

#[cfg(test)]
mod tests {
    use super::cut_at_line_end;

    #[test]
    fn a_sample_is_cut_after_a_line_end() {
        assert_eq!(cut_at_line_end("a;b\n1;2\n", 100), ("a;b\n1;2\n", false));
        assert_eq!(cut_at_line_end("a;b\r\n1;2\r\n3;4", 9), ("a;b\r\n", true));
        assert_eq!(
            cut_at_line_end("a;b\r\n1;2\r\n3;4", 10),
            ("a;b\r\n1;2\r\n", true)
        );
        assert_eq!(cut_at_line_end("a;b\r1;2\r3;4", 9), ("a;b\r1;2\r", true));
        // No line end at all: cut at a character boundary.
        assert_eq!(cut_at_line_end("äöü", 3), ("ä", true));
    }
}
