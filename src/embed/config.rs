//! The host's config object (see README, "Embedding") as a [`MountConfig`].

use crate::api::Csrf;
use crate::i18n::Lang;
use crate::state::MountConfig;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::RequestCredentials;

fn get(obj: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(obj, &key.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn get_string(obj: &JsValue, key: &str) -> Option<String> {
    get(obj, key)
        .and_then(|v| v.as_string())
        .filter(|s| !s.is_empty())
}

/// The string pairs of a plain object (`{de: "…", fr: "…"}`).
fn entries(obj: &JsValue, key: &str) -> Vec<(String, String)> {
    let Some(obj) = get(obj, key).and_then(|v| v.dyn_into::<js_sys::Object>().ok()) else {
        return Vec::new();
    };
    js_sys::Object::entries(&obj)
        .iter()
        .filter_map(|entry| {
            let pair = js_sys::Array::from(&entry);
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// A router prefix as the router wants it: leading slash, no trailing slash.
pub fn normalize_base_path(p: &str) -> String {
    let trimmed = p.trim().trim_end_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else if trimmed.starts_with('/') {
        trimmed.to_string()
    } else {
        format!("/{trimmed}")
    }
}

/// Reads the host's config object; unknown keys are ignored, wrong types fall back
/// to the defaults (a host typo must not take the page down).
pub fn from_js(config: &JsValue) -> MountConfig {
    let mut c = MountConfig {
        standalone: false,
        ..MountConfig::default()
    };
    if let Some(base) = get_string(config, "apiBase") {
        c.api.base = base.trim_end_matches('/').to_string();
    }
    if let Some(p) = get_string(config, "basePath") {
        c.base_path = normalize_base_path(&p);
    }
    c.locale = get_string(config, "locale");
    c.locale_urls = entries(config, "localeUrls")
        .into_iter()
        .filter_map(|(code, url)| Some((Lang::from_code(&code)?, url)))
        .collect();
    if let Some(h) = get_string(config, "helpBaseUrl") {
        c.help_base_url = h.trim_end_matches('/').to_string();
    }
    c.standalone = get(config, "standalone").is_some_and(|v| v.is_truthy());
    if get_string(config, "credentials").as_deref() == Some("include") {
        c.api.credentials = RequestCredentials::Include;
    }
    if let Some(h) = get_string(config, "csrfHeader") {
        c.api.csrf_header = h;
    }
    if let Some(f) = get(config, "csrfToken").and_then(|v| v.dyn_into::<js_sys::Function>().ok()) {
        c.api.csrf = Csrf::Getter(f);
    } else if let Some(name) = get_string(config, "csrfCookie") {
        c.api.csrf = Csrf::Cookie(name);
    }
    c.api.bearer = get(config, "bearerToken").and_then(|v| v.dyn_into::<js_sys::Function>().ok());
    // Mostly for tests and slow networks: one limit for reads, three times it for
    // writes (which wait for the vendor's verification).
    if let Some(ms) = get(config, "requestTimeoutMs").and_then(|v| v.as_f64()) {
        let ms = ms.clamp(500.0, 120_000.0) as i32;
        c.api.read_timeout_ms = ms;
        c.api.write_timeout_ms = ms.saturating_mul(3);
    }
    // Only our own tokens: a config must not restyle the host page.
    c.theme = entries(config, "theme")
        .into_iter()
        .filter(|(k, _)| k.starts_with("--injixo-"))
        .collect();
    c
}

#[cfg(test)]
mod tests {
    #[test]
    fn base_paths_get_one_leading_and_no_trailing_slash() {
        assert_eq!(super::normalize_base_path(""), "");
        assert_eq!(super::normalize_base_path("/"), "");
        assert_eq!(
            super::normalize_base_path("account/integrations/"),
            "/account/integrations"
        );
        assert_eq!(super::normalize_base_path("/portal/x"), "/portal/x");
    }
}
