//! Browser storage and cookies. Storage can be blocked (privacy settings, sandboxed
//! iframes): then nothing is remembered, and nothing fails.

use wasm_bindgen::JsCast;

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// A value of local storage (kept across visits: only preferences, never data).
pub fn local_get(key: &str) -> Option<String> {
    local()?.get_item(key).ok()?
}

pub fn local_set(key: &str, value: &str) {
    if let Some(s) = local() {
        let _ = s.set_item(key, value);
    }
}

/// A value of this tab's session storage (drafts: never secrets).
pub fn session_get(key: &str) -> Option<String> {
    session()?.get_item(key).ok()?
}

pub fn session_set(key: &str, value: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(key, value);
    }
}

pub fn session_remove(key: &str) {
    if let Some(s) = session() {
        let _ = s.remove_item(key);
    }
}

/// The value of cookie `name` of this document, if set.
pub fn cookie(name: &str) -> Option<String> {
    let doc: web_sys::HtmlDocument = super::document()?.dyn_into().ok()?;
    let all = doc.cookie().ok()?;
    all.split(';').find_map(|c| {
        let (k, v) = c.trim().split_once('=')?;
        if k != name {
            return None;
        }
        js_sys::decode_uri_component(v).ok().map(String::from)
    })
}
