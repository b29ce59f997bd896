//! *Add a new integration*: the vendor tiles and their filter.

mod filter;
mod tile;

use super::load::with_catalogue;
use crate::components::{use_page_title, BackLink, Breadcrumb};
use crate::i18n::{labels, msg, use_i18n};
use crate::routes::Route;
use filter::vendor_matches;
use leptos::prelude::*;
use tile::VendorTile;

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
        {with_catalogue(move |c| {
            let vendors = c.vendors.clone();
            let shown = move || {
                let q = query.get();
                vendors
                    .iter()
                    .filter(|v| {
                        let label = labels::vendor_name(i18n, v);
                        vendor_matches(v, &label, &q, |f| i18n.t(labels::feature(f)), |d| i18n.t(labels::delivery(d)))
                    })
                    .cloned()
                    .collect::<Vec<_>>()
            };
            let shown = Memo::new(move |_| shown());
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
                    <For each=move || shown.get() key=|v| v.id.clone() let(v)>
                        <VendorTile vendor=v />
                    </For>
                </ul>
            }
        })}
    }
}
