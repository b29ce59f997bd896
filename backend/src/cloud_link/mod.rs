//! injixo Cloud Link on the server's side: PINs and claims (`pins`), the jobs the
//! server hands a client and waits for (`jobs`), a link's status from its heartbeats
//! (`status`) and the client download (`downloads`).
//!
//! Below `state` and `api`: it imports `db`, `clock`, `config` and `credentials`,
//! never a handler. Its functions take the pieces they need (a connection, a time)
//! and return outcomes; the handlers turn those into HTTP.
//!
//! The job protocol: the server queues a job for the client (`jobs::run`) and wakes
//! the client's long poll (`GET …/client/jobs?wait=…`, `jobs::next`); the client does
//! the work and posts the result (`jobs::finish`), which wakes the waiting request.
//! A request that waits longer than its bound deletes the job and answers
//! `cloud_link_unreachable`.

pub mod downloads;
pub mod jobs;
pub mod pins;
pub mod status;

use crate::config::CloudLinkConfig;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::Notify;

/// The longest long poll a client may ask for (`wait`, seconds).
pub const MAX_POLL_SECS: u64 = 25;

/// What the handlers share about Cloud Link: the configuration and the wake-ups
/// between a request waiting for a job's result and the client sending it (and
/// between a queued job and the client's long poll).
#[derive(Debug, Default)]
pub struct Hub {
    /// Download and waits.
    pub config: CloudLinkConfig,
    wakers: Mutex<HashMap<String, Arc<Notify>>>,
}

impl Hub {
    /// A hub with this configuration.
    pub fn new(config: CloudLinkConfig) -> Self {
        Self {
            config,
            wakers: Mutex::default(),
        }
    }

    /// The wake-up of `key`, created when missing.
    fn waker(&self, key: &str) -> Arc<Notify> {
        let mut map = self.wakers.lock().unwrap_or_else(|e| e.into_inner());
        map.entry(key.to_string()).or_default().clone()
    }

    /// Wakes one waiter of `key`, or the next one to wait (the permit is kept), so
    /// a wake-up between a look at the database and the wait is not lost.
    fn wake(&self, key: &str) {
        self.waker(key).notify_one();
    }

    /// Wakes the waiter of `key` if there is one (a job's: its waiter made the
    /// wake-up before it queued the job, and drops it when it stops waiting).
    fn wake_waiting(&self, key: &str) {
        let map = self.wakers.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(waker) = map.get(key) {
            waker.notify_one();
        }
    }

    /// Drops the wake-up of `key` (a finished job's).
    fn forget(&self, key: &str) {
        let mut map = self.wakers.lock().unwrap_or_else(|e| e.into_inner());
        map.remove(key);
    }
}

fn client_key(client_id: &str) -> String {
    format!("client:{client_id}")
}

fn job_key(job_id: &str) -> String {
    format!("job:{job_id}")
}
