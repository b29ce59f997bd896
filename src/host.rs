//! What a host page gives the app (config) and what the app tells the host (events).

use crate::api::{ApiSettings, Csrf};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::RequestCredentials;

/// How one mount of the app is set up. Built from the host's JS config object.
#[derive(Clone, Debug)]
pub struct HostConfig {
    pub api: ApiSettings,
    /// Router prefix, e.g. `/account/integrations` ("" stand-alone).
    pub base_path: String,
    /// Overrides language negotiation when set.
    pub locale: Option<String>,
    /// Where the on-demand languages' messages live; `embed.js` fills it in.
    pub locale_urls: Vec<(crate::i18n::Lang, String)>,
    /// Help-center root, e.g. `https://help.injixo.com`.
    pub help_base_url: String,
    /// Show the app's own header with the language menu (stand-alone page).
    pub standalone: bool,
    /// CSS custom properties (`--injixo-…`) set on the mount element.
    pub theme: Vec<(String, String)>,
}

impl Default for HostConfig {
    fn default() -> Self {
        Self {
            api: ApiSettings::default(),
            base_path: String::new(),
            locale: None,
            locale_urls: Vec::new(),
            help_base_url: DEFAULT_HELP_BASE.into(),
            standalone: true,
            theme: Vec::new(),
        }
    }
}

pub const DEFAULT_HELP_BASE: &str = "https://help.injixo.com";

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

impl HostConfig {
    /// Reads the host's config object; unknown keys are ignored, wrong types fall
    /// back to the defaults (a host typo must not take the page down).
    pub fn from_js(config: &JsValue) -> HostConfig {
        let mut c = HostConfig {
            standalone: false,
            ..HostConfig::default()
        };
        if let Some(base) = get_string(config, "apiBase") {
            c.api.base = base.trim_end_matches('/').to_string();
        }
        if let Some(p) = get_string(config, "basePath") {
            c.base_path = normalize_base_path(&p);
        }
        c.locale = get_string(config, "locale");
        if let Some(urls) =
            get(config, "localeUrls").and_then(|v| v.dyn_into::<js_sys::Object>().ok())
        {
            for entry in js_sys::Object::entries(&urls).iter() {
                let pair = js_sys::Array::from(&entry);
                let lang = pair
                    .get(0)
                    .as_string()
                    .and_then(|c| crate::i18n::Lang::from_code(&c));
                if let (Some(lang), Some(url)) = (lang, pair.get(1).as_string()) {
                    c.locale_urls.push((lang, url));
                }
            }
        }
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
        if let Some(f) =
            get(config, "csrfToken").and_then(|v| v.dyn_into::<js_sys::Function>().ok())
        {
            c.api.csrf = Csrf::Getter(f);
        } else if let Some(name) = get_string(config, "csrfCookie") {
            c.api.csrf = Csrf::Cookie(name);
        }
        c.api.bearer =
            get(config, "bearerToken").and_then(|v| v.dyn_into::<js_sys::Function>().ok());
        // Mostly for tests and slow networks: one limit for reads, three times it for
        // writes (which wait for the vendor's verification).
        if let Some(ms) = get(config, "requestTimeoutMs").and_then(|v| v.as_f64()) {
            let ms = ms.clamp(500.0, 120_000.0) as i32;
            c.api.read_timeout_ms = ms;
            c.api.write_timeout_ms = ms.saturating_mul(3);
        }
        if let Some(theme) = get(config, "theme").and_then(|v| v.dyn_into::<js_sys::Object>().ok())
        {
            for entry in js_sys::Object::entries(&theme).iter() {
                let pair = js_sys::Array::from(&entry);
                if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                    // Only our own tokens: a config must not restyle the host page.
                    if k.starts_with("--injixo-") {
                        c.theme.push((k, v));
                    }
                }
            }
        }
        c
    }
}

/// Tells the host what happened, as DOM `CustomEvent`s on the mount element
/// (`injixo:navigate`, `injixo:locale-change`, `injixo:integration-created`,
/// `injixo:integration-updated`, `injixo:integration-deleted`, `injixo:session-expired`).
#[derive(Clone)]
pub struct HostEvents(Option<SendWrapper<web_sys::HtmlElement>>);

impl HostEvents {
    pub fn new(element: Option<web_sys::HtmlElement>) -> Self {
        Self(element.map(SendWrapper::new))
    }

    /// Dispatches `injixo:<name>` with `detail` built from string pairs.
    pub fn emit(&self, name: &str, detail: &[(&str, &str)]) {
        let Some(el) = &self.0 else { return };
        let obj = js_sys::Object::new();
        for (k, v) in detail {
            let _ = js_sys::Reflect::set(&obj, &(*k).into(), &(*v).into());
        }
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&obj);
        if let Ok(ev) =
            web_sys::CustomEvent::new_with_event_init_dict(&format!("injixo:{name}"), &init)
        {
            let _ = el.dispatch_event(&ev);
        }
    }
}

pub fn use_host_events() -> HostEvents {
    use_context::<HostEvents>().unwrap_or_else(|| HostEvents::new(None))
}

/// Whether the session ended (a 401): the app then stops and waits for the host.
#[derive(Clone, Copy)]
pub struct Session {
    pub expired: RwSignal<bool>,
}

/// The help-center root of this mount.
#[derive(Clone)]
pub struct HelpBase(pub String);

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
