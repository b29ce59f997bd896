//! *Use SQL query to map columns* (contact data): the query over the table
//! `uploaded_file`, the columns its result needs for the layout, and *Run query*,
//! which has the backend run it over the sample (`POST /csv/sql-preview`).

use super::state::WizardState;
use crate::api::{use_api, ApiError};
use crate::components::{kind_label, ErrorAlert, QueryPreviewTable, Step, TextAreaInput};
use crate::i18n::{msg, use_i18n, Msg};
use injixo_contract::{ColumnKind, CsvSqlPreviewRequest, ErrorCode, FieldValue, QueryPreview};
use leptos::prelude::*;

/// The columns the help center requires of the query's result, per layout
/// (the article's table; `csv_sql_columns` in the backend's contract says the same).
fn columns(contact_based: bool) -> Vec<(&'static str, ColumnKind, bool, Msg)> {
    use ColumnKind::*;
    let mut cols = vec![
        ("queue", Text, true, msg::CSV_SQL_COLUMN_QUEUE),
        ("timestamp", Timestamp, true, msg::CSV_SQL_COLUMN_TIMESTAMP),
        ("offered", Number, true, msg::CSV_SQL_COLUMN_OFFERED),
        ("handled", Number, true, msg::CSV_SQL_COLUMN_HANDLED),
    ];
    if contact_based {
        cols.push(("duration", Integer, true, msg::CSV_SQL_COLUMN_DURATION));
    } else {
        cols.push(("aht", Number, false, msg::CSV_SQL_COLUMN_AHT));
    }
    cols.push(("channel", Text, true, msg::CSV_SQL_COLUMN_CHANNEL));
    cols
}

/// The help center's basic sample query for the layout.
fn basic_query(contact_based: bool) -> String {
    let measure = if contact_based { "duration" } else { "aht" };
    format!(
        "SELECT\n   queue, timestamp,\n   offered, handled, {measure},\n   channel\nFROM uploaded_file"
    )
}

fn columns_table(contact_based: impl Fn() -> bool + Send + Sync + 'static) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let rows = columns(contact_based())
            .into_iter()
            .map(|(name, kind, required, help)| {
                let need = if required {
                    msg::QUERY_COLUMN_REQUIRED
                } else {
                    msg::QUERY_COLUMN_OPTIONAL
                };
                view! {
                    <tr>
                        <th scope="row"><code>{name}</code></th>
                        <td>{i18n.text(kind_label(kind))}</td>
                        <td>{i18n.text(need)}</td>
                        <td>{i18n.text(help)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="ixi-query-columns">
                <h4>{i18n.text(msg::QUERY_COLUMNS_HEADING)}</h4>
                <div class="ixi-table-wrap">
                    <table class="ixi-table ixi-table-compact"><tbody>{rows}</tbody></table>
                </div>
            </div>
        }
    }
}

pub fn sql_section(state: &WizardState) -> impl IntoView {
    let i18n = use_i18n();
    let api = use_api();
    let (sql, layout, checked, sample) =
        (state.sql, state.layout, state.save_checked, state.sample);
    let contact_based = move || layout.with(|l| l == "contact_based");
    if sql.with_untracked(|s| s.trim().is_empty()) {
        sql.set(basic_query(untrack(contact_based)));
    }
    let preview = RwSignal::new(None::<QueryPreview>);
    let failure = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    let error = Signal::derive(move || {
        (checked.get() && sql.with(|s| s.trim().is_empty())).then(|| i18n.t(msg::CSV_SQL_REQUIRED))
    });
    let run = {
        let state = state.clone();
        move |_| {
            if busy.get_untracked() {
                return;
            }
            let Some(text) = sample.with_untracked(|s| s.as_ref().map(|s| s.text.to_string()))
            else {
                return;
            };
            let values = untrack(|| state.values());
            let req = CsvSqlPreviewRequest {
                read: values.read_options(),
                sample: text,
                sql: values.sql.clone(),
                settings: [(
                    "import_data_type".to_string(),
                    FieldValue::Text(values.data_type.as_setting().into()),
                )]
                .into(),
            };
            busy.set(true);
            failure.set(None);
            let api = api.clone();
            leptos::task::spawn_local(async move {
                let result = api.csv_sql_preview(&req).await;
                busy.try_set(false);
                match result {
                    Ok(p) => {
                        preview.try_set(Some(p));
                        crate::browser::focus_soon("ixi-csv-sql-preview".into());
                    }
                    Err(e) => {
                        preview.try_set(None);
                        failure.try_set(Some(e));
                        crate::browser::focus_soon("ixi-csv-sql-failure".into());
                    }
                }
            });
        }
    };
    let no_sample = move || sample.with(Option::is_none);
    view! {
        <TextAreaInput
            dom_id="ixi-csv-sql"
            label=Signal::derive(i18n.text(msg::CSV_SQL_LABEL))
            help=Some(Signal::derive(i18n.text(msg::CSV_SQL_HELP)))
            error=error
            value=sql
        />
        {columns_table(contact_based)}
        <div class="ixi-query-run">
            <button
                type="button"
                class="ixi-button"
                aria-disabled=move || if busy.get() || no_sample() { "true" } else { "false" }
                aria-describedby="ixi-csv-sql-run-hint"
                on:click=run
            >
                {move || if busy.get() { i18n.t(msg::QUERY_RUNNING) } else { i18n.t(msg::QUERY_RUN_BUTTON) }}
            </button>
            <p class="ixi-field-help" id="ixi-csv-sql-run-hint">
                {move || no_sample().then(|| i18n.t(msg::CSV_SQL_NEEDS_SAMPLE))}
            </p>
        </div>
        <div aria-live="polite">
            {move || failure.get().map(|e| {
                // The query runs over the sample in injixo, not in the customer's database.
                let message = match e.code() {
                    Some(ErrorCode::SqlError) => Some(msg::CSV_SQL_ERROR),
                    Some(ErrorCode::QueryTimeout) => Some(msg::CSV_SQL_TIMEOUT),
                    _ => None,
                };
                view! {
                    <div id="ixi-csv-sql-failure" tabindex="-1">
                        <ErrorAlert error=e step=Step::CsvSqlPreview model="csv" message=message />
                    </div>
                }
            })}
            {move || preview.get().map(|p| view! {
                <QueryPreviewTable preview=p id="ixi-csv-sql-preview" rows_text=msg::csv_sql_preview_rows />
            })}
        </div>
    }
}
