//! The live preview: the sample's first rows as injixo will read them (each mapped
//! field's value, the time in UTC) and every problem at its line and column; the
//! summary of the whole sample. Recomputed from the table (split once) on every
//! mapping change: `Plan` for the rows shown, `Table::analyze` for the summary.

use super::preview_view::PreviewTable;
use crate::browser::{now_ms, IntlZones};
use crate::csv::model::Col;
use injixo_contract::CSV_MAX_PROBLEMS;
use injixo_csv::{
    Analysis, ChannelSource, DateTimeColumns, Mapping, Plan, Problem, Record, Schema, SchemaError,
    Table, ZoneOffsets,
};
use leptos::prelude::*;
use std::sync::Arc;

/// Rows shown in the table (the summary covers all).
pub const PREVIEW_ROWS: usize = 50;

/// A column of the preview: a mapping field (or the computed UTC time) and the
/// file's columns it is read from.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub field: Shown,
    /// Header names, as the admin mapped them.
    pub sources: Vec<String>,
    indices: Vec<usize>,
}

/// What a preview column shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    Field(Col),
    /// Date and time (or the timestamp), converted to UTC.
    Time,
    Start,
    End,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub text: String,
    /// A problem was found in this cell.
    pub bad: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub line: u64,
    pub cells: Vec<Cell>,
    pub problems: Vec<Problem>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Preview {
    /// What is wrong with the mapping itself (then there are no rows).
    pub errors: Vec<SchemaError>,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    pub analysis: Option<Analysis>,
    /// Data rows of the sample.
    pub total: usize,
    /// How long the computation took, in milliseconds (read by the benchmarks).
    pub ms: f64,
}

fn columns(schema: &Schema, header: &[String]) -> Vec<Column> {
    let index = |name: &str| header.iter().position(|h| h == name);
    let col = |field: Shown, names: Vec<&Option<String>>| {
        let sources: Vec<String> = names.into_iter().flatten().cloned().collect();
        let indices = sources.iter().filter_map(|n| index(n)).collect();
        Column {
            field,
            sources,
            indices,
        }
    };
    let when = |shown, dt: &DateTimeColumns| match dt {
        DateTimeColumns::Separate { date, time, .. } => col(shown, vec![date, time]),
        DateTimeColumns::Combined { timestamp, .. } => col(shown, vec![timestamp]),
    };
    match &schema.mapping {
        Mapping::ContactData(m) => {
            let channel = match &m.channel {
                Some(ChannelSource::Column(name)) => Some(name.clone()),
                _ => None,
            };
            let mut out = vec![
                col(Shown::Field(Col::Queue), vec![&m.queue]),
                when(Shown::Time, &m.date_time),
                col(Shown::Field(Col::Offered), vec![&m.offered]),
                col(Shown::Field(Col::Handled), vec![&m.handled]),
            ];
            if m.aht.is_some() {
                out.push(col(Shown::Field(Col::Aht), vec![&m.aht]));
            }
            if m.duration.is_some() {
                out.push(col(Shown::Field(Col::Duration), vec![&m.duration]));
            }
            out.push(col(Shown::Field(Col::Channel), vec![&channel]));
            out
        }
        Mapping::AgentStatus(m) => {
            let mut out = vec![
                col(Shown::Field(Col::Agent), vec![&m.agent]),
                col(Shown::Field(Col::Activity), vec![&m.activity]),
                when(Shown::Start, &m.start),
            ];
            if let Some(end) = &m.end {
                out.push(when(Shown::End, end));
            }
            out
        }
    }
}

fn number(n: f64) -> String {
    format!("{n}")
}

/// The value injixo imports for preview column `shown` of a row.
fn value(record: &Record<'_>, shown: Shown) -> String {
    let opt = |v: Option<u32>| v.map(|s| s.to_string()).unwrap_or_default();
    match (record, shown) {
        (Record::ContactData(r), Shown::Field(c)) => match c {
            Col::Queue => r.queue.to_string(),
            Col::Offered => number(r.offered),
            Col::Handled => number(r.handled),
            Col::Aht => opt(r.aht_seconds),
            Col::Duration => opt(r.duration_seconds),
            Col::Channel => r.channel.as_str().to_string(),
            _ => String::new(),
        },
        (Record::ContactData(r), _) => r.timestamp.to_string(),
        (Record::AgentStatus(r), Shown::Field(Col::Agent)) => r.agent.to_string(),
        (Record::AgentStatus(r), Shown::Field(_)) => r.activity.to_string(),
        (Record::AgentStatus(r), Shown::End) => r.end.map(|t| t.to_string()).unwrap_or_default(),
        (Record::AgentStatus(r), _) => r.start.to_string(),
    }
}

/// The preview of `table` read with `schema`.
pub fn compute(table: &Table, schema: &Schema, zones: &dyn ZoneOffsets) -> Preview {
    let header = table.headers();
    let plan = match Plan::new(schema, header, zones) {
        Ok(plan) => plan,
        Err(errors) => {
            return Preview {
                errors,
                total: table.len(),
                ..Preview::default()
            }
        }
    };
    let columns = columns(schema, header);
    let mut problems = Vec::new();
    let rows = table
        .rows()
        .take(PREVIEW_ROWS)
        .map(|(line, fields)| {
            problems.clear();
            let record = plan.apply(zones, line, fields, &mut problems);
            let cells = match &record {
                Some(r) => columns
                    .iter()
                    .map(|c| Cell {
                        text: value(r, c.field),
                        bad: false,
                    })
                    .collect(),
                None => columns
                    .iter()
                    .map(|c| Cell {
                        text: c
                            .indices
                            .iter()
                            .filter_map(|&i| fields.get(i))
                            .collect::<Vec<_>>()
                            .join(" "),
                        bad: problems
                            .iter()
                            .any(|p| p.column.is_some_and(|i| c.indices.contains(&i))),
                    })
                    .collect(),
            };
            Row {
                line,
                cells,
                problems: problems.clone(),
            }
        })
        .collect();
    Preview {
        columns,
        rows,
        analysis: table.analyze(schema, zones, CSV_MAX_PROBLEMS).ok(),
        total: table.len(),
        ..Preview::default()
    }
}

/// The preview of the wizard's sample and mapping, kept up to date.
pub fn preview_memo(
    table: RwSignal<Option<Arc<Table>>>,
    schema: Memo<(Schema, Option<String>)>,
) -> Memo<Option<Preview>> {
    Memo::new(move |_| {
        let table = table.get()?;
        schema.with(|(schema, sql)| {
            if sql.is_some() {
                return None;
            }
            let started = now_ms();
            let mut p = compute(&table, schema, &IntlZones);
            p.ms = now_ms() - started;
            Some(p)
        })
    })
}

/// The preview section.
pub fn preview_section(preview: Memo<Option<Preview>>) -> impl IntoView {
    view! { <PreviewTable preview=preview /> }
}

#[cfg(test)]
mod tests;
