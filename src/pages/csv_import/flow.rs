//! After the upload: the server's analysis (*Confirm import* with *Apply data* and
//! *Cancel*, or *Import failed* with the errors), the writing step (polled), and
//! *Import successful* with *Upload another CSV file*.

use super::result::{problem_list, summary};
use crate::api::{use_api, ApiError};
use crate::browser;
use crate::components::{ErrorAlert, Step};
use crate::i18n::{msg, use_i18n};
use injixo_contract::{CsvImport, CsvImportState};
use leptos::prelude::*;

/// How often a written import is asked for.
const POLL_MS: i32 = 1_000;

/// Where the page stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Stage {
    /// Choosing the integration and the file.
    Choose,
    /// The file is on its way.
    Uploading,
    /// The server has it.
    Import(CsvImport),
}

pub const RESULT_HEADING: &str = "ixi-csv-result-heading";

/// Asks for the import until it is no longer being written.
fn poll(stage: RwSignal<Stage>, failure: RwSignal<Option<ApiError>>, id: String) {
    let api = use_api();
    leptos::task::spawn_local(async move {
        loop {
            browser::sleep(POLL_MS).await;
            // The page went away: nobody is waiting.
            if stage.try_get_untracked().is_none() {
                return;
            }
            match api.csv_import(&id).await {
                Ok(i) if i.state == CsvImportState::Writing => {}
                Ok(i) => {
                    stage.try_set(Stage::Import(i));
                    browser::focus_soon(RESULT_HEADING.into());
                    return;
                }
                Err(e) => {
                    failure.try_set(Some(e));
                    return;
                }
            }
        }
    });
}

/// The view of an uploaded import; `reset` starts over with another file.
pub fn import_view(
    import: CsvImport,
    stage: RwSignal<Stage>,
    agents: Signal<bool>,
    reset: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let api = use_api();
    let failure = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    let a = import.analysis.clone();
    let heading = |m| view! { <h2 id=RESULT_HEADING tabindex="-1">{i18n.text(m)}</h2> };
    if import.state == CsvImportState::Writing {
        poll(stage, failure, import.id.clone());
    }
    let apply = {
        let (api, import) = (api.clone(), import.clone());
        move |_| {
            if busy.get_untracked() {
                return;
            }
            busy.set(true);
            failure.set(None);
            let (api, mut import) = (api.clone(), import.clone());
            leptos::task::spawn_local(async move {
                let result = api.apply_csv_import(&import.id).await;
                busy.try_set(false);
                match result {
                    Ok(()) => {
                        import.state = CsvImportState::Writing;
                        stage.try_set(Stage::Import(import));
                        browser::focus_soon(RESULT_HEADING.into());
                    }
                    Err(e) => {
                        failure.try_set(Some(e));
                    }
                }
            });
        }
    };
    let cancel = {
        let id = import.id.clone();
        move |_| {
            if busy.get_untracked() {
                return;
            }
            busy.set(true);
            failure.set(None);
            let (api, id) = (api.clone(), id.clone());
            leptos::task::spawn_local(async move {
                let result = api.cancel_csv_import(&id).await;
                busy.try_set(false);
                match result {
                    Ok(()) => reset.run(()),
                    Err(e) => {
                        failure.try_set(Some(e));
                    }
                }
            });
        }
    };
    let again = move |_| reset.run(());
    let body = match import.state {
        CsvImportState::Analyzed => view! {
            {heading(msg::CSV_IMPORT_CONFIRM_HEADING)}
            <p class="ixi-ok" role="status">{i18n.text(msg::CSV_IMPORT_ANALYZED)}</p>
            <h3>{i18n.text(msg::CSV_IMPORT_SUMMARY_TITLE)}</h3>
            {move || summary(i18n, &a, agents.get())}
            <p>{i18n.text(msg::CSV_IMPORT_CONFIRM)}</p>
            <div class="ixi-form-actions">
                <button type="button" class="ixi-button" on:click=cancel
                    aria-disabled=move || if busy.get() { "true" } else { "false" }>
                    {i18n.text(msg::CSV_IMPORT_CANCEL)}
                </button>
                <button type="button" class="ixi-button ixi-button-primary" on:click=apply
                    aria-disabled=move || if busy.get() { "true" } else { "false" }>
                    {i18n.text(msg::CSV_IMPORT_APPLY)}
                </button>
            </div>
        }
        .into_any(),
        CsvImportState::Rejected => view! {
            {heading(msg::CSV_IMPORT_FAILURE)}
            <div class="ixi-alert ixi-alert-error" role="alert">
                <p class="ixi-alert-title">{i18n.text(msg::CSV_IMPORT_ERROR_TITLE)}</p>
                <p>{i18n.text(msg::CSV_IMPORT_ERROR_BEFORE)}</p>
                {problem_list(i18n, &a)}
                <p>{i18n.text(msg::CSV_IMPORT_ERROR_RETRY)}</p>
            </div>
            <button type="button" class="ixi-button ixi-button-primary" on:click=again>
                {i18n.text(msg::CSV_IMPORT_TRY_AGAIN)}
            </button>
        }
        .into_any(),
        CsvImportState::Writing => view! {
            {heading(msg::CSV_IMPORT_WRITING_STATUS)}
            <p role="status">{i18n.text(msg::CSV_IMPORT_WRITING)}</p>
            <progress class="ixi-progress" aria-label=move || i18n.t(msg::CSV_IMPORT_WRITING_STATUS)></progress>
        }
        .into_any(),
        CsvImportState::Applied => view! {
            {heading(msg::CSV_IMPORT_SUCCESS)}
            {move || summary(i18n, &a, agents.get())}
            <button type="button" class="ixi-button ixi-button-primary" on:click=again>
                {i18n.text(msg::CSV_IMPORT_AGAIN)}
            </button>
        }
        .into_any(),
        CsvImportState::Cancelled => view! {
            {heading(msg::CSV_IMPORT_FAILURE)}
            <p>{i18n.text(msg::CSV_ERROR_UNEXPECTED)}</p>
            <button type="button" class="ixi-button ixi-button-primary" on:click=again>
                {i18n.text(msg::CSV_IMPORT_AGAIN)}
            </button>
        }
        .into_any(),
    };
    view! {
        <section class="ixi-csv-import" aria-labelledby=RESULT_HEADING>
            <p class="ixi-muted">{import.file_name.clone()}</p>
            {body}
            <div aria-live="polite">
                {move || failure.get().map(|e| view! { <ErrorAlert error=e step=Step::CsvApply model="csv" /> })}
            </div>
        </section>
    }
}
