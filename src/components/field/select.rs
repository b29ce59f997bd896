use leptos::prelude::*;

/// A labelled `<select>` with help and error text, wired like `FieldInput`.
#[component]
pub fn SelectInput(
    /// DOM id of the select; help and error ids derive from it.
    #[prop(into)]
    dom_id: String,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Help text under the select.
    #[prop(default = None)]
    help: Option<Signal<String>>,
    /// The localized problem with the current value, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// The chosen option's value ("" while none is chosen).
    value: RwSignal<String>,
    /// (value, localized label) of each option, in order.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// Text of the empty first entry ("Choose…").
    #[prop(into)]
    placeholder: Signal<String>,
    /// Whether a choice is required.
    #[prop(default = true)]
    required: bool,
    /// Locked (cannot be changed after saving, or while saving).
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// Called when the select loses focus.
    #[prop(optional)]
    on_blur: Option<Callback<()>>,
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
            <select
                id=dom_id.clone()
                required=required
                aria-required=if required { "true" } else { "false" }
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                aria-describedby=described_by
                disabled=move || disabled.get()
                prop:value=move || value.get()
                on:change=move |ev| value.set(event_target_value(&ev))
                on:blur=move |_| {
                    if let Some(cb) = on_blur {
                        cb.run(())
                    }
                }
            >
                <option value="" selected=move || value.with(String::is_empty)>{placeholder}</option>
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(v, text)| {
                            let selected = {
                                let v = v.clone();
                                move || value.with(|cur| *cur == v)
                            };
                            view! { <option value=v selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
            {super::error_and_help(error, error_id, help, help_id)}
        </div>
    }
}
