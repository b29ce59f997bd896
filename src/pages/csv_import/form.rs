//! The upload step: *Import through*, one file by drag-and-drop or the file explorer,
//! the browser's check, the warning about several windows, and *Import file* with
//! the upload's progress.

use super::flow::{import_view, Stage, RESULT_HEADING};
use super::precheck::{checker, fits};
use super::result::check_view;
use crate::api::{use_api, ApiError};
use crate::browser;
use crate::components::{CsvFileDrop, ErrorAlert, HelpLink, SelectInput, Step};
use crate::csv::model::DataType;
use crate::i18n::{msg, use_i18n};
use crate::routes::{use_base, Route};
use leptos::prelude::*;

const INTEGRATION_ID: &str = "ixi-csv-import-integration";
const FILE_ID: &str = "ixi-csv-import-file";

/// "2.4 MB".
fn size_text(bytes: f64) -> String {
    format!("{:.1} MB", bytes / (1024.0 * 1024.0))
}

#[component]
pub fn ImportForm(
    /// The account's CSV integrations: (id, name).
    integrations: Vec<(String, String)>,
    /// The integration to choose at once.
    preselect: Option<String>,
    /// Where *Add a CSV integration now* goes.
    setup: Route,
) -> impl IntoView {
    let i18n = use_i18n();
    let api = use_api();
    if integrations.is_empty() {
        return view! {
            <div class="ixi-csv-import">
                <p>{i18n.text(msg::CSV_IMPORT_NO_INTEGRATION)}</p>
                <a class="ixi-button ixi-button-primary" href=use_base().href(&setup)>
                    {i18n.text(msg::CSV_IMPORT_ADD_INTEGRATION)}
                </a>
            </div>
        }
        .into_any();
    }
    let first = match (&preselect, integrations.as_slice()) {
        (Some(p), list) if list.iter().any(|(id, _)| id == p) => p.clone(),
        (_, [(only, _)]) => only.clone(),
        _ => String::new(),
    };
    let chosen = RwSignal::new(first);
    let file = RwSignal::new_local(None::<web_sys::File>);
    let stage = RwSignal::new(Stage::Choose);
    let progress = RwSignal::new(0.0f64);
    let failure = RwSignal::new(None::<ApiError>);
    let schema = {
        let api = api.clone();
        LocalResource::new(move || {
            let (id, api) = (chosen.get(), api.clone());
            async move {
                if id.is_empty() {
                    Ok(None)
                } else {
                    api.csv_schema(&id).await
                }
            }
        })
    };
    let check = checker(file, schema);
    let agents = Signal::derive(move || {
        schema
            .get()
            .and_then(Result::ok)
            .flatten()
            .is_some_and(|s| DataType::of(&s.schema) == DataType::AgentStatus)
    });
    let reset = Callback::new(move |()| {
        file.set(None);
        failure.set(None);
        progress.set(0.0);
        stage.set(Stage::Choose);
        browser::focus_soon(FILE_ID.into());
    });
    let upload = move |_| {
        if stage.get_untracked() != Stage::Choose {
            return;
        }
        let id = chosen.get_untracked();
        if id.is_empty() {
            return browser::focus_id(INTEGRATION_ID);
        }
        let Some(f) = file.get_untracked() else {
            return browser::focus_id(FILE_ID);
        };
        if !fits(f.size()) {
            return browser::focus_id(FILE_ID);
        }
        failure.set(None);
        progress.set(0.0);
        stage.set(Stage::Uploading);
        let api = api.clone();
        leptos::task::spawn_local(async move {
            let result = api
                .upload_csv_import(&id, &f, move |sent, total| {
                    progress.try_set(sent / total.max(1.0));
                })
                .await;
            match result {
                Ok(import) => {
                    stage.try_set(Stage::Import(import));
                    browser::focus_soon(RESULT_HEADING.into());
                }
                Err(e) => {
                    stage.try_set(Stage::Choose);
                    failure.try_set(Some(e));
                    browser::focus_soon("ixi-csv-upload-failure".into());
                }
            }
        });
    };
    let options = Signal::derive(move || integrations.clone());
    let uploading = move || stage.with(|s| *s == Stage::Uploading);
    let percent = move || (progress.get() * 100.0).round() as i64;
    let chosen_file = move || {
        file.with(|f| {
            f.as_ref()
                .map(|f| i18n.fmt(&msg::csv_import_file(f.name(), size_text(f.size()))))
        })
    };
    let choose = view! {
        <div class="ixi-csv-import">
            <p>{i18n.text(msg::CSV_IMPORT_INTRO)}</p>
            <SelectInput
                dom_id=INTEGRATION_ID
                label=Signal::derive(i18n.text(msg::CSV_IMPORT_THROUGH))
                error=Signal::derive(|| None::<String>)
                value=chosen
                options=options
                placeholder=Signal::derive(i18n.text(msg::CSV_IMPORT_THROUGH_PLACEHOLDER))
                disabled=Signal::derive(uploading)
            />
            <CsvFileDrop
                dom_id=FILE_ID
                on_file=Callback::new(move |f| file.set(Some(f)))
                described_by="ixi-csv-import-chosen"
                disabled=Signal::derive(uploading)
            />
            <p id="ixi-csv-import-chosen" class="ixi-csv-sample-status">{chosen_file}</p>
            {move || file.with(Option::is_some).then(|| view! {
                <p class="ixi-field-help">{i18n.text(msg::CSV_IMPORT_FILE_LIMIT)}</p>
            })}
            {check_view(check)}
            <div class="ixi-alert ixi-alert-warning">
                <p>{i18n.text(msg::CSV_IMPORT_MULTI_UPLOAD)}</p>
            </div>
            <div aria-live="polite">
                {move || failure.get().map(|e| view! {
                    <div id="ixi-csv-upload-failure" tabindex="-1">
                        <ErrorAlert error=e step=Step::CsvUpload model="csv" />
                    </div>
                })}
            </div>
            <div class="ixi-form-actions">
                <button
                    type="button"
                    class="ixi-button ixi-button-primary"
                    aria-disabled=move || if uploading() { "true" } else { "false" }
                    on:click=upload
                >
                    {move || i18n.t(if uploading() { msg::CSV_IMPORT_UPLOADING } else { msg::CSV_IMPORT_SUBMIT })}
                </button>
            </div>
            {move || uploading().then(|| view! {
                <p role="status">{move || i18n.fmt(&msg::csv_import_percent(percent()))}</p>
                <progress class="ixi-progress" max="100" value=percent
                    aria-label=move || i18n.t(msg::CSV_IMPORT_UPLOADING)></progress>
            })}
            <p class="ixi-help-link">
                {i18n.text(msg::CSV_IMPORT_HELP_TEXT)}
            </p>
            <HelpLink slug="add-csv-integration" label=msg::CSV_IMPORT_HELP_LINK />
        </div>
    };
    let done = move || {
        stage.with(|s| match s {
            Stage::Import(i) => Some(import_view(i.clone(), stage, agents, reset)),
            _ => None,
        })
    };
    view! {
        <div hidden=move || stage.with(|s| matches!(s, Stage::Import(_)))>{choose}</div>
        {done}
    }
    .into_any()
}
