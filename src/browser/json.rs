//! JSON through the browser: `JSON.parse`/`JSON.stringify` plus serde-wasm-bindgen,
//! instead of compiling serde_json's parser and printer into the wasm (smaller; see
//! docs/performance.md). Native builds (unit tests) use serde_json, which reads and
//! writes the same JSON for our types.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// `text` as a `T`; `None` when it is not JSON or not shaped like a `T`.
#[cfg(target_arch = "wasm32")]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    let value = js_sys::JSON::parse(text).ok()?;
    serde_wasm_bindgen::from_value(value).ok()
}

/// `value` as JSON text, the way serde_json writes it: maps as objects, `None` as
/// `null`.
#[cfg(target_arch = "wasm32")]
pub fn to_string<T: Serialize>(value: &T) -> Option<String> {
    let serializer = serde_wasm_bindgen::Serializer::new()
        .serialize_maps_as_objects(true)
        .serialize_missing_as_null(true);
    let js = value.serialize(&serializer).ok()?;
    js_sys::JSON::stringify(&js).ok()?.as_string()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_str(text).ok()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn to_string<T: Serialize>(value: &T) -> Option<String> {
    serde_json::to_string(value).ok()
}
