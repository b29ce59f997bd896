//! `Values` ⇄ the engine's `Schema`.

use super::{predefined_formats, Col, DataType, Values};
use injixo_csv::{
    AgentStatusMapping, AhtFormat, Channel, ChannelSource, ContactMapping, DateTimeColumns, Layout,
    Mapping, MissingValues, Schema, Separator,
};

impl Values {
    fn col(&self, c: Col) -> Option<String> {
        self.columns.get(&c).filter(|s| !s.is_empty()).cloned()
    }

    fn format(&self, c: Col) -> String {
        self.formats.get(&c).cloned().unwrap_or_default()
    }

    fn date_time(&self, [date, time, stamp]: [Col; 3]) -> DateTimeColumns {
        if self.one_column {
            DateTimeColumns::Combined {
                timestamp: self.col(stamp),
                timestamp_format: self.format(stamp),
            }
        } else {
            DateTimeColumns::Separate {
                date: self.col(date),
                date_format: self.format(date),
                time: self.col(time),
                time_format: self.format(time),
            }
        }
    }

    fn layout(&self) -> Layout {
        if self.interval_based() {
            Layout::IntervalBased {
                interval_minutes: self.interval_minutes.parse().unwrap_or(0),
            }
        } else {
            Layout::ContactBased
        }
    }

    /// The engine's schema, and the SQL query when the columns are mapped with one
    /// (the mapping then only says the data type and layout: switching methods
    /// replaces the other one, as the help center warns).
    pub fn to_schema(&self) -> (Schema, Option<String>) {
        let sql =
            (self.use_sql && self.data_type == DataType::ContactData).then(|| self.sql.clone());
        let mapping = match self.data_type {
            DataType::ContactData if sql.is_some() => Mapping::ContactData(ContactMapping {
                layout: self.layout(),
                missing_values: missing_values(&self.missing_values),
                queue: None,
                date_time: Values::new(self.data_type).date_time([
                    Col::Date,
                    Col::Time,
                    Col::Timestamp,
                ]),
                offered: None,
                handled: None,
                aht: None,
                aht_format: AhtFormat::default(),
                duration: None,
                channel: None,
            }),
            DataType::ContactData => {
                let interval = self.interval_based();
                let channel = match Channel::read(&self.channel) {
                    Ok(fixed) => Some(ChannelSource::Fixed(fixed)),
                    Err(_) => self.col(Col::Channel).map(ChannelSource::Column),
                };
                Mapping::ContactData(ContactMapping {
                    layout: self.layout(),
                    missing_values: missing_values(&self.missing_values),
                    queue: self.col(Col::Queue),
                    date_time: self.date_time([Col::Date, Col::Time, Col::Timestamp]),
                    offered: self.col(Col::Offered),
                    handled: self.col(Col::Handled),
                    aht: self.col(Col::Aht).filter(|_| interval),
                    aht_format: if self.aht_format == "hh_mm_ss" {
                        AhtFormat::HhMmSs
                    } else {
                        AhtFormat::Seconds
                    },
                    duration: self.col(Col::Duration).filter(|_| !interval),
                    channel,
                })
            }
            DataType::AgentStatus => {
                let end = [Col::EndDate, Col::EndTime, Col::EndTimestamp];
                let ends_mapped = if self.one_column {
                    self.col(Col::EndTimestamp).is_some()
                } else {
                    self.col(Col::EndDate).is_some() || self.col(Col::EndTime).is_some()
                };
                Mapping::AgentStatus(AgentStatusMapping {
                    agent: self.col(Col::Agent),
                    activity: self.col(Col::Activity),
                    start: self.date_time([Col::StartDate, Col::StartTime, Col::StartTimestamp]),
                    end: ends_mapped.then(|| self.date_time(end)),
                })
            }
        };
        let schema = Schema {
            read: self.read_options(),
            time_zone: self.time_zone.clone(),
            mapping,
        };
        (schema, sql)
    }

    /// The values of a saved schema, for *Edit CSV schema*. A schema of another data
    /// type than `data_type` keeps only how the file is read.
    pub fn from_schema(schema: &Schema, sql: Option<&str>, data_type: DataType) -> Values {
        let mut v = Values::new(data_type);
        let read = &schema.read;
        v.separator = separator_name(read.separator).into();
        v.time_zone = schema.time_zone.clone();
        let p = &read.preprocessing;
        v.add_header_row = p.add_header_row;
        v.skip_empty_rows = p.skip_empty_rows;
        v.skip_first = p.skip_first_rows > 0;
        if v.skip_first {
            v.skip_first_rows = p.skip_first_rows.to_string();
        }
        v.skip_containing = !p.skip_rows_containing.is_empty();
        if v.skip_containing {
            v.skip_strings = p.skip_rows_containing.clone();
        }
        if DataType::of(schema) != data_type {
            return v;
        }
        match &schema.mapping {
            Mapping::ContactData(m) => {
                match m.layout {
                    Layout::ContactBased => v.layout = "contact_based".into(),
                    Layout::IntervalBased { interval_minutes } => {
                        v.layout = "interval_based".into();
                        v.interval_minutes = interval_minutes.to_string();
                    }
                }
                v.missing_values = match m.missing_values {
                    MissingValues::FillWithZero => "fill_with_zero",
                    MissingValues::LeaveEmpty => "leave_empty",
                }
                .into();
                if let Some(sql) = sql {
                    v.use_sql = true;
                    v.sql = sql.to_string();
                    return v;
                }
                v.set(Col::Queue, &m.queue);
                v.set_date_time(&m.date_time, [Col::Date, Col::Time, Col::Timestamp]);
                v.set(Col::Offered, &m.offered);
                v.set(Col::Handled, &m.handled);
                v.set(Col::Aht, &m.aht);
                v.set(Col::Duration, &m.duration);
                if m.aht_format == AhtFormat::HhMmSs {
                    v.aht_format = "hh_mm_ss".into();
                }
                match &m.channel {
                    Some(ChannelSource::Fixed(c)) => v.channel = c.as_str().into(),
                    Some(ChannelSource::Column(name)) => {
                        v.channel.clear();
                        v.columns.insert(Col::Channel, name.clone());
                    }
                    None => {}
                }
            }
            Mapping::AgentStatus(m) => {
                v.set(Col::Agent, &m.agent);
                v.set(Col::Activity, &m.activity);
                let start = [Col::StartDate, Col::StartTime, Col::StartTimestamp];
                v.set_date_time(&m.start, start);
                if let Some(end) = &m.end {
                    v.set_date_time(end, [Col::EndDate, Col::EndTime, Col::EndTimestamp]);
                }
            }
        }
        v
    }

    fn set(&mut self, c: Col, name: &Option<String>) {
        if let Some(n) = name {
            self.columns.insert(c, n.clone());
        }
    }

    fn set_format(&mut self, c: Col, format: &str) {
        self.formats.insert(c, format.to_string());
        let predefined = predefined_formats(c).contains(&format);
        if predefined || format.is_empty() {
            self.custom.remove(&c);
        } else {
            self.custom.insert(c);
        }
    }

    fn set_date_time(&mut self, dt: &DateTimeColumns, [date, time, stamp]: [Col; 3]) {
        match dt {
            DateTimeColumns::Separate {
                date: d,
                date_format,
                time: t,
                time_format,
            } => {
                self.one_column = false;
                self.set(date, d);
                self.set_format(date, date_format);
                self.set(time, t);
                self.set_format(time, time_format);
            }
            DateTimeColumns::Combined {
                timestamp,
                timestamp_format,
            } => {
                self.one_column = true;
                self.set(stamp, timestamp);
                self.formats.insert(stamp, timestamp_format.clone());
            }
        }
    }
}

pub fn separator(name: &str) -> Separator {
    match name {
        "comma" => Separator::Comma,
        "tab" => Separator::Tab,
        "pipe" => Separator::Pipe,
        _ => Separator::Semicolon,
    }
}

pub fn separator_name(s: Separator) -> &'static str {
    match s {
        Separator::Comma => "comma",
        Separator::Semicolon => "semicolon",
        Separator::Tab => "tab",
        Separator::Pipe => "pipe",
    }
}

fn missing_values(name: &str) -> MissingValues {
    if name == "fill_with_zero" {
        MissingValues::FillWithZero
    } else {
        MissingValues::LeaveEmpty
    }
}
