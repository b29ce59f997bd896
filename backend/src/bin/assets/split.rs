//! `assets split DIST RAW_WASM`, run after `trunk build` and before `finalize`: cuts
//! the SPA's split points (`#[lazy]`, Cargo feature `split`) out of the linked module
//! into chunks fetched when first called, so the first load carries the shell, the
//! overview and the catalogue only (docs/performance.md has the bytes).
//!
//! Trunk cannot split (trunk-rs/trunk#1022): it runs wasm-bindgen on the linked
//! module, and the splitter must see that module before wasm-bindgen (its relocations,
//! kept by `-Clink-arg=--emit-relocs`). So Trunk still builds everything (and skips
//! wasm-opt: `data-wasm-opt="0"`), and this step replaces its glue and wasm:
//! `wasm_split_cli_support` (what `cargo leptos --split` runs) splits RAW_WASM,
//! wasm-bindgen binds the main module with Trunk's flags, wasm-opt `-Oz` shrinks it
//! and every chunk, terser minifies the glue, and all of them get content-hashed
//! names.
//!
//! The splitter's JS loader imports `initSync` from the glue, and the glue imports
//! the loader: with content hashes in both names that is a cycle. So the loader is
//! inlined into the glue (one file, one request fewer).

use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// Trunk's name for the SPA's outputs (`finalize` finds them by it).
const GLUE_PREFIX: &str = "injixo-integrations-";
/// Where the loader says the main glue is; never written, only replaced.
const MAIN_MODULE: &str = "./__main__.js";
const LINK_NAME: &str = "./__wasm_split.js";
/// Chunk files start with this, so `assets size` can leave them out of the first load.
pub const CHUNK_PREFIX: &str = "chunk-";
/// Split point → its chunk files, for preloading a route's code.
pub const MANIFEST: &str = "chunks.json";

pub fn split(dist: &Path, raw: &Path) -> Result<(), String> {
    let input = std::fs::read(raw).map_err(|e| format!("{}: {e}", raw.display()))?;
    let work = dist.join(".split");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    let main = work.join("main.wasm");
    let mut opts = wasm_split_cli_support::Options::new(&input);
    opts.output_dir = &work;
    opts.main_out_path = &main;
    opts.link_name = LINK_NAME;
    opts.main_module = MAIN_MODULE;
    let out = wasm_split_cli_support::transform(opts).map_err(|e| format!("wasm-split: {e:?}"))?;

    run(Command::new("wasm-bindgen")
        .arg(&main)
        .args([
            "--target=web",
            "--no-typescript",
            "--weak-refs",
            "--keep-lld-exports",
        ])
        .arg(format!("--out-dir={}", work.display()))
        .arg("--out-name=app"))?;
    // INJIXO_WASM_NAMES=1 keeps the functions' names, so a profile of the app says
    // where its time goes (scripts/bench/trace-probe.mjs); never for a release.
    let names = std::env::var_os("INJIXO_WASM_NAMES").is_some_and(|v| v == "1");
    let strip: &[&str] = if names { &["-g"] } else { &["--strip-debug"] };
    let opt = |from: &Path, to: &Path| {
        run(Command::new("wasm-opt")
            .args(["-Oz", "--strip-producers"])
            .args(strip)
            .arg(from)
            .arg("-o")
            .arg(to))
    };

    // Chunks first: the loader names them, and the glue holds the loader.
    let mut renamed = BTreeMap::new();
    for path in &out.split_modules {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .ok_or("chunk name")?;
        let tmp = work.join(format!("{stem}.opt.wasm"));
        opt(path, &tmp)?;
        let bytes = std::fs::read(&tmp).map_err(|e| e.to_string())?;
        let name = format!("{CHUNK_PREFIX}{}-{}.wasm", short_name(stem), hash(&bytes));
        std::fs::write(dist.join(&name), &bytes).map_err(|e| e.to_string())?;
        renamed.insert(stem.to_string(), name);
    }
    let loader = std::fs::read_to_string(work.join(LINK_NAME)).map_err(|e| e.to_string())?;
    let glue = std::fs::read_to_string(work.join("app.js")).map_err(|e| e.to_string())?;
    let glue = minify(&work, &inline_loader(&glue, &loader, &renamed)?)?;
    let wasm_tmp = work.join("app_bg.opt.wasm");
    opt(&work.join("app_bg.wasm"), &wasm_tmp)?;
    let wasm = std::fs::read(&wasm_tmp).map_err(|e| e.to_string())?;

    // Trunk's unsplit outputs go; the new pair shares one hash, as Trunk's did.
    remove_trunk_outputs(dist)?;
    let stem = format!("{GLUE_PREFIX}{}", hash(&[glue.as_bytes(), &wasm].concat()));
    std::fs::write(dist.join(format!("{stem}.js")), &glue).map_err(|e| e.to_string())?;
    std::fs::write(dist.join(format!("{stem}_bg.wasm")), &wasm).map_err(|e| e.to_string())?;
    std::fs::write(dist.join(MANIFEST), manifest(&out.prefetch_map, &renamed))
        .map_err(|e| e.to_string())?;
    std::fs::remove_dir_all(&work).map_err(|e| e.to_string())
}

/// Runs a tool; its output is shown only when it fails (wasm-opt warns about every
/// chunk's name section, which the splitter writes and wasm-opt then strips).
fn run(cmd: &mut Command) -> Result<(), String> {
    let out = cmd.output().map_err(|e| format!("{cmd:?}: {e}"))?;
    if out.status.success() {
        return Ok(());
    }
    Err(format!(
        "{cmd:?} failed: {}\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    ))
}

/// The glue through terser (npm, pinned in package.json): Trunk's own minifier fails
/// on wasm-bindgen 0.2.130's glue and leaves it as it is. Half the bytes to parse
/// before the wasm can start, 2.7 KB brotli.
fn minify(work: &Path, glue: &str) -> Result<String, String> {
    let (from, to) = (work.join("glue.js"), work.join("glue.min.js"));
    std::fs::write(&from, glue).map_err(|e| e.to_string())?;
    run(Command::new("terser")
        .arg(&from)
        .args(["--module", "--compress", "--mangle", "-o"])
        .arg(&to))?;
    std::fs::read_to_string(&to).map_err(|e| e.to_string())
}

fn hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `split_setup_page_15243658934833351791` → `setup_page`; `chunk_11` → `shared11`.
pub fn short_name(stem: &str) -> String {
    if let Some(n) = stem.strip_prefix("chunk_") {
        return format!("shared{n}");
    }
    let s = stem.strip_prefix("split_").unwrap_or(stem);
    let name = match s.rsplit_once('_') {
        Some((name, id)) if !id.is_empty() && id.chars().all(|c| c.is_ascii_digit()) => name,
        _ => s,
    };
    name.replace('_', "-")
}

fn remove_trunk_outputs(dist: &Path) -> Result<(), String> {
    for entry in std::fs::read_dir(dist).map_err(|e| e.to_string())? {
        let name = entry
            .map_err(|e| e.to_string())?
            .file_name()
            .to_string_lossy()
            .into_owned();
        if name.starts_with(GLUE_PREFIX) && (name.ends_with(".js") || name.ends_with("_bg.wasm")) {
            std::fs::remove_file(dist.join(&name)).map_err(|e| format!("{name}: {e}"))?;
        }
    }
    Ok(())
}

/// The glue with the loader inside it: the loader's `import { initSync }` goes (the
/// glue defines it), its exports become an object, and the glue's
/// `import * as importN from "./__wasm_split.js"` lines point at that object. The
/// chunks' file names are replaced by their hashed names.
pub fn inline_loader(
    glue: &str,
    loader: &str,
    chunks: &BTreeMap<String, String>,
) -> Result<String, String> {
    let import_line = format!(r#"import {{ initSync }} from "{MAIN_MODULE}";"#);
    if !loader.contains(&import_line) {
        return Err("wasm-split loader: no initSync import (splitter changed?)".into());
    }
    let mut body = loader.replace(&import_line, "");
    for (stem, name) in chunks {
        body = body.replace(&format!("\"./{stem}.wasm\""), &format!("\"./{name}\""));
    }
    let mut exports = Vec::new();
    let body: String = body
        .lines()
        .map(|line| match line.strip_prefix("export const ") {
            Some(rest) => {
                exports.push(rest.split(' ').next().unwrap_or_default().to_string());
                format!("const {rest}\n")
            }
            None => format!("{line}\n"),
        })
        .collect();
    let mut out = String::new();
    let mut aliases = Vec::new();
    for line in glue.lines() {
        let trimmed = line.trim().trim_end_matches(';');
        match trimmed
            .strip_prefix("import * as ")
            .and_then(|r| r.split_once(' '))
        {
            Some((alias, from)) if from == format!(r#"from "{LINK_NAME}""#) => {
                aliases.push(alias.to_string());
            }
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    if aliases.is_empty() {
        return Err(
            "glue does not import the wasm-split loader (not built with --features split?)".into(),
        );
    }
    out.push_str("\n// The wasm-split loader (inlined by `assets split`).\n");
    out.push_str(&format!(
        "const __wasm_split = (() => {{\n{body}return {{ {} }};\n}})();\n",
        exports.join(", ")
    ));
    for alias in aliases {
        out.push_str(&format!("const {alias} = __wasm_split;\n"));
    }
    Ok(out)
}

/// `{"setup-page": ["chunk-shared11-….wasm", "chunk-setup-page-….wasm"], …}`.
fn manifest(
    prefetch: &std::collections::HashMap<String, Vec<String>>,
    chunks: &BTreeMap<String, String>,
) -> String {
    let sorted: BTreeMap<String, Vec<&String>> = prefetch
        .iter()
        .map(|(split, files)| {
            let files = files.iter().filter_map(|f| chunks.get(f)).collect();
            (short_name(split), files)
        })
        .collect();
    serde_json::to_string_pretty(&sorted).expect("strings only")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_say_which_split_point() {
        assert_eq!(
            short_name("split_setup_page_15243658934833351791"),
            "setup-page"
        );
        assert_eq!(short_name("chunk_11"), "shared11");
        assert_eq!(short_name("split_csv_import_page"), "csv-import-page");
    }

    #[test]
    fn the_loader_moves_into_the_glue_with_hashed_chunk_names() {
        let loader = format!(
            "import {{ initSync }} from \"{MAIN_MODULE}\";\nfunction f() {{ return initSync(undefined, undefined); }}\n\
             const __chunk_3 = makeLoad(new URL(\"./chunk_3.wasm\", import.meta.url));\n\
             export const __wasm_split_load_a_1 = wrapAsyncCb(x);\n"
        );
        let glue = "import * as import1 from \"./__wasm_split.js\"\nfunction initSync(m) {}\nconst imports = { \"./__wasm_split.js\": import1 };\n";
        let chunks =
            BTreeMap::from([("chunk_3".to_string(), "chunk-shared3-00ff.wasm".to_string())]);
        let out = inline_loader(glue, &loader, &chunks).unwrap();
        assert!(!out.contains("import * as import1"), "{out}");
        assert!(!out.contains(MAIN_MODULE), "{out}");
        assert!(out.contains("\"./chunk-shared3-00ff.wasm\""), "{out}");
        assert!(!out.contains("chunk_3.wasm"), "{out}");
        assert!(out.contains("return { __wasm_split_load_a_1 };"), "{out}");
        assert!(out.contains("const import1 = __wasm_split;"), "{out}");
        assert!(!out.contains("export const"), "{out}");
    }

    #[test]
    fn an_unsplit_glue_is_refused() {
        let loader = format!("import {{ initSync }} from \"{MAIN_MODULE}\";\n");
        let err = inline_loader("function initSync() {}\n", &loader, &BTreeMap::new());
        assert!(err.unwrap_err().contains("--features split"));
    }
}
