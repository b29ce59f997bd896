//! The answer of a query preview (*Run query* of the Database model, the CSV
//! integration's SQL mapping): the first rows, and which required columns are missing
//! or hold the wrong kind of values.

use crate::i18n::{msg, use_i18n, I18n, Message, Msg};
use injixo_contract::{ColumnKind, ColumnProblem, QueryPreview};
use leptos::prelude::*;

pub fn kind_label(kind: ColumnKind) -> Msg {
    match kind {
        ColumnKind::Text => msg::QUERY_KIND_TEXT,
        ColumnKind::Integer => msg::QUERY_KIND_INTEGER,
        ColumnKind::Number => msg::QUERY_KIND_NUMBER,
        ColumnKind::Timestamp => msg::QUERY_KIND_TIMESTAMP,
        ColumnKind::Unknown => msg::QUERY_KIND_UNKNOWN,
    }
}

fn problem_text(i18n: I18n, p: &ColumnProblem) -> String {
    match p.found {
        None => i18n.fmt(&msg::query_problem_missing(p.name.clone())),
        Some(found) => i18n.fmt(&msg::query_problem_kind(
            i18n.t(kind_label(p.expected)),
            i18n.t(kind_label(found)),
            p.name.clone(),
        )),
    }
}

/// A preview's rows and problems, in an element with `id` (focused after a run).
#[component]
pub fn QueryPreviewTable(
    /// The answer.
    preview: QueryPreview,
    /// DOM id of the result (to focus it).
    #[prop(into)]
    id: String,
    /// "The first N rows as … read them", for N rows.
    rows_text: fn(usize) -> Message,
) -> impl IntoView {
    let i18n = use_i18n();
    let p = preview;
    let head = p
        .columns
        .iter()
        .map(|c| view! { <th scope="col">{c.name.clone()}</th> })
        .collect_view();
    let count = p.rows.len();
    let rows = p
        .rows
        .into_iter()
        .map(|row| {
            let cells = row
                .into_iter()
                .map(|v| match v {
                    Some(v) => view! { <td>{v}</td> }.into_any(),
                    None => view! { <td class="ixi-muted">{i18n.text(msg::QUERY_VALUE_NULL)}</td> }
                        .into_any(),
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();
    let problems = p.problems.clone();
    view! {
        <div class="ixi-query-preview" id=id tabindex="-1">
            <h3>{i18n.text(msg::QUERY_PREVIEW_HEADING)}</h3>
            {if problems.is_empty() {
                view! { <p class="ixi-ok">{i18n.text(msg::QUERY_PREVIEW_OK)}</p> }.into_any()
            } else {
                view! {
                    <div class="ixi-alert ixi-alert-error" role="alert">
                        <p>{i18n.text(msg::QUERY_PROBLEMS_HEADING)}</p>
                        <ul>
                            {problems.into_iter().map(|pr| view! { <li>{move || problem_text(i18n, &pr)}</li> }).collect_view()}
                        </ul>
                    </div>
                }
                .into_any()
            }}
            {if count == 0 {
                view! { <p>{i18n.text(msg::QUERY_PREVIEW_NONE)}</p> }.into_any()
            } else {
                view! {
                    <p class="ixi-muted">{move || i18n.fmt(&rows_text(count))}</p>
                    <div class="ixi-table-wrap">
                        <table class="ixi-table ixi-table-compact">
                            <thead><tr>{head}</tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }}
            {p.truncated.then(|| view! { <p class="ixi-muted">{i18n.text(msg::QUERY_PREVIEW_MORE)}</p> })}
        </div>
    }
}
