//! Jobs: the server queues one for a client and waits (bounded) for the result; the
//! client long-polls for jobs and posts results. See the module above for the whole
//! protocol.

use super::{client_key, job_key, Hub};
use crate::{clock::Clock, db};
use injixo_contract::{Job, JobKind, JobResult};
use rusqlite::Connection;
use std::sync::Mutex;
use std::time::Duration;
use tokio::time::{timeout_at, Instant};

fn lock(db: &Mutex<Connection>) -> std::sync::MutexGuard<'_, Connection> {
    db.lock().expect("db lock")
}

/// Queues `kind` for the client and waits up to `wait` for its result. `None`: no
/// answer in time; the job is then deleted, so a client that comes back later does
/// not run it.
pub async fn run(
    db: &Mutex<Connection>,
    hub: &Hub,
    clock: &Clock,
    client_id: &str,
    kind: JobKind,
    wait: Duration,
) -> rusqlite::Result<Option<JobResult>> {
    let deadline = Instant::now() + wait;
    let id = uuid::Uuid::new_v4().to_string();
    let key = job_key(&id);
    let done = hub.waker(&key);
    let json = serde_json::to_string(&kind).expect("jobs serialize");
    db::insert_job(&lock(db), &id, client_id, &json, &clock.now_rfc3339())?;
    hub.wake(&client_key(client_id));
    let result = loop {
        let stored = db::job_result(&lock(db), &id)?;
        if let Some(json) = stored {
            break serde_json::from_str(&json).ok();
        }
        if timeout_at(deadline, done.notified()).await.is_err() {
            break None;
        }
    };
    db::delete_job(&lock(db), &id)?;
    hub.forget(&key);
    Ok(result)
}

/// The client's next job, waiting up to `wait` for one to be queued.
pub async fn next(
    db: &Mutex<Connection>,
    hub: &Hub,
    clock: &Clock,
    client_id: &str,
    wait: Duration,
) -> rusqlite::Result<Option<Job>> {
    let deadline = Instant::now() + wait;
    let queued = hub.waker(&client_key(client_id));
    loop {
        let taken = db::take_job(&lock(db), client_id, &clock.now_rfc3339())?;
        if let Some((id, kind)) = taken {
            // Stored by `run` from a `JobKind`, so it reads back.
            if let Ok(kind) = serde_json::from_str(&kind) {
                return Ok(Some(Job { id, kind }));
            }
            continue;
        }
        if timeout_at(deadline, queued.notified()).await.is_err() {
            return Ok(None);
        }
    }
}

/// Stores the client's result of its job and wakes the request waiting for it.
/// `false`: the client has no such unanswered job (the wait may have ended).
pub fn finish(
    db: &Mutex<Connection>,
    hub: &Hub,
    clock: &Clock,
    client_id: &str,
    job_id: &str,
    result: &JobResult,
) -> rusqlite::Result<bool> {
    let json = serde_json::to_string(result).expect("results serialize");
    let stored = db::finish_job(&lock(db), client_id, job_id, &json, &clock.now_rfc3339())?;
    if stored {
        hub.wake_waiting(&job_key(job_id));
    }
    Ok(stored)
}
