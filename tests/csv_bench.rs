//! How fast the schema wizard's preview follows a mapping change, in the browser:
//! a 1 MB contact-data sample is split once, then the preview (Plan for the rows
//! shown, the analysis of the whole sample, UTC through `Intl`) is recomputed. Not
//! part of `make wasm-test`; run it optimised for the figure that ships:
//! `cargo test --release -p injixo-integrations --target wasm32-unknown-unknown --test csv_bench`
#![cfg(target_arch = "wasm32")]

use injixo_csv::Table;
use injixo_integrations::browser::{now_ms, IntlZones};
use injixo_integrations::csv::model::{Col, DataType, Values};
use injixo_integrations::csv::wizard::preview::compute;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// About `bytes` of interval data: 4 queues, 15-minute intervals from 2023-01-01.
fn sample(bytes: usize) -> String {
    let mut s = String::from("Queue;Date;Time;Offered;Handled;AHT\n");
    let mut i = 0u64;
    while s.len() < bytes {
        let minutes = (i / 4) * 15;
        let day = minutes / 1440;
        let (d, m) = (1 + day % 28, 1 + (day / 28) % 12);
        let (h, mi) = (minutes % 1440 / 60, minutes % 60);
        s.push_str(&format!(
            "Queue {};{d:02}.{m:02}.2023;{h:02}:{mi:02};{};{};{}\n",
            i % 4,
            10 + i % 7,
            9 + i % 5,
            200 + i % 90
        ));
        i += 1;
    }
    s
}

/// The wizard's values for `sample`'s columns (Berlin time), with or without AHT.
fn mapping(aht: bool) -> Values {
    let mut v = Values::new(DataType::ContactData);
    v.time_zone = "Europe/Berlin".into();
    let aht = aht.then_some((Col::Aht, "AHT"));
    for (c, name) in [
        (Col::Queue, "Queue"),
        (Col::Date, "Date"),
        (Col::Time, "Time"),
        (Col::Offered, "Offered"),
        (Col::Handled, "Handled"),
    ]
    .into_iter()
    .chain(aht)
    {
        v.columns.insert(c, name.into());
    }
    v.formats.insert(Col::Date, "DD.MM.YYYY".into());
    v.formats.insert(Col::Time, "hh:mm".into());
    v
}

#[wasm_bindgen_test]
fn a_mapping_change_on_a_1_mb_sample() {
    let text = sample(1 << 20);
    let v = mapping(true);
    let (schema, _) = v.to_schema();
    let started = now_ms();
    let table = Table::read(&text, &schema.read);
    let split = now_ms() - started;
    // The first run fills the time-zone cache, as the first preview does.
    let first = {
        let t = now_ms();
        let p = compute(&table, &schema, &IntlZones);
        assert_eq!(p.analysis.unwrap().imported_lines as usize, table.len());
        now_ms() - t
    };
    let mut runs: Vec<f64> = (0..40)
        .map(|i| {
            // A mapping change: the AHT column in and out.
            let mut v = v.clone();
            if i % 2 == 1 {
                v.columns.remove(&Col::Aht);
            }
            let (schema, _) = v.to_schema();
            let t = now_ms();
            let p = compute(&table, &schema, &IntlZones);
            let ms = now_ms() - t;
            assert!(p.errors.is_empty());
            ms
        })
        .collect();
    runs.sort_by(f64::total_cmp);
    console_log!(
        "1 MB sample, {} rows: split {split:.1} ms; first preview {first:.1} ms; mapping change median {:.1} ms, min {:.1} ms, max {:.1} ms",
        table.len(),
        runs[runs.len() / 2],
        runs[0],
        runs[runs.len() - 1]
    );
}

/// The linear memory of the module, in bytes (it only grows).
fn memory_bytes() -> f64 {
    use wasm_bindgen::JsCast;
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    memory
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length() as f64
}

/// Starts recording the browser's long tasks (over 50 ms; Long Tasks API) into
/// `globalThis.__ixiLongest`, the longest one's duration.
fn observe_long_tasks() {
    js_sys::Function::new_no_args(
        "globalThis.__ixiLongest = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) \
         globalThis.__ixiLongest = Math.max(globalThis.__ixiLongest, e.duration); }).observe({ type: 'longtask' });",
    )
    .call0(&wasm_bindgen::JsValue::NULL)
    .unwrap();
}

fn longest_task_ms() -> f64 {
    js_sys::Reflect::get(&js_sys::global(), &"__ixiLongest".into())
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0)
}

/// The check before uploading on a 7 MB file, as the import page runs it: analysed in
/// slices that yield to the browser. Reported: the longest gap between two progress
/// reports (an upper bound: it includes the yield) and the longest task the browser
/// saw (0 = none over 50 ms).
#[wasm_bindgen_test]
async fn the_pre_check_of_a_7_mb_file() {
    let text = sample(7 << 20);
    let v = mapping(false);
    let (schema, _) = v.to_schema();
    // The sample was made in this task: end it before observing.
    injixo_integrations::browser::sleep(100).await;
    observe_long_tasks();
    let memory_before = memory_bytes();
    let last = std::cell::Cell::new(now_ms());
    let longest = std::cell::Cell::new(0.0f64);
    let started = now_ms();
    let analysis = injixo_integrations::csv::read::analyze(&text, &schema, |_| {
        let now = now_ms();
        longest.set(longest.get().max(now - last.get()));
        last.set(now);
    })
    .await
    .expect("a valid schema");
    let total = now_ms() - started;
    longest.set(longest.get().max(now_ms() - last.get()));
    // Long-task entries are delivered after the task: let the observer run.
    injixo_integrations::browser::sleep(100).await;
    let rows = analysis.imported_lines as f64;
    assert!(rows > 100_000.0);
    console_log!(
        "pre-check of a {:.1} MB file, {rows} rows: {total:.0} ms, {:.0} rows/s; gap between progress reports ≤ {:.1} ms; longest task over 50 ms: {:.0} ms (0 = none); wasm memory grew {:.1} MB",
        text.len() as f64 / 1_048_576.0,
        rows / (total / 1000.0),
        longest.get(),
        longest_task_ms(),
        (memory_bytes() - memory_before) / 1_048_576.0
    );
}
