use leptos::prelude::*;

/// A labelled multi-line input (an SQL query), wired like `FieldInput`: monospace,
/// no spell-check, no autocorrection.
#[component]
pub fn TextAreaInput(
    /// DOM id of the textarea; help and error ids derive from it.
    #[prop(into)]
    dom_id: String,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Help text under the textarea.
    #[prop(default = None)]
    help: Option<Signal<String>>,
    /// The localized problem with the current value, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// What the admin typed.
    value: RwSignal<String>,
    /// Whether it must be filled in.
    #[prop(default = true)]
    required: bool,
    /// Called when the textarea loses focus.
    #[prop(optional)]
    on_blur: Option<Callback<()>>,
    /// Set while the form is being submitted.
    #[prop(optional, into)]
    readonly: Signal<bool>,
) -> impl IntoView {
    let help_id = format!("{dom_id}-help");
    let error_id = format!("{dom_id}-error");
    let has_help = help.is_some();
    let described_by = {
        let (help_id, error_id) = (help_id.clone(), error_id.clone());
        move || super::described_by(error.with(Option::is_some), has_help, &error_id, &help_id)
    };
    view! {
        <div class="ixi-field" class:ixi-field-invalid=move || error.with(Option::is_some)>
            <label for=dom_id.clone()>{label}</label>
            <textarea
                id=dom_id.clone()
                class="ixi-mono ixi-query"
                rows="8"
                spellcheck="false"
                autocomplete="off"
                autocapitalize="off"
                required=required
                aria-required=if required { "true" } else { "false" }
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                aria-describedby=described_by
                readonly=move || readonly.get()
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                on:blur=move |_| {
                    if let Some(cb) = on_blur {
                        cb.run(())
                    }
                }
            ></textarea>
            {super::error_and_help(error, error_id, help, help_id)}
        </div>
    }
}
