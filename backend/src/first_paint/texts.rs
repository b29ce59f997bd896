//! The frame's texts: the same Fluent messages the app shows, from the language
//! bundles that `assets finalize` writes to `DIST/locales/<code>-<hash>.ftl` (the
//! app fetches them from there; English is written for the server only, the app has
//! it compiled in). Read once, when the server starts.

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::path::Path;

/// One language's messages, and the URL of its bundle.
pub struct Language {
    bundle: FluentBundle<FluentResource>,
    /// `/locales/de-<hash>.ftl`: what the app fetches for this language.
    pub url: String,
}

impl Language {
    /// The message `id` (`id.attr` for an attribute), formatted with `args`; the id
    /// itself when it is missing, as the app does.
    pub fn text(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        let (message, attribute) = id.split_once('.').unwrap_or((id, ""));
        let pattern = self.bundle.get_message(message).and_then(|m| {
            if attribute.is_empty() {
                m.value()
            } else {
                m.get_attribute(attribute).map(|a| a.value())
            }
        });
        let Some(pattern) = pattern else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }
}

/// The languages whose bundle `DIST/locales/` holds, by code.
pub fn load(dist: &Path, codes: &[&'static str]) -> HashMap<&'static str, Language> {
    let mut languages = HashMap::new();
    for code in codes {
        let Some((url, source)) = newest_bundle(dist, code) else {
            continue;
        };
        let Ok(langid) = code.parse() else { continue };
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // As the app (src/i18n/bundles.rs): no isolation marks around placeables.
        bundle.set_use_isolating(false);
        // A broken entry is left out, as in the app; the locale tests catch it.
        let resource = FluentResource::try_new(source).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
        languages.insert(*code, Language { bundle, url });
    }
    languages
}

/// `locales/<code>-<hash>.ftl`, the newest if a deploy left several.
fn newest_bundle(dist: &Path, code: &str) -> Option<(String, String)> {
    let prefix = format!("{code}-");
    let newest = std::fs::read_dir(dist.join("locales"))
        .ok()?
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with(&prefix) && name.ends_with(".ftl")
        })
        .max_by_key(|e| e.metadata().and_then(|m| m.modified()).ok())?;
    let source = std::fs::read_to_string(newest.path()).ok()?;
    let url = format!("/locales/{}", newest.file_name().to_string_lossy());
    Some((url, source))
}
