//! Build helper for `dist/`:
//! `assets finalize DIR` writes `embed.js` and the preload links (see `finalize`);
//! `assets precompress DIR` writes `.br` and `.gz` next to each text/wasm asset;
//! `assets size DIR` prints what a first visit transfers (brotli and gzip).

mod finalize;

use std::io::Write;
use std::path::{Path, PathBuf};

const COMPRESSIBLE: &[&str] = &["html", "js", "css", "wasm", "ftl", "json", "svg"];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["finalize", dir] => finalize::finalize(Path::new(dir)),
        ["precompress", dir] => precompress(Path::new(dir)),
        ["size", dir] => size(Path::new(dir)),
        _ => Err("usage: assets finalize DIR | assets precompress DIR | assets size DIR".into()),
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

fn size(dir: &Path) -> Result<(), String> {
    let kind = |p: &Path| match p.extension().and_then(|e| e.to_str()) {
        Some("wasm") => "wasm",
        Some("js") => "js glue",
        Some("css") => "css",
        Some("html") => "html",
        _ => "other",
    };
    let mut rows: Vec<(String, usize, usize, usize)> = Vec::new();
    for path in assets(dir)? {
        let data = std::fs::read(&path).map_err(|e| e.to_string())?;
        let name = path
            .strip_prefix(dir)
            .unwrap_or(&path)
            .display()
            .to_string();
        rows.push((
            format!("{:<8} {name}", kind(&path)),
            data.len(),
            brotli(&data).len(),
            gzip(&data).len(),
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
    println!(
        "{:<72} {:>10.1} {:>10.1} {:>10.1}",
        "total (KB)",
        raw as f64 / 1024.0,
        br as f64 / 1024.0,
        gz as f64 / 1024.0
    );
    Ok(())
}
