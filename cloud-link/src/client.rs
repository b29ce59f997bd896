//! The client's life: register (or reuse the saved registration), print a PIN
//! until an admin claims it (a new one whenever the old expired unclaimed, or the
//! link is gone), send a heartbeat every `--heartbeat-ms`, and on a second thread
//! long-poll for jobs and answer them; with `--watch-dir`, a third thread sends
//! the files of the import folder (`watch`).

use crate::{
    args::{Command, Options},
    console, demo,
    server::{Error, Server},
    watch,
};
use injixo_contract::{Job, JobKind, JobResult, RegisterClient, PIN_VALID_SECS};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The file in `--state-dir` that keeps the registration.
pub const STATE_FILE: &str = "injixo-cloud-link.state.json";

/// What the client keeps between runs: which server, and its token there.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Registration {
    server: String,
    client_id: String,
    token: String,
}

fn state_path(o: &Options) -> PathBuf {
    o.state_dir.join(STATE_FILE)
}

fn load(o: &Options) -> Option<Registration> {
    let text = std::fs::read_to_string(state_path(o)).ok()?;
    serde_json::from_str::<Registration>(&text)
        .ok()
        .filter(|r| r.server == o.server)
}

/// Saves the registration, readable by its owner only (it holds the token).
fn save(o: &Options, r: &Registration) -> Result<(), String> {
    std::fs::create_dir_all(&o.state_dir).map_err(|e| format!("--state-dir: {e}"))?;
    let path = state_path(o);
    let text = serde_json::to_string_pretty(r).expect("serializes");
    let mut file = std::fs::OpenOptions::new();
    file.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut file, 0o600);
    std::io::Write::write_all(
        &mut file
            .open(&path)
            .map_err(|e| format!("{}: {e}", path.display()))?,
        text.as_bytes(),
    )
    .map_err(|e| format!("{}: {e}", path.display()))
}

fn facts(o: &Options) -> RegisterClient {
    RegisterClient {
        host: o.host.clone(),
        version: env!("CARGO_PKG_VERSION").into(),
        os: std::env::consts::OS.into(),
        time_zone: o.time_zone.clone(),
        flavor: Default::default(),
    }
}

/// Runs the command of `o`.
pub fn main(o: &Options) -> Result<(), String> {
    if !o.database.exists() {
        demo::create(&o.database).map_err(|e| format!("{}: {e}", o.database.display()))?;
        console::note(&format!(
            "created the demo database {}",
            o.database.display()
        ));
    }
    let server = Server::new(&o.server);
    match o.command {
        Command::Pin => {
            let r = load(o).ok_or("not registered yet: start it with `run` first")?;
            let pin = server.new_pin(&r.token).map_err(|e| e.to_string())?;
            console::print_pin(&pin.pin);
            Ok(())
        }
        Command::Run => run(o, &server),
    }
}

/// Registers anew, saves the token and prints the first PIN.
fn register(o: &Options, server: &Server) -> Result<Registration, Error> {
    let pin = server.register(&facts(o))?;
    let r = Registration {
        server: o.server.clone(),
        client_id: pin.client_id,
        token: pin.token.unwrap_or_default(),
    };
    save(o, &r).map_err(Error::Failed)?;
    console::note(&format!("registered as {}", r.client_id));
    console::print_pin(&pin.pin);
    Ok(r)
}

/// What the heartbeat loop knows.
struct Beat {
    linked: bool,
    /// When the PIN printed last expires (the client's own clock).
    pin_expires: Option<Instant>,
}

fn fresh_pin(server: &Server, token: &str, beat: &mut Beat) -> Result<(), Error> {
    let pin = server.new_pin(token)?;
    console::print_pin(&pin.pin);
    beat.pin_expires = Some(Instant::now() + Duration::from_secs(PIN_VALID_SECS as u64));
    Ok(())
}

fn run(o: &Options, server: &Server) -> Result<(), String> {
    let mut beat = Beat {
        linked: false,
        pin_expires: None,
    };
    let registration = match load(o) {
        Some(r) => r,
        None => {
            let r = register(o, server).map_err(|e| format!("cannot register: {e}"))?;
            beat.pin_expires = Some(Instant::now() + Duration::from_secs(PIN_VALID_SECS as u64));
            r
        }
    };
    let token = Arc::new(Mutex::new(registration.token));
    {
        let (o, server, token) = (o.clone(), server.clone(), token.clone());
        std::thread::spawn(move || jobs(&o, &server, &token));
    }
    if let Some(dir) = &o.watch_dir {
        // Opened here, so that a folder that cannot be created stops the start.
        let folder = watch::Folder::open(dir).map_err(|e| format!("--watch-dir: {e}"))?;
        console::note(&format!("watching {} for CSV files", dir.display()));
        // `--poll-secs 0` makes the job poll return at once; the folder is still
        // looked into at most once a second.
        let every = Duration::from_secs(o.poll_secs.max(1));
        let (server, token) = (server.clone(), token.clone());
        std::thread::spawn(move || watch::watch(folder, every, &server, &token));
    }
    let mut failing = false;
    loop {
        let current = token.lock().expect("token").clone();
        match server.heartbeat(&current, &facts(o)) {
            Ok(answer) => {
                if failing {
                    console::note("the server answers again");
                    failing = false;
                }
                if answer.linked && !beat.linked {
                    console::note("linked");
                }
                let expired = beat.pin_expires.is_none_or(|t| Instant::now() >= t);
                if !answer.linked && (beat.linked || expired) {
                    if let Err(e) = fresh_pin(server, &current, &mut beat) {
                        console::note(&format!("cannot get a new PIN: {e}"));
                    }
                }
                beat.linked = answer.linked;
            }
            Err(Error::Unauthorized) => {
                console::note("the server does not know this client; registering again");
                match register(o, server) {
                    Ok(r) => {
                        *token.lock().expect("token") = r.token;
                        beat.linked = false;
                        beat.pin_expires =
                            Some(Instant::now() + Duration::from_secs(PIN_VALID_SECS as u64));
                    }
                    Err(e) => console::note(&format!("cannot register: {e}")),
                }
            }
            Err(e) if !failing => {
                console::note(&format!("no heartbeat: {e}"));
                failing = true;
            }
            Err(_) => {}
        }
        std::thread::sleep(o.heartbeat);
    }
}

/// The job loop: poll, do, answer; forever.
fn jobs(o: &Options, server: &Server, token: &Mutex<String>) {
    loop {
        let current = token.lock().expect("token").clone();
        match server.next_job(&current, o.poll_secs) {
            Ok(Some(job)) => {
                let result = work(&job, &o.database, &o.time_zone);
                console::note(&format!("job {}: {}", job.id, outcome(&result)));
                if let Err(e) = server.finish(&current, &job.id, &result) {
                    console::note(&format!("cannot send the result of job {}: {e}", job.id));
                }
            }
            Ok(None) => {}
            // Not registered yet, or the server is away: try again shortly.
            Err(_) => std::thread::sleep(Duration::from_secs(1)),
        }
    }
}

/// Does one job (settings and secrets stay in here; only the outcome is noted).
pub fn work(job: &Job, database: &Path, time_zone: &str) -> JobResult {
    match &job.kind {
        JobKind::Verify { settings } => crate::verify::verify(settings, database, time_zone),
        JobKind::Query {
            sql,
            max_rows,
            timeout_ms,
            ..
        } => match crate::query::open_read_only(database) {
            Ok(conn) => {
                crate::query::run(&conn, sql, *max_rows, Duration::from_millis(*timeout_ms))
            }
            Err(e) => JobResult::ConnectionFailed {
                message: format!("unable to open database file {}: {e}", database.display()),
            },
        },
    }
}

fn outcome(r: &JobResult) -> String {
    match r {
        JobResult::Verified { .. } => "verified".into(),
        JobResult::Rows { rows, .. } => format!("{} rows", rows.len()),
        JobResult::ConnectionFailed { .. } => "connection failed".into(),
        JobResult::SqlError { .. } => "SQL error".into(),
        JobResult::Timeout => "stopped after the time limit".into(),
    }
}
