//! *Add a new integration*: the vendor tiles and their filter.

mod filter;
mod tile;

use super::load::with_catalogue;
use crate::components::{after_a_task, use_page_title, BackLink, Breadcrumb, Later};
use crate::i18n::{labels, msg, use_i18n};
use crate::routes::Route;
use filter::vendor_matches;
use leptos::prelude::*;
use tile::VendorTile;

/// The tiles rendered with the page; the others follow a task later (a first screen
/// holds fewer, and rendering them all at once was one long task on a slow phone).
const FIRST_TILES: usize = 6;

/// *Add a new integration*: one tile per vendor, with a filter box.
#[component]
pub fn CataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(i18n.text(msg::CATALOGUE_TITLE));
    let query = RwSignal::new(String::new());
    view! {
        <Breadcrumb current=Signal::derive(i18n.text(msg::CATALOGUE_TITLE)) />
        <BackLink to=Route::Overview label=msg::BACK_TO_OVERVIEW />
        <h1>{i18n.text(msg::CATALOGUE_TITLE)}</h1>
        <p class="ixi-lead">{i18n.text(msg::CATALOGUE_INTRO)}</p>
        <div class="ixi-filter" role="search">
            <label for="ixi-catalogue-filter">{i18n.text(msg::CATALOGUE_FILTER_LABEL)}</label>
            <input
                id="ixi-catalogue-filter"
                type="search"
                autocomplete="off"
                placeholder=i18n.text(msg::CATALOGUE_FILTER_PLACEHOLDER)
                aria-describedby="ixi-catalogue-count"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
        </div>
        // The tiles a task after the page's head (both in one task were too long on
        // a slow phone: docs/performance.md, "Long tasks"); the frame stays till then.
        <Later>
        {with_catalogue(move |c| {
            // The positions of the vendors shown (the catalogue is the same for as long
            // as this view lives), rather than copies of them.
            let shown = {
                let c = c.clone();
                move || {
                    let q = query.get();
                    (0..c.vendors.len())
                        .filter(|&i| {
                            let v = &c.vendors[i];
                            let label = || labels::vendor_name(i18n, v);
                            vendor_matches(v, label, &q, |f| i18n.t(labels::feature(f)), |d| i18n.t(labels::delivery(d)))
                        })
                        .collect::<Vec<_>>()
                }
            };
            let shown = Memo::new(move |_| shown());
            let all = after_a_task();
            view! {
                <p id="ixi-catalogue-count" class="ixi-muted" role="status">
                    {move || {
                        let n = shown.with(Vec::len);
                        if n == 0 {
                            i18n.fmt(&msg::catalogue_filter_none(query.get()))
                        } else {
                            i18n.fmt(&msg::catalogue_filter_count(n))
                        }
                    }}
                </p>
                <ul class="ixi-tiles">
                    <For
                        each=move || {
                            let mut shown = shown.get();
                            if !all.get() {
                                shown.truncate(FIRST_TILES);
                            }
                            shown
                        }
                        key=|i| *i
                        let(i)
                    >
                        <VendorTile vendor=c.vendors[i].clone() />
                    </For>
                </ul>
            }
        })}
        </Later>
    }
}
