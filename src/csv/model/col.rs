//! The data types and the fields of *Map the columns*.

use injixo_csv::{Field, FormatKind, Mapping, Schema};

/// *Type of import data*.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataType {
    ContactData,
    AgentStatus,
}

impl DataType {
    /// The catalogue field's value (`import_data_type`), as the form stores it.
    pub fn from_setting(value: &str) -> Option<DataType> {
        match value {
            "contact_data" => Some(DataType::ContactData),
            "agent_status" => Some(DataType::AgentStatus),
            _ => None,
        }
    }

    pub fn as_setting(self) -> &'static str {
        match self {
            DataType::ContactData => "contact_data",
            DataType::AgentStatus => "agent_status",
        }
    }

    pub fn of(schema: &Schema) -> DataType {
        match schema.mapping {
            Mapping::ContactData(_) => DataType::ContactData,
            Mapping::AgentStatus(_) => DataType::AgentStatus,
        }
    }
}

/// A field of *Map the columns* that names a column of the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Col {
    Queue,
    Date,
    Time,
    Timestamp,
    Offered,
    Handled,
    Aht,
    Duration,
    /// The second *Channel* drop-down: the column holding each row's channel.
    Channel,
    Agent,
    Activity,
    StartDate,
    StartTime,
    StartTimestamp,
    EndDate,
    EndTime,
    EndTimestamp,
}

impl Col {
    pub const ALL: [Col; 17] = [
        Col::Queue,
        Col::Date,
        Col::Time,
        Col::Timestamp,
        Col::Offered,
        Col::Handled,
        Col::Aht,
        Col::Duration,
        Col::Channel,
        Col::Agent,
        Col::Activity,
        Col::StartDate,
        Col::StartTime,
        Col::StartTimestamp,
        Col::EndDate,
        Col::EndTime,
        Col::EndTimestamp,
    ];

    /// The format a date or time field's values have, if it has one.
    pub fn format_kind(self) -> Option<FormatKind> {
        match self {
            Col::Date | Col::StartDate | Col::EndDate => Some(FormatKind::Date),
            Col::Time | Col::StartTime | Col::EndTime => Some(FormatKind::Time),
            Col::Timestamp | Col::StartTimestamp | Col::EndTimestamp => Some(FormatKind::Timestamp),
            _ => None,
        }
    }

    /// The engine's name of this field (where its `SchemaError`s point).
    pub fn field(self) -> Field {
        match self {
            Col::Queue => Field::QueueName,
            Col::Date => Field::Date,
            Col::Time => Field::Time,
            Col::Timestamp => Field::Timestamp,
            Col::Offered => Field::Offered,
            Col::Handled => Field::Handled,
            Col::Aht => Field::Aht,
            Col::Duration => Field::Duration,
            Col::Channel => Field::Channel,
            Col::Agent => Field::AgentIdentifier,
            Col::Activity => Field::ActivityIdentifier,
            Col::StartDate => Field::StartDate,
            Col::StartTime => Field::StartTime,
            Col::StartTimestamp => Field::StartTimestamp,
            Col::EndDate => Field::EndDate,
            Col::EndTime => Field::EndTime,
            Col::EndTimestamp => Field::EndTimestamp,
        }
    }

    pub fn of_field(field: Field) -> Col {
        Col::ALL
            .into_iter()
            .find(|c| c.field() == field)
            .unwrap_or(Col::Queue)
    }

    /// A DOM-id-safe name.
    pub fn key(self) -> &'static str {
        match self {
            Col::Queue => "queue",
            Col::Date => "date",
            Col::Time => "time",
            Col::Timestamp => "timestamp",
            Col::Offered => "offered",
            Col::Handled => "handled",
            Col::Aht => "aht",
            Col::Duration => "duration",
            Col::Channel => "channel",
            Col::Agent => "agent",
            Col::Activity => "activity",
            Col::StartDate => "start-date",
            Col::StartTime => "start-time",
            Col::StartTimestamp => "start-timestamp",
            Col::EndDate => "end-date",
            Col::EndTime => "end-time",
            Col::EndTimestamp => "end-timestamp",
        }
    }
}
