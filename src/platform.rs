//! Small wrappers around browser APIs, so pages do not juggle `web_sys` options.

/// `navigator.languages`, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let langs: Vec<String> = window
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if langs.is_empty() {
        window.navigator().language().into_iter().collect()
    } else {
        langs
    }
}

/// The `?lang=` query parameter of the current URL, if any.
pub fn query_lang() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get("lang")
}

const LANG_KEY: &str = "injixo.integrations.lang";

/// The language the admin picked earlier. Only the language code is ever stored.
pub fn saved_lang() -> Option<String> {
    local_storage()?.get_item(LANG_KEY).ok()?
}

pub fn save_lang(code: &str) {
    if let Some(s) = local_storage() {
        let _ = s.set_item(LANG_KEY, code);
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    // Storage can be blocked (privacy settings, sandboxed iframes): then we simply
    // do not remember the choice.
    web_sys::window()?.local_storage().ok()?
}

pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

pub fn set_document_lang(code: &str) {
    if let Some(html) = document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("lang", code);
        let _ = html.set_attribute("dir", "ltr");
    }
}

pub fn set_document_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Moves keyboard focus to the element with `id` (if it exists).
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
