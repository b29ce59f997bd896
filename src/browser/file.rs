//! Files the admin picks or drops: name and size are known without reading them
//! (limits are checked first); the bytes only when asked for.

use wasm_bindgen::JsCast;

/// The file's bytes; `None` when the browser could not read it (removed meanwhile,
/// no permission).
pub async fn read_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The one file of a drop or a file input, `Err(n)` when there are `n != 1`.
pub fn single_file(list: Option<web_sys::FileList>) -> Result<web_sys::File, u32> {
    let list = list.ok_or(0u32)?;
    match list.length() {
        1 => list.get(0).ok_or(0),
        n => Err(n),
    }
}

/// The files of a drop event (`None` when it carries none, e.g. dragged text).
pub fn dropped_files(ev: &web_sys::DragEvent) -> Option<web_sys::FileList> {
    ev.data_transfer()?.files()
}

/// The files chosen in an `<input type="file">` that fired `ev`.
pub fn input_files(ev: &web_sys::Event) -> Option<web_sys::FileList> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let files = input.files();
    // Choosing the same file again must fire `change` again.
    input.set_value("");
    files
}
