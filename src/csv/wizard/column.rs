//! One field of *Map the columns*: the column drop-down over the sample's header,
//! and for dates and times the format (a predefined one, or typed after the gear).

use super::state::WizardState;
use crate::components::{FieldInput, FieldText, SelectInput};
use crate::csv::model::{guess_format, predefined_formats, Col};
use crate::csv::texts::{self, Spot};
use crate::i18n::{msg, use_i18n, Msg};
use injixo_csv::{FormatKind, SchemaError};
use leptos::prelude::*;

/// Rows of the sample a guessed format must read.
const GUESS_ROWS: usize = 20;

pub fn column_id(c: Col) -> String {
    format!("ixi-csv-col-{}", c.key())
}

pub fn format_id(c: Col) -> String {
    format!("ixi-csv-format-{}", c.key())
}

/// The problem to show at field `c`'s column (`format: false`) or format control.
/// A missing column shows only once *Save schema* was pressed.
pub fn field_error(
    state: &WizardState,
    errors: Signal<Vec<SchemaError>>,
    c: Col,
    format: bool,
) -> Signal<Option<String>> {
    let i18n = crate::i18n::use_i18n();
    let checked = state.save_checked;
    Signal::derive(move || {
        errors.with(|errors| {
            errors
                .iter()
                .filter(|e| texts::spot(e) == Spot::Col(c))
                .find(|e| match e {
                    SchemaError::Format { .. } => format,
                    SchemaError::MissingColumn { .. } => !format && checked.get(),
                    _ => !format,
                })
                .map(|e| texts::schema_error(i18n, e))
        })
    })
}

/// When a date or time column is picked and its format is still empty, the first
/// predefined format that reads the column's values is chosen.
fn guess_on_pick(state: &WizardState, c: Col) {
    let (column, table) = (state.columns[&c], state.table);
    let Some(format) = state.formats.get(&c).copied() else {
        return;
    };
    Effect::new(move |prev: Option<String>| {
        let name = column.get();
        if prev.is_some_and(|p| p != name) && format.with_untracked(String::is_empty) {
            let guess = table.with_untracked(|t| {
                let t = t.as_ref()?;
                let i = t.headers().iter().position(|h| *h == name)?;
                let values: Vec<&str> = t
                    .rows()
                    .take(GUESS_ROWS)
                    .filter_map(|(_, f)| f.get(i))
                    .collect();
                guess_format(c, values.into_iter())
            });
            if let Some(g) = guess {
                format.set(g.to_string());
            }
        }
        name
    });
}

fn format_control(state: &WizardState, c: Col, errors: Signal<Vec<SchemaError>>) -> AnyView {
    let i18n = use_i18n();
    let Some(kind) = c.format_kind() else {
        return ().into_any();
    };
    let value = state.formats[&c];
    let custom = state.custom;
    let error = field_error(state, errors, c, true);
    let is_custom = move || kind == FormatKind::Timestamp || custom.with(|s| s.contains(&c));
    let (list_label, custom_label) = match kind {
        FormatKind::Date => (
            msg::CSV_WIZARD_DATE_FORMAT,
            msg::CSV_WIZARD_CUSTOM_DATE_FORMAT,
        ),
        FormatKind::Time => (
            msg::CSV_WIZARD_TIME_FORMAT,
            msg::CSV_WIZARD_CUSTOM_TIME_FORMAT,
        ),
        FormatKind::Timestamp => (
            msg::CSV_WIZARD_TIMESTAMP_FORMAT,
            msg::CSV_WIZARD_TIMESTAMP_FORMAT,
        ),
    };
    // The product shows the predefined formats in lower case.
    let options = Signal::derive(move || {
        predefined_formats(c)
            .iter()
            .map(|f| (f.to_string(), f.to_lowercase()))
            .collect::<Vec<_>>()
    });
    let toggle = move |_| {
        custom.update(|s| {
            if !s.remove(&c) {
                s.insert(c);
            }
        });
        crate::browser::focus_soon(format_id(c));
    };
    let gear = (kind != FormatKind::Timestamp).then(|| {
        view! {
            <button
                type="button"
                class="ixi-button ixi-button-quiet ixi-csv-gear"
                aria-pressed=move || if is_custom() { "true" } else { "false" }
                on:click=toggle
            >
                <span aria-hidden="true">"⚙ "</span>
                {move || i18n.t(if is_custom() { msg::CSV_WIZARD_LIST_FORMAT } else { msg::CSV_WIZARD_CUSTOM_FORMAT })}
            </button>
        }
    });
    view! {
        <div class="ixi-csv-format">
            {move || {
                if is_custom() {
                    view! {
                        <FieldInput
                            dom_id=format_id(c)
                            label=Signal::derive(i18n.text(custom_label))
                            help=Some(Signal::derive(i18n.text(msg::CSV_WIZARD_FORMAT_HELP)))
                            error=error
                            value=value
                            kind=FieldText::Url
                        />
                    }
                    .into_any()
                } else {
                    view! {
                        <SelectInput
                            dom_id=format_id(c)
                            label=Signal::derive(i18n.text(list_label))
                            error=error
                            value=value
                            options=options
                            placeholder=Signal::derive(i18n.text(msg::CSV_WIZARD_CHOOSE_FORMAT))
                        />
                    }
                    .into_any()
                }
            }}
            {gear}
        </div>
    }
    .into_any()
}

/// The column drop-down of field `c` (for AHT the empty entry is *No column*).
pub fn column_select(
    state: &WizardState,
    c: Col,
    label: Msg,
    errors: Signal<Vec<SchemaError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let header = {
        let state = state.clone();
        Signal::derive(move || {
            state
                .header()
                .into_iter()
                .map(|h| (h.clone(), h))
                .collect::<Vec<_>>()
        })
    };
    let contact_based = state.layout;
    let help = texts::field_help(c, false).map(|_| {
        Signal::derive(move || {
            let cdr = contact_based.with(|l| l == "contact_based");
            texts::field_help(c, cdr)
                .map(|m| i18n.t(m))
                .unwrap_or_default()
        })
    });
    let placeholder = if c == Col::Aht {
        msg::CSV_WIZARD_NO_COLUMN
    } else {
        msg::CSV_WIZARD_CHOOSE_COLUMN
    };
    view! {
        <SelectInput
            dom_id=column_id(c)
            label=Signal::derive(i18n.text(label))
            help=help
            error=field_error(state, errors, c, false)
            value=state.columns[&c]
            options=header
            placeholder=Signal::derive(i18n.text(placeholder))
            required=!matches!(c, Col::Aht | Col::EndDate | Col::EndTime | Col::EndTimestamp)
        />
    }
}

/// A whole mapping field: its column and, for dates and times, the format.
pub fn column_field(state: &WizardState, c: Col, errors: Signal<Vec<SchemaError>>) -> AnyView {
    if c.format_kind().is_some() {
        guess_on_pick(state, c);
    }
    view! {
        <div class="ixi-csv-map-row">
            {column_select(state, c, texts::field(c), errors)}
            {format_control(state, c, errors)}
        </div>
    }
    .into_any()
}
