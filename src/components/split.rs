//! Code that is not in the first load. A split point is a function marked
//! `#[cfg_attr(feature = "split", leptos::lazy)]`: in the shipped build (Cargo
//! feature `split`, set by `index.html`) calling it first fetches the wasm chunk
//! that holds it and everything only it reaches (`assets split` cut that out of the
//! linked module); in tests and clippy it is a plain call. docs/performance.md has
//! what each split point takes out of the first load.

use super::Loading;
use leptos::prelude::*;
use std::future::Future;

/// Calls a split point: awaited when the build is split, a plain call otherwise.
macro_rules! split_call {
    ($call:expr) => {{
        #[cfg(feature = "split")]
        let value = $call.await;
        #[cfg(not(feature = "split"))]
        let value = $call;
        value
    }};
}
pub(crate) use split_call;

/// *Loading…* until `view` is there: the split point's view, whose chunk may still
/// be downloading (a few KB, usually already prefetched).
pub fn when_loaded(view: impl Future<Output = AnyView> + 'static) -> impl IntoView {
    // The browser has one thread; Suspend asks for Send only for servers.
    let view = Suspend::new(send_wrapper::SendWrapper::new(view));
    view! { <Suspense fallback=Loading>{view}</Suspense> }
}
