//! What the page the server sends for an app path preloads beyond the shell, so
//! that nothing the first page needs waits for the wasm to ask for it: the route's
//! wasm chunks (`DIST/chunks.json`, written by `assets split`) and the negotiated
//! language's messages (`DIST/locales/<lang>-<hash>.ftl`, English is in the wasm).
//!
//! The links are `as="fetch" crossorigin`: the chunk loader and the SPA's locale
//! loader both `fetch` in CORS mode with same-origin credentials, and Chromium uses
//! a preloaded response only for a request of the same mode.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

#[derive(Debug, Default, Clone)]
pub struct Preloads {
    /// Split point (`setup-page`, …) → its chunk files.
    chunks: BTreeMap<String, Vec<String>>,
    /// Language (`de`, …) → its bundle, relative to DIST.
    locales: HashMap<String, String>,
}

impl Preloads {
    /// Reads what the build wrote; a DIST without them (an unsplit build, a test's
    /// empty directory) preloads nothing.
    pub fn load(dist: &Path) -> Self {
        let chunks = std::fs::read_to_string(dist.join("chunks.json"))
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        let mut locales = HashMap::new();
        if let Ok(entries) = std::fs::read_dir(dist.join("locales")) {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if let Some((lang, _)) = name.strip_suffix(".ftl").and_then(|n| n.split_once('-')) {
                    locales.insert(lang.to_string(), format!("locales/{name}"));
                }
            }
        }
        Self { chunks, locales }
    }

    /// The `<link>` lines for the app path `path` shown in `lang`.
    pub fn links(&self, path: &str, lang: &str) -> String {
        let mut files: Vec<&String> = Vec::new();
        if let Some(split) = split_point(path) {
            files.extend(self.chunks.get(split).into_iter().flatten());
        }
        let mut out = String::new();
        for file in files {
            out.push_str(&format!(
                r#"<link rel="preload" href="/{file}" as="fetch" type="application/wasm" crossorigin>"#
            ));
        }
        if let Some(file) = self.locales.get(lang) {
            out.push_str(&format!(
                r#"<link rel="preload" href="/{file}" as="fetch" crossorigin>"#
            ));
        }
        out
    }
}

/// The split point whose code the page at `path` runs (see `src/app/mod.rs`).
fn split_point(path: &str) -> Option<&'static str> {
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    match segments.as_slice() {
        ["new", _] => Some("setup-page"),
        ["integration", _] => Some("integration-page"),
        ["integration", _, "edit"] => Some("edit-page"),
        ["csv-import"] | ["csv-import", _] => Some("csv-import-page"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Preloads {
        Preloads {
            chunks: BTreeMap::from([(
                "setup-page".to_string(),
                vec![
                    "chunk-shared3-00aa.wasm".to_string(),
                    "chunk-setup-page-11bb.wasm".to_string(),
                ],
            )]),
            locales: HashMap::from([("de".to_string(), "locales/de-22cc.ftl".to_string())]),
        }
    }

    #[test]
    fn a_form_preloads_its_chunks_and_a_german_page_its_messages() {
        let links = sample().links("/new/freshchat", "de");
        assert!(
            links.contains(r#"href="/chunk-shared3-00aa.wasm" as="fetch""#),
            "{links}"
        );
        assert!(
            links.contains(r#"href="/chunk-setup-page-11bb.wasm""#),
            "{links}"
        );
        assert!(
            links.contains(r#"href="/locales/de-22cc.ftl" as="fetch" crossorigin"#),
            "{links}"
        );
    }

    #[test]
    fn the_overview_in_english_preloads_nothing_more() {
        assert_eq!(sample().links("/", "en"), "");
        assert_eq!(sample().links("/catalogue/freshworks", "en"), "");
    }

    #[test]
    fn routes_map_to_their_split_points() {
        assert_eq!(split_point("/integration/abc"), Some("integration-page"));
        assert_eq!(split_point("/integration/abc/edit"), Some("edit-page"));
        assert_eq!(split_point("/csv-import"), Some("csv-import-page"));
        assert_eq!(split_point("/csv-import/x"), Some("csv-import-page"));
        assert_eq!(split_point("/new/freshchat/extra"), None);
    }
}
