use super::*;
use injixo_contract::CsvSample;
use injixo_csv::{ReadOptions, Schema, Separator};

/// An SQL-mapped schema for interval-based data in 15-minute intervals, Berlin time.
fn sql_schema(query: &str) -> CsvSchema {
    let schema: Schema = serde_json::from_value(serde_json::json!({
        "read": { "separator": "semicolon" },
        "time_zone": "Europe/Berlin",
        "mapping": {
            "data_type": "contact_data",
            "layout": { "kind": "interval_based", "interval_minutes": 15 },
            "queue": null,
            "date_time": { "kind": "combined", "timestamp": null, "timestamp_format": "" },
            "offered": null, "handled": null, "channel": null,
        },
    }))
    .unwrap();
    assert_eq!(
        schema.read,
        ReadOptions {
            separator: Separator::Semicolon,
            ..Default::default()
        }
    );
    CsvSchema {
        schema,
        sql: Some(query.into()),
        sample: CsvSample {
            file_name: "sample.csv".into(),
            encoding: injixo_csv::Encoding::Utf8,
            text: String::new(),
        },
    }
}

const FILE: &str = "Queue;Date;Time;Received;HandledCalls;HandleTime\n\
                    Sales;06/03/2023;07:30;12;5;1324.6\n\
                    Sales;06/03/2023;07:45;8;4;600\n\
                    Support;06/03/2023;07:30;3;0;\n";

const QUERY: &str = "SELECT Queue AS queue,
  SUBSTR(Date, 7, 4) || '-' || SUBSTR(Date, 1, 2) || '-' || SUBSTR(Date, 4, 2) || ' ' || Time || ':00' AS timestamp,
  Received AS offered, HandledCalls AS handled, HandleTime / HandledCalls AS aht, 'chats' AS channel
FROM uploaded_file";

#[test]
fn an_sql_mapping_is_read_like_a_mapped_file() {
    let mut records = Vec::new();
    let analysis = analyze(FILE.as_bytes(), &sql_schema(QUERY), &mut |r| {
        if let Record::ContactData(c) = r {
            records.push((c.queue.to_string(), c.timestamp.to_string(), c.aht_seconds));
        }
    })
    .unwrap();
    assert_eq!(analysis.problems, []);
    assert_eq!((analysis.imported_lines, analysis.queues), (3, 2));
    // 06/03/2023 is read as MM/DD/YYYY by the query: 3 June, summer time.
    assert_eq!(analysis.first.unwrap().to_string(), "2023-06-03 05:30:00");
    assert_eq!(analysis.last.unwrap().to_string(), "2023-06-03 05:45:00");
    assert_eq!(
        records,
        [
            ("Sales".into(), "2023-06-03 05:30:00".into(), Some(265)),
            ("Sales".into(), "2023-06-03 05:45:00".into(), Some(150)),
            // 0 handled calls: the division by zero is NULL, no AHT.
            ("Support".into(), "2023-06-03 05:30:00".into(), None),
        ]
    );
}

#[test]
fn bad_result_values_are_problems_without_a_line() {
    let file = "Queue;Stamp;N\nA;2023-06-03 07:30:00;1\n;2023-06-03 07:31:00;-2\n";
    let query = "SELECT Queue AS queue, Stamp AS timestamp, N AS offered, N AS handled, 'fax' AS channel FROM uploaded_file";
    let analysis = analyze(file.as_bytes(), &sql_schema(query), &mut |_| {}).unwrap();
    let codes: Vec<_> = analysis
        .problems
        .iter()
        .map(|p| {
            (
                p.code.as_str(),
                p.line,
                p.column_name.clone().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        codes,
        [
            ("invalid_channel", None, "channel".to_string()),
            ("missing_queue", None, "queue".into()),
            ("invalid_timestamp", None, "timestamp".into()),
            ("negative_number", None, "offered".into()),
            ("negative_number", None, "handled".into()),
            ("invalid_channel", None, "channel".into()),
        ]
    );
    assert_eq!((analysis.imported_lines, analysis.rejected_lines), (0, 2));
    assert!(!analysis.is_importable());
}

#[test]
fn a_result_without_a_required_column_is_a_header_problem() {
    let query = "SELECT Queue AS queue FROM uploaded_file";
    let analysis = analyze(FILE.as_bytes(), &sql_schema(query), &mut |_| {}).unwrap();
    assert_eq!(
        analysis.problems,
        [Problem::new(ErrorCode::InvalidHeaders, None)]
    );
    let failure = analyze(
        FILE.as_bytes(),
        &sql_schema("SELECT nope FROM uploaded_file"),
        &mut |_| {},
    );
    assert_eq!(
        failure,
        Err(Failure::Sql(SqlFailure::Error(
            "no such column: nope".into()
        )))
    );
}

#[test]
fn files_that_are_not_text_are_a_file_problem() {
    for (bytes, code) in [
        (&b""[..], ErrorCode::EmptyFile),
        (b"\xFF\xFEQ\0u\0", ErrorCode::UnsupportedEncoding),
        (b"a;b\n\0\0\0", ErrorCode::BinaryFile),
    ] {
        let analysis = analyze(bytes, &sql_schema(QUERY), &mut |_| {}).unwrap();
        assert_eq!(analysis.problems, [Problem::new(code, None)], "{bytes:?}");
        assert_eq!(analysis.error_count, 1);
    }
}
