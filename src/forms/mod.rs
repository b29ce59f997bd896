//! Form logic without any UI: what the setup form holds, how it is validated, what is
//! sent, and which message explains which problem. Unit-tested natively.

mod idempotency;
pub mod setup;

pub use idempotency::IdempotencyMemo;
