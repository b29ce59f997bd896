//! The entry for host pages: `mount(element, config)` returns a handle with
//! `unmount()`, `setLocale(code)` and `resume()`. `embed.js` (written at build time)
//! wraps it as `window.injixoIntegrations.mount` and `<injixo-integrations>`; the
//! stand-alone `index.html` mounts through it like any host page.

mod config;

use crate::app::App;
use crate::i18n::{self, I18n, Lang};
use crate::state::{self, HostEvents};
use leptos::prelude::{Callback, Owner};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

struct Mounted {
    /// Dropping it removes the app's DOM. Filled a task after the mount started.
    app: Rc<RefCell<Option<Box<dyn Any>>>>,
    /// The root of everything the app owns. Cleaned up explicitly on unmount: a
    /// request still in flight holds a reference to it, and waiting for the last
    /// reference to go would leave the app's listeners and timers behind until then.
    owner: Owner,
    i18n: I18n,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.app.borrow_mut().take();
        self.owner.cleanup();
    }
}

/// One mounted app.
#[wasm_bindgen]
pub struct MountHandle {
    element: HtmlElement,
    config: JsValue,
    mounted: Option<Mounted>,
}

/// Mounts the app in `lang`, or in the start language the config and browser choose.
fn start(element: &HtmlElement, config: &JsValue, lang: Option<Lang>) -> Mounted {
    let config = config::from_js(config);
    for (k, v) in &config.theme {
        let _ = element.style().set_property(k, v);
    }
    let lang = lang.unwrap_or_else(|| i18n::start_lang(config.locale.as_deref()));
    let events = HostEvents::new(Some(element.clone()));
    // The language may have to be downloaded before the app renders: tasks can be
    // spawned from here on (mounting would start the executor only later).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    let i18n = owner.with(|| I18n::new(lang, config.locale_urls.clone()));
    let on_painted = placeholder(element);
    // Reading the config and starting the language is one task, the app's state (and
    // its first API requests) the next, its first render a third: together they
    // would block input on a slow phone for too long (docs/performance.md, "Long
    // tasks"). Unmounted before then, it never renders.
    let app = Rc::new(RefCell::new(None));
    let slot = Rc::downgrade(&app);
    let (element, root) = (element.clone(), owner.clone());
    leptos::task::spawn_local(async move {
        crate::browser::sleep(0).await;
        if slot.strong_count() == 0 {
            return;
        }
        root.with(|| state::provide(&config, i18n, events));
        crate::browser::sleep(0).await;
        let Some(slot) = slot.upgrade() else { return };
        let mounted = root.with(|| {
            leptos::mount::mount_to(element, move || {
                leptos::view! { <App config=config i18n=i18n on_painted=on_painted /> }
            })
        });
        *slot.borrow_mut() = Some(Box::new(mounted) as Box<dyn Any>);
    });
    Mounted { app, owner, i18n }
}

/// Removes what `element` holds before the app (the stand-alone page's frame that
/// the server painted, a host's own "Loading…") once the app can paint its first
/// page: removing it at mount would leave the element empty while the language and
/// the first data arrive. Until then style/app.css hides the app behind it.
fn placeholder(element: &HtmlElement) -> Callback<()> {
    let mut nodes = Vec::new();
    let mut child = element.first_child();
    while let Some(node) = child {
        child = node.next_sibling();
        nodes.push(node);
    }
    let nodes = send_wrapper::SendWrapper::new(nodes);
    Callback::new(move |()| {
        for node in nodes.iter() {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(node);
            }
        }
    })
}

/// Mounts the app into `element`; `config` is the host's config object (see README,
/// "Embedding").
#[wasm_bindgen]
pub fn mount(element: HtmlElement, config: JsValue) -> MountHandle {
    let mounted = start(&element, &config, None);
    MountHandle {
        element,
        config,
        mounted: Some(mounted),
    }
}

#[wasm_bindgen]
impl MountHandle {
    /// Removes the app and everything it registered (listeners, timers, requests).
    pub fn unmount(&mut self) {
        if self.mounted.take().is_some() {
            for (k, _) in &config::from_js(&self.config).theme {
                let _ = self.element.style().remove_property(k);
            }
        }
    }

    /// Switches the language live (`de`, `fr-CH`, …); false if it is not one of ours.
    #[wasm_bindgen(js_name = setLocale)]
    pub fn set_locale(&self, code: &str) -> bool {
        match (&self.mounted, Lang::from_tag(code)) {
            (Some(m), Some(lang)) => {
                m.i18n.set_lang(lang);
                true
            }
            _ => false,
        }
    }

    /// After the host signed the admin in again: starts the app afresh in the same
    /// place and language (unsaved setup input comes back from its draft).
    pub fn resume(&mut self) {
        let lang = self.mounted.as_ref().map(|m| m.i18n.lang_untracked());
        self.mounted = None;
        self.mounted = Some(start(&self.element, &self.config, lang));
    }
}
