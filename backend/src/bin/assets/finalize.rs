//! `assets finalize DIST [LOCALES]`, run after `trunk build`: writes `DIST/embed.js`,
//! the one stable entry point of the app for host pages, checks `DIST/index.html`,
//! and writes one hashed `.ftl` bundle per
//! language to `DIST/locales/`: the app fetches the on-demand ones (English is
//! compiled into the wasm), the server paints each page's frame from all of them
//! (backend/src/first_paint).
//!
//! Trunk's own loader is an inline `<script>`, which the Content-Security-Policy
//! forbids, and it can only start the app on Trunk's own page; so Trunk writes no
//! scripts (`inject_scripts = false`) and `embed.js` loads the hashed outputs.

use injixo_backend::static_files::is_hashed_asset;
use sha2::{Digest, Sha256};
use std::path::Path;

/// The languages the app fetches when they are needed (see src/i18n/loader.rs).
const ON_DEMAND: &[&str] = &["de", "nl", "it", "fr", "es"];
/// Bundled for the server's first paint only: the app has it compiled in.
pub const SERVER_ONLY: &[&str] = &["en"];

/// The wasm-bindgen glue is named after the SPA's binary.
const GLUE_PREFIX: &str = "injixo-integrations-";
/// The stylesheet is named after `style/app.css`.
const CSS_PREFIX: &str = "app-";
const TEMPLATE: &str = include_str!("embed.js");

/// Trunk's hashed outputs, file names relative to DIST.
#[derive(Debug, PartialEq, Eq)]
pub struct Outputs {
    pub glue: String,
    pub wasm: String,
    pub css: String,
}

pub fn finalize(dist: &Path, locales: &Path) -> Result<(), String> {
    let outputs = find_outputs(dist)?;
    let write = |name: &str, text: &str| {
        std::fs::write(dist.join(name), text).map_err(|e| format!("{name}: {e}"))
    };
    write_locale_bundles(dist, locales, SERVER_ONLY)?;
    let bundles = write_locale_bundles(dist, locales, ON_DEMAND)?;
    write("embed.js", &embed_js(&outputs, &bundles))?;
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("index.html: {e}"))?;
    if has_inline_script(&html) {
        eprintln!(
            "assets: warning: index.html has an inline <script>, which the \
             Content-Security-Policy blocks (set Trunk's inject_scripts = false)"
        );
    }
    // No preloads of the code in `index.html`: `embed.js` fetches it after the first
    // paint (see there).
    Ok(())
}

/// Exactly one glue script, its wasm and one stylesheet, found by the hashed-name
/// rule the server caches by (a file it would not cache as immutable is no output).
pub fn find_outputs(dist: &Path) -> Result<Outputs, String> {
    let (mut glue, mut wasm, mut css) = (Vec::new(), Vec::new(), Vec::new());
    let entries = std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| e.to_string())?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !entry.path().is_file() || !is_hashed_asset(&name) {
            continue;
        }
        if name.starts_with(GLUE_PREFIX) && name.ends_with("_bg.wasm") {
            wasm.push(name);
        } else if name.starts_with(GLUE_PREFIX) && name.ends_with(".js") {
            glue.push(name);
        } else if name.starts_with(CSS_PREFIX) && name.ends_with(".css") {
            css.push(name);
        }
    }
    let one = |mut found: Vec<String>, what: &str| match found.len() {
        1 => Ok(found.remove(0)),
        0 => Err(format!(
            "{}: no {what} (run trunk build first)",
            dist.display()
        )),
        _ => Err(format!("{}: several {what}: {found:?}", dist.display())),
    };
    let outputs = Outputs {
        glue: one(glue, &format!("{GLUE_PREFIX}<hash>.js"))?,
        wasm: one(wasm, &format!("{GLUE_PREFIX}<hash>_bg.wasm"))?,
        css: one(css, &format!("{CSS_PREFIX}<hash>.css"))?,
    };
    // The glue hard-codes its wasm's exports: the two must come from one build.
    let stem = outputs.glue.trim_end_matches(".js");
    if outputs.wasm != format!("{stem}_bg.wasm") {
        return Err(format!(
            "{} does not belong to {}",
            outputs.wasm, outputs.glue
        ));
    }
    Ok(outputs)
}

/// `(language, file name relative to DIST)` of each on-demand language.
pub type LocaleBundles = Vec<(String, String)>;

/// Concatenates each of `langs`' `.ftl` files into `locales/<lang>-<hash>.ftl`.
/// Comment lines go: they are for translators, and a `#` at the start of a line can
/// only be a comment (pattern lines are indented). The content hash in the name lets
/// the server mark the file immutable.
pub fn write_locale_bundles(
    dist: &Path,
    locales: &Path,
    langs: &[&str],
) -> Result<LocaleBundles, String> {
    let out_dir = dist.join("locales");
    std::fs::create_dir_all(&out_dir).map_err(|e| format!("{}: {e}", out_dir.display()))?;
    let mut bundles = Vec::new();
    for lang in langs {
        let dir = locales.join(lang);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let mut text = String::new();
        for file in &files {
            let source =
                std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
            for line in source.lines().filter(|l| !l.starts_with('#')) {
                text.push_str(line);
                text.push('\n');
            }
        }
        let hash: String = Sha256::digest(text.as_bytes())
            .iter()
            .take(8)
            .map(|b| format!("{b:02x}"))
            .collect();
        let name = format!("locales/{lang}-{hash}.ftl");
        std::fs::write(dist.join(&name), &text).map_err(|e| format!("{name}: {e}"))?;
        bundles.push((lang.to_string(), name));
    }
    Ok(bundles)
}

pub fn embed_js(outputs: &Outputs, locales: &LocaleBundles) -> String {
    let map = locales
        .iter()
        .map(|(lang, file)| format!("{lang}: './{file}'"))
        .collect::<Vec<_>>()
        .join(", ");
    TEMPLATE
        .replace("__GLUE__", &outputs.glue)
        .replace("__WASM__", &outputs.wasm)
        .replace("__CSS__", &outputs.css)
        .replace("__LOCALES__", &format!("{{ {map} }}"))
}

/// The `<…>` tags of this name (`link`, `script`), lower-cased, attributes and all.
fn tags(html: &str, name: &str) -> Vec<String> {
    let lower = html.to_ascii_lowercase();
    let open = format!("<{name}");
    lower
        .match_indices(&open)
        .filter(|(i, _)| {
            let next = lower[i + open.len()..].chars().next();
            next.is_some_and(|c| c.is_ascii_whitespace() || c == '>' || c == '/')
        })
        .map(|(i, _)| {
            let end = lower[i..].find('>').map_or(lower.len(), |e| i + e + 1);
            lower[i..end].to_string()
        })
        .collect()
}

fn has_inline_script(html: &str) -> bool {
    tags(html, "script").iter().any(|t| !t.contains("src="))
}

#[cfg(test)]
mod tests;
