//! The model's sections and fields, rendered from the catalogue schema.

use super::state::{dom_id, domain_example, FormState};
use crate::components::{CheckboxInput, FieldInput, FieldText, SelectInput};
use crate::i18n::{use_i18n, Args};
use injixo_contract::{Field, FieldKind, Section};
use leptos::prelude::*;

/// Every section of the model, in catalogue order.
pub(crate) fn sections(state: &FormState) -> impl IntoView {
    state
        .model
        .sections
        .iter()
        .map(|section| section_view(state, section))
        .collect_view()
}

fn section_view(state: &FormState, section: &Section) -> impl IntoView {
    let i18n = use_i18n();
    let title_id = section.title_id.clone();
    let heading_id = format!("ixi-section-{}", section.id);
    let fields = section
        .fields
        .iter()
        .map(|f| field_view(state, f))
        .collect_view();
    view! {
        <fieldset class="ixi-section">
            <legend>
                <h2 id=heading_id>{move || i18n.t(&title_id)}</h2>
            </legend>
            {fields}
        </fieldset>
    }
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
            parts.push(i18n.t_args(id, &args));
        }
        if immutable {
            parts.push(i18n.t("setup-field-immutable-note"));
        }
        parts.join(" ")
    }))
}

fn field_view(state: &FormState, field: &Field) -> AnyView {
    let i18n = use_i18n();
    let id = field.id.clone();
    let label_id = field.label_id.clone();
    let label = Signal::derive(move || i18n.t(&label_id));
    let help = help_signal(state, field);
    let error = {
        let (state, id) = (state.clone(), id.clone());
        Signal::derive(move || state.problem_text(i18n, &id))
    };
    let touch = {
        let (touched, id) = (state.touched, id.clone());
        Callback::new(move |_| {
            touched.update(|t| {
                t.insert(id.clone());
            })
        })
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
                    .map(|(v, l)| (v.clone(), i18n.t(l)))
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
                    placeholder=Signal::derive(i18n.text("setup-select-placeholder"))
                    required=field.required
                    disabled=disabled
                    on_blur=touch
                />
            }
            .into_any()
        }
        FieldKind::Secret { .. } if state.editing() => {
            secret_on_edit(state, field, label, help, error, touch)
        }
        kind => {
            let text_kind = match kind {
                FieldKind::Domain { .. } => FieldText::Domain,
                FieldKind::Secret { .. } => FieldText::Secret,
                FieldKind::Number { .. } => FieldText::Number,
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
                    reveal_label=Some(Signal::derive(i18n.text("setup-show-secret")))
                    on_blur=touch
                    readonly=disabled
                />
            }
            .into_any()
        }
    }
}

/// A saved secret is never shown or pre-filled: "Configured, ending …WXYZ" and
/// *Replace*, which opens an empty input (and *Keep saved* closes it again).
fn secret_on_edit(
    state: &FormState,
    field: &Field,
    label: Signal<String>,
    help: Option<Signal<String>>,
    error: Signal<Option<String>>,
    touch: Callback<()>,
) -> AnyView {
    let i18n = use_i18n();
    let id = field.id.clone();
    let value = state.text[&id];
    let replacing = state.replacing;
    let last4 = state
        .saved
        .as_ref()
        .and_then(|s| s.secrets.get(&id))
        .map(|s| s.last4.clone())
        .unwrap_or_default();
    let configured = move || {
        if last4.is_empty() {
            i18n.t("integration-secret-configured")
        } else {
            i18n.t_args(
                "integration-secret-configured-ending",
                &Args::new().with("last4", last4.clone()),
            )
        }
    };
    let is_replacing = {
        let id = id.clone();
        move || replacing.with(|r| r.contains(&id))
    };
    let toggle = move |on: bool| {
        let id = id.clone();
        move |_| {
            replacing.update(|r| {
                if on {
                    r.insert(id.clone());
                } else {
                    r.remove(&id);
                }
            });
            value.set(String::new());
            if on {
                crate::platform::focus_soon(dom_id(&id));
            }
        }
    };
    let dom = dom_id(&field.id);
    let (open, close) = (toggle(true), toggle(false));
    view! {
        <div class="ixi-secret-saved">
            <p class="ixi-field-label">{label}</p>
            <p class="ixi-mono">{configured}</p>
            {move || {
                if is_replacing() {
                    let close = close.clone();
                    view! {
                        <FieldInput
                            dom_id=dom.clone()
                            label=Signal::derive(i18n.text("form-secret-new-label"))
                            help=help
                            error=error
                            value=value
                            kind=FieldText::Secret
                            required=false
                            reveal_label=Some(Signal::derive(i18n.text("setup-show-secret")))
                            on_blur=touch
                        />
                        <button type="button" class="ixi-button ixi-button-quiet" on:click=close>
                            {i18n.text("form-secret-keep-button")}
                        </button>
                    }
                    .into_any()
                } else {
                    let open = open.clone();
                    view! {
                        <button type="button" class="ixi-button" on:click=open>
                            {i18n.text("form-secret-replace-button")}
                        </button>
                    }
                    .into_any()
                }
            }}
        </div>
    }
    .into_any()
}
