//! App-wide confirmations ("Integration saved"); `components::ToastRegion` shows them.

use crate::i18n::Message;
use leptos::prelude::*;

/// Long enough to read a sentence twice; it is announced by screen readers at once.
const TOAST_VISIBLE: std::time::Duration = std::time::Duration::from_secs(8);

/// One confirmation, formatted when shown so a language switch re-words it too.
#[derive(Clone)]
pub struct Toast {
    pub id: u32,
    pub message: Message,
    /// An action failed: announced assertively and styled as an error.
    pub error: bool,
}

#[derive(Clone, Copy)]
pub struct Toasts {
    items: RwSignal<Vec<Toast>>,
    next: StoredValue<u32>,
    /// Pending auto-dismiss timers, cleared when the app unmounts (no stray timers
    /// in the host page).
    timers: StoredValue<Vec<TimeoutHandle>>,
}

impl Toasts {
    pub fn new() -> Self {
        Self {
            items: RwSignal::new(Vec::new()),
            next: StoredValue::new(0),
            timers: StoredValue::new(Vec::new()),
        }
    }

    /// Shows `message` for a while (or until dismissed).
    pub fn show(&self, message: impl Into<Message>) {
        self.push(message.into(), false);
    }

    /// Shows that an action failed (and was undone on screen).
    pub fn error(&self, message: impl Into<Message>) {
        self.push(message.into(), true);
    }

    fn push(&self, message: Message, error: bool) {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        self.items.update(|v| v.push(Toast { id, message, error }));
        let this = *self;
        if let Ok(handle) = set_timeout_with_handle(move || this.dismiss(id), TOAST_VISIBLE) {
            self.timers.update_value(|t| t.push(handle));
        }
    }

    /// The toasts on screen (tracked).
    pub fn items(&self) -> Vec<Toast> {
        self.items.get()
    }

    pub fn dismiss(&self, id: u32) {
        self.items.update(|v| v.retain(|t| t.id != id));
    }

    /// Clears the pending timers (the app unmounts).
    pub fn clear_timers(&self) {
        for t in self
            .timers
            .try_update_value(std::mem::take)
            .unwrap_or_default()
        {
            t.clear();
        }
    }
}

impl Default for Toasts {
    fn default() -> Self {
        Self::new()
    }
}
