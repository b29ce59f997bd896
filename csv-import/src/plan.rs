//! A schema compiled against a header row: column indices and parsed formats, so that
//! applying it to a row does no lookup and no format parsing.

use crate::schema::{AhtFormat, ChannelSource, DateTimeColumns, Field, Layout, Mapping};
use crate::{Channel, Format, FormatKind, Schema, SchemaError, ZoneOffsets};

#[derive(Clone, Debug)]
pub(crate) enum When {
    Separate {
        date: usize,
        date_format: Format,
        time: usize,
        time_format: Format,
    },
    Combined {
        column: usize,
        format: Format,
    },
}

impl When {
    /// The columns (date, time), or the timestamp column twice; problems of the
    /// combined value (time zone, interval) are shown at the second.
    pub(crate) fn columns(&self) -> [usize; 2] {
        match self {
            When::Separate { date, time, .. } => [*date, *time],
            When::Combined { column, .. } => [*column, *column],
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct ContactPlan {
    pub(crate) interval_minutes: Option<u16>,
    pub(crate) queue: usize,
    pub(crate) when: When,
    pub(crate) offered: usize,
    pub(crate) handled: usize,
    pub(crate) aht: Option<(usize, AhtFormat)>,
    pub(crate) duration: Option<usize>,
    /// A fixed channel, or the column holding it.
    pub(crate) channel: Result<Channel, usize>,
}

#[derive(Clone, Debug)]
pub(crate) struct AgentPlan {
    pub(crate) agent: usize,
    pub(crate) activity: usize,
    pub(crate) start: When,
    pub(crate) end: Option<When>,
}

#[derive(Clone, Debug)]
pub(crate) enum Kind {
    Contact(ContactPlan),
    Agent(AgentPlan),
}

/// A schema ready to read the rows of a file with a given header (see
/// [`Plan::apply`]). Compile it once per mapping change, not per row.
#[derive(Clone, Debug)]
pub struct Plan {
    pub(crate) kind: Kind,
    pub(crate) names: Vec<String>,
    pub(crate) zone: String,
}

impl Plan {
    /// Compiles a schema against the header names. The errors are those of
    /// [`Schema::validate`] and [`SchemaError::UnknownColumn`] for each mapped column
    /// that is not in the header. Of equal header names, the first is used.
    pub fn new(
        schema: &Schema,
        header: &[String],
        zones: &dyn ZoneOffsets,
    ) -> Result<Plan, Vec<SchemaError>> {
        compile(schema, Some(header), zones)
    }
}

/// Compiles a schema; without a header only the schema itself is checked.
pub(crate) fn compile(
    schema: &Schema,
    header: Option<&[String]>,
    zones: &dyn ZoneOffsets,
) -> Result<Plan, Vec<SchemaError>> {
    let mut c = Compiler {
        header,
        errors: Vec::new(),
    };
    if !zones.knows(&schema.time_zone) {
        c.errors.push(SchemaError::UnknownTimeZone {
            zone: schema.time_zone.clone(),
        });
    }
    let kind = match &schema.mapping {
        Mapping::ContactData(m) => {
            let interval_minutes = match m.layout {
                Layout::ContactBased => None,
                Layout::IntervalBased {
                    interval_minutes: n,
                } => {
                    if n == 0 || 1440 % n != 0 {
                        c.errors.push(SchemaError::IntervalLength { minutes: n });
                    }
                    Some(n)
                }
            };
            let cdr = interval_minutes.is_none();
            if cdr && m.aht.is_some() {
                c.errors
                    .push(SchemaError::NotForLayout { field: Field::Aht });
            }
            if !cdr && m.duration.is_some() {
                c.errors.push(SchemaError::NotForLayout {
                    field: Field::Duration,
                });
            }
            let queue = c.col(Field::QueueName, m.queue.as_deref());
            let when = c.when(&m.date_time, [Field::Date, Field::Time, Field::Timestamp]);
            let offered = c.col(Field::Offered, m.offered.as_deref());
            let handled = c.col(Field::Handled, m.handled.as_deref());
            let aht = m
                .aht
                .as_deref()
                .map(|a| (c.col(Field::Aht, Some(a)), m.aht_format));
            let duration = match (cdr, m.duration.as_deref()) {
                (true, d) => Some(c.col(Field::Duration, d)),
                (false, _) => None,
            };
            let channel = match &m.channel {
                Some(ChannelSource::Fixed(fixed)) => Ok(*fixed),
                Some(ChannelSource::Column(name)) => Err(c.col(Field::Channel, Some(name))),
                None => Err(c.col(Field::Channel, None)),
            };
            let plan = when.map(|when| ContactPlan {
                interval_minutes,
                queue,
                when,
                offered,
                handled,
                aht,
                duration,
                channel,
            });
            plan.map(Kind::Contact)
        }
        Mapping::AgentStatus(m) => {
            let agent = c.col(Field::AgentIdentifier, m.agent.as_deref());
            let activity = c.col(Field::ActivityIdentifier, m.activity.as_deref());
            let start = c.when(
                &m.start,
                [Field::StartDate, Field::StartTime, Field::StartTimestamp],
            );
            let end = match &m.end {
                Some(e) => c
                    .when(e, [Field::EndDate, Field::EndTime, Field::EndTimestamp])
                    .map(Some),
                None => Some(None),
            };
            match (start, end) {
                (Some(start), Some(end)) => Some(Kind::Agent(AgentPlan {
                    agent,
                    activity,
                    start,
                    end,
                })),
                _ => None,
            }
        }
    };
    match kind {
        // Every `None` above pushed an error first.
        Some(kind) if c.errors.is_empty() => Ok(Plan {
            kind,
            names: header.unwrap_or_default().to_vec(),
            zone: schema.time_zone.clone(),
        }),
        _ => Err(c.errors),
    }
}

struct Compiler<'h> {
    header: Option<&'h [String]>,
    errors: Vec<SchemaError>,
}

impl Compiler<'_> {
    /// The index of a mapped column (0 when it cannot be known; then an error is noted).
    fn col(&mut self, field: Field, name: Option<&str>) -> usize {
        let Some(name) = name.filter(|n| !n.is_empty()) else {
            self.errors.push(SchemaError::MissingColumn { field });
            return 0;
        };
        let Some(header) = self.header else { return 0 };
        header.iter().position(|h| h == name).unwrap_or_else(|| {
            self.errors.push(SchemaError::UnknownColumn {
                field,
                column: name.to_owned(),
            });
            0
        })
    }

    fn format(&mut self, field: Field, pattern: &str, kind: FormatKind) -> Option<Format> {
        Format::parse(pattern, kind)
            .map_err(|error| self.errors.push(SchemaError::Format { field, error }))
            .ok()
    }

    /// `fields` are the form's (date, time, timestamp) fields of this date-time.
    fn when(&mut self, columns: &DateTimeColumns, fields: [Field; 3]) -> Option<When> {
        let [date_field, time_field, stamp_field] = fields;
        match columns {
            DateTimeColumns::Separate {
                date,
                date_format,
                time,
                time_format,
            } => {
                let date = self.col(date_field, date.as_deref());
                let date_format = self.format(date_field, date_format, FormatKind::Date);
                let time = self.col(time_field, time.as_deref());
                let time_format = self.format(time_field, time_format, FormatKind::Time);
                Some(When::Separate {
                    date,
                    date_format: date_format?,
                    time,
                    time_format: time_format?,
                })
            }
            DateTimeColumns::Combined {
                timestamp,
                timestamp_format,
            } => {
                let column = self.col(stamp_field, timestamp.as_deref());
                let format = self.format(stamp_field, timestamp_format, FormatKind::Timestamp)?;
                Some(When::Combined { column, format })
            }
        }
    }
}
