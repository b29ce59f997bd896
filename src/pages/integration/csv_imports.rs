//! A CSV integration's last imports (*Historical data import* uploads and files sent
//! by injixo Cloud Link): file, source, when, status and lines; and the way to the
//! import page.

use crate::api::use_api;
use crate::components::Step;
use crate::i18n::{labels, msg, use_i18n, Msg};
use crate::pages::load::loaded;
use crate::routes::{use_base, Route};
use injixo_contract::{CsvImport, CsvImportSource, CsvImportState};
use leptos::prelude::*;

fn state_label(s: CsvImportState) -> Msg {
    match s {
        CsvImportState::Analyzed => msg::CSV_IMPORTS_STATE_ANALYZED,
        CsvImportState::Rejected => msg::CSV_IMPORTS_STATE_REJECTED,
        CsvImportState::Writing => msg::CSV_IMPORTS_STATE_WRITING,
        CsvImportState::Applied => msg::CSV_IMPORTS_STATE_APPLIED,
        CsvImportState::Cancelled => msg::CSV_IMPORTS_STATE_CANCELLED,
    }
}

fn rows(items: Vec<CsvImport>) -> AnyView {
    let i18n = use_i18n();
    if items.is_empty() {
        return view! { <p class="ixi-muted">{i18n.text(msg::CSV_IMPORTS_NONE)}</p> }.into_any();
    }
    let body = items
        .into_iter()
        .map(|i| {
            let source = match i.source {
                CsvImportSource::Upload => msg::CSV_IMPORTS_SOURCE_UPLOAD,
                CsvImportSource::CloudLink => msg::CSV_IMPORTS_SOURCE_CLOUD_LINK,
            };
            let (imported, rejected) = (i.analysis.imported_lines, i.analysis.rejected_lines);
            let at = i.created_at.clone();
            view! {
                <tr>
                    <td class="ixi-value">{i.file_name.clone()}</td>
                    <td>{i18n.text(source)}</td>
                    <td>{move || labels::when(i18n, &at)}</td>
                    <td>{i18n.text(state_label(i.state))}</td>
                    <td>{move || i18n.fmt(&msg::csv_imports_counts(imported, rejected))}</td>
                </tr>
            }
        })
        .collect_view();
    let head = [
        msg::CSV_IMPORTS_FILE,
        msg::CSV_IMPORTS_SOURCE,
        msg::CSV_IMPORTS_WHEN,
        msg::CSV_IMPORTS_STATE,
        msg::CSV_IMPORTS_LINES,
    ]
    .into_iter()
    .map(|m| view! { <th scope="col">{i18n.text(m)}</th> })
    .collect_view();
    view! {
        <div class="ixi-table-wrap">
            <table class="ixi-table ixi-table-compact" aria-labelledby="ixi-csv-imports-heading">
                <thead><tr>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
    .into_any()
}

#[component]
pub fn CsvImports(
    /// The CSV integration.
    integration_id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let api = use_api();
    let id = integration_id.clone();
    let list = LocalResource::new(move || {
        let (api, id) = (api.clone(), id.clone());
        async move { api.csv_imports(&id).await.map(|l| l.items) }
    });
    view! {
        <section class="ixi-card" aria-labelledby="ixi-csv-imports-heading">
            <h2 id="ixi-csv-imports-heading">{i18n.text(msg::CSV_IMPORTS_HEADING)}</h2>
            {loaded(list, Step::LoadCsvImports, |alert| alert, rows)}
            <a class="ixi-button" href=use_base().href(&Route::CsvImport(Some(integration_id)))>
                {i18n.text(msg::CSV_IMPORT_TITLE)}
            </a>
        </section>
    }
}
