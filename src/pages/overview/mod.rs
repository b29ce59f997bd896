mod paging;
mod row;

use super::load::loaded;
use crate::api;
use crate::components::{use_page_title, Breadcrumb, ErrorAlert, Step};
use crate::i18n::{msg, use_i18n};
use crate::routes::{use_base, Route};
use injixo_contract::IntegrationList;
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
        async move { api.integrations(PAGE_SIZE as u32, None).await }
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
        {loaded(list, Step::LoadOverview, |e| e, move |first| {
            if first.items.is_empty() {
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
                        <IntegrationTable first=first />
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
    /// The first page, sorted as the server sorts (by name).
    first: IntegrationList,
) -> impl IntoView {
    let i18n = use_i18n();
    let api = api::use_api();
    let IntegrationList {
        items,
        next_cursor,
        total,
    } = first;
    let paging = RwSignal::new(Paging::new(
        items.len(),
        total as usize,
        next_cursor.is_some(),
    ));
    let paged = paging.get_untracked().is_paged();
    // Where the next page starts.
    let cursor = StoredValue::new(next_cursor);
    // The rows of each page, in the order they came.
    let pages = StoredValue::new(vec![items]);
    let loading = RwSignal::new(false);
    let error = RwSignal::new(None::<api::ApiError>);
    let page = move |i: usize| {
        pages
            .with_value(|p| p.get(i).cloned().unwrap_or_default())
            .into_iter()
            .map(|item| view! { <IntegrationRow item=item /> })
            .collect_view()
    };
    // The next page; on failure the rows shown stay and the error is told at the
    // button, whose click (or *Try again*) asks for the same page again.
    let load_more = Callback::new(move |()| {
        if loading.get_untracked() {
            return;
        }
        let Some(after) = cursor.get_value() else {
            return;
        };
        loading.set(true);
        let api = api.clone();
        leptos::task::spawn_local(async move {
            let result = api.integrations(PAGE_SIZE as u32, Some(&after)).await;
            loading.set(false);
            let page = match result {
                Ok(page) => page,
                Err(e) => return error.set(Some(e)),
            };
            error.set(None);
            // An integration renamed across the cursor between two pages comes
            // again; it is shown once. A scan, not a set: a few hundred rows at
            // most, and no hashing code in the first load.
            let rows: Vec<_> = pages.with_value(|shown| {
                page.items
                    .into_iter()
                    .filter(|new| !shown.iter().flatten().any(|old| old.id == new.id))
                    .collect()
            });
            let first_new = rows.first().map(|it| row::link_id(&it.id));
            let added = rows.len();
            cursor.set_value(page.next_cursor.clone());
            pages.update_value(|p| p.push(rows));
            paging.update(|p| {
                p.add_page(added, page.total as usize, page.next_cursor.is_some());
            });
            // Keyboard users carry on at the first new row, not at a button that may be gone.
            if let Some(id) = first_new {
                crate::browser::focus_soon(id);
            }
        });
    });
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
                    <For each=move || 0..paging.with(Paging::pages) key=|i| *i let(i)>
                        {page(i)}
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
                                        <button
                                            type="button"
                                            class="ixi-button"
                                            aria-disabled=move || if loading.get() { "true" } else { "false" }
                                            on:click=move |_| load_more.run(())
                                        >
                                            {move || i18n.fmt(&msg::overview_show_more_button(n))}
                                        </button>
                                    }
                                })
                        }}
                        {move || {
                            error
                                .get()
                                .map(|e| {
                                    view! {
                                        <ErrorAlert
                                            error=e
                                            step=Step::LoadMore
                                            on_retry=load_more
                                            lead=Some(msg::OVERVIEW_MORE_FAILED)
                                        />
                                    }
                                })
                        }}
                    </div>
                }
            })}
    }
}
