mod checkbox;
mod radio;
mod select;
mod text_area;
mod time_zone;

pub use checkbox::CheckboxInput;
pub use radio::RadioGroup;
pub use select::SelectInput;
pub use text_area::TextAreaInput;
pub use time_zone::TimeZoneInput;

use leptos::prelude::*;

/// `aria-describedby` of an input: its error (first, it matters most) and its help.
fn described_by(has_error: bool, has_help: bool, error_id: &str, help_id: &str) -> Option<String> {
    let ids: Vec<&str> = [(has_error, error_id), (has_help, help_id)]
        .into_iter()
        .filter_map(|(on, id)| on.then_some(id))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The error message (announced by being described-by) and the help under an input.
fn error_and_help(
    error: Signal<Option<String>>,
    error_id: String,
    help: Option<Signal<String>>,
    help_id: String,
) -> impl IntoView {
    view! {
        {move || {
            error.get().map(|e| view! { <p class="ixi-field-error" id=error_id.clone()>{e}</p> })
        }}
        {help.map(|h| view! { <p class="ixi-field-help" id=help_id>{h}</p> })}
    }
}

/// How a text-like input behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldText {
    /// Plain text.
    Plain,
    /// A whole number (numeric keyboard; validated as text, so nothing is lost).
    Number,
    /// A host name: no spell-check, no autocapitalization, URL keyboard.
    Domain,
    /// A credential: masked (with a show/hide toggle), never autofilled or remembered.
    Secret,
    /// A web address: no spell-check, no autocapitalization, URL keyboard.
    Url,
}

/// A labelled input with its help text and error message, wired for assistive
/// technology (`aria-describedby`, `aria-invalid`).
#[component]
pub fn FieldInput(
    /// DOM id of the input; help and error ids derive from it.
    #[prop(into)]
    dom_id: String,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Help text under the input.
    #[prop(default = None)]
    help: Option<Signal<String>>,
    /// Example value shown while empty.
    #[prop(default = None)]
    placeholder: Option<Signal<String>>,
    /// The localized problem with the current value, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// What the admin typed.
    value: RwSignal<String>,
    /// Kind of input.
    kind: FieldText,
    /// Label of the toggle that unmasks a secret while typing.
    #[prop(default = None)]
    reveal_label: Option<Signal<String>>,
    /// Whether the field must be filled in.
    #[prop(default = true)]
    required: bool,
    /// Called when the input loses focus.
    #[prop(optional)]
    on_blur: Option<Callback<()>>,
    /// Set while the form is being submitted.
    #[prop(optional, into)]
    readonly: Signal<bool>,
) -> impl IntoView {
    let help_id = format!("{dom_id}-help");
    let error_id = format!("{dom_id}-error");
    let described_by = {
        let (help_id, error_id) = (help_id.clone(), error_id.clone());
        let has_help = help.is_some();
        move || described_by(error.with(Option::is_some), has_help, &error_id, &help_id)
    };
    let revealed = RwSignal::new(false);
    let input_type = move || match kind {
        FieldText::Secret if !revealed.get() => "password",
        _ => "text",
    };
    let (autocomplete, spellcheck, input_mode) = match kind {
        FieldText::Plain => ("off", "true", "text"),
        FieldText::Number => ("off", "false", "numeric"),
        FieldText::Domain | FieldText::Url => ("off", "false", "url"),
        FieldText::Secret => ("new-password", "false", "text"),
    };
    view! {
        <div class="ixi-field" class:ixi-field-invalid=move || error.with(Option::is_some)>
            <label for=dom_id.clone()>{label}</label>
            <div class="ixi-input-row">
                <input
                    id=dom_id.clone()
                    type=input_type
                    autocomplete=autocomplete
                    spellcheck=spellcheck
                    inputmode=input_mode
                    autocapitalize="off"
                    required=required
                    aria-required=if required { "true" } else { "false" }
                    readonly=move || readonly.get()
                    placeholder=move || placeholder.map(|p| p.get())
                    aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                    aria-describedby=described_by
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                    on:blur=move |_| {
                        if let Some(cb) = on_blur {
                            cb.run(())
                        }
                    }
                />
                {reveal_label
                    .filter(|_| kind == FieldText::Secret)
                    .map(|label| {
                        view! {
                            <button
                                type="button"
                                class="ixi-button ixi-button-quiet"
                                aria-pressed=move || if revealed.get() { "true" } else { "false" }
                                aria-controls=dom_id.clone()
                                on:click=move |_| revealed.update(|r| *r = !*r)
                            >
                                {label}
                            </button>
                        }
                    })}
            </div>
            {error_and_help(error, error_id, help, help_id)}
        </div>
    }
}
