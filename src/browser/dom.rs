//! The document: title, language, and where keyboard focus goes.

use wasm_bindgen::JsCast;

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
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Focuses the first `h1` inside `root` once it has rendered (pages show their
/// heading after their data arrived), trying for about a second of frames.
pub fn focus_heading_soon(root: web_sys::HtmlElement) {
    fn attempt(root: web_sys::HtmlElement, frames_left: u32) {
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

/// Scrolls the element with `id` into view if it is not (the active option of a list).
pub fn scroll_into_view(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        el.scroll_into_view_with_bool(false);
    }
}
