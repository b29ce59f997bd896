//! Unsaved form input in this tab's session storage: never a secret, only while
//! there is something unsaved (a CSV schema's sample only up to 256 KiB).

use super::logic::Draft;
use crate::browser;
use injixo_contract::Model;

/// The draft kept under `key`, without secrets (even if an older version stored one).
pub fn restore(key: &str, model: &Model) -> Option<Draft> {
    let json = browser::session_get(key)?;
    let draft: Draft = browser::json::from_str(&json)?;
    Some(draft.for_storage(model))
}

/// Keeps `draft` without secrets, and a CSV sample only while small.
pub fn keep(key: &str, model: &Model, draft: &Draft) {
    if let Some(json) = browser::json::to_string(&draft.for_storage(model)) {
        browser::session_set(key, &json);
    }
}

pub fn forget(key: &str) {
    browser::session_remove(key);
}

/// The key of the setup form of model `model_id`.
pub fn setup_key(model_id: &str) -> String {
    format!("injixo.integrations.draft.{model_id}")
}

/// The key of the edit form of integration `id`.
pub fn edit_key(id: &str) -> String {
    format!("injixo.integrations.draft.edit.{id}")
}
