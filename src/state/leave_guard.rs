//! Whether leaving the current page must be confirmed; `components::LeaveGuardHost`
//! installs the listeners and shows the dialog.

use crate::i18n::Msg;
use leptos::prelude::*;

/// The messages of one leave-confirmation dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeaveTexts {
    pub title: Msg,
    pub body: Msg,
    pub leave: Msg,
    pub stay: Msg,
}

/// App-wide: whether leaving the current page must be confirmed, and where to.
#[derive(Clone, Copy)]
pub struct LeaveGuard {
    pub(crate) armed: RwSignal<Option<LeaveTexts>>,
    pub(crate) pending: RwSignal<Option<String>>,
    pub(crate) open: RwSignal<bool>,
    /// Runs when the admin confirms leaving (a form forgets its saved draft, say).
    pub(crate) on_leave: StoredValue<Option<Callback<()>>>,
}

impl LeaveGuard {
    pub fn new() -> Self {
        Self {
            armed: RwSignal::new(None),
            pending: RwSignal::new(None),
            open: RwSignal::new(false),
            on_leave: StoredValue::new(None),
        }
    }
}

impl Default for LeaveGuard {
    fn default() -> Self {
        Self::new()
    }
}

/// While `when` holds, following an in-app link asks first (with `texts`), and
/// closing or reloading the tab triggers the browser's own warning. `on_leave` runs
/// when the admin confirms. Released when the calling component unmounts.
pub fn use_leave_guard(when: Signal<bool>, texts: LeaveTexts, on_leave: Option<Callback<()>>) {
    let guard = expect_context::<LeaveGuard>();
    guard.on_leave.set_value(on_leave);
    Effect::new(move |_| guard.armed.set(when.get().then_some(texts)));
    on_cleanup(move || {
        guard.armed.set(None);
        guard.on_leave.set_value(None);
    });
}
