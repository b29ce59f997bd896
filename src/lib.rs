//! injixo Account > Integrations: a Leptos single-page app.
//!
//! Layout: `api` talks to the backend, `i18n` holds the Fluent bundles, `forms` is
//! pure form logic, `pages` has one component per route, `components` the small
//! reusable pieces. `app::App` ties them together.

pub mod api;
pub mod app;
pub mod components;
pub mod embed;
pub mod forms;
pub mod host;
pub mod i18n;
pub mod json;
pub mod labels;
pub mod pages;
pub mod paths;
pub mod platform;

pub use app::App;

/// Runs once when the module is instantiated. Mounting is the host page's call
/// (`embed.js` → `embed::mount`), the stand-alone `index.html` included.
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}
