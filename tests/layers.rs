//! The SPA's layers: each top-level module of `src/` may use only the modules listed
//! before it (and itself), so every import points down and there is no cycle. The
//! order is the one `src/lib.rs` and the README describe.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

const LAYERS: [&str; 12] = [
    "browser",
    "routes",
    "i18n",
    "api",
    "state",
    "components",
    "csv",
    "integration_form",
    "integration_key",
    "pages",
    "app",
    "embed",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level modules a source file names with `crate::…`.
fn crate_references(source: &str) -> Vec<String> {
    source
        .match_indices("crate::")
        .map(|(i, _)| {
            source[i + 7..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect::<String>()
        })
        .filter(|m| !m.is_empty())
        .collect()
}

#[test]
fn every_import_points_down() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut problems = Vec::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap();
        let top = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if top == "lib" {
            continue;
        }
        let Some(own) = LAYERS.iter().position(|l| *l == top) else {
            problems.push(format!(
                "{}: module `{top}` has no layer",
                relative.display()
            ));
            continue;
        };
        let source = std::fs::read_to_string(&file).unwrap();
        if source.contains("crate::{") {
            problems.push(format!(
                "{}: name each module (`use crate::x::…`) so this check sees it",
                relative.display()
            ));
        }
        for used in crate_references(&source) {
            match LAYERS.iter().position(|l| *l == used) {
                Some(layer) if layer <= own => {}
                Some(_) => problems.push(format!(
                    "{}: `{top}` uses `crate::{used}`, a layer above it",
                    relative.display()
                )),
                None => problems.push(format!(
                    "{}: `crate::{used}` is not a module of the app",
                    relative.display()
                )),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_source_file_is_longer_than_300_lines() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let lines = std::fs::read_to_string(f).unwrap().lines().count();
            (lines > 300).then(|| format!("{}: {lines} lines", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "{}", long.join("\n"));
}
