//! *Preprocessing options*: *Add header row*, *Skip empty rows*, *Skip first rows*
//! with its number, *Skip row(s) containing* with its strings and *Add string*.

use super::setup::SKIP_FIRST_ID;
use super::state::WizardState;
use crate::components::{CheckboxInput, FieldInput, FieldText};
use crate::i18n::{msg, use_i18n};
use leptos::prelude::*;

/// The strings of *Skip row(s) containing*: one input each, *Remove* beside each but
/// a lone one, *Add string* below. Typing does not re-render the list (only adding or
/// removing does), so focus stays where it is.
fn strings(state: &WizardState) -> impl IntoView {
    let i18n = use_i18n();
    let list = state.skip_strings;
    let count = Memo::new(move |_| list.with(Vec::len));
    let inputs = move || {
        (0..count.get())
            .map(|i| {
                let id = format!("ixi-csv-skip-string-{i}");
                let value = move || list.with(|l| l.get(i).cloned().unwrap_or_default());
                view! {
                    <div class="ixi-field ixi-csv-string">
                        <label for=id.clone()>{move || i18n.fmt(&msg::csv_wizard_skip_string(i + 1))}</label>
                        <div class="ixi-input-row">
                            <input
                                id=id
                                type="text"
                                autocomplete="off"
                                spellcheck="false"
                                prop:value=value
                                on:input=move |ev| {
                                    let text = event_target_value(&ev);
                                    list.update(|l| {
                                        if let Some(s) = l.get_mut(i) {
                                            *s = text;
                                        }
                                    });
                                }
                            />
                            {(count.get_untracked() > 1).then(|| view! {
                                <button
                                    type="button"
                                    class="ixi-button ixi-button-quiet"
                                    on:click=move |_| list.update(|l| {
                                        if i < l.len() {
                                            l.remove(i);
                                        }
                                    })
                                >
                                    {i18n.text(msg::CSV_WIZARD_REMOVE_STRING)}
                                </button>
                            })}
                        </div>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        {inputs}
        <button
            type="button"
            class="ixi-button ixi-button-quiet"
            on:click=move |_| {
                list.update(|l| l.push(String::new()));
                crate::browser::focus_soon(format!("ixi-csv-skip-string-{}", count.get_untracked()));
            }
        >
            {i18n.text(msg::CSV_WIZARD_ADD_STRING)}
        </button>
    }
}

pub fn preprocessing_section(state: &WizardState) -> impl IntoView {
    let i18n = use_i18n();
    let (skip_first, skip_containing) = (state.skip_first, state.skip_containing);
    let skip_error = {
        let (count, checked) = (state.skip_first_rows, state.setup_checked);
        Signal::derive(move || {
            let valid = count.with(|c| {
                c.trim()
                    .parse::<u32>()
                    .is_ok_and(|n| (1..=10_000).contains(&n))
            });
            (skip_first.get() && !valid && (checked.get() || !count.with(String::is_empty)))
                .then(|| i18n.t(msg::CSV_WIZARD_SKIP_FIRST_ERROR))
        })
    };
    let help = |m| Some(Signal::derive(i18n.text(m)));
    view! {
        <section class="ixi-csv-step" aria-labelledby="ixi-csv-preprocessing-heading">
            <h3 id="ixi-csv-preprocessing-heading">{i18n.text(msg::CSV_WIZARD_STEP_PREPROCESSING)}</h3>
            <p class="ixi-section-help">{i18n.text(msg::CSV_WIZARD_PREPROCESSING_HELP)}</p>
            <CheckboxInput
                dom_id="ixi-csv-add-header"
                label=Signal::derive(i18n.text(msg::CSV_WIZARD_ADD_HEADER))
                help=help(msg::CSV_WIZARD_ADD_HEADER_HELP)
                value=state.add_header_row
            />
            <CheckboxInput
                dom_id="ixi-csv-skip-empty"
                label=Signal::derive(i18n.text(msg::CSV_WIZARD_SKIP_EMPTY))
                help=help(msg::CSV_WIZARD_SKIP_EMPTY_HELP)
                value=state.skip_empty_rows
            />
            <CheckboxInput
                dom_id="ixi-csv-skip-first"
                label=Signal::derive(i18n.text(msg::CSV_WIZARD_SKIP_FIRST))
                value=skip_first
            />
            <div class="ixi-reveal" hidden=move || !skip_first.get()>
                <FieldInput
                    dom_id=SKIP_FIRST_ID
                    label=Signal::derive(i18n.text(msg::CSV_WIZARD_SKIP_FIRST_COUNT))
                    error=skip_error
                    value=state.skip_first_rows
                    kind=FieldText::Number
                />
            </div>
            <CheckboxInput
                dom_id="ixi-csv-skip-containing"
                label=Signal::derive(i18n.text(msg::CSV_WIZARD_SKIP_CONTAINING))
                help=help(msg::CSV_WIZARD_SKIP_CONTAINING_HELP)
                value=skip_containing
            />
            <div class="ixi-reveal" hidden=move || !skip_containing.get()>{strings(state)}</div>
        </section>
    }
}
