//! The CSV integration's server side, on the CSV engine (`injixo-csv`), which the SPA
//! runs too, so that browser and server read a file the same way:
//!
//! - `zones`: the engine's time-zone offsets, from chrono-tz's IANA database;
//! - `sql`: the sandbox an SQL mapping runs in (the table `uploaded_file`);
//! - `check`: a schema checked before it is saved with its integration;
//! - `analyze`: the authoritative analysis of an uploaded file, and its records.
//!
//! Imports nothing of this crate; `api::csv` puts it together with the database.

pub mod analyze;
pub mod check;
pub mod sql;
pub mod zones;

pub use zones::ChronoZones;
