//! Figures, not a test: `cargo run -p injixo-csv --release --example bench` (the SPA's
//! size-first settings, closest to the wasm) or `--profile server` (the backend's).
//!
//! 1. Analysis of a generated 7 MB contact-based file, fed in 256 KiB chunks as the
//!    browser does: rows/s, the longest chunk, and peak heap (counting allocator).
//! 2. Re-applying a mapping to the table of a 1 MB sample, as the preview does on every
//!    change: median of 50 runs.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use injixo_csv::{decode, Analyzer, FixedOffsets, Schema, Table, MAX_FILE_BYTES};

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

const CHUNK: usize = 256 * 1024;

fn schema() -> Schema {
    let json = r#"{
        "read": { "separator": "semicolon" },
        "time_zone": "Etc/GMT-1",
        "mapping": {
            "data_type": "contact_data",
            "layout": { "kind": "contact_based" },
            "queue": "Queue",
            "date_time": { "kind": "separate", "date": "Date", "date_format": "DD/MM/YYYY",
                           "time": "Time", "time_format": "hh:mm:ss" },
            "offered": "Offered", "handled": "Answered", "duration": "Duration",
            "channel": { "column": "Channel" }
        }
    }"#;
    serde_json::from_str(json).expect("schema")
}

/// A contact-based file of just under `size` bytes, one contact every 7 seconds.
fn generate(size: usize) -> String {
    let mut text = String::from("Queue;Date;Time;Offered;Answered;Duration;Channel\n");
    let channels = ["calls", "chats", "emails"];
    for i in 0u64.. {
        let t = i * 7;
        let (day, secs) = (1 + t / 86_400 % 28, t % 86_400);
        let month = 1 + t / (86_400 * 28) % 12;
        let handled = u64::from(i % 5 != 0);
        let row = format!(
            "Queue {};{day:02}/{month:02}/2024;{:02}:{:02}:{:02};1;{handled};{};{}\n",
            i % 40,
            secs / 3600,
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

fn main() {
    let schema = schema();
    let file = generate(MAX_FILE_BYTES);
    let rows = file.lines().count() - 1;
    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);

    let start = Instant::now();
    let decoded = decode(file.as_bytes()).expect("text");
    let decode_time = start.elapsed();
    let mut analyzer = Analyzer::new(&schema, FixedOffsets, 1000).expect("schema");
    let mut longest = Duration::ZERO;
    for chunk in decoded.text.as_bytes().chunks(CHUNK) {
        let t = Instant::now();
        analyzer.feed(chunk);
        longest = longest.max(t.elapsed());
    }
    let analysis = analyzer.finish();
    let total = start.elapsed();
    let peak = PEAK.load(Relaxed) - base;
    assert_eq!(
        analysis.imported_lines as usize,
        rows,
        "{:?}",
        analysis.problems.first()
    );

    println!(
        "analysis of a {:.1} MB contact-based file ({rows} rows):",
        mb(file.len())
    );
    println!("  decode (UTF-8 check): {:.1} ms", ms(decode_time));
    println!(
        "  decode + analysis:    {:.1} ms, {:.0} rows/s",
        ms(total),
        rows as f64 / total.as_secs_f64()
    );
    println!(
        "  longest {} KiB chunk: {:.1} ms",
        CHUNK / 1024,
        ms(longest)
    );
    println!(
        "  peak heap beyond the file: {:.1} KB",
        peak as f64 / 1000.0
    );

    let latin: Vec<u8> = file
        .bytes()
        .map(|b| if b == b'Q' { 0xC4 } else { b })
        .collect();
    let t = Instant::now();
    let d = decode(&latin).expect("text");
    println!(
        "  decode as Windows-1252 (7 MB): {:.1} ms ({:?})",
        ms(t.elapsed()),
        d.encoding
    );

    let sample_end = file[..1_000_000].rfind('\n').map_or(0, |i| i + 1);
    let sample = &file[..sample_end];
    let t = Instant::now();
    let table = Table::read(sample, &schema.read);
    let split = t.elapsed();
    let mut times: Vec<Duration> = (0..50)
        .map(|_| {
            let t = Instant::now();
            let a = table.analyze(&schema, FixedOffsets, 1000).expect("schema");
            std::hint::black_box(a);
            t.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "mapping on a {:.1} MB sample ({} rows):",
        mb(sample.len()),
        table.len()
    );
    println!("  split into cells once: {:.1} ms", ms(split));
    println!(
        "  re-apply mapping: median {:.2} ms, min {:.2} ms, max {:.2} ms (50 runs)",
        ms(times[25]),
        ms(times[0]),
        ms(times[49])
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1_000_000.0
}
