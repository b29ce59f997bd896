use leptos::prelude::*;

/// A checkbox with its label beside it and optional help text.
#[component]
pub fn CheckboxInput(
    /// DOM id of the checkbox.
    #[prop(into)]
    dom_id: String,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Help text under it.
    #[prop(default = None)]
    help: Option<Signal<String>>,
    /// Checked or not.
    value: RwSignal<bool>,
    /// Locked (cannot be changed after saving, or while saving).
    #[prop(optional, into)]
    disabled: Signal<bool>,
) -> impl IntoView {
    let help_id = format!("{dom_id}-help");
    let described_by = help.is_some().then(|| help_id.clone());
    view! {
        <div class="ixi-field ixi-field-check">
            <input
                type="checkbox"
                id=dom_id.clone()
                aria-describedby=described_by
                disabled=move || disabled.get()
                prop:checked=move || value.get()
                on:change=move |ev| value.set(event_target_checked(&ev))
            />
            <label for=dom_id>{label}</label>
            {help.map(|h| view! { <p class="ixi-field-help" id=help_id>{h}</p> })}
        </div>
    }
}
