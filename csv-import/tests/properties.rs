//! Properties over generated input: valid files read back exactly, nothing panics, and
//! chunked analysis equals one-shot analysis.

mod common;

use injixo_csv::{
    decode, detect_separator, Analyzer, FixedOffsets, Format, FormatKind, LocalDateTime,
    Preprocessing, ReadOptions, Separator, Table,
};
use proptest::prelude::*;

fn separator() -> impl Strategy<Value = Separator> {
    prop::sample::select(Separator::ALL.to_vec())
}

/// Cell text with everything that needs quoting: separators, quotes, line breaks.
fn cell() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(vec!["a", "Z", "1", " ", "é", "€", "日本"]),
            1 => prop::sample::select(vec![",", ";", "\t", "|", "\"", "\n", "\r\n", "\r"]),
        ],
        0..6,
    )
    .prop_map(|parts| parts.concat())
}

/// A header name: no surrounding blanks (the reader trims them) and no line breaks.
fn name() -> impl Strategy<Value = String> {
    "[A-Za-z][A-Za-z0-9 _]{0,8}[A-Za-z0-9]".prop_map(String::from)
}

#[derive(Clone, Debug)]
struct File {
    sep: Separator,
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    /// Whether to quote a cell that does not need it, per cell in file order.
    extra_quotes: Vec<bool>,
    /// Line ending after each record (mixed in one file).
    endings: Vec<&'static str>,
    bom: bool,
    final_newline: bool,
}

fn file() -> impl Strategy<Value = File> {
    (separator(), 1usize..5, 0usize..8).prop_flat_map(|(sep, width, height)| {
        (
            Just(sep),
            prop::collection::vec(name(), width),
            prop::collection::vec(prop::collection::vec(cell(), width), height),
            prop::collection::vec(any::<bool>(), (height + 1) * width),
            prop::collection::vec(prop::sample::select(vec!["\n", "\r\n", "\r"]), height + 1),
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(
                |(sep, header, rows, extra_quotes, endings, bom, final_newline)| File {
                    sep,
                    header,
                    rows,
                    extra_quotes,
                    endings,
                    bom,
                    final_newline,
                },
            )
    })
}

fn line_breaks(s: &str) -> u64 {
    s.replace("\r\n", "\n")
        .chars()
        .filter(|&c| c == '\n' || c == '\r')
        .count() as u64
}

impl File {
    /// The file's bytes, and the physical line each data row starts at.
    fn write(&self) -> (Vec<u8>, Vec<u64>) {
        let sep = char::from(self.sep.byte());
        let mut out = String::new();
        let mut lines = Vec::new();
        let mut line = 1;
        let mut quote_flags = self.extra_quotes.iter();
        let records = std::iter::once(&self.header).chain(&self.rows);
        for (r, record) in records.enumerate() {
            if r > 0 {
                lines.push(line);
            }
            for (i, cell) in record.iter().enumerate() {
                if i > 0 {
                    out.push(sep);
                }
                let needs = cell.contains([sep, '"', '\n', '\r'])
                    // A lone empty cell would be a blank line, which readers skip.
                    || (record.len() == 1 && cell.is_empty());
                if needs || *quote_flags.next().unwrap_or(&false) {
                    out.push('"');
                    out.push_str(&cell.replace('"', "\"\""));
                    out.push('"');
                } else {
                    out.push_str(cell);
                }
                line += line_breaks(cell);
            }
            let last = r == self.rows.len();
            if !last || self.final_newline {
                out.push_str(self.endings[r]);
            }
            line += 1;
        }
        let mut bytes = if self.bom {
            b"\xEF\xBB\xBF".to_vec()
        } else {
            Vec::new()
        };
        bytes.extend_from_slice(out.as_bytes());
        (bytes, lines)
    }
}

/// A random format of `kind` and a value written in it; separators between the parts
/// wherever a part has a variable width (then the reading is unique).
fn dated() -> impl Strategy<Value = (String, LocalDateTime, String, FormatKind)> {
    let tokens = (
        prop::sample::select(vec!["D", "DD"]),
        prop::sample::select(vec!["M", "MM"]),
        prop::sample::select(vec!["YY", "YYYY"]),
        prop::sample::select(vec!["h", "hh"]),
        prop::sample::select(vec!["m", "mm"]),
        prop::sample::select(vec!["", "s", "ss"]),
    );
    let kind = prop::sample::select(vec![
        FormatKind::Date,
        FormatKind::Time,
        FormatKind::Timestamp,
    ]);
    let seps = prop::collection::vec(
        prop::sample::select(vec!["", "/", "-", ".", ", ", ":", "T", " "]),
        6,
    );
    let when = (1970i32..2069, 1u8..=12, 1u8..=31, 0u8..24, 0u8..60, 0u8..60);
    (
        tokens,
        kind,
        seps,
        Just(()).prop_perturb(|_, mut rng| rng.random::<u64>()),
        when,
    )
        .prop_map(
            |(
                (d, mo, y, h, mi, s),
                kind,
                seps,
                shuffle,
                (year, month, day, hour, minute, second),
            )| {
                let day = day.min(injixo_csv::days_in_month(i64::from(year), month));
                let second = if s.is_empty() { 0 } else { second };
                let mut parts: Vec<&str> = match kind {
                    FormatKind::Date => vec![d, mo, y],
                    FormatKind::Time => vec![h, mi, s],
                    FormatKind::Timestamp => vec![d, mo, y, h, mi, s],
                };
                parts.retain(|p| !p.is_empty());
                // A deterministic shuffle of the part order.
                let n = parts.len();
                for i in (1..n).rev() {
                    parts.swap(i, (shuffle >> (i * 4)) as usize % (i + 1));
                }
                let (mut format, mut value) = (String::new(), String::new());
                for (i, part) in parts.iter().enumerate() {
                    if i > 0 {
                        let fixed = |p: &str| p.len() > 1;
                        let sep = if seps[i].is_empty() && !(fixed(parts[i - 1]) && fixed(part)) {
                            "/"
                        } else {
                            seps[i]
                        };
                        format.push_str(sep);
                        value.push_str(sep);
                    }
                    format.push_str(part);
                    let v = match part.as_bytes()[0] {
                        b'D' => u32::from(day),
                        b'M' => u32::from(month),
                        b'Y' if part.len() == 2 => (year % 100) as u32,
                        b'Y' => year as u32,
                        b'h' => u32::from(hour),
                        b'm' => u32::from(minute),
                        _ => u32::from(second),
                    };
                    let width = if part.len() == 1 { 1 } else { part.len() };
                    value.push_str(&format!("{v:0width$}"));
                }
                let (year, month, day) = if kind == FormatKind::Time {
                    (1970, 1, 1)
                } else {
                    (year, month, day)
                };
                let (hour, minute, second) = if kind == FormatKind::Date {
                    (0, 0, 0)
                } else {
                    (hour, minute, second)
                };
                (
                    format,
                    LocalDateTime {
                        year,
                        month,
                        day,
                        hour,
                        minute,
                        second,
                    },
                    value,
                    kind,
                )
            },
        )
}

proptest! {
    #[test]
    fn a_generated_file_reads_back_exactly(f in file()) {
        let (bytes, lines) = f.write();
        let decoded = decode(&bytes).unwrap();
        let options = ReadOptions { separator: f.sep, preprocessing: Preprocessing::default() };
        let table = Table::read(&decoded.text, &options);
        prop_assert_eq!(table.headers(), &f.header[..]);
        let rows: Vec<(u64, Vec<String>)> =
            table.rows().map(|(l, fields)| (l, fields.iter().map(String::from).collect())).collect();
        let expected: Vec<(u64, Vec<String>)> = lines.into_iter().zip(f.rows.clone()).collect();
        prop_assert_eq!(rows, expected);
    }

    #[test]
    fn a_generated_date_reads_back_exactly((format, when, value, kind) in dated()) {
        let parsed = Format::parse(&format, kind).unwrap();
        prop_assert_eq!(parsed.read(&value), Ok(when), "format {:?} value {:?}", format, value);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400), skip in 0u32..3) {
        let _ = detect_separator(&bytes);
        let mut schema = common::interval_schema("UTC", 15);
        schema.read.preprocessing.skip_first_rows = skip;
        schema.read.preprocessing.skip_rows_containing = vec!["x".into()];
        if let Ok(d) = decode(&bytes) {
            let table = Table::read(&d.text, &schema.read);
            let _ = table.analyze(&schema, FixedOffsets, 5);
            let _ = table.sql_rows().count();
        }
        // Undecoded bytes straight into the analyzer (the lossy path).
        let mut a = Analyzer::new(&schema, FixedOffsets, 5).unwrap();
        a.feed(&bytes);
        let _ = a.finish();
    }

    #[test]
    fn arbitrary_formats_and_values_never_panic(format in "\\PC{0,70}", value in "[0-9 /:.DMYhms-]{0,30}|\\PC{0,30}") {
        for kind in [FormatKind::Date, FormatKind::Time, FormatKind::Timestamp] {
            if let Ok(f) = Format::parse(&format, kind) {
                let _ = f.read(&value);
            }
        }
    }

    #[test]
    fn chunked_analysis_equals_one_shot(
        rows in prop::collection::vec(common::row(), 0..25),
        endings in prop::collection::vec(prop::sample::select(vec!["\n", "\r\n", "\r", "\n\n"]), 25),
        pre in common::preprocessing(),
        cuts in prop::collection::vec(1usize..40, 1..30),
    ) {
        let mut text = String::from("Queue;Date;Time;IncomingCalls;AnsweredCalls;AHT");
        for (row, ending) in rows.iter().zip(endings.iter().cycle()) {
            text.push_str(ending);
            text.push_str(row);
        }
        let mut schema = common::interval_schema("UTC", 15);
        schema.read.preprocessing = pre;
        let one_shot = Table::read(&text, &schema.read).analyze(&schema, FixedOffsets, 7).unwrap();
        let mut analyzer = Analyzer::new(&schema, FixedOffsets, 7).unwrap();
        let mut rest = text.as_bytes();
        for cut in cuts.iter().cycle() {
            if rest.is_empty() {
                break;
            }
            let (chunk, tail) = rest.split_at((*cut).min(rest.len()));
            analyzer.feed(chunk);
            rest = tail;
        }
        prop_assert_eq!(analyzer.finish(), one_shot);
    }
}
