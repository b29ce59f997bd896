//! A [`Plan`] applied to one row: the values injixo imports, or the row's problems.

use serde::Serialize;

use crate::format::ReadError;
use crate::plan::{AgentPlan, ContactPlan, Kind, When};
use crate::schema::AhtFormat;
use crate::values::{read_count, read_hh_mm_ss, read_seconds, read_text, trim};
use crate::zone::{LocalDateTime, UtcTime, ZoneOffsets};
use crate::{Channel, ErrorCode, Fields, Format, Plan, Problem};

/// One row of contact data, as imported.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ContactRecord<'a> {
    /// Physical line.
    pub line: u64,
    /// *Queue name*.
    pub queue: &'a str,
    /// *Channel*.
    pub channel: Channel,
    /// Date and time, in UTC.
    pub timestamp: UtcTime,
    /// *Offered*.
    pub offered: f64,
    /// *Handled*.
    pub handled: f64,
    /// *AHT* in seconds (interval-based; `None` without a column or for an empty cell).
    pub aht_seconds: Option<u32>,
    /// *Duration* in seconds (contact-based; `None` for an empty cell of an unhandled
    /// contact).
    pub duration_seconds: Option<u32>,
}

/// One row of agent status data, as imported.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AgentStatusRecord<'a> {
    /// Physical line.
    pub line: u64,
    /// *Agent identifier*.
    pub agent: &'a str,
    /// *Activity identifier*.
    pub activity: &'a str,
    /// Start, in UTC.
    pub start: UtcTime,
    /// End, in UTC (`None` without end columns, or when its cells are empty).
    pub end: Option<UtcTime>,
}

/// A row as imported.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "data_type", rename_all = "snake_case")]
pub enum Record<'a> {
    /// Contact data.
    ContactData(ContactRecord<'a>),
    /// Agent status.
    AgentStatus(AgentStatusRecord<'a>),
}

impl Plan {
    /// Reads one row. Every problem of the row (one per cell at most) is pushed to
    /// `problems`; the record is returned only if there was none.
    pub fn apply<'a>(
        &self,
        zones: &dyn ZoneOffsets,
        line: u64,
        fields: Fields<'a>,
        problems: &mut Vec<Problem>,
    ) -> Option<Record<'a>> {
        if !fields.fits(self.names.len()) {
            problems.push(Problem::new(ErrorCode::InvalidRowLength, Some(line)));
            return None;
        }
        let before = problems.len();
        let mut row = Row {
            plan: self,
            zones,
            line,
            fields,
            problems,
        };
        let record = match &self.kind {
            Kind::Contact(p) => row.contact(p).map(Record::ContactData),
            Kind::Agent(p) => row.agent(p).map(Record::AgentStatus),
        };
        record.filter(|_| problems.len() == before)
    }
}

struct Row<'p, 'a> {
    plan: &'p Plan,
    zones: &'p dyn ZoneOffsets,
    line: u64,
    fields: Fields<'a>,
    problems: &'p mut Vec<Problem>,
}

impl<'a> Row<'_, 'a> {
    fn contact(&mut self, p: &ContactPlan) -> Option<ContactRecord<'a>> {
        let queue = self.get(p.queue, |v| read_text(v, ErrorCode::MissingQueue));
        let timestamp = self.when(&p.when, p.interval_minutes);
        let offered = self.get(p.offered, read_count);
        let handled = self.get(p.handled, read_count);
        let cdr = p.interval_minutes.is_none();
        // The help center: "0 or 1 (or decimals)", so anything from 0 to 1.
        if cdr && handled.is_some_and(|h| h > 1.0) {
            self.problem(ErrorCode::InvalidHandledCdr, p.handled);
        }
        let aht = p.aht.and_then(|(column, format)| {
            self.optional(column, |v| match format {
                AhtFormat::Seconds => read_seconds(v),
                AhtFormat::HhMmSs => read_hh_mm_ss(v),
            })
        });
        let duration = p.duration.and_then(|column| {
            let duration = self.optional(column, read_seconds)?;
            if handled.is_some_and(|h| h > 0.0) && duration.unwrap_or(0) == 0 {
                self.problem(ErrorCode::InvalidDurationCdr, column);
            }
            Some(duration)
        });
        let channel = match p.channel {
            Ok(fixed) => Some(fixed),
            Err(column) => self.get(column, Channel::read),
        };
        Some(ContactRecord {
            line: self.line,
            queue: queue?,
            channel: channel?,
            timestamp: timestamp?,
            offered: offered?,
            handled: handled?,
            aht_seconds: aht.flatten(),
            duration_seconds: duration.flatten(),
        })
    }

    fn agent(&mut self, p: &AgentPlan) -> Option<AgentStatusRecord<'a>> {
        let agent = self.get(p.agent, |v| read_text(v, ErrorCode::MissingAgent));
        let activity = self.get(p.activity, |v| read_text(v, ErrorCode::MissingActivity));
        let start = self.when(&p.start, None);
        let end = match &p.end {
            Some(e) if e.columns().iter().any(|&c| !trim(self.cell(c)).is_empty()) => {
                let end = self.when(e, None)?;
                if start.is_some_and(|s| end < s) {
                    self.problem(ErrorCode::EndTimeBeforeStartTime, e.columns()[1]);
                }
                Some(end)
            }
            _ => None,
        };
        Some(AgentStatusRecord {
            line: self.line,
            agent: agent?,
            activity: activity?,
            start: start?,
            end,
        })
    }

    fn cell(&self, column: usize) -> &'a str {
        self.fields.get(column).unwrap_or("")
    }

    fn problem(&mut self, code: ErrorCode, column: usize) {
        let name = self.plan.names.get(column).map_or("", String::as_str);
        let value = self.cell(column);
        self.problems
            .push(Problem::in_cell(code, self.line, column, name, value));
    }

    fn get<T>(
        &mut self,
        column: usize,
        read: impl Fn(&'a str) -> Result<T, ErrorCode>,
    ) -> Option<T> {
        read(self.cell(column))
            .map_err(|code| self.problem(code, column))
            .ok()
    }

    /// An optional cell: `Some(None)` when blank, `None` when malformed.
    fn optional<T>(
        &mut self,
        column: usize,
        read: impl Fn(&'a str) -> Result<T, ErrorCode>,
    ) -> Option<Option<T>> {
        if trim(self.cell(column)).is_empty() {
            return Some(None);
        }
        self.get(column, read).map(Some)
    }

    /// The UTC instant of a date-time; interval-based data must start an interval.
    fn when(&mut self, when: &When, interval_minutes: Option<u16>) -> Option<UtcTime> {
        let read = |format: &Format, value: &str, mismatch| {
            format.read(trim(value)).map_err(|e| match e {
                ReadError::Mismatch => mismatch,
                ReadError::BeforeEpoch => ErrorCode::InvalidYear,
            })
        };
        let local = match when {
            When::Separate {
                date,
                date_format,
                time,
                time_format,
            } => {
                let d = self.get(*date, |v| {
                    read(date_format, v, ErrorCode::InvalidDateFormat)
                });
                let t = self.get(*time, |v| {
                    read(time_format, v, ErrorCode::InvalidTimeFormat)
                });
                let (d, t) = (d?, t?);
                LocalDateTime {
                    hour: t.hour,
                    minute: t.minute,
                    second: t.second,
                    ..d
                }
            }
            When::Combined { column, format } => self.get(*column, |v| {
                read(format, v, ErrorCode::InvalidDateOrTimeFormat)
            })?,
        };
        let shown_at = when.columns()[1];
        if let Some(n) = interval_minutes {
            // Checked on the wall clock of the file, where the admin sees the interval.
            let minute_of_day = u32::from(local.hour) * 60 + u32::from(local.minute);
            if local.second != 0 || minute_of_day % u32::from(n.max(1)) != 0 {
                self.problem(ErrorCode::InvalidTimestamp, shown_at);
                return None;
            }
        }
        let Some(offset) = self.zones.offset_seconds(&self.plan.zone, local) else {
            self.problem(ErrorCode::NonExistingTimestamp, shown_at);
            return None;
        };
        Some(UtcTime::from_local(local, offset))
    }
}
