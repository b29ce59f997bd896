use super::ConfirmDialog;
use crate::i18n::{use_i18n, Msg};
use crate::state::{LeaveGuard, LeaveTexts};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::{closure::Closure, JsCast};

/// The in-app path an unmodified left click on an internal link would open.
fn intercepted_path(ev: &web_sys::MouseEvent) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.ctrl_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return None;
    }
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let anchor: web_sys::HtmlAnchorElement = target.closest("a[href]").ok()??.dyn_into().ok()?;
    if !anchor.target().is_empty() || anchor.has_attribute("download") {
        return None;
    }
    let here = web_sys::window()?.location().origin().ok()?;
    (anchor.origin() == here)
        .then(|| format!("{}{}{}", anchor.pathname(), anchor.search(), anchor.hash()))
}

/// Installs the guard's listeners and renders its dialog. Rendered once, inside the
/// router, by the app shell.
#[component]
pub fn LeaveGuardHost() -> impl IntoView {
    let i18n = use_i18n();
    let guard = expect_context::<LeaveGuard>();
    let navigate = use_navigate();

    // Capture phase on window: runs before the router's own click handler, which
    // then sees `defaultPrevented` and leaves the navigation to us.
    let on_click =
        Closure::<dyn FnMut(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
            if untrack(|| guard.armed()).is_none() {
                return;
            }
            if let Some(path) = intercepted_path(&ev) {
                ev.prevent_default();
                guard.pending.set(Some(path));
                guard.open.set(true);
            }
        });
    let on_unload = Closure::<dyn FnMut(web_sys::BeforeUnloadEvent)>::new(
        move |ev: web_sys::BeforeUnloadEvent| {
            if untrack(|| guard.armed()).is_some() {
                ev.prevent_default();
                ev.set_return_value("");
            }
        },
    );
    if let Some(w) = web_sys::window() {
        let _ = w.add_event_listener_with_callback_and_bool(
            "click",
            on_click.as_ref().unchecked_ref(),
            true,
        );
        let _ =
            w.add_event_listener_with_callback("beforeunload", on_unload.as_ref().unchecked_ref());
    }
    let listeners = send_wrapper::SendWrapper::new((on_click, on_unload));
    on_cleanup(move || {
        let (click, unload) = listeners.take();
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback_and_bool(
                "click",
                click.as_ref().unchecked_ref(),
                true,
            );
            let _ = w.remove_event_listener_with_callback(
                "beforeunload",
                unload.as_ref().unchecked_ref(),
            );
        }
    });

    let text = move |pick: fn(LeaveTexts) -> Msg| {
        Signal::derive(move || guard.armed().map(|t| i18n.t(pick(t))).unwrap_or_default())
    };
    let leave = Callback::new(move |_| {
        if let Some(path) = guard.pending.get_untracked() {
            guard.release();
            guard.pending.set(None);
            // The path is the link's own (router base included): no resolving again.
            let options = leptos_router::NavigateOptions {
                resolve: false,
                ..Default::default()
            };
            navigate(&path, options);
        }
    });
    view! {
        <ConfirmDialog
            open=guard.open
            id="ixi-leave"
            title=text(|t| t.title)
            body=text(|t| t.body)
            confirm_label=text(|t| t.leave)
            cancel_label=text(|t| t.stay)
            on_confirm=leave
        />
    }
}
