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

/// Waits `ms` milliseconds. Dropping the future (the page went away) clears the timer,
/// so an unmounted app leaves no timer behind.
pub async fn sleep(ms: i32) {
    struct Timer(Option<i32>);
    impl Drop for Timer {
        fn drop(&mut self) {
            if let (Some(w), Some(id)) = (web_sys::window(), self.0) {
                w.clear_timeout_with_handle(id);
            }
        }
    }
    let mut timer = Timer(None);
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        timer.0 = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .ok()
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    timer.0 = None; // fired: nothing to clear
}

/// Copies `text` to the clipboard (Clipboard API, else a temporary field and
/// `execCommand`). True only when a copy really happened.
pub async fn copy_plain(text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(doc) = document() else { return false };
    let Some(body) = doc.body() else { return false };
    let Ok(field) = doc.create_element("input") else {
        return false;
    };
    let Ok(field) = field.dyn_into::<web_sys::HtmlInputElement>() else {
        return false;
    };
    field.set_value(text);
    field.set_read_only(true);
    field.set_class_name("ixi-visually-hidden");
    let _ = body.append_child(&field);
    let ok = copy_text(text, &field).await;
    field.remove();
    ok
}

/// Whether the browser believes it is online.
pub fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Focuses the first `h1` inside `root` once it has rendered (pages show their
/// heading after their data arrived), trying for about a second of frames.
pub fn focus_heading_soon(root: web_sys::HtmlElement) {
    fn attempt(root: web_sys::HtmlElement, frames_left: u32) {
        use wasm_bindgen::JsCast;
        let heading = root
            .query_selector("h1")
            .ok()
            .flatten()
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        match heading {
            Some(h) => {
                // Focusable by script only: headings are not tab stops.
                if !h.has_attribute("tabindex") {
                    let _ = h.set_attribute("tabindex", "-1");
                }
                let _ = h.focus();
            }
            None if frames_left > 0 => {
                leptos::prelude::request_animation_frame(move || attempt(root, frames_left - 1));
            }
            None => {}
        }
    }
    leptos::prelude::request_animation_frame(move || attempt(root, 60));
}
