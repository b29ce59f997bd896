//! The *Setup* page: sample file, *Column separator of CSV file*, *Time zone*, and for
//! contact data *Layout of data* (with the interval length) and *Handle missing
//! values in intervals*; then *Preprocessing options* and *Map the columns*.

use super::preprocessing::preprocessing_section;
use super::sample::sample_section;
use super::state::{Page, WizardState};
use crate::browser::{self, IntlZones};
use crate::components::{RadioGroup, SelectInput, TimeZoneInput};
use crate::csv::model::{DataType, INTERVAL_MINUTES};
use crate::i18n::{msg, use_i18n};
use injixo_csv::ZoneOffsets;
use leptos::prelude::*;

/// DOM ids of the setup fields that can have a problem.
pub const TIME_ZONE_ID: &str = "ixi-csv-time-zone";
const SAMPLE_ID: &str = "ixi-csv-sample-file";
pub const SKIP_FIRST_ID: &str = "ixi-csv-skip-first-count";

/// The first setup field that stops the mapping, if any (tracked).
pub fn setup_problem(state: &WizardState) -> Option<&'static str> {
    if state.sample.with(Option::is_none) || state.table.with(Option::is_none) {
        return Some(SAMPLE_ID);
    }
    if !IntlZones.knows(&state.time_zone.get()) {
        return Some(TIME_ZONE_ID);
    }
    let v = state.values();
    v.skip_first_count().is_none().then_some(SKIP_FIRST_ID)
}

fn layout_fields(state: &WizardState, layout_locked: bool) -> impl IntoView {
    let i18n = use_i18n();
    let layout = state.layout;
    let layouts = Signal::derive(move || {
        vec![
            (
                "contact_based".to_string(),
                i18n.t(msg::CSV_WIZARD_LAYOUT_CONTACT),
                Some(i18n.t(msg::CSV_WIZARD_LAYOUT_CONTACT_HELP)),
            ),
            (
                "interval_based".to_string(),
                i18n.t(msg::CSV_WIZARD_LAYOUT_INTERVAL),
                Some(i18n.t(msg::CSV_WIZARD_LAYOUT_INTERVAL_HELP)),
            ),
        ]
    });
    let intervals = Signal::derive(move || {
        INTERVAL_MINUTES
            .iter()
            .map(|m| {
                let n: i64 = m.parse().unwrap_or(0);
                (
                    m.to_string(),
                    i18n.fmt(&msg::csv_wizard_interval_minutes(n)),
                )
            })
            .collect::<Vec<_>>()
    });
    let missing = Signal::derive(move || {
        vec![
            (
                "leave_empty".to_string(),
                i18n.t(msg::CSV_WIZARD_MISSING_EMPTY),
                None,
            ),
            (
                "fill_with_zero".to_string(),
                i18n.t(msg::CSV_WIZARD_MISSING_ZERO),
                None,
            ),
        ]
    });
    let interval_error = {
        let minutes = state.interval_minutes;
        Signal::derive(move || {
            minutes
                .with(|m| !INTERVAL_MINUTES.contains(&m.as_str()))
                .then(|| i18n.t(msg::CSV_SCHEMA_ERROR_INTERVAL))
        })
    };
    view! {
        {layout_locked.then(|| view! {
            <div class="ixi-alert ixi-alert-info"><p>{i18n.text(msg::CSV_WIZARD_LAYOUT_LOCKED)}</p></div>
        })}
        <RadioGroup
            dom_id="ixi-csv-layout"
            label=Signal::derive(i18n.text(msg::CSV_WIZARD_LAYOUT))
            value=layout
            options=layouts
            disabled=layout_locked
        />
        <div hidden=move || layout.with(|l| l != "interval_based")>
            <SelectInput
                dom_id="ixi-csv-interval"
                label=Signal::derive(i18n.text(msg::CSV_WIZARD_INTERVAL))
                help=Some(Signal::derive(i18n.text(msg::CSV_WIZARD_INTERVAL_HELP)))
                error=interval_error
                value=state.interval_minutes
                options=intervals
                placeholder=Signal::derive(i18n.text(msg::SETUP_SELECT_PLACEHOLDER))
                disabled=layout_locked
            />
        </div>
        <RadioGroup
            dom_id="ixi-csv-missing"
            label=Signal::derive(i18n.text(msg::CSV_WIZARD_MISSING))
            value=state.missing_values
            options=missing
            help=Some(Signal::derive(i18n.text(msg::CSV_WIZARD_MISSING_HELP)))
        />
    }
}

/// The *Setup* page.
pub fn setup_page(state: &WizardState, layout_locked: bool) -> impl IntoView {
    let i18n = use_i18n();
    let separators = Signal::derive(move || {
        [
            ("semicolon", msg::CSV_WIZARD_SEPARATOR_SEMICOLON),
            ("comma", msg::CSV_WIZARD_SEPARATOR_COMMA),
            ("tab", msg::CSV_WIZARD_SEPARATOR_TAB),
            ("pipe", msg::CSV_WIZARD_SEPARATOR_PIPE),
        ]
        .into_iter()
        .map(|(v, m)| (v.to_string(), i18n.t(m)))
        .collect::<Vec<_>>()
    });
    let (detected, separator) = (state.detected, state.separator);
    let checked = state.setup_checked;
    let time_zone_error = {
        let tz = state.time_zone;
        Signal::derive(move || {
            (checked.get() && !IntlZones.knows(&tz.get()))
                .then(|| i18n.t(msg::CSV_SCHEMA_ERROR_TIME_ZONE))
        })
    };
    let to_mapping = {
        let state = state.clone();
        move |_| {
            state.setup_checked.set(true);
            match untrack(|| setup_problem(&state)) {
                Some(id) => browser::focus_id(id),
                None => {
                    state.page.set(Page::Map);
                    browser::focus_soon("ixi-csv-map-heading".into());
                }
            }
        }
    };
    let sample_missing = {
        let (sample, table) = (state.sample, state.table);
        move || checked.get() && sample.with(Option::is_none) && table.with(Option::is_none)
    };
    view! {
        <section class="ixi-csv-step" aria-labelledby="ixi-csv-setup-heading">
            <h3 id="ixi-csv-setup-heading" tabindex="-1">{i18n.text(msg::CSV_WIZARD_STEP_SETUP)}</h3>
            {sample_section(state)}
            {move || sample_missing().then(|| view! {
                <p class="ixi-field-error" role="alert">{i18n.text(msg::CSV_WIZARD_SAMPLE_NEEDED)}</p>
            })}
            <SelectInput
                dom_id="ixi-csv-separator"
                label=Signal::derive(i18n.text(msg::CSV_WIZARD_SEPARATOR))
                help=Some(Signal::derive(move || {
                    let chosen = separator.get();
                    if detected.with(|d| d.as_deref() == Some(chosen.as_str())) {
                        i18n.t(msg::CSV_WIZARD_SEPARATOR_DETECTED)
                    } else {
                        String::new()
                    }
                }))
                error=Signal::derive(|| None::<String>)
                value=state.separator
                options=separators
                placeholder=Signal::derive(i18n.text(msg::SETUP_SELECT_PLACEHOLDER))
            />
            <TimeZoneInput
                dom_id=TIME_ZONE_ID
                label=Signal::derive(i18n.text(msg::CSV_WIZARD_TIME_ZONE))
                help=Some(Signal::derive(i18n.text(msg::CSV_WIZARD_TIME_ZONE_HELP)))
                error=time_zone_error
                value=state.time_zone
            />
            {(state.data_type == DataType::ContactData).then(|| layout_fields(state, layout_locked))}
        </section>
        {preprocessing_section(state)}
        <div class="ixi-form-actions">
            <button type="button" class="ixi-button ixi-button-primary" on:click=to_mapping>
                {i18n.text(msg::CSV_WIZARD_TO_MAPPING)}
            </button>
        </div>
    }
}
