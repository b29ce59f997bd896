//! JSON, read and written by serde_json in the wasm as in native tests. (Reading it
//! through the browser's `JSON.parse` and serde-wasm-bindgen was 12 KB smaller, but
//! took a JS call per value: on a slow phone the 40 KB catalogue alone was a 90 ms
//! task; see docs/performance.md.)

use serde::de::DeserializeOwned;
use serde::Serialize;

/// `text` as a `T`; `None` when it is not JSON or not shaped like a `T`.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_str(text).ok()
}

/// `value` as JSON text: maps as objects, `None` as `null`.
pub fn to_string<T: Serialize>(value: &T) -> Option<String> {
    serde_json::to_string(value).ok()
}
