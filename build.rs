//! Compiles English, the language every first visit can show without a download,
//! into the wasm without its translator comments (about 1 KB brotli less; the other
//! languages are stripped the same way by `assets finalize`).

use std::path::Path;

/// In the order they are added to the bundle (the order does not change meaning).
const FILES: &[&str] = &[
    "brands",
    "common",
    "overview",
    "catalogue",
    "setup",
    "integration",
    "errors",
    "help",
    "models",
    "manage",
];

fn main() {
    let mut text = String::new();
    for name in FILES {
        let path = format!("locales/en/{name}.ftl");
        println!("cargo:rerun-if-changed={path}");
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        // A `#` at the start of a line can only begin a comment: pattern lines are indented.
        for line in source.lines().filter(|l| !l.starts_with('#')) {
            text.push_str(line);
            text.push('\n');
        }
    }
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("en.ftl"), text).expect("write en.ftl");
}
