//! Figures, not a test: `cargo run -p injixo-backend --profile server --example
//! csv_bench`. The backend's analysis of an upload (`csv::analyze::analyze`, what
//! `POST /integrations/{id}/csv-imports` and applying run) on a generated 7 MB
//! contact-based file in the help center's format, with Berlin time from chrono-tz:
//! rows/s and peak heap beyond the file (a counting allocator for Rust's heap, and
//! SQLite's own high-water mark, which that allocator does not see). Once with a
//! column mapping (chunked engine), once with the same data through an SQL mapping
//! (SQLite's `uploaded_file`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

use injixo_backend::csv::analyze::analyze;
use injixo_contract::{CsvSample, CsvSchema, CSV_IMPORT_MAX_BYTES};
use serde_json::json;

/// The system allocator, counting live and peak bytes.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
        PEAK.fetch_max(live, Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn csv_schema(sql: Option<&str>) -> CsvSchema {
    let schema = json!({
        "read": { "separator": "semicolon" },
        "time_zone": "Europe/Berlin",
        "mapping": {
            "data_type": "contact_data",
            "layout": { "kind": "contact_based" },
            "queue": "Queue",
            "date_time": { "kind": "separate", "date": "Date", "date_format": "DD.MM.YYYY",
                           "time": "Time", "time_format": "hh:mm:ss" },
            "offered": "Offered", "handled": "Answered", "duration": "Duration",
            "channel": { "column": "Channel" },
        },
    });
    CsvSchema {
        schema: serde_json::from_value(schema).expect("schema"),
        sql: sql.map(String::from),
        sample: CsvSample {
            file_name: "bench.csv".into(),
            encoding: injixo_csv::Encoding::Utf8,
            text: String::new(),
        },
    }
}

const SQL: &str = "SELECT Queue AS queue,
  SUBSTR(Date, 7, 4) || '-' || SUBSTR(Date, 4, 2) || '-' || SUBSTR(Date, 1, 2) || ' ' || Time AS timestamp,
  Offered AS offered, Answered AS handled, Duration AS duration, Channel AS channel
FROM uploaded_file";

/// A contact-based file of just under `size` bytes, one contact every 7 seconds.
fn generate(size: usize) -> String {
    let mut text = String::from("Queue;Date;Time;Offered;Answered;Duration;Channel\n");
    let channels = ["calls", "chats", "emails"];
    for i in 0u64.. {
        let t = i * 7;
        let (day, secs) = (1 + t / 86_400 % 28, t % 86_400);
        let month = 1 + t / (86_400 * 28) % 12;
        let handled = u64::from(i % 5 != 0);
        // 02:xx on the last Sunday of March does not exist in Berlin: skip it.
        let hour = match secs / 3600 {
            2 => 3,
            h => h,
        };
        let row = format!(
            "Queue {};{day:02}.{month:02}.2024;{hour:02}:{:02}:{:02};1;{handled};{};{}\n",
            i % 40,
            secs / 60 % 60,
            secs % 60,
            handled * (60 + i % 600),
            channels[(i % 3) as usize],
        );
        if text.len() + row.len() > size {
            break;
        }
        text.push_str(&row);
    }
    text
}

fn run(label: &str, file: &[u8], csv: &CsvSchema, rows: usize) {
    let mut best = f64::MAX;
    let mut peak = 0;
    let mut sqlite_peak = 0;
    for _ in 0..3 {
        let base = LIVE.load(Relaxed);
        PEAK.store(base, Relaxed);
        // SAFETY: plain reads of SQLite's global statistics.
        let sqlite_base = unsafe { rusqlite::ffi::sqlite3_memory_used() };
        unsafe { rusqlite::ffi::sqlite3_memory_highwater(1) };
        let start = Instant::now();
        let mut records = 0usize;
        let analysis = analyze(file, csv, &mut |_| records += 1).expect("analysis");
        let secs = start.elapsed().as_secs_f64();
        peak = peak.max(PEAK.load(Relaxed) - base);
        // SAFETY: as above.
        let sqlite_high = unsafe { rusqlite::ffi::sqlite3_memory_highwater(0) };
        sqlite_peak = sqlite_peak.max(sqlite_high - sqlite_base);
        best = best.min(secs);
        assert_eq!(records, rows, "{:?}", analysis.problems.first());
        assert!(analysis.is_importable(), "{:?}", analysis.problems.first());
    }
    println!(
        "  {label}: {:.0} ms, {:.0} rows/s; peak memory beyond the file {} (Rust heap) + {} (SQLite)",
        best * 1000.0,
        rows as f64 / best,
        size(peak as f64),
        size(sqlite_peak as f64),
    );
}

fn size(bytes: f64) -> String {
    if bytes < 1e6 {
        format!("{:.1} KB", bytes / 1e3)
    } else {
        format!("{:.1} MB", bytes / 1e6)
    }
}

fn main() {
    let file = generate(CSV_IMPORT_MAX_BYTES);
    let rows = file.lines().count() - 1;
    println!(
        "backend analysis of a {:.1} MB contact-based file ({rows} rows), best of 3:",
        file.len() as f64 / 1e6
    );
    run(
        "column mapping (chunked engine)",
        file.as_bytes(),
        &csv_schema(None),
        rows,
    );
    run(
        "SQL mapping (SQLite uploaded_file)",
        file.as_bytes(),
        &csv_schema(Some(SQL)),
        rows,
    );
}
