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
pub fn single_file(mut files: Vec<web_sys::File>) -> Result<web_sys::File, usize> {
    match files.len() {
        1 => files.pop().ok_or(0),
        n => Err(n),
    }
}

fn to_vec(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map_or_else(Vec::new, |l| {
        (0..l.length()).filter_map(|i| l.get(i)).collect()
    })
}

/// The files of a drop event (none when it carries none, e.g. dragged text).
pub fn dropped_files(ev: &web_sys::DragEvent) -> Vec<web_sys::File> {
    to_vec(ev.data_transfer().and_then(|d| d.files()))
}

/// The files chosen in the `<input type="file">` that fired `ev`.
pub fn input_files(ev: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = to_vec(input.files());
    // Choosing the same file again must fire `change` again.
    input.set_value("");
    files
}
