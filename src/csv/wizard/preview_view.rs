//! The preview as the admin sees it: summary, the rows with their problems, and the
//! problems of lines further down.

use super::preview::{Preview, Shown, PREVIEW_ROWS};
use crate::csv::texts;
use crate::i18n::{msg, use_i18n, I18n};
use leptos::prelude::*;

fn label(i18n: I18n, shown: Shown) -> String {
    i18n.t(match shown {
        Shown::Field(c) => texts::field(c),
        Shown::Time => msg::CSV_PREVIEW_TIME_UTC,
        Shown::Start => msg::CSV_PREVIEW_START_UTC,
        Shown::End => msg::CSV_PREVIEW_END_UTC,
    })
}

fn table(i18n: I18n, p: &Preview) -> impl IntoView {
    let head = p
        .columns
        .iter()
        .map(|c| {
            let (shown, sources) = (c.field, c.sources.join(" + "));
            view! {
                <th scope="col">
                    {move || label(i18n, shown)}
                    <span class="ixi-preview-source">{sources}</span>
                </th>
            }
        })
        .collect_view();
    let rows = p
        .rows
        .iter()
        .map(|r| {
            let cells = r
                .cells
                .iter()
                .map(|c| view! { <td class:ixi-cell-bad=c.bad>{c.text.clone()}</td> })
                .collect_view();
            let problems = r.problems.clone();
            view! {
                <tr class:ixi-row-bad=!r.problems.is_empty()>
                    <th scope="row">{r.line}</th>
                    {cells}
                    <td class="ixi-preview-problems">
                        {problems
                            .into_iter()
                            .map(|p| view! { <p>{move || texts::problem(i18n, &p)}</p> })
                            .collect_view()}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="ixi-table-wrap">
            <table class="ixi-table ixi-table-compact ixi-preview-table" aria-labelledby="ixi-csv-preview-heading">
                <thead>
                    <tr>
                        <th scope="col">{i18n.text(msg::CSV_PREVIEW_LINE)}</th>
                        {head}
                        <th scope="col">{i18n.text(msg::CSV_PREVIEW_PROBLEMS)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// Problems of lines below the table (and of the whole file).
fn further_problems(i18n: I18n, p: &Preview) -> Option<impl IntoView> {
    let analysis = p.analysis.as_ref()?;
    let last_shown = p.rows.last().map_or(0, |r| r.line);
    let further: Vec<_> = analysis
        .problems
        .iter()
        .filter(|pr| pr.line.is_none_or(|l| l > last_shown))
        .cloned()
        .collect();
    let unlisted = analysis
        .error_count
        .saturating_sub(analysis.problems.len() as u64);
    if further.is_empty() && unlisted == 0 {
        return None;
    }
    Some(view! {
        <div class="ixi-preview-further">
            <h5>{i18n.text(msg::CSV_PREVIEW_PROBLEMS_HEADING)}</h5>
            <ul>
                {further
                    .into_iter()
                    .map(|pr| view! { <li>{move || texts::problem(i18n, &pr)}</li> })
                    .collect_view()}
            </ul>
            {(unlisted > 0).then(|| view! {
                <p class="ixi-muted">{move || i18n.fmt(&msg::csv_import_more_errors(unlisted))}</p>
            })}
        </div>
    })
}

#[component]
pub fn PreviewTable(
    /// The preview, `None` before there is a sample.
    preview: Memo<Option<Preview>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let body = move || {
        preview.with(|p| {
            let Some(p) = p else {
                return view! { <p class="ixi-muted">{i18n.text(msg::CSV_WIZARD_SAMPLE_NEEDED)}</p> }
                    .into_any();
            };
            if !p.errors.is_empty() {
                return view! { <p class="ixi-muted">{i18n.text(msg::CSV_PREVIEW_MAPPING_NEEDED)}</p> }
                    .into_any();
            }
            let imported = p.analysis.as_ref().map_or(0, |a| a.imported_lines);
            let total = p.total;
            let all_ok = p.analysis.as_ref().is_some_and(|a| a.error_count == 0);
            view! {
                <p class=if all_ok { "ixi-ok" } else { "ixi-preview-summary" } role="status">
                    {move || i18n.fmt(&msg::csv_preview_summary(imported, total))}
                </p>
                {table(i18n, p)}
                {(total > PREVIEW_ROWS).then(|| view! {
                    <p class="ixi-muted">{move || i18n.fmt(&msg::csv_preview_first_rows(PREVIEW_ROWS))}</p>
                })}
                {further_problems(i18n, p)}
            }
            .into_any()
        })
    };
    let ms = move || preview.with(|p| p.as_ref().map(|p| format!("{:.2}", p.ms)));
    view! {
        <section class="ixi-csv-preview" aria-labelledby="ixi-csv-preview-heading" data-preview-ms=ms>
            <h4 id="ixi-csv-preview-heading">{i18n.text(msg::CSV_PREVIEW_HEADING)}</h4>
            <p class="ixi-field-help">{i18n.text(msg::CSV_PREVIEW_INTRO)}</p>
            {body}
        </section>
    }
}
