use leptos::html::Dialog;
use leptos::prelude::*;

/// A modal confirmation built on the native `<dialog>`: the browser traps focus,
/// makes the page behind inert, closes it on Esc and returns focus to the button
/// that opened it.
#[component]
pub fn ConfirmDialog(
    /// Open while true; set to false when the dialog closes in any way.
    open: RwSignal<bool>,
    /// DOM id prefix for the heading and text (`aria-labelledby`/`describedby`).
    #[prop(into)]
    id: String,
    /// The question.
    #[prop(into)]
    title: Signal<String>,
    /// What happens if the admin confirms.
    #[prop(into)]
    body: Signal<String>,
    /// Text of the button that goes ahead.
    #[prop(into)]
    confirm_label: Signal<String>,
    /// Text of the button that changes nothing (focused first: the safe choice).
    #[prop(into)]
    cancel_label: Signal<String>,
    /// Called when the admin confirms (the dialog then closes).
    on_confirm: Callback<()>,
    /// The confirmation destroys something (styled as a warning).
    #[prop(optional)]
    danger: bool,
) -> impl IntoView {
    let dialog = NodeRef::<Dialog>::new();
    Effect::new(move |_| {
        let Some(el) = dialog.get() else { return };
        match (open.get(), el.open()) {
            (true, false) => {
                let _ = el.show_modal();
            }
            (false, true) => el.close(),
            _ => {}
        }
    });
    let title_id = format!("{id}-title");
    let body_id = format!("{id}-body");
    let (labelled_by, described_by) = (title_id.clone(), body_id.clone());
    view! {
        <dialog
            node_ref=dialog
            class="ixi-dialog"
            aria-labelledby=labelled_by
            aria-describedby=described_by
            on:close=move |_| open.set(false)
        >
            <h2 id=title_id>{title}</h2>
            <p id=body_id>{body}</p>
            <div class="ixi-dialog-actions">
                <button type="button" class="ixi-button" autofocus=true on:click=move |_| open.set(false)>
                    {cancel_label}
                </button>
                <button
                    type="button"
                    class=if danger { "ixi-button ixi-button-danger-solid" } else { "ixi-button ixi-button-primary" }
                    on:click=move |_| {
                        open.set(false);
                        on_confirm.run(());
                    }
                >
                    {confirm_label}
                </button>
            </div>
        </dialog>
    }
}
