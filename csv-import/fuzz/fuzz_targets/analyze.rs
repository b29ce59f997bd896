//! Any bytes: decoding, separator detection, reading, analysis in chunks and at once
//! (which must agree), and the format grammar. A panic or a disagreement is a finding.
#![no_main]

use injixo_csv::{
    decode, detect_separator, Analyzer, FixedOffsets, Format, FormatKind, Schema, Separator, Table,
};
use libfuzzer_sys::fuzz_target;

const SCHEMA: &str = r#"{
    "read": { "separator": "semicolon" },
    "time_zone": "Etc/GMT-1",
    "mapping": {
        "data_type": "contact_data",
        "layout": { "kind": "interval_based", "interval_minutes": 15 },
        "queue": "A",
        "date_time": { "kind": "separate", "date": "B", "date_format": "D.M.YY",
                       "time": "C", "time_format": "h:mm" },
        "offered": "D", "handled": "E", "aht": "F", "aht_format": "hh_mm_ss",
        "channel": { "column": "G" }
    }
}"#;

fuzz_target!(|data: &[u8]| {
    let Some((&options, data)) = data.split_first() else {
        return;
    };
    let Some((&chunk, data)) = data.split_first() else {
        return;
    };
    let mut schema: Schema = serde_json::from_str(SCHEMA).expect("schema");
    let pre = &mut schema.read.preprocessing;
    schema.read.separator = Separator::ALL[usize::from(options & 3)];
    pre.add_header_row = options & 4 != 0;
    pre.skip_empty_rows = options & 8 != 0;
    pre.skip_first_rows = u32::from(options >> 6);
    if options & 16 != 0 {
        pre.skip_rows_containing = vec![";x".into()];
    }
    let _ = detect_separator(data);
    if let Ok(text) = std::str::from_utf8(data) {
        for kind in [FormatKind::Date, FormatKind::Time, FormatKind::Timestamp] {
            if let Some((format, value)) = text.split_once('\u{1}') {
                if let Ok(f) = Format::parse(format, kind) {
                    let _ = f.read(value);
                }
            }
        }
    }
    let Ok(decoded) = decode(data) else { return };
    let table = Table::read(&decoded.text, &schema.read);
    let _ = table.sql_rows().count();
    let whole = table
        .analyze(&schema, FixedOffsets, 20)
        .expect("valid schema");
    let mut analyzer = Analyzer::new(&schema, FixedOffsets, 20).expect("valid schema");
    for part in decoded.text.as_bytes().chunks(usize::from(chunk).max(1)) {
        analyzer.feed(part);
    }
    assert_eq!(analyzer.finish(), whole, "chunked analysis differs");
});
