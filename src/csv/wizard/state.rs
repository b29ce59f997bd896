//! The wizard's signals: one per value the admin sets (the same as [`Values`], so
//! the building blocks bind to them directly), plus the sample, its table and where
//! the wizard stands.

use crate::csv::model::{Col, DataType, Values};
use crate::csv::read::Sample;
use injixo_csv::{ErrorCode, Table};
use leptos::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// The wizard's two pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// *Setup* and *Preprocessing options*.
    Setup,
    /// *Map columns* (or the SQL mapping) with the preview.
    Map,
}

#[derive(Clone)]
pub struct WizardState {
    pub data_type: DataType,
    pub separator: RwSignal<String>,
    pub time_zone: RwSignal<String>,
    pub layout: RwSignal<String>,
    pub interval_minutes: RwSignal<String>,
    pub missing_values: RwSignal<String>,
    pub add_header_row: RwSignal<bool>,
    pub skip_empty_rows: RwSignal<bool>,
    pub skip_first: RwSignal<bool>,
    pub skip_first_rows: RwSignal<String>,
    pub skip_containing: RwSignal<bool>,
    pub skip_strings: RwSignal<Vec<String>>,
    pub one_column: RwSignal<bool>,
    pub columns: Arc<BTreeMap<Col, RwSignal<String>>>,
    pub formats: Arc<BTreeMap<Col, RwSignal<String>>>,
    pub custom: RwSignal<BTreeSet<Col>>,
    pub aht_format: RwSignal<String>,
    pub channel: RwSignal<String>,
    pub use_sql: RwSignal<bool>,
    pub sql: RwSignal<String>,
    /// The sample file, decoded.
    pub sample: RwSignal<Option<Sample>>,
    /// Why the last file could not be used.
    pub sample_error: RwSignal<Option<ErrorCode>>,
    /// A file is being read.
    pub reading: RwSignal<bool>,
    /// The sample split with the current read options (`None` while it is read).
    pub table: RwSignal<Option<Arc<Table>>>,
    /// The separator detected in the sample (`semicolon`, …), if any.
    pub detected: RwSignal<Option<String>>,
    pub page: RwSignal<Page>,
    /// *Map the columns* was pressed: setup problems show.
    pub setup_checked: RwSignal<bool>,
    /// *Save schema* was pressed: missing columns show.
    pub save_checked: RwSignal<bool>,
    /// Column names the header no longer has, kept for when it has them again.
    pub aside: StoredValue<BTreeMap<Col, String>>,
}

impl WizardState {
    pub fn new(v: &Values) -> Self {
        let signals = |pick: fn(Col) -> bool, map: &BTreeMap<Col, String>| {
            Arc::new(
                Col::ALL
                    .into_iter()
                    .filter(|c| pick(*c))
                    .map(|c| (c, RwSignal::new(map.get(&c).cloned().unwrap_or_default())))
                    .collect::<BTreeMap<_, _>>(),
            )
        };
        WizardState {
            data_type: v.data_type,
            separator: RwSignal::new(v.separator.clone()),
            time_zone: RwSignal::new(v.time_zone.clone()),
            layout: RwSignal::new(v.layout.clone()),
            interval_minutes: RwSignal::new(v.interval_minutes.clone()),
            missing_values: RwSignal::new(v.missing_values.clone()),
            add_header_row: RwSignal::new(v.add_header_row),
            skip_empty_rows: RwSignal::new(v.skip_empty_rows),
            skip_first: RwSignal::new(v.skip_first),
            skip_first_rows: RwSignal::new(v.skip_first_rows.clone()),
            skip_containing: RwSignal::new(v.skip_containing),
            skip_strings: RwSignal::new(v.skip_strings.clone()),
            one_column: RwSignal::new(v.one_column),
            columns: signals(|_| true, &v.columns),
            formats: signals(|c| c.format_kind().is_some(), &v.formats),
            custom: RwSignal::new(v.custom.clone()),
            aht_format: RwSignal::new(v.aht_format.clone()),
            channel: RwSignal::new(v.channel.clone()),
            use_sql: RwSignal::new(v.use_sql),
            sql: RwSignal::new(v.sql.clone()),
            sample: RwSignal::new(None),
            sample_error: RwSignal::new(None),
            reading: RwSignal::new(false),
            table: RwSignal::new(None),
            detected: RwSignal::new(None),
            page: RwSignal::new(Page::Setup),
            setup_checked: RwSignal::new(false),
            save_checked: RwSignal::new(false),
            aside: StoredValue::new(BTreeMap::new()),
        }
    }

    /// Everything set up, as plain values (tracked).
    pub fn values(&self) -> Values {
        let texts = |m: &BTreeMap<Col, RwSignal<String>>| {
            m.iter()
                .map(|(c, s)| (*c, s.get()))
                .filter(|(_, s)| !s.is_empty())
                .collect()
        };
        Values {
            data_type: self.data_type,
            separator: self.separator.get(),
            time_zone: self.time_zone.get(),
            layout: self.layout.get(),
            interval_minutes: self.interval_minutes.get(),
            missing_values: self.missing_values.get(),
            add_header_row: self.add_header_row.get(),
            skip_empty_rows: self.skip_empty_rows.get(),
            skip_first: self.skip_first.get(),
            skip_first_rows: self.skip_first_rows.get(),
            skip_containing: self.skip_containing.get(),
            skip_strings: self.skip_strings.get(),
            one_column: self.one_column.get(),
            columns: texts(&self.columns),
            formats: texts(&self.formats),
            custom: self.custom.get(),
            aht_format: self.aht_format.get(),
            channel: self.channel.get(),
            use_sql: self.use_sql.get(),
            sql: self.sql.get(),
        }
    }

    /// Sets the column fields to `columns` (the rest empty).
    pub fn set_columns(&self, columns: &BTreeMap<Col, String>) {
        for (c, signal) in self.columns.iter() {
            let new = columns.get(c).cloned().unwrap_or_default();
            if signal.get_untracked() != new {
                signal.set(new);
            }
        }
    }

    /// The header names of the sample as read now (tracked).
    pub fn header(&self) -> Vec<String> {
        self.table
            .with(|t| t.as_ref().map(|t| t.headers().to_vec()))
            .unwrap_or_default()
    }

    /// Keeps the mapping in step with a new header row (see [`crate::csv::model::remap`]).
    pub fn follow_header(&self, header: &[String]) {
        let mut values = untrack(|| self.values());
        self.aside
            .update_value(|aside| crate::csv::model::remap(&mut values, aside, header));
        self.set_columns(&values.columns);
    }
}
