//! Whole files through schema, plan and analysis: the importer's summary and errors.

mod common;

use common::{agent_schema, analyze, at, contact_schema, interval_schema, problems, schema};
use injixo_csv::{Analyzer, FixedOffsets, Record, Table, UtcTime};
use serde_json::json;

const INTERVAL_EXAMPLE: &str = "\
Queue;Date;Time;IncomingCalls;AnsweredCalls;AHT
My Inbound Queue;25/05/2020;08:00;15;14;230
My Inbound Queue;25/05/2020;08:15;16;15;210
My Inbound Queue;25/05/2020;08:30;20;18;235
My Inbound Queue;25/05/2020;08:45;18;15;215
";

const CONTACT_EXAMPLE: &str = "\
Queue;Date;Time;Offered;Answered;Duration
My Inbound Queue;25/05/2020;08:00;1;1;100
My Inbound Queue;25/05/2020;08:03;1;0;0
My Inbound Queue;25/05/2020;08:04;1;1;120
My Inbound Queue;25/05/2020;08:07;1;0;0
";

const AGENT_EXAMPLE: &str = "\
StartDate;StartTime;AgentID;AgentActivityID
2022-04-22;08:34:29;816;1013;
2022-04-22;08:34:42;816;1015;
2022-04-22;08:34:48;816;1015;
2022-04-22;08:39:11;816;1015;
";

fn utc(text: &str) -> UtcTime {
    // "YYYY-MM-DD hh:mm:ss" back to seconds, through the crate's own civil arithmetic.
    let n = |r: std::ops::Range<usize>| text[r].parse::<i64>().unwrap();
    let days = injixo_csv::days_from_civil(n(0..4), n(5..7) as u8, n(8..10) as u8);
    UtcTime(days * 86_400 + n(11..13) * 3600 + n(14..16) * 60 + n(17..19))
}

#[test]
fn the_interval_based_example_imports_in_utc() {
    // Etc/GMT-2 is UTC+02:00 (CEST in May): 08:00 local is 06:00 UTC.
    let a = analyze(INTERVAL_EXAMPLE, &interval_schema("Etc/GMT-2", 15));
    assert_eq!(problems(&a), []);
    assert_eq!((a.imported_lines, a.rejected_lines, a.queues), (4, 0, 1));
    assert_eq!(a.first, Some(utc("2020-05-25 06:00:00")));
    assert_eq!(a.last.unwrap().to_string(), "2020-05-25 06:45:00");
    assert!(a.is_importable());
}

#[test]
fn a_larger_interval_than_the_file_has_is_an_error_at_each_off_interval_row() {
    let a = analyze(INTERVAL_EXAMPLE, &interval_schema("UTC", 30));
    let expected = [
        at("invalid_timestamp", 3, "Time"),
        at("invalid_timestamp", 5, "Time"),
    ];
    assert_eq!(problems(&a), expected);
    assert_eq!((a.imported_lines, a.rejected_lines), (2, 2));
    assert!(!a.is_importable());
}

#[test]
fn the_contact_based_example_imports() {
    let a = analyze(CONTACT_EXAMPLE, &contact_schema("UTC"));
    assert_eq!(problems(&a), []);
    assert_eq!((a.imported_lines, a.queues), (4, 1));
}

#[test]
fn contact_based_rules_for_handled_and_duration() {
    let text = "Queue;Date;Time;Offered;Answered;Duration\n\
                Q;25/05/2020;08:00;1;2;100\n\
                Q;25/05/2020;08:00;1;1;0\n\
                Q;25/05/2020;08:00;1;1;\n\
                Q;25/05/2020;08:00;1;0;\n\
                Q;25/05/2020;08:00;1;0.5;30\n";
    let a = analyze(text, &contact_schema("UTC"));
    let expected = [
        at("invalid_handled_cdr", 2, "Answered"),
        at("invalid_duration_cdr", 3, "Duration"),
        at("invalid_duration_cdr", 4, "Duration"),
    ];
    assert_eq!(problems(&a), expected);
    assert_eq!(a.imported_lines, 2);
}

#[test]
fn the_agent_status_example_with_its_trailing_separators_imports() {
    let a = analyze(AGENT_EXAMPLE, &agent_schema(None));
    assert_eq!(problems(&a), []);
    assert_eq!((a.imported_lines, a.agents, a.queues), (4, 1, 0));
    assert_eq!(a.first.unwrap().to_string(), "2022-04-22 08:34:29");
    assert_eq!(a.last.unwrap().to_string(), "2022-04-22 08:39:11");
}

#[test]
fn agent_status_end_before_start_and_missing_identifiers() {
    let end = json!({ "kind": "combined", "timestamp": "End", "timestamp_format": "YYYY-MM-DD hh:mm:ss" });
    let text = "StartDate;StartTime;AgentID;AgentActivityID;End\n\
                2022-04-22;08:00:00;816;1013;2022-04-22 09:00:00\n\
                2022-04-22;08:00:00;816;1013;2022-04-22 07:59:59\n\
                2022-04-22;08:00:00; ;;\n\
                2022-04-22;08:00:00;817;1015;\n";
    let a = analyze(text, &agent_schema(Some(end)));
    let expected = [
        at("end_time_before_start_time", 3, "End"),
        at("missing_agent", 4, "AgentID"),
        at("missing_activity", 4, "AgentActivityID"),
    ];
    assert_eq!(problems(&a), expected);
    assert_eq!((a.imported_lines, a.agents), (2, 2));
    assert_eq!(a.last.unwrap().to_string(), "2022-04-22 09:00:00");
}

#[test]
fn each_bad_cell_is_reported_at_its_line_and_column() {
    let text = "Queue;Date;Time;IncomingCalls;AnsweredCalls;AHT\n\
                ;31/02/2020;8:00;-1;x;1e3\n\
                Q;01/01/1969;25:00;99999999999;1;\n\
                Q;01/01/2020;08:00;1\n";
    let a = analyze(text, &interval_schema("UTC", 15));
    let expected = vec![
        at("missing_queue", 2, "Queue"),
        at("invalid_date_format", 2, "Date"),
        at("invalid_time_format", 2, "Time"),
        at("negative_number", 2, "IncomingCalls"),
        at("invalid_number", 2, "AnsweredCalls"),
        at("invalid_number", 2, "AHT"),
        at("invalid_year", 3, "Date"),
        at("invalid_time_format", 3, "Time"),
        at("number_too_big", 3, "IncomingCalls"),
        ("invalid_row_length", Some(4), None),
    ];
    assert_eq!(problems(&a), expected);
    assert_eq!(
        (a.error_count, a.rejected_lines, a.imported_lines),
        (10, 3, 0)
    );
    let first = &a.problems[1];
    assert_eq!(
        (first.column, first.value.as_deref()),
        (Some(1), Some("31/02/2020"))
    );
}

#[test]
fn at_most_the_asked_number_of_problems_is_kept_but_all_are_counted() {
    let mut text = String::from("Queue;Date;Time;IncomingCalls;AnsweredCalls;AHT\n");
    for _ in 0..50 {
        text.push_str("Q;25/05/2020;08:00;x;1;1\n");
    }
    let s = interval_schema("UTC", 15);
    let a = Table::read(&text, &s.read)
        .analyze(&s, FixedOffsets, 5)
        .unwrap();
    assert_eq!((a.problems.len(), a.error_count), (5, 50));
    assert_eq!(a.problems[4].line, Some(6));
}

#[test]
fn a_mapped_column_missing_from_the_file_is_invalid_headers() {
    let text = "Queue;Datum;Time;IncomingCalls;AnsweredCalls;AHT\nQ;25/05/2020;08:00;1;1;1\n";
    let a = analyze(text, &interval_schema("UTC", 15));
    assert_eq!(problems(&a), [("invalid_headers", Some(1), None)]);
    assert_eq!(a.imported_lines + a.rejected_lines, 0);
}

#[test]
fn a_wrong_separator_is_invalid_separator() {
    let a = analyze(
        &INTERVAL_EXAMPLE.replace(';', ","),
        &interval_schema("UTC", 15),
    );
    assert_eq!(problems(&a), [("invalid_separator", Some(1), None)]);
}

#[test]
fn a_header_without_rows_is_an_empty_file() {
    let a = analyze(
        "Queue;Date;Time;IncomingCalls;AnsweredCalls;AHT\n",
        &interval_schema("UTC", 15),
    );
    assert_eq!(problems(&a), [("empty_file", None, None)]);
    assert_eq!(
        problems(&analyze("\n\n", &interval_schema("UTC", 15))),
        [("empty_file", None, None)]
    );
}

#[test]
fn contact_data_over_ten_years_and_agent_status_over_one_year_are_refused() {
    let text = |first: &str, last: &str| {
        format!("Queue;Date;Time;IncomingCalls;AnsweredCalls;AHT\nQ;{first};08:00;1;1;1\nQ;{last};08:00;1;1;1\n")
    };
    let s = interval_schema("UTC", 15);
    assert_eq!(
        problems(&analyze(&text("01/01/2010", "01/01/2020"), &s)),
        []
    );
    let over = analyze(&text("01/01/2010", "02/01/2020"), &s);
    assert_eq!(problems(&over), [("invalid_time_range", None, None)]);
    let agent = |last: &str| {
        format!("StartDate;StartTime;AgentID;AgentActivityID\n2022-04-22;08:00:00;1;1\n{last};08:00:00;1;1\n")
    };
    assert_eq!(
        problems(&analyze(&agent("2023-04-22"), &agent_schema(None))),
        []
    );
    let over = analyze(&agent("2023-04-23"), &agent_schema(None));
    assert_eq!(problems(&over), [("excessive_data", None, None)]);
}

#[test]
fn channel_from_a_column_and_aht_as_hh_mm_ss() {
    let s = schema(json!({
        "read": { "separator": "comma", "preprocessing": { "skip_first_rows": 1, "add_header_row": true } },
        "time_zone": "Etc/GMT+5",
        "mapping": {
            "data_type": "contact_data",
            "layout": { "kind": "interval_based", "interval_minutes": 30 },
            "queue": "A",
            "date_time": { "kind": "combined", "timestamp": "B", "timestamp_format": "YYYYMMDD hh:mm:ss" },
            "offered": "C", "handled": "D", "aht": "E", "aht_format": "hh_mm_ss",
            "channel": { "column": "F" }
        }
    }));
    let text = "Name,Start,Offered,Handled,AHT,Channel\n\
                queue1,20230613 15:30:00,10,8,00:05:00,chats\n\
                queue2,20230613 15:30:00,10,8,,Phone\n";
    let mut seen = Vec::new();
    let mut analyzer = Analyzer::new(&s, FixedOffsets, 10).unwrap();
    analyzer.feed_with(text.as_bytes(), &mut |r| {
        seen.push(serde_json::to_value(r).unwrap())
    });
    let a = analyzer.finish();
    assert_eq!(problems(&a), [at("invalid_channel", 3, "F")]);
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0]["channel"], "chats");
    assert_eq!(seen[0]["aht_seconds"], 300);
    // 15:30 at UTC−05:00 is 20:30 UTC.
    assert_eq!(seen[0]["timestamp"], utc("2023-06-13 20:30:00").0);
}

#[test]
fn a_local_time_the_zone_skips_is_non_existing_timestamp() {
    struct SpringForward;
    impl injixo_csv::ZoneOffsets for SpringForward {
        fn knows(&self, zone: &str) -> bool {
            zone == "Test/Spring"
        }
        fn offset_seconds(&self, _: &str, local: injixo_csv::LocalDateTime) -> Option<i32> {
            (local.hour != 2).then_some(3600)
        }
    }
    let mut s = interval_schema("Test/Spring", 15);
    s.time_zone = "Test/Spring".into();
    let text = "Queue;Date;Time;IncomingCalls;AnsweredCalls;AHT\nQ;26/03/2023;02:30;1;1;1\nQ;26/03/2023;03:00;1;1;1\n";
    let a = Table::read(text, &s.read)
        .analyze(&s, SpringForward, 10)
        .unwrap();
    assert_eq!(problems(&a), [at("non_existing_timestamp", 2, "Time")]);
}

#[test]
fn records_passed_to_the_backend_are_the_imported_rows() {
    let s = contact_schema("UTC");
    let mut lines = Vec::new();
    let mut analyzer = Analyzer::new(&s, FixedOffsets, 10).unwrap();
    analyzer.feed_with(CONTACT_EXAMPLE.as_bytes(), &mut |r| {
        if let Record::ContactData(c) = r {
            lines.push((c.line, c.handled, c.duration_seconds));
        }
    });
    let a = analyzer.finish();
    assert_eq!(a.imported_lines, 4);
    assert_eq!(
        lines,
        [
            (2, 1.0, Some(100)),
            (3, 0.0, Some(0)),
            (4, 1.0, Some(120)),
            (5, 0.0, Some(0))
        ]
    );
}

#[test]
fn a_whole_file_problem_comes_first_even_past_the_limit() {
    let mut text = String::from("Queue;Date;Time;IncomingCalls;AnsweredCalls;AHT\n");
    text.push_str("Q;01/01/2010;08:00;1;1;1\nQ;01/06/2020;08:00;1;1;1\n");
    for _ in 0..10 {
        text.push_str("Q;01/01/2015;08:00;x;1;1\n");
    }
    let s = interval_schema("UTC", 15);
    let a = Table::read(&text, &s.read)
        .analyze(&s, FixedOffsets, 3)
        .unwrap();
    assert_eq!(a.problems[0].code.as_str(), "invalid_time_range");
    assert_eq!((a.problems.len(), a.error_count), (4, 11));
}
