//! Form logic without any UI: what the setup form holds, how it is validated, what is
//! sent, and which message explains which problem. Unit-tested natively.

pub mod catalogue_filter;
mod idempotency;
pub mod integration;
pub mod paging;

pub use idempotency::IdempotencyMemo;
