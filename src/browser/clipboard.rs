//! Copying to the clipboard, and saying truthfully whether it worked.

use wasm_bindgen::JsCast;

/// Copies `text` to the clipboard. Tries the Clipboard API first (secure contexts,
/// permission granted); falls back to selecting `field` and `execCommand("copy")`,
/// which also works over plain http and in iframes without clipboard permission.
/// Returns true only when a copy really happened. On failure `field` is left
/// selected, so the admin can copy it by hand.
pub async fn copy_text(text: &str, field: &web_sys::HtmlInputElement) -> bool {
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
    let copied = super::document()
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    field.select();
    copied
}

/// Copies `text` to the clipboard (Clipboard API, else a temporary field and
/// `execCommand`). True only when a copy really happened.
pub async fn copy_plain(text: &str) -> bool {
    let Some(doc) = super::document() else {
        return false;
    };
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
