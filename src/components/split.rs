//! Code that is not in the first load. A split point is a function marked
//!
//! ```ignore
//! #[cfg_attr(feature = "split", leptos::wasm_split::wasm_split(
//!     name, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_name)))]
//! ```
//!
//! (Leptos' `#[lazy]` without its panic: a chunk that cannot be fetched is an
//! error on the page, with *Try again*, not an aborted app). In the shipped build
//! (Cargo feature `split`, set by `index.html`) calling it first fetches the wasm
//! chunks that hold it and everything only it reaches (`assets split` cut them out
//! of the linked module); in tests and clippy it is a plain call.
//! docs/performance.md has what each split point takes out of the first load.

use super::{ErrorAlert, Loading, Step};
use crate::api::ApiError;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
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

/// A route's component whose page is a split point of its own: `$page` shows
/// *Loading…* (or the failure) until `$split` has fetched its chunks and rendered
/// `$view`; `$preload` fetches them ahead (see `split_prefetch`).
macro_rules! split_page {
    ($(#[$doc:meta])* $page:ident => $view:ident, $split:ident, $preload:ident) => {
        $(#[$doc])*
        #[leptos::component]
        pub fn $page() -> impl leptos::prelude::IntoView {
            $crate::components::when_loaded(|| async { $crate::components::split_call!($split()) })
        }

        #[cfg_attr(
            feature = "split",
            leptos::wasm_split::wasm_split($split, wasm_split_path = ::leptos::wasm_split, fallible, preload($preload))
        )]
        fn $split() -> Result<leptos::prelude::AnyView, $crate::api::ApiError> {
            Ok(leptos::prelude::IntoAny::into_any(leptos::view! { <$view /> }))
        }
    };
}
pub(crate) use split_page;

/// Fetches a split point's chunks now, for the likely next step: once per page
/// life, nothing when the build is not split; a failure is said when the step
/// itself is taken.
macro_rules! split_prefetch {
    ($preload:ident) => {
        #[cfg(feature = "split")]
        {
            use std::sync::atomic::{AtomicBool, Ordering};
            static STARTED: AtomicBool = AtomicBool::new(false);
            if !STARTED.swap(true, Ordering::Relaxed) {
                leptos::task::spawn_local(async {
                    let _ = $preload().await;
                });
            }
        }
    };
}
pub(crate) use split_prefetch;

/// *Loading…* until the view that `load` produces is there (its chunks may still be
/// downloading); the failure with *Try again* when they could not be fetched.
pub fn when_loaded<F>(load: impl Fn() -> F + Send + Sync + 'static) -> impl IntoView
where
    F: Future<Output = Result<AnyView, ApiError>> + 'static,
{
    let attempt = RwSignal::new(0u32);
    let view = move || {
        attempt.track();
        let pending = load();
        // The browser has one thread; Suspend asks for Send only for servers.
        Suspend::new(SendWrapper::new(async move {
            match pending.await {
                Ok(view) => view,
                Err(error) => {
                    // The page's failure is what it shows (the frame goes).
                    crate::state::page_shown();
                    let retry = Callback::new(move |()| attempt.update(|n| *n += 1));
                    view! { <ErrorAlert error=error step=Step::LoadPage on_retry=retry /> }
                        .into_any()
                }
            }
        }))
    };
    view! { <Suspense fallback=Loading>{view}</Suspense> }
}
