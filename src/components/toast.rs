use crate::i18n::{use_i18n, Args};
use leptos::prelude::*;

/// Long enough to read a sentence twice; it is announced by screen readers at once.
const TOAST_VISIBLE: std::time::Duration = std::time::Duration::from_secs(8);

/// One confirmation: a message id and its (string) variables, formatted when shown
/// so a language switch re-words it too.
#[derive(Clone)]
struct Toast {
    id: u32,
    message_id: &'static str,
    args: Vec<(&'static str, String)>,
    /// An action failed: announced assertively and styled as an error.
    error: bool,
}

/// App-wide confirmations ("Integration saved"), shown in a live region so screen
/// readers announce them.
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

    /// Shows message `message_id` with `args` for a while (or until dismissed).
    pub fn show(&self, message_id: &'static str, args: Vec<(&'static str, String)>) {
        self.push(message_id, args, false);
    }

    /// Shows that an action failed (and was undone on screen).
    pub fn error(&self, message_id: &'static str, args: Vec<(&'static str, String)>) {
        self.push(message_id, args, true);
    }

    fn push(&self, message_id: &'static str, args: Vec<(&'static str, String)>, error: bool) {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        self.items.update(|v| {
            v.push(Toast {
                id,
                message_id,
                args,
                error,
            })
        });
        let this = *self;
        if let Ok(handle) = set_timeout_with_handle(move || this.dismiss(id), TOAST_VISIBLE) {
            self.timers.update_value(|t| t.push(handle));
        }
    }

    fn dismiss(&self, id: u32) {
        self.items.update(|v| v.retain(|t| t.id != id));
    }
}

impl Default for Toasts {
    fn default() -> Self {
        Self::new()
    }
}

/// Where toasts appear. Rendered once, by the app shell.
#[component]
pub fn ToastRegion() -> impl IntoView {
    let i18n = use_i18n();
    let toasts = expect_context::<Toasts>();
    on_cleanup(move || {
        for t in toasts
            .timers
            .try_update_value(std::mem::take)
            .unwrap_or_default()
        {
            t.clear();
        }
    });
    let list = move |errors: bool| {
        view! {
            <For
                each=move || toasts.items.get().into_iter().filter(move |t| t.error == errors)
                key=|t| t.id
                let(toast)
            >
                <div class="ixi-toast" class:ixi-toast-error=toast.error>
                    <span>
                        {move || {
                            let mut args = Args::new();
                            for (k, v) in &toast.args {
                                args.set(k, v.clone());
                            }
                            i18n.t_args(toast.message_id, &args)
                        }}
                    </span>
                    <button
                        type="button"
                        class="ixi-toast-close"
                        aria-label=move || i18n.t_attr("toast-dismiss", "aria-label")
                        on:click=move |_| toasts.dismiss(toast.id)
                    >
                        "×"
                    </button>
                </div>
            </For>
        }
    };
    // Two live regions: confirmations wait their turn, failures interrupt.
    view! {
        <div class="ixi-toasts">
            <div role="status" aria-live="polite">{list(false)}</div>
            <div role="alert">{list(true)}</div>
        </div>
    }
}
