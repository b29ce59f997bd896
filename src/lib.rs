//! injixo Account > Integrations: a Leptos single-page app.
//!
//! Layers, each importing only from those listed before it (README, "Layout"):
//! `browser` (web APIs), `routes` (in-app URLs), `i18n` (Fluent, typed message ids),
//! `api` (the backend), `state` (what one mount shares), `components` (building
//! blocks), `csv` (the CSV schema wizard and the engine in the browser),
//! `integration_form` and `integration_key` (features), `pages` (one per route), `app`
//! (the shell and route table), `embed` (the host page's entry point).

pub mod api;
pub mod app;
pub mod browser;
pub mod components;
pub mod csv;
pub mod embed;
pub mod i18n;
pub mod integration_form;
pub mod integration_key;
pub mod pages;
pub mod routes;
pub mod state;

/// Runs once when the module is instantiated. Mounting is the host page's call
/// (`embed.js` → `embed::mount`), the stand-alone `index.html` included.
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}
