//! The CSV schema in the form (section *CSV schema configuration*, whose *Type of
//! import data* is a catalogue field): *Create a new CSV schema* or, once there is
//! one, *CSV schema has been saved successfully* and *Edit CSV schema*; the wizard
//! takes the form's place while it is open.

use super::logic::{CsvProblem, CSV_SCHEMA, IMPORT_DATA_TYPE};
use super::state::{dom_id, FormState};
use crate::browser;
use crate::components::when_loaded;
use crate::csv::draft::CsvDraft;
use crate::csv::model::DataType;
use crate::csv::wizard::SchemaWizard;
use crate::i18n::{msg, use_i18n};
use leptos::prelude::*;

/// DOM id of *Create a new CSV schema* / *Edit CSV schema* (focused for its problem).
pub fn button_id() -> String {
    dom_id(CSV_SCHEMA)
}

/// The schema's state, problem and button, at the end of the section.
pub fn controls(state: &FormState) -> impl IntoView {
    let i18n = use_i18n();
    let (csv, wizard, submitted, server) =
        (state.csv, state.csv_wizard, state.submitted, state.server);
    // The wizard is this form's next step: its code (and the CSV engine) is fetched
    // meanwhile, so *Create a new CSV schema* opens it at once.
    crate::components::split_prefetch!(preload_schema_wizard);
    let no_type = RwSignal::new(false);
    let has_type_field = state.model.field(IMPORT_DATA_TYPE).is_some();
    let problem = {
        let state = state.clone();
        Signal::derive(move || {
            let shown = submitted.get() || server.with(|s| s.contains_key(CSV_SCHEMA));
            shown.then(|| state.csv_problem()).flatten().or_else(|| {
                // A schema the server refused (reported on the pseudo field).
                server
                    .with(|s| s.contains_key(CSV_SCHEMA))
                    .then_some(CsvProblem::Missing)
            })
        })
    };
    let open = {
        let state = state.clone();
        move |_| {
            let draft = untrack(|| state.draft());
            let data_type = match draft.data_type() {
                Some(t) => t,
                None if has_type_field => {
                    no_type.set(true);
                    browser::focus_id(&dom_id(IMPORT_DATA_TYPE));
                    return;
                }
                None => DataType::ContactData,
            };
            no_type.set(false);
            wizard.set(Some(data_type));
            browser::focus_soon("ixi-csv-wizard-title".into());
        }
    };
    let status = move || {
        csv.with(|c| {
            c.as_ref().map(|c| {
                let file = c.file_name.clone();
                let sql = c.sql.is_some();
                let gone = c.sample.is_none();
                view! {
                    <div class="ixi-linked" role="status">
                        <p class="ixi-linked-title">
                            <span aria-hidden="true">"✓ "</span>
                            {i18n.text(msg::CSV_SCHEMA_SAVED)}
                        </p>
                        {if gone {
                            view! {
                                <p class="ixi-field-error" id="ixi-csv-schema-gone">
                                    {move || i18n.fmt(&msg::csv_schema_sample_gone(file.clone()))}
                                </p>
                            }
                                .into_any()
                        } else {
                            view! {
                                <p class="ixi-muted">{move || i18n.fmt(&msg::csv_schema_sample(file.clone()))}</p>
                            }
                                .into_any()
                        }}
                        {sql.then(|| view! { <p class="ixi-muted">{i18n.text(msg::CSV_SCHEMA_METHOD_SQL)}</p> })}
                    </div>
                }
            })
        })
    };
    let error = move || {
        if no_type.get() {
            return Some(i18n.t(msg::CSV_SCHEMA_TYPE_FIRST));
        }
        Some(match problem.get()? {
            CsvProblem::Missing => i18n.t(msg::CSV_SCHEMA_MISSING),
            // Said in the schema's status above the button.
            CsvProblem::SampleGone => return None,
            CsvProblem::TypeMismatch => i18n.t(msg::CSV_SCHEMA_TYPE_MISMATCH),
        })
    };
    let error_id = format!("{}-error", button_id());
    view! {
        <div class="ixi-csv-schema" class:ixi-field-invalid=move || error().is_some()>
            {status}
            <button
                type="button"
                class="ixi-button"
                id=button_id()
                aria-describedby=format!("{error_id} ixi-csv-schema-gone")
                on:click=open
            >
                {move || i18n.t(if csv.with(Option::is_some) { msg::CSV_SCHEMA_EDIT } else { msg::CSV_SCHEMA_CREATE })}
            </button>
            <p class="ixi-field-error" id=error_id role="alert">{error}</p>
        </div>
    }
}

/// The wizard, while open.
pub fn wizard(state: &FormState) -> impl IntoView {
    let (csv, open, server) = (state.csv, state.csv_wizard, state.server);
    let editing = state.editing();
    move || {
        open.get().map(|data_type| {
            let on_save = Callback::new(move |draft: CsvDraft| {
                csv.set(Some(draft));
                server.update(|s| {
                    s.remove(CSV_SCHEMA);
                });
                open.set(None);
                browser::focus_soon(button_id());
            });
            let on_cancel = Callback::new(move |()| {
                open.set(None);
                browser::focus_soon(button_id());
            });
            let initial = csv.get_untracked();
            when_loaded(move || {
                let initial = initial.clone();
                async move {
                    crate::components::split_call!(schema_wizard(
                        data_type, initial, editing, on_save, on_cancel
                    ))
                }
            })
        })
    }
}

/// The wizard and the CSV engine are a chunk of their own, fetched when a CSV form
/// opens (see `prefetch_wizard`), so the click on *Create a new CSV schema* does not wait.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(schema_wizard, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_schema_wizard))
)]
fn schema_wizard(
    data_type: DataType,
    initial: Option<CsvDraft>,
    layout_locked: bool,
    on_save: Callback<CsvDraft>,
    on_cancel: Callback<()>,
) -> Result<AnyView, crate::api::ApiError> {
    Ok(view! {
        <SchemaWizard
            data_type=data_type
            initial=initial
            layout_locked=layout_locked
            on_save=on_save
            on_cancel=on_cancel
        />
    }
    .into_any())
}
