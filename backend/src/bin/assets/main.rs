//! Build helper for `dist/`:
//! `assets split DIR RAW_WASM` cuts the SPA's lazily loaded chunks out (see `split`);
//! `assets finalize DIR [LOCALES]` writes `embed.js` and the
//! on-demand locale bundles (see `finalize`);
//! `assets precompress DIR` writes `.br` and `.gz` next to each text/wasm asset;
//! `assets size DIR` prints what a first visit transfers (brotli and gzip).

mod finalize;
mod split;

use std::io::Write;
use std::path::{Path, PathBuf};

const COMPRESSIBLE: &[&str] = &["html", "js", "css", "wasm", "ftl", "json", "svg"];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["finalize", dir] => finalize::finalize(Path::new(dir), Path::new("locales")),
        ["finalize", dir, locales] => finalize::finalize(Path::new(dir), Path::new(locales)),
        ["split", dir, raw] => split::split(Path::new(dir), Path::new(raw)),
        ["precompress", dir] => precompress(Path::new(dir)),
        ["size", dir] => size(Path::new(dir), None),
        ["size", dir, "--budget-kb", kb] => match kb.parse::<f64>() {
            Ok(kb) => size(Path::new(dir), Some(kb)),
            Err(_) => Err(format!("--budget-kb: not a number: {kb}")),
        },
        _ => Err("usage: assets split DIR RAW_WASM | assets finalize DIR [LOCALES] | assets precompress DIR | assets size DIR [--budget-kb KB]".into()),
    };
    if let Err(e) = result {
        eprintln!("assets: {e}");
        std::process::exit(1);
    }
}

fn assets(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).map_err(|e| format!("{}: {e}", d.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| COMPRESSIBLE.contains(&e))
            {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn brotli(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        w.write_all(data).expect("write to memory");
    }
    out
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut w = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    w.write_all(data).expect("write to memory");
    w.finish().expect("finish in memory")
}

fn precompress(dir: &Path) -> Result<(), String> {
    for path in assets(dir)? {
        let data = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for (ext, packed) in [("br", brotli(&data)), ("gz", gzip(&data))] {
            let mut target = path.clone().into_os_string();
            target.push(".");
            target.push(ext);
            std::fs::write(&target, packed).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

/// What a first visit transfers: everything in DIR except the on-demand locale
/// bundles, of which a visit loads at most one — the largest is counted, so the
/// figure holds for every language. With a budget, fails when brotli exceeds it.
fn size(dir: &Path, budget_kb: Option<f64>) -> Result<(), String> {
    let kind = |p: &Path| match p.extension().and_then(|e| e.to_str()) {
        Some("wasm") => "wasm",
        Some("js") => "js glue",
        Some("css") => "css",
        Some("html") => "html",
        Some("ftl") => "locale",
        _ => "other",
    };
    let mut rows: Vec<(String, usize, usize, usize)> = Vec::new();
    let mut largest_locale: Option<(String, usize, usize, usize)> = None;
    let mut on_demand = 0;
    let mut chunks: Vec<(String, usize)> = Vec::new();
    for path in assets(dir)? {
        let data = std::fs::read(&path).map_err(|e| e.to_string())?;
        let name = path
            .strip_prefix(dir)
            .unwrap_or(&path)
            .display()
            .to_string();
        let row = (
            format!("{:<8} {name}", kind(&path)),
            data.len(),
            brotli(&data).len(),
            gzip(&data).len(),
        );
        if name == split::MANIFEST {
            continue; // read by the server, never by the browser
        }
        let server_only = |l: &&str| name.starts_with(&format!("locales/{l}-"));
        if finalize::SERVER_ONLY.iter().any(server_only) {
            continue; // the frame's English, read by the server (the app has it built in)
        }
        if name.starts_with(split::CHUNK_PREFIX) {
            chunks.push((name, brotli(&data).len()));
            continue;
        }
        if kind(&path) == "locale" {
            on_demand += 1;
            if largest_locale.as_ref().is_none_or(|l| row.2 > l.2) {
                largest_locale = Some(row);
            }
        } else {
            rows.push(row);
        }
    }
    if let Some((name, r, b, g)) = largest_locale {
        rows.push((
            format!("{name} (largest of {on_demand}, on demand)"),
            r,
            b,
            g,
        ));
    }
    println!(
        "{:<72} {:>10} {:>10} {:>10}",
        "first-load asset", "raw", "brotli", "gzip"
    );
    let (mut raw, mut br, mut gz) = (0, 0, 0);
    for (name, r, b, g) in &rows {
        println!("{name:<72} {r:>10} {b:>10} {g:>10}");
        raw += r;
        br += b;
        gz += g;
    }
    println!("{:<72} {raw:>10} {br:>10} {gz:>10}", "total (bytes)");
    let kb = |n: usize| n as f64 / 1024.0;
    println!(
        "{:<72} {:>10.1} {:>10.1} {:>10.1}",
        "total (KB)",
        kb(raw),
        kb(br),
        kb(gz)
    );
    print_chunks(dir, &chunks);
    match budget_kb {
        Some(budget) if kb(br) > budget => Err(format!(
            "first load is {:.1} KB brotli, over the budget of {budget} KB \
             (Makefile SIZE_BUDGET_KB; see docs/performance.md)",
            kb(br)
        )),
        Some(budget) => {
            println!("size-check: {:.1} KB brotli ≤ budget {budget} KB", kb(br));
            Ok(())
        }
        None => Ok(()),
    }
}

/// The split points' chunks (not in the first load): what each one fetches, brotli.
fn print_chunks(dir: &Path, chunks: &[(String, usize)]) {
    if chunks.is_empty() {
        return;
    }
    let manifest: std::collections::BTreeMap<String, Vec<String>> =
        std::fs::read_to_string(dir.join(split::MANIFEST))
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
    let size_of = |f: &String| chunks.iter().find(|(n, _)| n == f).map_or(0, |c| c.1);
    println!(
        "on demand: {} wasm chunks, {:.1} KB brotli in all; a split point fetches (KB brotli):",
        chunks.len(),
        chunks.iter().map(|c| c.1).sum::<usize>() as f64 / 1024.0
    );
    for (split, files) in &manifest {
        let kb = files.iter().map(size_of).sum::<usize>() as f64 / 1024.0;
        println!("  {split:<24} {kb:>7.1} ({} files)", files.len());
    }
}
