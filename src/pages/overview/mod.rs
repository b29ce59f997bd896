mod paging;
mod row;

use super::load::{error_view, loaded};
use crate::api;
use crate::components::{use_page_title, Breadcrumb, Step};
use crate::i18n::{msg, use_i18n};
use crate::routes::{use_base, Route};
use leptos::prelude::*;
use paging::{Paging, PAGE_SIZE};
use row::IntegrationRow;

/// *Account > Integrations*: the account's integrations with status and last import.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let base = use_base();
    use_page_title(i18n.text(msg::OVERVIEW_TITLE));
    let api = api::use_api();
    let list = LocalResource::new(move || {
        let api = api.clone();
        async move { api.integrations(PAGE_SIZE).await }
    });
    view! {
        <Breadcrumb />
        <div class="ixi-page-head">
            <h1>{i18n.text(msg::OVERVIEW_TITLE)}</h1>
            <a class="ixi-button ixi-button-primary" href=base.href(&Route::Catalogue)>
                {i18n.text(msg::OVERVIEW_ADD_BUTTON)}
            </a>
        </div>
        <p class="ixi-lead">{i18n.text(msg::OVERVIEW_INTRO)}</p>
        {loaded(list, Step::LoadOverview, |e| e, move |items| {
            if items.is_empty() {
                EmptyState().into_any()
            } else {
                // Opening an integration is the likely next step: its code is fetched
                // when the pointer or the focus reaches the list, not during the
                // page's own load.
                view! {
                    <div
                        on:pointerover=|_| super::integration::prefetch()
                        on:focusin=|_| super::integration::prefetch()
                    >
                        <IntegrationTable items=items on_reload=Callback::new(move |_| list.refetch()) />
                    </div>
                }
                    .into_any()
            }
        })}
    }
}

#[component]
fn EmptyState() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="ixi-empty">
            <h2>{i18n.text(msg::OVERVIEW_EMPTY_TITLE)}</h2>
            <p>{i18n.text(msg::OVERVIEW_EMPTY_TEXT)}</p>
        </div>
    }
}

#[component]
fn IntegrationTable(
    /// The integrations, sorted as the server sorts them (by name).
    items: api::Integrations,
    /// Loads the list again (after a batch could not be read).
    on_reload: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let paging = RwSignal::new(Paging::new(items.len()));
    let paged = paging.get_untracked().is_paged();
    // The rows of each shown batch, decoded when the batch is first shown.
    let first = items
        .batch(paging.with_untracked(|p| p.batch(0)))
        .unwrap_or_default();
    let batches = StoredValue::new(vec![first]);
    let items = StoredValue::new_local(items);
    let error = RwSignal::new(None::<api::ApiError>);
    let batch = move |i: usize| {
        batches
            .with_value(|b| b.get(i).cloned().unwrap_or_default())
            .into_iter()
            .map(|item| view! { <IntegrationRow item=item /> })
            .collect_view()
    };
    let show_more = move |_| {
        let next = paging.with_untracked(Paging::next_range);
        match items.with_value(|all| all.batch(next)) {
            Ok(rows) => {
                error.set(None);
                let first_new = rows.first().map(|it| row::link_id(&it.id));
                batches.update_value(|b| b.push(rows));
                paging.update(|p| {
                    p.show_more();
                });
                // Keyboard users carry on at the first new row, not at a button that may be gone.
                if let Some(id) = first_new {
                    crate::browser::focus_soon(id);
                }
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <div class="ixi-table-wrap">
            <table class="ixi-table">
                <caption class="ixi-visually-hidden">{i18n.text(msg::OVERVIEW_TABLE_CAPTION)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.text(msg::OVERVIEW_COLUMN_NAME)}</th>
                        <th scope="col">{i18n.text(msg::OVERVIEW_COLUMN_MODEL)}</th>
                        <th scope="col">{i18n.text(msg::OVERVIEW_COLUMN_STATUS)}</th>
                        <th scope="col">{i18n.text(msg::OVERVIEW_COLUMN_LAST_IMPORT)}</th>
                        <th scope="col">{i18n.text(msg::OVERVIEW_COLUMN_ACTIONS)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || 0..paging.with(Paging::batches) key=|i| *i let(i)>
                        {batch(i)}
                    </For>
                </tbody>
            </table>
        </div>
        {paged
            .then(|| {
                view! {
                    <div class="ixi-more">
                        <p class="ixi-muted" role="status">
                            {move || {
                                let p = paging.get();
                                i18n.fmt(&msg::overview_shown_count(p.shown(), p.total()))
                            }}
                        </p>
                        {move || {
                            let n = paging.with(Paging::next_batch);
                            (n > 0)
                                .then(|| {
                                    view! {
                                        <button type="button" class="ixi-button" on:click=show_more>
                                            {move || i18n.fmt(&msg::overview_show_more_button(n))}
                                        </button>
                                    }
                                })
                        }}
                    </div>
                }
            })}
        {move || error.get().map(|e| error_view(e, Step::LoadOverview, move || on_reload.run(())))}
    }
}
