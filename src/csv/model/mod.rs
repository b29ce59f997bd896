//! What the admin set up in the schema wizard, as plain values (the wizard's signals
//! hold the same, field by field), and the engine's `Schema` made from them and back.
//! Pure: tested natively.

mod col;
mod guess;
mod schema;

pub use col::{Col, DataType};
pub use guess::{guess_format, predefined_formats, remap};
pub use schema::{separator, separator_name};

use injixo_csv::{Preprocessing, ReadOptions};
use std::collections::{BTreeMap, BTreeSet};

/// Interval lengths offered for interval-based data (those of the Database model:
/// no CSV source names others).
pub const INTERVAL_MINUTES: [&str; 2] = ["15", "30"];

/// Everything set up in the wizard. Choices bound to a select are kept as the
/// select's value (`""`: nothing chosen yet), so nothing the admin did is lost or
/// normalized under their fingers.
#[derive(Clone, Debug, PartialEq)]
pub struct Values {
    pub data_type: DataType,
    /// `semicolon`, `comma`, `tab`, `pipe`.
    pub separator: String,
    /// IANA zone id.
    pub time_zone: String,
    /// `contact_based`, `interval_based`.
    pub layout: String,
    pub interval_minutes: String,
    /// `leave_empty`, `fill_with_zero`.
    pub missing_values: String,
    pub add_header_row: bool,
    pub skip_empty_rows: bool,
    pub skip_first: bool,
    /// As typed.
    pub skip_first_rows: String,
    pub skip_containing: bool,
    pub skip_strings: Vec<String>,
    /// *Date and time in one column*.
    pub one_column: bool,
    /// Column names by field; absent: not mapped (*No column* for AHT).
    pub columns: BTreeMap<Col, String>,
    /// Formats of the date, time and timestamp fields, in the grammar's spelling.
    pub formats: BTreeMap<Col, String>,
    /// Fields whose format is typed (the gear) rather than chosen from the list.
    pub custom: BTreeSet<Col>,
    /// `seconds`, `hh_mm_ss`.
    pub aht_format: String,
    /// A fixed channel (`calls`, …), or `""` when the channel column is used.
    pub channel: String,
    /// *Use SQL query to map columns* (contact data only).
    pub use_sql: bool,
    pub sql: String,
}

impl Values {
    /// A new schema's starting point: what the help center recommends or shows first.
    pub fn new(data_type: DataType) -> Values {
        Values {
            data_type,
            separator: "semicolon".into(),
            time_zone: String::new(),
            layout: "interval_based".into(),
            interval_minutes: "15".into(),
            missing_values: "leave_empty".into(),
            add_header_row: false,
            skip_empty_rows: false,
            skip_first: false,
            skip_first_rows: "1".into(),
            skip_containing: false,
            skip_strings: vec![String::new()],
            one_column: false,
            columns: BTreeMap::new(),
            formats: BTreeMap::new(),
            custom: [Col::Timestamp, Col::StartTimestamp, Col::EndTimestamp].into(),
            aht_format: "seconds".into(),
            channel: "calls".into(),
            use_sql: false,
            sql: String::new(),
        }
    }

    pub fn interval_based(&self) -> bool {
        self.layout == "interval_based"
    }

    /// The fields *Map the columns* shows for the data type, layout and *Date and
    /// time in one column*, in the help center's order.
    pub fn shown(&self) -> Vec<Col> {
        let mut cols = Vec::new();
        match self.data_type {
            DataType::ContactData => {
                cols.push(Col::Queue);
                if self.one_column {
                    cols.push(Col::Timestamp);
                } else {
                    cols.extend([Col::Date, Col::Time]);
                }
                cols.extend([Col::Offered, Col::Handled]);
                cols.push(if self.interval_based() {
                    Col::Aht
                } else {
                    Col::Duration
                });
                cols.push(Col::Channel);
            }
            DataType::AgentStatus => {
                cols.extend([Col::Agent, Col::Activity]);
                if self.one_column {
                    cols.extend([Col::StartTimestamp, Col::EndTimestamp]);
                } else {
                    cols.extend([Col::StartDate, Col::StartTime, Col::EndDate, Col::EndTime]);
                }
            }
        }
        cols
    }

    /// *Skip first rows* as a number (0 when not ticked); `None` when ticked but not
    /// a whole number from 1 to 10,000.
    pub fn skip_first_count(&self) -> Option<u32> {
        if !self.skip_first {
            return Some(0);
        }
        self.skip_first_rows
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=10_000).contains(n))
    }

    /// How the file is read: separator and *Preprocessing options*. An invalid
    /// *Skip first rows* skips nothing (its field says why).
    pub fn read_options(&self) -> ReadOptions {
        let skip_rows_containing = if self.skip_containing {
            self.skip_strings
                .iter()
                .filter(|s| !s.is_empty())
                .cloned()
                .collect()
        } else {
            Vec::new()
        };
        ReadOptions {
            separator: separator(&self.separator),
            preprocessing: Preprocessing {
                add_header_row: self.add_header_row,
                skip_empty_rows: self.skip_empty_rows,
                skip_first_rows: self.skip_first_count().unwrap_or(0),
                skip_rows_containing,
            },
        }
    }
}

#[cfg(test)]
mod tests;
