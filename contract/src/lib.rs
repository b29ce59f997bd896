//! The REST contract of `/api/v1`, shared by the SPA and the reference backend.
//!
//! Everything that crosses the wire is defined here once, so that client and server
//! cannot drift apart, and the validation rules live here too: the browser runs them
//! for instant feedback, the server runs the very same code before it trusts anything.
//! `docs/openapi.yaml` describes the same shapes for other consumers; a backend test
//! checks that the two agree.

pub mod catalogue;
pub mod cloud_link;
pub mod csv;
pub mod external;
pub mod integration;
pub mod problem;
pub mod rules;
pub mod session;

pub use catalogue::*;
pub use cloud_link::*;
pub use csv::*;
pub use external::*;
pub use integration::*;
pub use problem::*;
pub use session::*;

/// Path prefix of every API endpoint.
pub const API_PREFIX: &str = "/api/v1";

/// Header carrying the client-chosen key that makes a create request safe to retry.
pub const IDEMPOTENCY_KEY_HEADER: &str = "Idempotency-Key";

/// Header (and problem member) carrying the server's id for one request.
pub const REQUEST_ID_HEADER: &str = "X-Request-Id";
