//! The schema as the SPA sends it: validation, compilation against a header, JSON.

mod common;

use common::{analyze, contact_schema, interval_schema};
use injixo_csv::{Analyzer, Field, FixedOffsets, SchemaError};

const INTERVAL_EXAMPLE: &str = "\
Queue;Date;Time;IncomingCalls;AnsweredCalls;AHT
My Inbound Queue;25/05/2020;08:00;15;14;230
My Inbound Queue;25/05/2020;08:10;16;15;210
";

#[test]
fn schema_errors_name_the_field() {
    let mut s = contact_schema("Mars/Olympus");
    if let injixo_csv::Mapping::ContactData(m) = &mut s.mapping {
        m.queue = None;
        m.duration = Some(String::new());
        m.aht = Some("AHT".into());
        m.date_time = injixo_csv::DateTimeColumns::Combined {
            timestamp: Some("When".into()),
            timestamp_format: "DD.MM.YYYY".into(),
        };
    }
    let errors = s.validate(&FixedOffsets).unwrap_err();
    assert_eq!(
        errors,
        [
            SchemaError::UnknownTimeZone {
                zone: "Mars/Olympus".into()
            },
            SchemaError::NotForLayout { field: Field::Aht },
            SchemaError::MissingColumn {
                field: Field::QueueName
            },
            SchemaError::Format {
                field: Field::Timestamp,
                error: injixo_csv::FormatError::Missing {
                    part: injixo_csv::Part::Hour
                }
            },
            SchemaError::MissingColumn {
                field: Field::Duration
            },
        ]
    );
    assert!(Analyzer::new(&s, FixedOffsets, 10).is_err());
    let mut bad_interval = interval_schema("UTC", 7);
    bad_interval.time_zone = "UTC".into();
    assert_eq!(
        bad_interval.validate(&FixedOffsets).unwrap_err(),
        [SchemaError::IntervalLength { minutes: 7 }]
    );
}

#[test]
fn the_plan_names_unknown_columns_for_the_form() {
    let s = interval_schema("UTC", 15);
    let header: Vec<String> = ["Queue", "Date", "Time", "Offered"]
        .map(String::from)
        .to_vec();
    let errors = injixo_csv::Plan::new(&s, &header, &FixedOffsets).unwrap_err();
    assert_eq!(
        errors,
        [
            SchemaError::UnknownColumn {
                field: Field::Offered,
                column: "IncomingCalls".into()
            },
            SchemaError::UnknownColumn {
                field: Field::Handled,
                column: "AnsweredCalls".into()
            },
            SchemaError::UnknownColumn {
                field: Field::Aht,
                column: "AHT".into()
            },
        ]
    );
}

#[test]
fn schema_and_analysis_round_trip_as_json() {
    let s = interval_schema("UTC", 15);
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!(json["mapping"]["data_type"], "contact_data");
    assert_eq!(json["mapping"]["missing_values"], "leave_empty");
    assert_eq!(json["read"]["preprocessing"]["skip_first_rows"], 0);
    assert_eq!(
        serde_json::from_value::<injixo_csv::Schema>(json).unwrap(),
        s
    );
    let a = analyze(INTERVAL_EXAMPLE, &interval_schema("UTC", 30));
    let back: injixo_csv::Analysis =
        serde_json::from_value(serde_json::to_value(&a).unwrap()).unwrap();
    assert_eq!(back, a);
    assert_eq!(
        serde_json::to_value(&a.problems[0]).unwrap()["code"],
        "invalid_timestamp"
    );
}

#[test]
fn the_readme_example_schema_is_valid() {
    let readme = include_str!("../README.md");
    let start = readme.find("```json\n").expect("a JSON example") + "```json\n".len();
    let end = start + readme[start..].find("```").expect("its end");
    let schema: injixo_csv::Schema = serde_json::from_str(&readme[start..end]).unwrap();
    struct Berlin;
    impl injixo_csv::ZoneOffsets for Berlin {
        fn knows(&self, zone: &str) -> bool {
            zone == "Europe/Berlin"
        }
        fn offset_seconds(&self, _: &str, _: injixo_csv::LocalDateTime) -> Option<i32> {
            Some(3600)
        }
    }
    assert_eq!(schema.validate(&Berlin), Ok(()));
}
