//! What the page shows of an analysis: the browser's check, and the server's answer
//! (*Your import* with its counts, or the errors with their lines).

use super::precheck::Check;
use crate::csv::texts;
use crate::i18n::{msg, use_i18n, I18n};
use injixo_csv::{Analysis, Problem};
use leptos::prelude::*;

/// The problems with their lines ("Error on line 4: Wrong date format."), and how
/// many more there are.
pub fn problem_list(i18n: I18n, analysis: &Analysis) -> impl IntoView {
    let problems: Vec<Problem> = analysis.problems.clone();
    let more = analysis
        .error_count
        .saturating_sub(analysis.problems.len() as u64);
    view! {
        <ul class="ixi-csv-errors">
            {problems
                .into_iter()
                .map(|p| view! { <li>{move || texts::problem(i18n, &p)}</li> })
                .collect_view()}
        </ul>
        {(more > 0).then(|| view! {
            <p class="ixi-muted">{move || i18n.fmt(&msg::csv_import_more_errors(more))}</p>
        })}
    }
}

/// *imported lines*, *imported Queues* or *imported agents*, *first date (UTC)*,
/// *last date (UTC)*.
pub fn summary(i18n: I18n, a: &Analysis, agents: bool) -> impl IntoView {
    let (names, label) = if agents {
        (a.agents, msg::CSV_IMPORT_AGENTS)
    } else {
        (a.queues, msg::CSV_IMPORT_QUEUES)
    };
    let date = |t: Option<injixo_csv::UtcTime>| t.map(|t| t.to_string()).unwrap_or_default();
    let items = [
        (a.imported_lines.to_string(), msg::CSV_IMPORT_LINES),
        (names.to_string(), label),
        (date(a.first), msg::CSV_IMPORT_FIRST_DATE),
        (date(a.last), msg::CSV_IMPORT_LAST_DATE),
    ];
    view! {
        <ul class="ixi-csv-summary">
            {items
                .into_iter()
                .map(|(value, label)| view! { <li><strong>{value}</strong>{i18n.text(label)}</li> })
                .collect_view()}
        </ul>
    }
}

/// The browser's check of the chosen file.
pub fn check_view(check: RwSignal<Check>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let body = match check.get() {
            Check::Idle => return None,
            Check::Running(share) => {
                let percent = (share * 100.0).round() as i64;
                view! {
                    <p role="status">{i18n.text(msg::CSV_IMPORT_CHECKING)}</p>
                    <progress
                        class="ixi-progress"
                        max="100"
                        value=percent
                        aria-label=move || i18n.t(msg::CSV_IMPORT_CHECKING)
                    ></progress>
                }
                .into_any()
            }
            Check::Done(a) if a.is_importable() => view! {
                <p class="ixi-ok" role="status">{move || i18n.fmt(&msg::csv_import_check_ok(a.imported_lines))}</p>
            }
            .into_any(),
            Check::Done(a) => view! {
                <div class="ixi-alert ixi-alert-warning" role="alert">
                    <p>{i18n.text(msg::CSV_IMPORT_CHECK_PROBLEMS)}</p>
                    {problem_list(i18n, &a)}
                </div>
            }
            .into_any(),
            Check::Sql => view! { <p class="ixi-muted">{i18n.text(msg::CSV_IMPORT_CHECK_SQL)}</p> }.into_any(),
            Check::NoSchema => view! {
                <p class="ixi-field-error" role="alert">{i18n.text(msg::CSV_IMPORT_NO_SCHEMA)}</p>
            }
            .into_any(),
            Check::Refused(code) => view! {
                <p class="ixi-field-error" role="alert">{move || i18n.t(texts::error_code(code))}</p>
            }
            .into_any(),
            Check::Failed(_) => view! {
                <p class="ixi-field-error" role="alert">{i18n.text(msg::CSV_ERROR_UNEXPECTED)}</p>
            }
            .into_any(),
        };
        Some(view! {
            <section class="ixi-csv-check" aria-labelledby="ixi-csv-check-heading">
                <h2 id="ixi-csv-check-heading">{i18n.text(msg::CSV_IMPORT_CHECK_HEADING)}</h2>
                {body}
            </section>
        })
    }
}
