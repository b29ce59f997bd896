//! Whether leaving the current page must be confirmed; `components::LeaveGuardHost`
//! installs the listeners and shows the dialog. Several parts of a page may guard
//! at once (an edit form with unsaved input, and a key not copied yet): the first
//! that holds speaks.

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

/// One part of a page that may hold the admin back.
#[derive(Clone, Copy)]
struct Entry {
    id: u32,
    when: Signal<bool>,
    texts: LeaveTexts,
    on_leave: Option<Callback<()>>,
}

/// App-wide: whether leaving the current page must be confirmed, and where to.
#[derive(Clone, Copy)]
pub struct LeaveGuard {
    entries: RwSignal<Vec<Entry>>,
    next: StoredValue<u32>,
    /// Set by an intercepted link while the dialog asks.
    pub(crate) pending: RwSignal<Option<String>>,
    pub(crate) open: RwSignal<bool>,
    /// Set once the admin confirmed: nothing holds back that navigation.
    released: RwSignal<bool>,
}

impl LeaveGuard {
    pub fn new() -> Self {
        Self {
            entries: RwSignal::new(Vec::new()),
            next: StoredValue::new(0),
            pending: RwSignal::new(None),
            open: RwSignal::new(false),
            released: RwSignal::new(false),
        }
    }

    /// The texts of the first guard that holds now (tracked), if any.
    pub(crate) fn armed(&self) -> Option<LeaveTexts> {
        if self.released.get() {
            return None;
        }
        self.entries
            .with(|e| e.iter().find(|e| e.when.get()).map(|e| e.texts))
    }

    /// The admin confirmed leaving: every guard that holds lets go (a form forgets
    /// its saved draft, say).
    pub(crate) fn release(&self) {
        let holding: Vec<Entry> = self.entries.with_untracked(|e| {
            e.iter()
                .filter(|e| e.when.get_untracked())
                .copied()
                .collect()
        });
        for entry in holding {
            if let Some(cb) = entry.on_leave {
                cb.run(());
            }
        }
        self.released.set(true);
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
    let id = guard.next.get_value();
    guard.next.set_value(id + 1);
    guard.released.set(false);
    guard.entries.update(|e| {
        e.push(Entry {
            id,
            when,
            texts,
            on_leave,
        })
    });
    on_cleanup(move || {
        guard
            .entries
            .try_update(|e| e.retain(|entry| entry.id != id));
    });
}
