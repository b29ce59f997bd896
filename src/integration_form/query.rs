//! The SQL query field of the Database model: the editor, the columns its result
//! must have (for the type of import data chosen), and *Run query*, which has the
//! linked injixo Cloud Link run it and shows the first rows and what is wrong, before
//! anything is saved.

use super::state::{dom_id, FormState};
use crate::api::{use_api, ApiError};
use crate::components::{kind_label, ErrorAlert, QueryPreviewTable, Step};
use crate::i18n::{msg, use_i18n};
use injixo_contract::{Field, QueryPreview, RunQuery};
use leptos::prelude::*;

/// The columns the query must return for the form's current values (tracked).
fn columns_view(state: &FormState, field: &Field) -> impl IntoView {
    let i18n = use_i18n();
    let (state, field) = (state.clone(), field.clone());
    move || {
        let settings = state.draft().values(&state.model);
        let columns = field
            .kind
            .query_columns(&settings)
            .unwrap_or_default()
            .to_vec();
        (!columns.is_empty()).then(|| {
            let rows = columns
                .into_iter()
                .map(|c| {
                    let help = c.help_id.clone();
                    view! {
                        <tr>
                            <th scope="row"><code>{c.name.clone()}</code></th>
                            <td>{i18n.text(kind_label(c.kind))}</td>
                            <td>{i18n.text(if c.required { msg::QUERY_COLUMN_REQUIRED } else { msg::QUERY_COLUMN_OPTIONAL })}</td>
                            <td>{move || i18n.t_data(&help)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="ixi-query-columns">
                    <h3>{i18n.text(msg::QUERY_COLUMNS_HEADING)}</h3>
                    <div class="ixi-table-wrap">
                        <table class="ixi-table ixi-table-compact"><tbody>{rows}</tbody></table>
                    </div>
                </div>
            }
        })
    }
}

/// The columns panel, *Run query* and its result, below the query editor.
pub fn query_tools(state: &FormState, field: &Field) -> impl IntoView {
    let i18n = use_i18n();
    let api = use_api();
    let preview = RwSignal::new(None::<QueryPreview>);
    let failure = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    let link = state.cloud_link;
    let run = {
        let (state, id) = (state.clone(), field.id.clone());
        move |_| {
            let Some(link_id) = link.with_untracked(|l| l.as_ref().map(|l| l.id.clone())) else {
                return;
            };
            if busy.get_untracked() {
                return;
            }
            let draft = untrack(|| state.draft());
            let req = RunQuery {
                sql: draft.text.get(&id).cloned().unwrap_or_default(),
                settings: draft.values(&state.model),
            };
            busy.set(true);
            failure.set(None);
            let api = api.clone();
            leptos::task::spawn_local(async move {
                let result = api.run_query(&link_id, &req).await;
                busy.set(false);
                match result {
                    Ok(p) => {
                        preview.set(Some(p));
                        crate::browser::focus_soon("ixi-query-preview".into());
                    }
                    Err(e) => {
                        preview.set(None);
                        failure.set(Some(e));
                        crate::browser::focus_soon("ixi-query-failure".into());
                    }
                }
            });
        }
    };
    let model_id = state.model.id.clone();
    view! {
        {columns_view(state, field)}
        <div class="ixi-query-run">
            <button
                type="button"
                class="ixi-button"
                aria-disabled=move || if busy.get() || link.with(Option::is_none) { "true" } else { "false" }
                aria-describedby=format!("{}-run-hint", dom_id(&field.id))
                on:click=run
            >
                {move || if busy.get() { i18n.t(msg::QUERY_RUNNING) } else { i18n.t(msg::QUERY_RUN_BUTTON) }}
            </button>
            <p class="ixi-field-help" id=format!("{}-run-hint", dom_id(&field.id))>
                {move || link.with(Option::is_none).then(|| i18n.t(msg::QUERY_NEEDS_LINK))}
            </p>
        </div>
        <div aria-live="polite">
            {move || failure.get().map(|e| view! {
                <div id="ixi-query-failure" tabindex="-1">
                    <ErrorAlert error=e step=Step::RunQuery model=model_id.clone() />
                </div>
            })}
            {move || preview.get().map(|p| view! {
                <QueryPreviewTable preview=p id="ixi-query-preview" rows_text=msg::query_preview_rows />
            })}
        </div>
    }
}
