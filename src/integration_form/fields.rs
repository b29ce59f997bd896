//! The model's sections and fields, rendered from the catalogue schema.

use super::secret::secret_on_edit;
use super::state::{dom_id, domain_example, FormState};
use crate::components::{
    CheckboxInput, FieldInput, FieldText, Later, SelectInput, TextAreaInput, TimeZoneInput,
};
use crate::i18n::{msg, use_i18n, Args};
use injixo_contract::{Field, FieldKind, Section};
use leptos::prelude::*;

/// How many tasks apart a form's fields render at most. The first field renders with
/// the sections and each next one a task after the one before, up to this many: the
/// first field of a kind costs a slow phone most (docs/performance.md, "Long tasks"),
/// and a long form is still complete after a few frames. A section comes with its
/// first field and what ends it with its last, so every part only ever appears below
/// what is there, and nothing moves.
pub(crate) const FIELD_STEPS: u32 = 3;

/// How many tasks after the sections the field at `index` (in form order) renders.
fn field_step(index: usize) -> u32 {
    u32::try_from(index).map_or(FIELD_STEPS, |i| i.min(FIELD_STEPS))
}

/// How many tasks after the sections the last field renders: what follows the fields
/// (a CSV model's schema, the buttons) waits as long.
pub(crate) fn steps(state: &FormState) -> u32 {
    field_step(state.model.fields().count().saturating_sub(1))
}

/// Every section of the model, in catalogue order; a CSV model's schema in its
/// section, or after them all if the catalogue has none.
pub(crate) fn sections(state: &FormState) -> impl IntoView {
    let model = &state.model;
    let own_section = model
        .sections
        .iter()
        .any(|s| s.id == super::logic::CSV_SCHEMA);
    let mut first_field = 0;
    let sections = model
        .sections
        .iter()
        .map(|section| {
            let (state, section) = (state.clone(), section.clone());
            let first = first_field;
            first_field += section.fields.len();
            view! {
                <Later tasks=field_step(first)>{section_view(&state, &section, first)}</Later>
            }
        })
        .collect_view();
    let csv = (model.csv_schema && !own_section).then(|| {
        let state = state.clone();
        view! { <Later tasks=steps(&state)>{super::csv_schema::controls(&state)}</Later> }
    });
    view! { {sections} {csv} }
}

/// A section, rendered `field_step(first_field)` tasks after the sections; its
/// fields follow at their own steps.
fn section_view(state: &FormState, section: &Section, first_field: usize) -> impl IntoView {
    let i18n = use_i18n();
    let title_id = section.title_id.clone();
    let heading_id = format!("ixi-section-{}", section.id);
    let start = field_step(first_field);
    let fields = section
        .fields
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let (state, f) = (state.clone(), f.clone());
            view! {
                <Later tasks=field_step(first_field + i) - start>
                    {shown_when(&state, &f, field_view(&state, &f))}
                </Later>
            }
        })
        .collect_view();
    let help = section.help_id.clone().map(|id| {
        view! { <p class="ixi-section-help">{move || i18n.t_data(&id)}</p> }
    });
    // The CSV model's schema belongs at the end of its section, after its last field.
    let last = field_step(first_field + section.fields.len().max(1) - 1) - start;
    let csv = (state.model.csv_schema && section.id == super::logic::CSV_SCHEMA).then(|| {
        let state = state.clone();
        view! { <Later tasks=last>{super::csv_schema::controls(&state)}</Later> }
    });
    view! {
        <fieldset class="ixi-section">
            <legend>
                <h2 id=heading_id>{move || i18n.t_data(&title_id)}</h2>
            </legend>
            {help}
            {fields}
            {csv}
        </fieldset>
    }
}

/// `view`, shown only while the field's condition holds (a checkbox that reveals
/// more fields, say); hidden fields keep what was typed, in case they come back.
fn shown_when(state: &FormState, field: &Field, view: AnyView) -> AnyView {
    if field.visible_when.is_none() {
        return view;
    }
    let (state, id) = (state.clone(), field.id.clone());
    let shown = Signal::derive(move || state.shows(&id));
    view! { <div class="ixi-reveal" hidden=move || !shown.get()>{view}</div> }.into_any()
}

/// Help under a field: its own help text, plus the warning that it cannot be
/// changed after saving (when adding) or that it is locked (when editing).
fn help_signal(state: &FormState, field: &Field) -> Option<Signal<String>> {
    let i18n = use_i18n();
    let immutable = field.immutable;
    if field.help_id.is_none() && !immutable {
        return None;
    }
    let help_id = field.help_id.clone();
    let product = state.model.name.clone();
    let example = match &field.kind {
        FieldKind::Domain { suffix, .. } => Some(suffix.clone()),
        _ => None,
    };
    Some(Signal::derive(move || {
        let mut parts = Vec::new();
        if let Some(id) = &help_id {
            let mut args = Args::new().with("product", product.clone());
            args.set(
                "example",
                example
                    .as_deref()
                    .map(|s| domain_example(i18n, s))
                    .unwrap_or_default(),
            );
            parts.push(i18n.t_data_args(id, &args));
        }
        if immutable {
            parts.push(i18n.t(msg::SETUP_FIELD_IMMUTABLE_NOTE));
        }
        parts.join(" ")
    }))
}

fn field_view(state: &FormState, field: &Field) -> AnyView {
    let i18n = use_i18n();
    let id = field.id.clone();
    let label_id = field.label_id.clone();
    let label = Signal::derive(move || i18n.t_data(&label_id));
    let help = help_signal(state, field);
    let error = {
        let (state, id) = (state.clone(), id.clone());
        Signal::derive(move || state.problem_text(i18n, &id))
    };
    let touch = {
        let (state, id) = (state.clone(), id.clone());
        Callback::new(move |_| state.touch(&id))
    };
    let saving = state.saving;
    let locked = field.immutable && state.editing();
    let disabled = Signal::derive(move || locked || saving.get());
    match &field.kind {
        FieldKind::Checkbox => {
            let value = state.checked[&id];
            view! { <CheckboxInput dom_id=dom_id(&id) label=label help=help value=value disabled=disabled /> }
                .into_any()
        }
        FieldKind::Select { options } => {
            let options: Vec<(String, String)> = options
                .iter()
                .map(|o| (o.value.clone(), o.label_id.clone()))
                .collect();
            let options = Signal::derive(move || {
                options
                    .iter()
                    .map(|(v, l)| (v.clone(), i18n.t_data(l)))
                    .collect::<Vec<_>>()
            });
            view! {
                <SelectInput
                    dom_id=dom_id(&id)
                    label=label
                    help=help
                    error=error
                    value=state.text[&id]
                    options=options
                    placeholder=Signal::derive(i18n.text(msg::SETUP_SELECT_PLACEHOLDER))
                    required=field.required
                    disabled=disabled
                    on_blur=touch
                />
            }
            .into_any()
        }
        FieldKind::Query { .. } => view! {
            <TextAreaInput
                dom_id=dom_id(&id)
                label=label
                help=help
                error=error
                value=state.text[&id]
                required=field.required
                on_blur=touch
                readonly=disabled
            />
            {super::query::query_tools(state, field)}
        }
        .into_any(),
        FieldKind::TimeZone => view! {
            <TimeZoneInput
                dom_id=dom_id(&id)
                label=label
                help=help
                error=error
                value=state.text[&id]
                required=field.required
                disabled=disabled
                on_blur=touch
            />
        }
        .into_any(),
        FieldKind::Secret { .. } if state.editing() => {
            secret_on_edit(state, field, label, help, error, touch)
        }
        kind => {
            let text_kind = match kind {
                FieldKind::Domain { .. } => FieldText::Domain,
                FieldKind::Secret { .. } => FieldText::Secret,
                FieldKind::Number { .. } => FieldText::Number,
                FieldKind::Url { .. } => FieldText::Url,
                _ => FieldText::Plain,
            };
            let placeholder = match kind {
                FieldKind::Domain { suffix, .. } => {
                    let suffix = suffix.clone();
                    Some(Signal::derive(move || domain_example(i18n, &suffix)))
                }
                _ => None,
            };
            view! {
                <FieldInput
                    dom_id=dom_id(&id)
                    label=label
                    help=help
                    placeholder=placeholder
                    error=error
                    value=state.text[&id]
                    kind=text_kind
                    required=field.required
                    reveal_label=Some(Signal::derive(i18n.text(msg::SETUP_SHOW_SECRET)))
                    on_blur=touch
                    readonly=disabled
                />
            }
            .into_any()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{field_step, FIELD_STEPS};

    #[test]
    fn fields_render_a_task_apart_up_to_a_bound() {
        let steps: Vec<u32> = (0..6).map(field_step).collect();
        assert_eq!(steps, [0, 1, 2, FIELD_STEPS, FIELD_STEPS, FIELD_STEPS]);
    }
}
