use super::*;
use crate::csv::model::{DataType, Values};
use injixo_csv::{ErrorCode, FixedOffsets};

/// The acceptance sample: `;`, `DD.MM.YYYY` and `hh:mm`, German headers; line
/// 4 has an impossible date, line 5 a count that is no number, line 6 no AHT.
const SAMPLE: &str = "Warteschlange;Datum;Uhrzeit;Angebotene;Angenommene;AHT\n\
Vertrieb;01.03.2024;08:00;12;10;300\n\
Vertrieb;01.03.2024;08:15;9;9;280\n\
Service;31.02.2024;08:30;4;4;200\n\
Service;01.03.2024;08:45;x;4;200\n\
Service;01.03.2024;09:00;3;3;\n";

fn german() -> Values {
    let mut v = Values::new(DataType::ContactData);
    // UTC+1 all year (POSIX sign), so the conversion shows.
    v.time_zone = "Etc/GMT-1".into();
    for (c, name) in [
        (Col::Queue, "Warteschlange"),
        (Col::Date, "Datum"),
        (Col::Time, "Uhrzeit"),
        (Col::Offered, "Angebotene"),
        (Col::Handled, "Angenommene"),
        (Col::Aht, "AHT"),
    ] {
        v.columns.insert(c, name.into());
    }
    v.formats.insert(Col::Date, "DD.MM.YYYY".into());
    v.formats.insert(Col::Time, "hh:mm".into());
    v
}

fn preview(v: &Values) -> Preview {
    let (schema, _) = v.to_schema();
    let table = Table::read(SAMPLE, &schema.read);
    compute(&table, &schema, &FixedOffsets)
}

#[test]
fn the_preview_shows_parsed_values_utc_times_and_each_problem_at_its_line_and_cell() {
    let p = preview(&german());
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    let shown: Vec<Shown> = p.columns.iter().map(|c| c.field).collect();
    assert_eq!(
        shown,
        [
            Shown::Field(Col::Queue),
            Shown::Time,
            Shown::Field(Col::Offered),
            Shown::Field(Col::Handled),
            Shown::Field(Col::Aht),
            Shown::Field(Col::Channel),
        ]
    );
    assert_eq!(p.columns[1].sources, ["Datum", "Uhrzeit"]);
    let texts = |r: &Row| r.cells.iter().map(|c| c.text.clone()).collect::<Vec<_>>();
    assert_eq!(p.rows[0].line, 2);
    assert_eq!(
        texts(&p.rows[0]),
        [
            "Vertrieb",
            "2024-03-01 07:00:00",
            "12",
            "10",
            "300",
            "calls"
        ]
    );
    // Line 4: the date cell, shown as written, is the bad one.
    let bad_date = &p.rows[2];
    assert_eq!(bad_date.line, 4);
    assert_eq!(bad_date.problems[0].code, ErrorCode::InvalidDateFormat);
    assert_eq!(bad_date.cells[1].text, "31.02.2024 08:30");
    assert!(bad_date.cells[1].bad);
    assert!(!bad_date.cells[0].bad);
    // Line 5: the offered count.
    assert_eq!(p.rows[3].line, 5);
    assert_eq!(p.rows[3].problems[0].code, ErrorCode::InvalidNumber);
    assert!(p.rows[3].cells[2].bad);
    // Line 6: no AHT, and the channel stays in its column.
    assert_eq!(texts(&p.rows[4])[4..], ["", "calls"]);
    let a = p.analysis.unwrap();
    assert_eq!((a.imported_lines, a.rejected_lines), (3, 2));
    assert_eq!(p.total, 5);
}

#[test]
fn an_incomplete_mapping_shows_no_rows_but_its_problems() {
    let mut v = german();
    v.columns.remove(&Col::Handled);
    v.formats.insert(Col::Date, "DD.MM.YYY".into());
    let p = preview(&v);
    assert!(p.rows.is_empty());
    assert!(p.errors.contains(&SchemaError::MissingColumn {
        field: injixo_csv::Field::Handled
    }));
    assert!(p.errors.iter().any(|e| matches!(
        e,
        SchemaError::Format {
            field: injixo_csv::Field::Date,
            ..
        }
    )));
}

#[test]
fn agent_status_shows_start_and_end_in_utc() {
    let mut v = Values::new(DataType::AgentStatus);
    v.time_zone = "UTC".into();
    for (c, name) in [
        (Col::Agent, "Warteschlange"),
        (Col::Activity, "Angebotene"),
        (Col::StartDate, "Datum"),
        (Col::StartTime, "Uhrzeit"),
    ] {
        v.columns.insert(c, name.into());
    }
    v.formats.insert(Col::StartDate, "DD.MM.YYYY".into());
    v.formats.insert(Col::StartTime, "hh:mm".into());
    let p = preview(&v);
    assert_eq!(p.columns.len(), 3);
    assert_eq!(p.rows[0].cells[2].text, "2024-03-01 08:00:00");
}
