use leptos::prelude::*;

/// A group of radio buttons in a `fieldset` whose legend is the label; each option
/// may carry a line of help under it.
#[component]
pub fn RadioGroup(
    /// DOM id of the group; the options' ids and their `name` derive from it.
    #[prop(into)]
    dom_id: String,
    /// The question (legend).
    #[prop(into)]
    label: Signal<String>,
    /// The chosen option's value.
    value: RwSignal<String>,
    /// (value, label, help) of each option, in order.
    #[prop(into)]
    options: Signal<Vec<(String, String, Option<String>)>>,
    /// Help under the whole group.
    #[prop(default = None)]
    help: Option<Signal<String>>,
    /// Locked.
    #[prop(optional, into)]
    disabled: Signal<bool>,
) -> impl IntoView {
    let help_id = format!("{dom_id}-help");
    let described_by = help.is_some().then(|| help_id.clone());
    let name = dom_id.clone();
    let items = move || {
        options
            .get()
            .into_iter()
            .map(|(v, text, option_help)| {
                let id = format!("{name}-{v}");
                let option_help_id = format!("{id}-help");
                let checked = {
                    let v = v.clone();
                    move || value.with(|cur| *cur == v)
                };
                view! {
                    <div class="ixi-radio">
                        <input
                            type="radio"
                            id=id.clone()
                            name=name.clone()
                            value=v.clone()
                            prop:checked=checked
                            disabled=move || disabled.get()
                            aria-describedby=option_help.is_some().then(|| option_help_id.clone())
                            on:change=move |_| value.set(v.clone())
                        />
                        <label for=id>{text}</label>
                        {option_help.map(|h| view! { <p class="ixi-field-help" id=option_help_id>{h}</p> })}
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="ixi-field ixi-radios" id=dom_id aria-describedby=described_by>
            <legend>{label}</legend>
            {items}
            {help.map(|h| view! { <p class="ixi-field-help" id=help_id>{h}</p> })}
        </fieldset>
    }
}
