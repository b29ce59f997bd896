//! What the end-to-end tests share: the real backend on a free port, the real
//! `injixo-cloud-link` binary as a process whose output arrives line by line, and
//! bounded waits for a line (never a sleep).
#![allow(dead_code)] // each test crate uses its own subset

use injixo_backend::{app, cloud_link::Hub, config::CloudLinkConfig, db, AppState};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_injixo-cloud-link");
pub const PIN_LINE: &str = "**  4) Enter your pin: ";

/// The backend (its catalogue and `extra` vendors) on a free port of 127.0.0.1,
/// served from `rt`; its base URL.
pub fn backend(rt: &tokio::runtime::Runtime, extra: Vec<injixo_contract::Vendor>) -> String {
    let mut state = AppState::with_test_hooks(db::open_in_memory().unwrap());
    let mut catalogue = (*state.catalogue).clone();
    catalogue.vendors.extend(extra);
    state.catalogue = Arc::new(catalogue);
    state.cloud_link = Arc::new(Hub::new(CloudLinkConfig {
        binary: BIN.into(),
        ..CloudLinkConfig::default()
    }));
    let none = std::path::Path::new("/nonexistent");
    let router = app(state, none, none);
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    rt.spawn(async move { axum::serve(listener, router).await });
    format!("http://{addr}")
}

/// The client process; killed when dropped.
pub struct Client(Child);

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the client with `extra` options; its standard output (and error, marked
/// `stderr: `) arrives line by line.
pub fn start(
    base: &str,
    dir: &std::path::Path,
    extra: &[&str],
) -> (Client, mpsc::Receiver<String>) {
    let mut child = Command::new(BIN)
        .args([
            "--server",
            base,
            "run",
            "--time-zone",
            "Europe/Berlin",
            "--heartbeat-ms",
            "200",
        ])
        .arg("--database")
        .arg(dir.join("demo.sqlite"))
        .arg("--state-dir")
        .arg(dir)
        .args(["--host", "e2e-host"])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the client starts");
    let (tx, rx) = mpsc::channel();
    let out = BufReader::new(child.stdout.take().unwrap());
    let err = BufReader::new(child.stderr.take().unwrap());
    let tx2 = tx.clone();
    std::thread::spawn(move || {
        out.lines()
            .map_while(Result::ok)
            .for_each(|l| drop(tx.send(l)))
    });
    std::thread::spawn(move || {
        err.lines()
            .map_while(Result::ok)
            .for_each(|l| drop(tx2.send(format!("stderr: {l}"))))
    });
    (Client(child), rx)
}

/// The first line within `within` that `wanted` makes something of; `what` names
/// it when none comes.
pub fn next_line<T>(
    lines: &mpsc::Receiver<String>,
    within: Duration,
    what: &str,
    mut wanted: impl FnMut(&str) -> Option<T>,
) -> T {
    let deadline = Instant::now() + within;
    let mut seen = Vec::new();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match lines.recv_timeout(left) {
            Ok(line) => {
                if let Some(found) = wanted(&line) {
                    return found;
                }
                seen.push(line);
            }
            Err(_) => panic!(
                "no {what} within {within:?}; the client said:\n{}",
                seen.join("\n")
            ),
        }
    }
}

/// The next PIN the client prints, within `within`.
pub fn next_pin(lines: &mpsc::Receiver<String>, within: Duration) -> String {
    next_line(lines, within, "PIN", |line| {
        let rest = line.strip_prefix(PIN_LINE)?;
        let pin = rest
            .strip_suffix(" (expires in 5 minutes)")
            .expect("the line's end");
        assert!(
            pin.len() == 6 && pin.bytes().all(|b| b.is_ascii_digit()),
            "{line}"
        );
        Some(pin.to_string())
    })
}

/// The backend's `/api/v1`, for the admin's side of a test.
pub struct Api {
    pub base: String,
    pub agent: ureq::Agent,
}

impl Api {
    pub fn new(base: String) -> Self {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        Api { base, agent }
    }

    pub fn post(&self, path: &str, body: &Value) -> (u16, Value) {
        let url = format!("{}/api/v1{path}", self.base);
        let mut res = self.agent.post(&url).send_json(body).unwrap();
        (
            res.status().as_u16(),
            res.body_mut().read_json().unwrap_or(Value::Null),
        )
    }

    pub fn get(&self, path: &str) -> (u16, Value) {
        let url = format!("{}/api/v1{path}", self.base);
        let mut res = self.agent.get(&url).call().unwrap();
        (
            res.status().as_u16(),
            res.body_mut().read_json().unwrap_or(Value::Null),
        )
    }
}
