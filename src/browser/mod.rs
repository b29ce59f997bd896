//! Every browser API the app uses, wrapped once so that the rest of the app never
//! juggles `web_sys` options: the DOM, the clipboard, storage and cookies, timers and
//! time-slicing, files, random ids, JSON through the browser's own parser, and time
//! zones' UTC offsets from `Intl`.

mod clipboard;
mod dom;
mod env;
mod file;
pub mod json;
mod random;
mod storage;
mod timers;
mod zone_offsets;

pub use clipboard::{copy_plain, copy_text};
pub use dom::{
    document, focus_heading_soon, focus_id, focus_soon, scroll_into_view, set_document_lang,
    set_document_title,
};
pub use env::{languages, media_matches, online, query_param, reload};
pub use file::{dropped_files, input_files, read_bytes, single_file};
pub use random::uuid_v4;
pub use storage::{cookie, local_get, local_set, session_get, session_remove, session_set};
pub use timers::{now_ms, sleep, Slices, TimerGuard};
pub use zone_offsets::{IntlZones, OffsetCache};
