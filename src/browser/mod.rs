//! Every browser API the app uses, wrapped once so that the rest of the app never
//! juggles `web_sys` options: the DOM, the clipboard, storage and cookies, timers,
//! random ids, and JSON through the browser's own parser.

mod clipboard;
mod dom;
mod env;
pub mod json;
mod random;
mod storage;
mod timers;

pub use clipboard::{copy_plain, copy_text};
pub use dom::{
    document, focus_heading_soon, focus_id, focus_soon, scroll_into_view, set_document_lang,
    set_document_title,
};
pub use env::{languages, online, query_param, reload};
pub use random::uuid_v4;
pub use storage::{cookie, local_get, local_set, session_get, session_remove, session_set};
pub use timers::{sleep, TimerGuard};
