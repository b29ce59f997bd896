//! The *Map columns* page: the fields of the data type and layout (or the SQL mapping,
//! contact data only), then the live preview.

use super::column::{column_field, column_select};
use super::preview::{preview_section, Preview};
use super::sql::sql_section;
use super::state::WizardState;
use crate::components::{CheckboxInput, SelectInput};
use crate::csv::model::{Col, DataType};
use crate::csv::texts;
use crate::i18n::{msg, use_i18n};
use injixo_csv::{Channel, SchemaError};
use leptos::prelude::*;

fn channel_field(state: &WizardState, errors: Signal<Vec<SchemaError>>) -> impl IntoView {
    let i18n = use_i18n();
    let fixed = state.channel;
    let options = Signal::derive(move || {
        Channel::ALL
            .iter()
            .map(|c| (c.as_str().to_string(), i18n.t(texts::channel(*c))))
            .collect::<Vec<_>>()
    });
    let help = texts::field_help(Col::Channel, false).map(|m| Signal::derive(i18n.text(m)));
    view! {
        <div class="ixi-csv-map-row">
            <SelectInput
                dom_id="ixi-csv-channel"
                label=Signal::derive(i18n.text(msg::CSV_FIELD_CHANNEL))
                help=help
                error=Signal::derive(|| None::<String>)
                value=fixed
                options=options
                placeholder=Signal::derive(i18n.text(msg::CSV_WIZARD_CHANNEL_FROM_COLUMN))
            />
            <div class="ixi-reveal" hidden=move || !fixed.with(String::is_empty)>
                {column_select(state, Col::Channel, msg::CSV_WIZARD_CHANNEL_COLUMN, errors)}
            </div>
        </div>
    }
}

fn aht_field(state: &WizardState, errors: Signal<Vec<SchemaError>>) -> impl IntoView {
    let i18n = use_i18n();
    let column = state.columns[&Col::Aht];
    let formats = Signal::derive(move || {
        vec![
            ("seconds".to_string(), i18n.t(msg::CSV_WIZARD_AHT_SECONDS)),
            ("hh_mm_ss".to_string(), i18n.t(msg::CSV_WIZARD_AHT_HH_MM_SS)),
        ]
    });
    view! {
        <div class="ixi-csv-map-row">
            {column_select(state, Col::Aht, msg::CSV_FIELD_AHT, errors)}
            <div class="ixi-csv-format" hidden=move || column.with(String::is_empty)>
                <SelectInput
                    dom_id="ixi-csv-format-aht"
                    label=Signal::derive(i18n.text(msg::CSV_WIZARD_AHT_FORMAT))
                    error=Signal::derive(|| None::<String>)
                    value=state.aht_format
                    options=formats
                    placeholder=Signal::derive(i18n.text(msg::CSV_WIZARD_CHOOSE_FORMAT))
                />
            </div>
        </div>
    }
}

fn fields(state: &WizardState, errors: Signal<Vec<SchemaError>>) -> impl IntoView {
    let shown = {
        let state = state.clone();
        Memo::new(move |_| state.values().shown())
    };
    let state = state.clone();
    move || {
        shown
            .get()
            .into_iter()
            .map(|c| match c {
                Col::Channel => channel_field(&state, errors).into_any(),
                Col::Aht => aht_field(&state, errors).into_any(),
                c => column_field(&state, c, errors),
            })
            .collect_view()
    }
}

/// The *Map columns* page. `saved_sql`: whether the schema being edited was saved
/// with an SQL query (`None` for a new schema), for the overwrite warning.
pub fn map_page(
    state: &WizardState,
    preview: Memo<Option<Preview>>,
    saved_sql: Option<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let use_sql = state.use_sql;
    let errors = Signal::derive(move || {
        preview.with(|p| p.as_ref().map(|p| p.errors.clone()).unwrap_or_default())
    });
    let contact = state.data_type == DataType::ContactData;
    let switched = move || saved_sql.is_some_and(|saved| saved != use_sql.get());
    let columns = {
        let state = state.clone();
        move || {
            (!use_sql.get() || !contact).then(|| {
                view! {
                    <CheckboxInput
                        dom_id="ixi-csv-one-column"
                        label=Signal::derive(i18n.text(msg::CSV_FIELD_ONE_COLUMN))
                        value=state.one_column
                    />
                    {fields(&state, errors)}
                    {preview_section(preview)}
                }
            })
        }
    };
    let sql = {
        let state = state.clone();
        move || (use_sql.get() && contact).then(|| sql_section(&state))
    };
    view! {
        <section class="ixi-csv-step" aria-labelledby="ixi-csv-map-heading">
            <div class="ixi-csv-map-head">
                <h3 id="ixi-csv-map-heading" tabindex="-1">{i18n.text(msg::CSV_WIZARD_STEP_MAP)}</h3>
                {contact.then(|| view! {
                    <CheckboxInput
                        dom_id="ixi-csv-use-sql"
                        label=Signal::derive(i18n.text(msg::CSV_WIZARD_USE_SQL))
                        value=use_sql
                    />
                })}
            </div>
            {move || switched().then(|| view! {
                <div class="ixi-alert ixi-alert-warning" role="status">
                    <p class="ixi-alert-title">{i18n.text(msg::CSV_WIZARD_METHOD_WARNING)}</p>
                    <p>{i18n.text(msg::CSV_WIZARD_METHOD_WARNING_BODY)}</p>
                </div>
            })}
            {columns}
            {sql}
        </section>
    }
}
