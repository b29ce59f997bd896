//! The command line: `injixo-cloud-link --server URL run [options]` (or `pin`).

use std::path::PathBuf;
use std::time::Duration;

/// What the stand-in is asked to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Register (or reuse the saved registration), print a PIN, keep a heartbeat
    /// and do the server's jobs until stopped.
    Run,
    /// Print a fresh PIN for the saved registration and exit (as the real client's
    /// `injixo-cloud-link pin`).
    Pin,
}

/// The options of a run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub command: Command,
    /// The injixo server, `http://127.0.0.1:8080` by default.
    pub server: String,
    /// The SQLite database queries run against (created with demo data if missing).
    pub database: PathBuf,
    /// Where the registration (the client's token) is kept.
    pub state_dir: PathBuf,
    /// The time zone the client reports as its system's.
    pub time_zone: String,
    /// The host name it reports.
    pub host: String,
    /// Time between heartbeats.
    pub heartbeat: Duration,
    /// How long one long poll for jobs may wait (seconds, ≤ 25); also how often
    /// the import folder is looked into (at least every second).
    pub poll_secs: u64,
    /// The import folder whose CSV files are sent for the linked CSV integration
    /// (`watch`); none by default.
    pub watch_dir: Option<PathBuf>,
}

pub const USAGE: &str = "\
usage: injixo-cloud-link [--server URL] <run|pin> [options]

  --server URL        the injixo server (default http://127.0.0.1:8080)
commands:
  run                 register, print a PIN, keep a heartbeat and do the server's jobs
  pin                 print a fresh PIN for the saved registration and exit
options:
  --database FILE     SQLite database to query (default demo.sqlite; created with
                      demo data when missing)
  --state-dir DIR     where the registration is kept (default .)
  --time-zone ZONE    the system time zone to report (default $TZ, else UTC)
  --host NAME         the host name to report (default this machine's)
  --heartbeat-ms N    time between heartbeats (default 15000; env
                      INJIXO_CLOUD_LINK_HEARTBEAT_MS)
  --poll-secs N       longest wait of one poll for jobs, 0-25 (default 25); also
                      the seconds between looks into --watch-dir (at least 1)
  --watch-dir DIR     import folder: new *.csv/*.txt files are sent for the linked
                      CSV integration once unchanged for one poll, then moved to
                      DIR/done/ (imported) or DIR/failed/ (rejected or refused)";

/// Parses the arguments (without the program name).
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Options, String> {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let heartbeat_ms = match env("INJIXO_CLOUD_LINK_HEARTBEAT_MS") {
        Some(v) => number(&v, "INJIXO_CLOUD_LINK_HEARTBEAT_MS")?,
        None => injixo_contract::HEARTBEAT_SECS as u64 * 1000,
    };
    let mut o = Options {
        command: Command::Run,
        server: "http://127.0.0.1:8080".into(),
        database: "demo.sqlite".into(),
        state_dir: ".".into(),
        time_zone: env("TZ").unwrap_or_else(|| "UTC".into()),
        host: host_name(),
        heartbeat: Duration::from_millis(heartbeat_ms),
        poll_secs: 25,
        watch_dir: None,
    };
    let mut command = None;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--server" => o.server = value()?.trim_end_matches('/').to_string(),
            "--database" => o.database = value()?.into(),
            "--state-dir" => o.state_dir = value()?.into(),
            "--time-zone" => o.time_zone = value()?,
            "--host" => o.host = value()?,
            "--heartbeat-ms" => o.heartbeat = Duration::from_millis(number(&value()?, &arg)?),
            "--poll-secs" => o.poll_secs = number(&value()?, &arg)?.min(25),
            "--watch-dir" => o.watch_dir = Some(value()?.into()),
            "run" if command.is_none() => command = Some(Command::Run),
            "pin" if command.is_none() => command = Some(Command::Pin),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    o.command = command.ok_or("no command: run or pin")?;
    if o.heartbeat.is_zero() {
        return Err("--heartbeat-ms must be more than 0".into());
    }
    Ok(o)
}

fn number(v: &str, what: &str) -> Result<u64, String> {
    v.parse()
        .map_err(|_| format!("{what} must be a whole number"))
}

fn host_name() -> String {
    std::env::var("HOSTNAME")
        .ok()
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Result<Options, String> {
        parse(s.split_whitespace().map(String::from))
    }

    #[test]
    fn reads_the_documented_command() {
        let o = args("--server http://127.0.0.1:9/ run --database d.sqlite --state-dir s --time-zone Europe/Berlin --host h --heartbeat-ms 200").unwrap();
        assert_eq!(o.command, Command::Run);
        assert_eq!(o.server, "http://127.0.0.1:9");
        assert_eq!(o.database, PathBuf::from("d.sqlite"));
        assert_eq!(o.state_dir, PathBuf::from("s"));
        assert_eq!(o.time_zone, "Europe/Berlin");
        assert_eq!(o.host, "h");
        assert_eq!(o.heartbeat, Duration::from_millis(200));
        assert_eq!(o.watch_dir, None);
        let o = args("run --watch-dir in --poll-secs 99").unwrap();
        assert_eq!(o.watch_dir, Some(PathBuf::from("in")));
        assert_eq!(o.poll_secs, 25);
        assert_eq!(args("pin").unwrap().command, Command::Pin);
        assert!(args("").is_err());
        assert!(args("run --bogus").is_err());
        assert!(args("run --database").is_err());
        assert!(args("run --watch-dir").is_err());
        assert!(args("run --heartbeat-ms 0").is_err());
    }
}
