//! The CSV integration in the browser: the schema wizard (sample, setup, mapping, live
//! preview through the CSV engine), the engine's messages in the admin's language, and
//! reading big files in slices so the page stays responsive. Uses the API (the SQL
//! mapping's preview) and components; the integration form and the pages use it.

pub mod draft;
pub mod model;
pub mod read;
pub mod texts;
pub mod wizard;
