//! The demo database the stand-in creates when its `--database` file is missing:
//! contact and agent-status data with the column names of the Database article, so
//! that *Run query* has something realistic to read.
//!
//! - `contacts`: interval-based, one row per queue and 15 minutes (08:00–18:00) on
//!   3 days, 4 queues: `queueidentifier, queuename, timestamp, offered, answered,
//!   handlingtime, channel`.
//! - `calls`: contact-based, one row per contact: `queueidentifier, queuename,
//!   timestamp, answered, duration, channel`.
//! - `agent_status`: `agentidentifier, starttime, endtime, activity` for 6 agents;
//!   the last activity of each agent is ongoing (`endtime` NULL).

use rusqlite::{params, Connection};
use std::path::Path;

const QUEUES: [(&str, &str, &str); 4] = [
    ("q-100", "Support EN", "calls"),
    ("q-200", "Support DE", "calls"),
    ("q-300", "Sales", "chats"),
    ("q-400", "Billing", "emails"),
];
const DAYS: [&str; 3] = ["2025-01-27", "2025-01-28", "2025-01-29"];
const ACTIVITIES: [&str; 5] = [
    "available",
    "on_call",
    "after_call_work",
    "break",
    "meeting",
];

/// A small deterministic generator, so every demo database is the same.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

fn time(day: &str, minutes: u64) -> String {
    format!("{day} {:02}:{:02}:00", minutes / 60, minutes % 60)
}

/// Creates the demo database at `path` (which must not exist yet).
pub fn create(path: &Path) -> rusqlite::Result<()> {
    let mut conn = Connection::open(path)?;
    let tx = conn.transaction()?;
    tx.execute_batch(
        "CREATE TABLE contacts (queueidentifier TEXT, queuename TEXT, timestamp TEXT,
             offered INTEGER, answered INTEGER, handlingtime INTEGER, channel TEXT);
         CREATE TABLE calls (queueidentifier TEXT, queuename TEXT, timestamp TEXT,
             answered INTEGER, duration INTEGER, channel TEXT);
         CREATE TABLE agent_status (agentidentifier TEXT, starttime TEXT, endtime TEXT,
             activity TEXT);",
    )?;
    let mut rng = Lcg(20250127);
    for day in DAYS {
        for (id, name, channel) in QUEUES {
            for slot in 0..40 {
                let start = 8 * 60 + slot * 15;
                let offered = 5 + rng.next(30);
                let answered = offered - rng.next(offered / 5 + 1);
                let handling = answered * (120 + rng.next(240));
                tx.execute(
                    "INSERT INTO contacts VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        id,
                        name,
                        time(day, start),
                        offered,
                        answered,
                        handling,
                        channel
                    ],
                )?;
                if slot % 4 == 0 {
                    let answered = rng.next(10) < 9;
                    let duration = answered.then(|| 60 + rng.next(600));
                    tx.execute(
                        "INSERT INTO calls VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        params![
                            id,
                            name,
                            time(day, start + rng.next(15)),
                            answered,
                            duration,
                            channel
                        ],
                    )?;
                }
            }
        }
        for agent in 1..=6 {
            let mut at = 8 * 60 + rng.next(30);
            while at < 17 * 60 {
                let activity = ACTIVITIES[rng.next(ACTIVITIES.len() as u64) as usize];
                let end = at + 5 + rng.next(55);
                let last = day == DAYS[DAYS.len() - 1] && end >= 17 * 60;
                tx.execute(
                    "INSERT INTO agent_status VALUES (?1, ?2, ?3, ?4)",
                    params![
                        format!("agent-{agent:03}"),
                        time(day, at),
                        (!last).then(|| time(day, end.min(18 * 60))),
                        activity
                    ],
                )?;
                at = end;
            }
        }
    }
    tx.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_has_the_articles_columns() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("demo.sqlite");
        create(&path).unwrap();
        let conn = Connection::open(&path).unwrap();
        let count = |t: &str| -> i64 {
            conn.query_row(&format!("SELECT COUNT(*) FROM {t}"), [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(count("contacts"), 3 * 4 * 40);
        assert!(count("calls") > 100);
        assert!(count("agent_status") > 100);
        let ongoing: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM agent_status WHERE endtime IS NULL",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(ongoing, 6);
        conn.prepare("SELECT queueidentifier, queuename, timestamp, offered, answered, handlingtime, channel FROM contacts").unwrap();
        conn.prepare(
            "SELECT queueidentifier, queuename, timestamp, answered, duration, channel FROM calls",
        )
        .unwrap();
        conn.prepare("SELECT agentidentifier, starttime, endtime, activity FROM agent_status")
            .unwrap();
    }
}
