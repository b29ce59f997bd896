//! injixo Account > Integrations: a Leptos single-page app.
//!
//! Layout: `api` talks to the backend, `i18n` holds the Fluent bundles, `forms` is
//! pure form logic, `pages` has one component per route, `components` the small
//! reusable pieces. `app::App` ties them together.

pub mod api;
pub mod app;
pub mod components;
pub mod forms;
pub mod i18n;
pub mod labels;
pub mod pages;
pub mod paths;
pub mod platform;

pub use app::App;
