//! The stand-in for the injixo Cloud Link client (`injixo-cloud-link`): what the
//! real client does for the server, against the reference backend, with a local
//! SQLite database in place of the customer's ACD or database. It only opens
//! outgoing HTTP connections.
//!
//! - `args`: the command line. `console`: the PIN box and notes.
//! - `client`: registration, heartbeat and the job loop.
//! - `server`: the server's client endpoints.
//! - `verify`, `query`: the two jobs; `demo`: the demo database.
//! - `watch`: the import folder of `--watch-dir` (the automatic CSV import).

pub mod args;
pub mod client;
pub mod console;
pub mod demo;
pub mod query;
pub mod server;
pub mod verify;
pub mod watch;
