//! Helpers shared by the integration tests: schemas written as the SPA sends them.
#![allow(dead_code)] // each test file uses its own subset

use injixo_csv::{Analysis, FixedOffsets, Problem, Schema, Table};
use serde_json::{json, Value};

/// A schema from its JSON form.
pub fn schema(value: Value) -> Schema {
    serde_json::from_value(value).expect("schema JSON")
}

/// The help center's interval-based example mapping (semicolons, DD/MM/YYYY, hh:mm,
/// AHT in seconds, channel Calls), in `zone`.
pub fn interval_schema(zone: &str, minutes: u16) -> Schema {
    schema(json!({
        "read": { "separator": "semicolon" },
        "time_zone": zone,
        "mapping": {
            "data_type": "contact_data",
            "layout": { "kind": "interval_based", "interval_minutes": minutes },
            "queue": "Queue",
            "date_time": { "kind": "separate", "date": "Date", "date_format": "DD/MM/YYYY",
                           "time": "Time", "time_format": "hh:mm" },
            "offered": "IncomingCalls",
            "handled": "AnsweredCalls",
            "aht": "AHT",
            "aht_format": "seconds",
            "channel": { "fixed": "calls" }
        }
    }))
}

/// The help center's contact-based example mapping.
pub fn contact_schema(zone: &str) -> Schema {
    schema(json!({
        "read": { "separator": "semicolon" },
        "time_zone": zone,
        "mapping": {
            "data_type": "contact_data",
            "layout": { "kind": "contact_based" },
            "queue": "Queue",
            "date_time": { "kind": "separate", "date": "Date", "date_format": "DD/MM/YYYY",
                           "time": "Time", "time_format": "hh:mm" },
            "offered": "Offered",
            "handled": "Answered",
            "duration": "Duration",
            "channel": { "fixed": "calls" }
        }
    }))
}

/// The help center's agent-status example mapping, with optional end columns.
pub fn agent_schema(end: Option<Value>) -> Schema {
    schema(json!({
        "read": { "separator": "semicolon" },
        "time_zone": "UTC",
        "mapping": {
            "data_type": "agent_status",
            "agent": "AgentID",
            "activity": "AgentActivityID",
            "start": { "kind": "separate", "date": "StartDate", "date_format": "YYYY-MM-DD",
                       "time": "StartTime", "time_format": "hh:mm:ss" },
            "end": end
        }
    }))
}

/// Reads and analyses a text with fixed-offset zones, keeping up to 1000 problems.
pub fn analyze(text: &str, schema: &Schema) -> Analysis {
    let table = Table::read(text, &schema.read);
    table
        .analyze(schema, FixedOffsets, 1000)
        .expect("valid schema")
}

/// (code key, line, column name) of each problem, for compact assertions.
pub fn problems(analysis: &Analysis) -> Vec<(&'static str, Option<u64>, Option<String>)> {
    analysis
        .problems
        .iter()
        .map(|p: &Problem| (p.code.as_str(), p.line, p.column_name.clone()))
        .collect()
}

/// A cell problem as `problems` lists it.
pub fn at(
    code: &'static str,
    line: u64,
    column: &str,
) -> (&'static str, Option<u64>, Option<String>) {
    (code, Some(line), Some(column.to_owned()))
}

/// A data row for the interval example header: valid and broken values mixed.
pub fn row() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let pick = |v: Vec<&'static str>| prop::sample::select(v);
    (
        pick(vec!["A", "B", " C ", "", "\"Q;1\""]),
        pick(vec![
            "25/05/2020",
            "31/02/2020",
            "01/01/1960",
            "1/1/2021",
            "x",
        ]),
        pick(vec!["08:00", "08:15", "08:10", "25:00", ""]),
        pick(vec!["1", "2.5", "-1", "1e3", "99999999999"]),
        pick(vec!["0", "1", "x"]),
        pick(vec!["", "230", "1.5"]),
        pick(vec!["", ";", ";;x"]),
    )
        .prop_map(|(q, d, t, o, h, aht, tail)| format!("{q};{d};{t};{o};{h};{aht}{tail}"))
}

/// Random preprocessing options.
pub fn preprocessing() -> impl proptest::strategy::Strategy<Value = injixo_csv::Preprocessing> {
    use proptest::prelude::*;
    (0u32..3, any::<bool>(), any::<bool>()).prop_map(|(skip, empty, containing)| {
        injixo_csv::Preprocessing {
            add_header_row: false,
            skip_empty_rows: empty,
            skip_first_rows: skip,
            skip_rows_containing: if containing { vec!["B".into()] } else { vec![] },
        }
    })
}
