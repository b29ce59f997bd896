//! The wasm chunks the page the server sends for an app path preloads
//! (`DIST/chunks.json`, written by `assets split`), so a deep link to a page whose
//! code is split out does not wait for the main module to ask for it (the language
//! and the API requests are `first_paint`'s).
//!
//! `embed.js` preloads them after the first paint `as="fetch" crossorigin`: the chunk
//! loader `fetch`es in CORS mode with same-origin credentials, and Chromium uses a
//! preloaded response only for a request of the same mode.

use std::collections::BTreeMap;
use std::path::Path;

/// The preloads of the app's pages, read once from DIST.
#[derive(Debug, Default, Clone)]
pub struct Preloads {
    /// Split point (`setup-page`, …) → its chunk files.
    chunks: BTreeMap<String, Vec<String>>,
}

impl Preloads {
    /// Reads what the build wrote; a DIST without them (an unsplit build, a test's
    /// empty directory) preloads nothing.
    pub fn load(dist: &Path) -> Self {
        let chunks = std::fs::read_to_string(dist.join("chunks.json"))
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        Self { chunks }
    }

    /// The preload list entries (`first_paint::preload`) for the app path `path`.
    pub fn links(&self, path: &str) -> String {
        let mut files: Vec<&String> = Vec::new();
        if let Some(split) = split_point(path) {
            files.extend(self.chunks.get(split).into_iter().flatten());
        }
        files
            .into_iter()
            .map(|file| crate::first_paint::preload(&format!("/{file}")))
            .collect()
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
        }
    }

    #[test]
    fn a_form_preloads_its_chunks() {
        let links = sample().links("/new/freshchat");
        assert!(
            links.contains(r#"content="/chunk-shared3-00aa.wasm""#),
            "{links}"
        );
        assert!(
            links.contains(r#"content="/chunk-setup-page-11bb.wasm""#),
            "{links}"
        );
    }

    #[test]
    fn the_overview_and_the_catalogue_preload_no_chunk() {
        assert_eq!(sample().links("/"), "");
        assert_eq!(sample().links("/catalogue/freshworks"), "");
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
