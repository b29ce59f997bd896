//! JSON through the browser: `JSON.parse`/`JSON.stringify` plus serde-wasm-bindgen,
//! instead of compiling serde_json's parser and printer into the wasm (smaller; see
//! docs/performance.md). Native builds (unit tests) use serde_json, which reads and
//! writes the same JSON for our types.

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::ops::Range;

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

/// The `items` array of a list answer (`{"items": [...]}`), parsed but not yet
/// decoded: the overview of a large account shows 50 integrations of hundreds, and
/// decoding an item through serde-wasm-bindgen costs far more than parsing it
/// (docs/performance.md), so items are decoded a batch at a time when shown.
#[derive(Clone, Debug)]
pub struct LazyItems {
    #[cfg(target_arch = "wasm32")]
    items: js_sys::Array,
    #[cfg(not(target_arch = "wasm32"))]
    items: Vec<serde_json::Value>,
}

impl LazyItems {
    /// `None` when `text` is not JSON or has no `items` array.
    #[cfg(target_arch = "wasm32")]
    pub fn parse(text: &str) -> Option<Self> {
        use wasm_bindgen::JsCast;
        let value = js_sys::JSON::parse(text).ok()?;
        let items = js_sys::Reflect::get(&value, &"items".into()).ok()?;
        Some(Self {
            items: items.dyn_into().ok()?,
        })
    }

    /// `None` when `text` is not JSON or has no `items` array.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn parse(text: &str) -> Option<Self> {
        let mut value: serde_json::Value = serde_json::from_str(text).ok()?;
        match value.get_mut("items")?.take() {
            serde_json::Value::Array(items) => Some(Self { items }),
            _ => None,
        }
    }

    pub fn len(&self) -> usize {
        #[cfg(target_arch = "wasm32")]
        return self.items.length() as usize;
        #[cfg(not(target_arch = "wasm32"))]
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The items in `range` (clamped to the list) as `T`s; `None` when one of them
    /// is not shaped like a `T`.
    pub fn decode<T: DeserializeOwned>(&self, range: Range<usize>) -> Option<Vec<T>> {
        let range = range.start.min(self.len())..range.end.min(self.len());
        #[cfg(target_arch = "wasm32")]
        return range
            .map(|i| serde_wasm_bindgen::from_value(self.items.get(i as u32)).ok())
            .collect();
        #[cfg(not(target_arch = "wasm32"))]
        self.items[range]
            .iter()
            .map(|v| T::deserialize(v).ok())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Item {
        n: u32,
    }

    #[test]
    fn items_are_decoded_by_the_batch_asked_for() {
        let list = LazyItems::parse(r#"{"items":[{"n":0},{"n":1},{"n":2}]}"#).unwrap();
        assert_eq!(list.len(), 3);
        assert_eq!(
            list.decode::<Item>(1..3),
            Some(vec![Item { n: 1 }, Item { n: 2 }])
        );
        assert_eq!(list.decode::<Item>(2..50), Some(vec![Item { n: 2 }]));
        assert_eq!(list.decode::<Item>(5..9), Some(vec![]));
    }

    #[test]
    fn a_malformed_item_fails_its_batch_only() {
        let list = LazyItems::parse(r#"{"items":[{"n":0},{"n":"one"}]}"#).unwrap();
        assert_eq!(list.decode::<Item>(0..1), Some(vec![Item { n: 0 }]));
        assert_eq!(list.decode::<Item>(0..2), None);
    }

    #[test]
    fn an_answer_without_an_items_array_is_refused() {
        for text in ["", "[]", "{}", r#"{"items":{}}"#, r#"{"items":[1"#] {
            assert!(LazyItems::parse(text).is_none(), "{text}");
        }
        assert!(LazyItems::parse(r#"{"items":[]}"#).unwrap().is_empty());
    }
}
