//! What the app tells its host page.

use send_wrapper::SendWrapper;

/// Tells the host what happened, as DOM `CustomEvent`s on the mount element
/// (`injixo:navigate`, `injixo:locale-change`, `injixo:integration-created`,
/// `injixo:integration-updated`, `injixo:integration-deleted`, `injixo:session-expired`).
#[derive(Clone)]
pub struct HostEvents(Option<SendWrapper<web_sys::HtmlElement>>);

impl HostEvents {
    pub fn new(element: Option<web_sys::HtmlElement>) -> Self {
        Self(element.map(SendWrapper::new))
    }

    /// Dispatches `injixo:<name>` with `detail` built from string pairs.
    pub fn emit(&self, name: &str, detail: &[(&str, &str)]) {
        let Some(el) = &self.0 else { return };
        let obj = js_sys::Object::new();
        for (k, v) in detail {
            let _ = js_sys::Reflect::set(&obj, &(*k).into(), &(*v).into());
        }
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&obj);
        if let Ok(ev) =
            web_sys::CustomEvent::new_with_event_init_dict(&format!("injixo:{name}"), &init)
        {
            let _ = el.dispatch_event(&ev);
        }
    }
}
