//! `--watch-dir DIR`: the automatic import. Every `--poll-secs` (at least 1 s) the
//! stand-in looks into DIR for `*.csv` and `*.txt` files, sends each once for the
//! CSV integration it serves (`POST …/client/csv-files`) and moves it to
//! `DIR/done/` (imported, or imported before) or `DIR/failed/` (rejected, or
//! refused), with one line on standard error per file.
//!
//! A file is sent only once its size and modification time are what the previous
//! look saw, so a file still being copied in is not sent half-done. A writer that
//! pauses for longer than a poll could still be caught mid-way; writing under
//! another name (`.part`) and renaming when done is always safe.
//!
//! Files wait, and are tried again at a later look, while the client serves no CSV
//! integration (or several: it does not guess which one), while a manual import of
//! the integration waits for *Apply data*, and while the server cannot be reached.

use crate::{
    console,
    server::{Error, Sent, Server},
};
use injixo_contract::{CsvImport, CsvImportState};
use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime};

/// Where imported files go, below the watched folder.
pub const DONE: &str = "done";
/// Where rejected and refused files go.
pub const FAILED: &str = "failed";

/// What a look saw of a file: a change of either means someone is still writing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
}

/// The import folder, and what the previous look saw in it.
pub struct Folder {
    dir: PathBuf,
    seen: HashMap<PathBuf, Stamp>,
    /// Files sent but not moved (the move failed): not sent again while unchanged.
    stuck: HashMap<PathBuf, Stamp>,
}

/// `*.csv` and `*.txt`, in any case: what the product's import folder takes.
fn importable(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("csv") || e.eq_ignore_ascii_case("txt"))
}

impl Folder {
    /// The folder at `dir`, with its `done/` and `failed/` (created if missing).
    pub fn open(dir: &Path) -> io::Result<Folder> {
        for sub in [DONE, FAILED] {
            std::fs::create_dir_all(dir.join(sub))?;
        }
        Ok(Folder {
            dir: dir.to_path_buf(),
            seen: HashMap::new(),
            stuck: HashMap::new(),
        })
    }

    /// The files to send now, by name: those the previous look saw as they are now.
    /// New or changed files are remembered and wait for the next look.
    pub fn ready(&mut self) -> io::Result<Vec<PathBuf>> {
        let mut now = HashMap::new();
        for entry in std::fs::read_dir(&self.dir)? {
            let path = entry?.path();
            // A file that vanished between the listing and here is simply skipped.
            let Ok(meta) = std::fs::metadata(&path) else {
                continue;
            };
            if meta.is_file() && importable(&path) {
                let stamp = Stamp {
                    len: meta.len(),
                    modified: meta.modified().ok(),
                };
                now.insert(path, stamp);
            }
        }
        self.stuck
            .retain(|path, stamp| now.get(path) == Some(stamp));
        let mut ready: Vec<PathBuf> = now
            .iter()
            .filter(|(path, stamp)| self.seen.get(*path) == Some(stamp))
            .filter(|(path, _)| !self.stuck.contains_key(*path))
            .map(|(path, _)| path.clone())
            .collect();
        ready.sort();
        self.seen = now;
        Ok(ready)
    }

    /// Moves `file` into `sub` (`DONE` or `FAILED`), under a free name: an earlier
    /// file of the same name there is kept (`name.1.csv`, `name.2.csv`, …).
    pub fn file_away(&mut self, file: &Path, sub: &str) -> io::Result<PathBuf> {
        let name = file.file_name().ok_or(io::ErrorKind::InvalidInput)?;
        let mut target = self.dir.join(sub).join(name);
        let stem = file.file_stem().unwrap_or(name).to_string_lossy();
        let ext = file.extension().unwrap_or_default().to_string_lossy();
        let mut n = 0;
        while target.exists() {
            n += 1;
            target = self.dir.join(sub).join(format!("{stem}.{n}.{ext}"));
        }
        let moved = std::fs::rename(file, &target);
        if moved.is_err() {
            if let Some(stamp) = self.seen.get(file) {
                self.stuck.insert(file.to_path_buf(), *stamp);
            }
        }
        moved.map(|_| target)
    }
}

/// What comes of a file after the server's answer, with the line to log.
#[derive(Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Imported (or imported before): to `done/`.
    Done(String),
    /// Rejected or refused: to `failed/`.
    Failed(String),
    /// Nothing decided: it stays and is tried again.
    Wait(String),
}

fn summary(import: &CsvImport) -> String {
    let a = &import.analysis;
    match a.problems.first() {
        Some(p) => {
            let code = serde_json::to_value(p.code).unwrap_or_default();
            let code = code.as_str().unwrap_or("problem").to_string();
            let at = p.line.map(|l| format!(" in line {l}")).unwrap_or_default();
            format!("{} problem(s), first {code}{at}", a.error_count)
        }
        None => format!("{} lines imported", a.imported_lines),
    }
}

/// What to do with a file that the server answered `sent` to.
pub fn verdict(sent: Result<Sent, Error>) -> Verdict {
    match sent {
        Ok(Sent::Imported { import, new: false }) => {
            Verdict::Done(format!("imported before (import {})", import.id))
        }
        Ok(Sent::Imported { import, .. }) if import.state == CsvImportState::Rejected => {
            Verdict::Failed(format!("rejected: {}", summary(&import)))
        }
        Ok(Sent::Imported { import, .. }) => Verdict::Done(format!(
            "{}: {}",
            serde_json::to_value(import.state)
                .unwrap_or_default()
                .as_str()
                .unwrap_or("imported"),
            summary(&import)
        )),
        Ok(Sent::Refused { code, .. }) if code == "import_in_progress" => Verdict::Wait(
            "a manual import of the integration waits for Apply data; trying again".into(),
        ),
        Ok(Sent::Refused { code, .. }) if code == "cloud_link_not_connected" => {
            Verdict::Wait("no longer linked to the CSV integration; trying again".into())
        }
        Ok(Sent::Refused { status, code }) => Verdict::Failed(format!("refused: {status} {code}")),
        Err(e) => Verdict::Wait(format!("not sent ({e}); trying again")),
    }
}

/// The watch loop: look, send, file away; forever.
pub fn watch(mut folder: Folder, every: Duration, server: &Server, token: &Mutex<String>) {
    let mut notes = Notes::default();
    loop {
        look(&mut folder, server, token, &mut notes);
        std::thread::sleep(every);
    }
}

/// Lines already logged, so that a file or a folder that keeps waiting is reported
/// once per reason, not at every look.
#[derive(Default)]
struct Notes {
    folder: Option<String>,
    files: HashMap<PathBuf, String>,
}

impl Notes {
    fn folder(&mut self, line: Option<String>) {
        if let Some(l) = line.as_ref().filter(|l| self.folder.as_ref() != Some(*l)) {
            console::note(l);
        }
        self.folder = line;
    }

    fn file(&mut self, file: &Path, line: String) {
        if self.files.get(file) != Some(&line) {
            console::note(&format!("{}: {line}", display(file)));
            self.files.insert(file.to_path_buf(), line);
        }
    }
}

fn display(file: &Path) -> String {
    file.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

/// One look into the folder.
fn look(folder: &mut Folder, server: &Server, token: &Mutex<String>, notes: &mut Notes) {
    let ready = match folder.ready() {
        Ok(ready) => ready,
        Err(e) => return notes.folder(Some(format!("cannot read the import folder: {e}"))),
    };
    notes.files.retain(|file, _| ready.contains(file));
    if ready.is_empty() {
        return;
    }
    let token = token.lock().expect("token").clone();
    let integration = match server.csv_integrations(&token) {
        Ok(list) => match <[_; 1]>::try_from(list.items) {
            Ok([only]) => only,
            Err(items) if items.is_empty() => {
                let waiting = format!("{} file(s) wait: no CSV integration is linked", ready.len());
                return notes.folder(Some(waiting));
            }
            Err(items) => {
                let names: Vec<String> = items.into_iter().map(|i| i.name).collect();
                let line = format!(
                    "files wait: linked to several CSV integrations ({})",
                    names.join(", ")
                );
                return notes.folder(Some(line));
            }
        },
        Err(e) => return notes.folder(Some(format!("files wait: {e}"))),
    };
    notes.folder(None);
    for file in ready {
        let sent = std::fs::read(&file)
            .map_err(|e| Error::Failed(format!("cannot read it: {e}")))
            .and_then(|bytes| {
                server.send_csv_file(&token, &integration.id, &display(&file), &bytes)
            });
        let (sub, line) = match verdict(sent) {
            Verdict::Wait(line) => {
                notes.file(&file, line);
                continue;
            }
            Verdict::Done(line) => (DONE, line),
            Verdict::Failed(line) => (FAILED, line),
        };
        let name = display(&file);
        match folder.file_away(&file, sub) {
            Ok(_) => console::note(&format!(
                "{name} ({}): {line}; moved to {sub}/",
                integration.name
            )),
            Err(e) => console::note(&format!("{name}: {line}; cannot move it to {sub}/: {e}")),
        }
    }
}

#[cfg(test)]
#[path = "watch_tests.rs"]
mod tests;
