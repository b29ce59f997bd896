//! The CSV schema as the SPA edits it and the backend stores it (JSON, snake_case), and
//! its validation.

use serde::{Deserialize, Serialize};

use crate::{Channel, FormatError, ReadOptions, ZoneOffsets};

/// A CSV schema: how the file is formatted and how its columns map to injixo's.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Schema {
    /// Separator and *Preprocessing options*.
    pub read: ReadOptions,
    /// *Time zone* in which the external system records the data (IANA name).
    pub time_zone: String,
    /// *Type of import data* with its column mapping.
    pub mapping: Mapping,
}

/// *Type of import data* and the column mapping that goes with it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "data_type", rename_all = "snake_case")]
pub enum Mapping {
    /// *Contact data*.
    ContactData(ContactMapping),
    /// *Agent status*.
    AgentStatus(AgentStatusMapping),
}

/// *Layout of data* (contact data only).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Layout {
    /// *Contact-based*: one line per contact.
    ContactBased,
    /// *Interval-based*: one line per queue and interval of this many minutes.
    IntervalBased {
        /// The interval length; must divide a day (the product offers 15 and 30).
        interval_minutes: u16,
    },
}

/// *Handle missing values in intervals* (contact data). Stored for the import, which
/// fills the intervals a file leaves out; reading a file does not depend on it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MissingValues {
    /// *Fill with zero*.
    FillWithZero,
    /// *Leave empty* ("no data"); fits most cases.
    #[default]
    LeaveEmpty,
}

/// Where the date and time of a row are: two columns, or *Date and time in one column*.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DateTimeColumns {
    /// A date column and a time column.
    Separate {
        /// The date column.
        date: Option<String>,
        /// Its format (see [`crate::format`]), e.g. `DD/MM/YYYY`.
        date_format: String,
        /// The time column.
        time: Option<String>,
        /// Its format, e.g. `hh:mm`.
        time_format: String,
    },
    /// *Date and time in one column*.
    Combined {
        /// The timestamp column.
        timestamp: Option<String>,
        /// Its format, e.g. `D/M,YY h:m:s`.
        timestamp_format: String,
    },
}

/// *Channel*: one fixed channel, or a column holding the channel of each row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelSource {
    /// The same channel for every row.
    Fixed(Channel),
    /// A column with `calls`, `emails`, `chats`, `documents`, `cases` or `social_media`.
    Column(String),
}

/// How *AHT* is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AhtFormat {
    /// Whole seconds, e.g. `300`.
    #[default]
    Seconds,
    /// `hh:mm:ss`, e.g. `00:05:00`.
    HhMmSs,
}

/// The mapping of contact data. Columns are header names (`A`, `B`, … with *Add header
/// row*); `None` is a field not mapped yet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContactMapping {
    /// *Layout of data*.
    pub layout: Layout,
    /// *Handle missing values in intervals*.
    #[serde(default)]
    pub missing_values: MissingValues,
    /// *Queue name* (required).
    pub queue: Option<String>,
    /// *Date* and *Time*, or *Timestamp* (required).
    pub date_time: DateTimeColumns,
    /// *Offered* (required).
    pub offered: Option<String>,
    /// *Handled* (required).
    pub handled: Option<String>,
    /// *AHT* (interval-based only; optional, *No column* is `None`).
    #[serde(default)]
    pub aht: Option<String>,
    /// How *AHT* is written.
    #[serde(default)]
    pub aht_format: AhtFormat,
    /// *Duration* in whole seconds (contact-based only, required there).
    #[serde(default)]
    pub duration: Option<String>,
    /// *Channel* (required).
    pub channel: Option<ChannelSource>,
}

/// The mapping of agent status data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgentStatusMapping {
    /// *Agent identifier* (required).
    pub agent: Option<String>,
    /// *Activity identifier* (required).
    pub activity: Option<String>,
    /// *Start date* and *Start time*, or *Start timestamp* (required).
    pub start: DateTimeColumns,
    /// *End date* and *End time*, or *End timestamp* (optional).
    #[serde(default)]
    pub end: Option<DateTimeColumns>,
}

/// A field of the mapping form, to say where a [`SchemaError`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)] // the names are the form's labels
pub enum Field {
    QueueName,
    Date,
    Time,
    Timestamp,
    Offered,
    Handled,
    Aht,
    Duration,
    Channel,
    AgentIdentifier,
    ActivityIdentifier,
    StartDate,
    StartTime,
    StartTimestamp,
    EndDate,
    EndTime,
    EndTimestamp,
}

/// What is wrong with a schema, shown at its field of the form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SchemaError {
    /// A required field has no column.
    MissingColumn {
        /// The field.
        field: Field,
    },
    /// The column is not in the header row of the file.
    UnknownColumn {
        /// The field.
        field: Field,
        /// The column name it maps.
        column: String,
    },
    /// The format of a date, time or timestamp field is not usable.
    Format {
        /// The field.
        field: Field,
        /// What is wrong with its format.
        error: FormatError,
    },
    /// A field the layout does not have (*AHT* for contact-based, *Duration* for
    /// interval-based data).
    NotForLayout {
        /// The field.
        field: Field,
    },
    /// An interval length that does not divide a day.
    IntervalLength {
        /// The length set, in minutes.
        minutes: u16,
    },
    /// A time zone the host does not know.
    UnknownTimeZone {
        /// The zone name.
        zone: String,
    },
}

impl Schema {
    /// Checks the schema without a file: required fields, formats, interval length,
    /// time zone. Returns every problem, for the form to show them all at once.
    pub fn validate(&self, zones: &dyn ZoneOffsets) -> Result<(), Vec<SchemaError>> {
        crate::plan::compile(self, None, zones).map(|_| ())
    }
}
