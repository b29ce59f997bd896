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

/// Moves keyboard focus to the element with `id` once the pending render is done
/// (the element may only appear with this very update).
pub fn focus_soon(id: String) {
    leptos::prelude::request_animation_frame(move || focus_id(&id));
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

/// Copies `text` to the clipboard. Tries the Clipboard API first (secure contexts,
/// permission granted); falls back to selecting `field` and `execCommand("copy")`,
/// which also works over plain http and in iframes without clipboard permission.
/// Returns true only when a copy really happened. On failure `field` is left
/// selected, so the admin can copy it by hand.
pub async fn copy_text(text: &str, field: &web_sys::HtmlInputElement) -> bool {
    use wasm_bindgen::JsCast;
    if let Some(window) = web_sys::window() {
        let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into())
            .ok()
            .filter(|c| !c.is_undefined() && !c.is_null());
        let write = clipboard.as_ref().and_then(|c| {
            js_sys::Reflect::get(c, &"writeText".into())
                .ok()?
                .dyn_into::<js_sys::Function>()
                .ok()
        });
        if let (Some(clipboard), Some(write)) = (clipboard, write) {
            let promise = write
                .call1(&clipboard, &text.into())
                .ok()
                .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
            if let Some(p) = promise {
                if wasm_bindgen_futures::JsFuture::from(p).await.is_ok() {
                    return true;
                }
            }
        }
    }
    let _ = field.focus();
    field.select();
    let copied = document()
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    field.select();
    copied
}

/// The `name` query parameter of the current URL.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// Reads a value of this tab's session storage (drafts: never secrets).
pub fn session_get(key: &str) -> Option<String> {
    session_storage()?.get_item(key).ok()?
}

pub fn session_set(key: &str, value: &str) {
    if let Some(s) = session_storage() {
        let _ = s.set_item(key, value);
    }
}

pub fn session_remove(key: &str) {
    if let Some(s) = session_storage() {
        let _ = s.remove_item(key);
    }
}

/// Reloads the page (the stand-alone page after its session ended).
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}
