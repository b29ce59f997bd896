//! The CSV schema wizard (*Create a new CSV schema* / *Edit CSV schema*): *Setup* with
//! the sample file and *Preprocessing options*, then *Map columns* with the live
//! preview (or the SQL mapping), then *Save schema*.
//!
//! State: one signal per value the admin sets ([`state::WizardState`], the same as
//! the pure [`crate::csv::model::Values`]), the sample (decoded once), and its table.
//! The table is split once per sample or read-option change, in slices
//! ([`crate::csv::read::build_table`]); a mapping change only re-runs `Plan` and the
//! analysis over it ([`preview::preview_memo`]). Both pages stay mounted (one is
//! hidden), so going back and forth loses nothing; a re-uploaded sample keeps the
//! mapping where the header still has the names.

mod column;
mod mapping;
mod preprocessing;
pub mod preview;
mod preview_view;
mod sample;
mod setup;
mod sql;
pub mod state;

use crate::browser;
use crate::csv::draft::{CsvDraft, SampleText};
use crate::csv::model::{DataType, Values};
use crate::csv::read::{build_table, Sample};
use crate::csv::texts::{self, Spot};
use crate::i18n::{msg, use_i18n};
use leptos::prelude::*;
use state::{Page, WizardState};
use std::sync::Arc;

/// Rebuilds the table whenever the sample or how it is read changes; the last
/// table stays until the new one is ready, and a stale build is dropped.
fn keep_table(state: &WizardState) {
    let read = {
        let state = state.clone();
        Memo::new(move |_| state.values().read_options())
    };
    let generation = StoredValue::new(0u64);
    let (sample, table) = (state.sample, state.table);
    Effect::new(move |_| {
        let text = sample.with(|s| s.as_ref().map(|s| s.text.clone()));
        let options = read.get();
        generation.update_value(|g| *g += 1);
        let current = generation.get_value();
        let Some(text) = text else {
            table.set(None);
            return;
        };
        leptos::task::spawn_local(async move {
            let built = build_table(text, options).await;
            if generation.try_get_value() == Some(current) {
                table.set(Some(Arc::new(built)));
            }
        });
    });
    let state = state.clone();
    Effect::new(move |_| {
        let header = state.header();
        if !header.is_empty() {
            state.follow_header(&header);
        }
    });
}

#[component]
pub fn SchemaWizard(
    /// *Type of import data*, chosen in the form.
    data_type: DataType,
    /// The schema to edit, `None` to create one.
    initial: Option<CsvDraft>,
    /// Editing a saved integration: *Layout of data* cannot be changed.
    #[prop(optional)]
    layout_locked: bool,
    /// *Save schema*.
    on_save: Callback<CsvDraft>,
    /// *Cancel*: the form's schema stays as it was.
    on_cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let same_type = initial.as_ref().filter(|d| d.data_type() == data_type);
    let values = match &initial {
        Some(d) => Values::from_schema(&d.schema, d.sql.as_deref(), data_type),
        None => Values::new(data_type),
    };
    let state = WizardState::new(&values);
    if let Some(d) = &initial {
        state.sample.set(d.sample.as_ref().map(|text| Sample {
            file_name: d.file_name.clone(),
            text: text.0.clone(),
            encoding: d.encoding,
            cut: false,
            bytes: None,
        }));
    }
    let saved_sql = same_type.map(|d| d.sql.is_some());
    let layout_locked = layout_locked && same_type.is_some();
    let title = if initial.is_some() {
        msg::CSV_SCHEMA_EDIT
    } else {
        msg::CSV_SCHEMA_CREATE
    };
    keep_table(&state);
    let schema = {
        let state = state.clone();
        Memo::new(move |_| state.values().to_schema())
    };
    let preview = preview::preview_memo(state.table, schema);

    let save = {
        let state = state.clone();
        move |_| {
            state.save_checked.set(true);
            state.setup_checked.set(true);
            if let Some(id) = untrack(|| setup::setup_problem(&state)) {
                state.page.set(Page::Setup);
                browser::focus_soon(id.into());
                return;
            }
            let Some(sample) = state.sample.get_untracked() else {
                return;
            };
            let (schema, sql) = schema.get_untracked();
            match &sql {
                Some(q) if q.trim().is_empty() => return browser::focus_id("ixi-csv-sql"),
                Some(_) => {}
                None => {
                    let errors = preview.with_untracked(|p| {
                        p.as_ref().map(|p| p.errors.clone()).unwrap_or_default()
                    });
                    if let Some(first) = errors.first() {
                        let id = match (texts::spot(first), first) {
                            (Spot::Col(c), injixo_csv::SchemaError::Format { .. }) => {
                                column::format_id(c)
                            }
                            (Spot::Col(c), _) => column::column_id(c),
                            (Spot::TimeZone, _) => setup::TIME_ZONE_ID.into(),
                            (Spot::Interval, _) => "ixi-csv-interval".into(),
                        };
                        browser::focus_soon(id);
                        return;
                    }
                }
            }
            on_save.run(CsvDraft {
                schema,
                sql,
                file_name: sample.file_name,
                encoding: sample.encoding,
                sample: Some(SampleText(sample.text)),
                edited: true,
            });
        }
    };
    let page = state.page;
    let back = move |_| {
        page.set(Page::Setup);
        browser::focus_soon("ixi-csv-setup-heading".into());
    };
    let current = move |p: Page| if page.get() == p { Some("step") } else { None };
    view! {
        <section class="ixi-csv-wizard" aria-labelledby="ixi-csv-wizard-title">
            <h2 id="ixi-csv-wizard-title" tabindex="-1">{i18n.text(title)}</h2>
            <ol class="ixi-steps" aria-label=move || i18n.t(msg::CSV_WIZARD_STEPS)>
                <li aria-current=move || current(Page::Setup)>{i18n.text(msg::CSV_WIZARD_STEP_SETUP)}</li>
                <li aria-current=move || current(Page::Map)>{i18n.text(msg::CSV_WIZARD_STEP_MAP)}</li>
            </ol>
            <div hidden=move || page.get() != Page::Setup>
                {setup::setup_page(&state, layout_locked)}
            </div>
            <div hidden=move || page.get() != Page::Map>
                {mapping::map_page(&state, preview, saved_sql)}
                <div class="ixi-form-actions">
                    <button type="button" class="ixi-button" on:click=back>
                        {i18n.text(msg::CSV_WIZARD_BACK)}
                    </button>
                    <button type="button" class="ixi-button ixi-button-primary" on:click=save>
                        {i18n.text(msg::CSV_WIZARD_SAVE)}
                    </button>
                </div>
            </div>
            <div class="ixi-form-actions">
                <button type="button" class="ixi-button ixi-button-quiet" on:click=move |_| on_cancel.run(())>
                    {i18n.text(msg::CSV_WIZARD_CANCEL)}
                </button>
            </div>
        </section>
    }
}
