//! "The browser and the server report the same errors on the same file": the
//! backend's analysis of an upload (decoded, fed to the engine in chunks, or through
//! its own path) equals the engine's one-shot `Table::analyze`, which the SPA runs,
//! for generated files with good and bad values, blank and skipped lines, quotes,
//! BOMs and mixed line ends.

use injixo_backend::csv::{analyze::analyze, ChronoZones};
use injixo_contract::{CsvSample, CsvSchema, CSV_MAX_PROBLEMS};
use injixo_csv::{decode, Schema, Table};
use proptest::prelude::*;
use serde_json::json;

fn schema(interval: bool, skip_empty: bool) -> Schema {
    let layout = if interval {
        json!({ "kind": "interval_based", "interval_minutes": 15 })
    } else {
        json!({ "kind": "contact_based" })
    };
    let mut mapping = json!({
        "data_type": "contact_data",
        "layout": layout,
        "queue": "Warteschlange",
        "date_time": { "kind": "separate", "date": "Datum", "date_format": "DD.MM.YYYY",
                       "time": "Uhrzeit", "time_format": "hh:mm" },
        "offered": "Angeboten",
        "handled": "Angenommen",
        "channel": { "column": "Kanal" },
    });
    mapping[if interval { "aht" } else { "duration" }] = json!("Dauer");
    serde_json::from_value(json!({
        "read": { "separator": "semicolon",
                  "preprocessing": { "skip_empty_rows": skip_empty, "skip_rows_containing": ["Summe"] } },
        "time_zone": "Europe/Berlin",
        "mapping": mapping,
    }))
    .unwrap()
}

/// One cell: mostly good values of its column, sometimes something wrong.
fn cell(column: usize) -> BoxedStrategy<String> {
    let good: BoxedStrategy<String> = match column {
        0 => prop::sample::select(vec![
            "Vertrieb",
            "Kundendienst",
            "Störungen",
            "\"Nord; Süd\"",
        ])
        .prop_map(String::from)
        .boxed(),
        1 => (1u8..=28, 1u8..=12, 1969i32..=2026)
            .prop_map(|(d, m, y)| format!("{d:02}.{m:02}.{y}"))
            .boxed(),
        2 => (0u8..24, prop::sample::select(vec![0u8, 15, 30, 45, 7]))
            .prop_map(|(h, m)| format!("{h:02}:{m:02}"))
            .boxed(),
        3 | 4 => prop::sample::select(vec!["0", "1", "1", "2", "0.5"])
            .prop_map(String::from)
            .boxed(),
        5 => prop::sample::select(vec!["", "0", "120", "312"])
            .prop_map(String::from)
            .boxed(),
        _ => prop::sample::select(vec!["calls", "Chats", "emails", "fax"])
            .prop_map(String::from)
            .boxed(),
    };
    prop_oneof![
        8 => good,
        1 => prop::sample::select(vec!["", "-1", "x", "31.02.2025", "25:00", "9999999999"]).prop_map(String::from),
    ]
    .boxed()
}

fn row() -> impl Strategy<Value = String> {
    let cells: Vec<_> = (0..7).map(cell).collect();
    prop_oneof![
        10 => cells.prop_map(|c| c.join(";")),
        1 => Just(String::new()),
        1 => Just(";;;;;;".to_string()),
        1 => Just("Summe;;;;;;".to_string()),
        1 => Just("Vertrieb;03.02.2025".to_string()),
    ]
}

fn file() -> impl Strategy<Value = Vec<u8>> {
    (
        prop::collection::vec(
            (row(), prop::sample::select(vec!["\n", "\r\n", "\r"])),
            0..40,
        ),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(rows, bom, latin1)| {
            let mut text =
                String::from("Warteschlange;Datum;Uhrzeit;Angeboten;Angenommen;Dauer;Kanal\n");
            for (row, end) in rows {
                text.push_str(&row);
                text.push_str(end);
            }
            let mut bytes = if bom {
                b"\xEF\xBB\xBF".to_vec()
            } else {
                Vec::new()
            };
            if latin1 && !bom {
                bytes.extend(
                    text.chars()
                        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')),
                );
            } else {
                bytes.extend_from_slice(text.as_bytes());
            }
            bytes
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_backend_reports_what_the_engine_reports(
        bytes in file(),
        interval in any::<bool>(),
        skip_empty in any::<bool>(),
    ) {
        let schema = schema(interval, skip_empty);
        let csv = CsvSchema {
            schema: schema.clone(),
            sql: None,
            sample: CsvSample {
                file_name: "s.csv".into(),
                encoding: injixo_csv::Encoding::Utf8,
                text: String::new(),
            },
        };
        let mut records = 0u64;
        let backend = analyze(&bytes, &csv, &mut |_| records += 1).unwrap();
        let text = decode(&bytes).unwrap().text;
        let engine = Table::read(&text, &schema.read)
            .analyze(&schema, ChronoZones::new(), CSV_MAX_PROBLEMS)
            .unwrap();
        prop_assert_eq!(&backend, &engine);
        prop_assert_eq!(records, engine.imported_lines);
    }
}
