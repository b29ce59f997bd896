use crate::app::AccountData;
use crate::components::{use_page_title, BackLink, Breadcrumb, PlanLock};
use crate::forms::catalogue_filter::vendor_matches;
use crate::i18n::{use_i18n, Args};
use crate::{labels, paths};
use injixo_contract::Vendor;
use leptos::prelude::*;

/// *Add a new integration*: one tile per vendor, with a filter box.
#[component]
pub fn CataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(i18n.text("catalogue-title"));
    let query = RwSignal::new(String::new());
    view! {
        <Breadcrumb current=Signal::derive(i18n.text("catalogue-title")) />
        <BackLink href=paths::overview() label=Signal::derive(i18n.text("back-to-overview")) />
        <h1>{i18n.text("catalogue-title")}</h1>
        <p class="ixi-lead">{i18n.text("catalogue-intro")}</p>
        <div class="ixi-filter" role="search">
            <label for="ixi-catalogue-filter">{i18n.text("catalogue-filter-label")}</label>
            <input
                id="ixi-catalogue-filter"
                type="search"
                autocomplete="off"
                placeholder=i18n.text("catalogue-filter-placeholder")
                aria-describedby="ixi-catalogue-count"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
        </div>
        {super::with_catalogue(move |c| {
            let vendors = c.vendors.clone();
            let shown = move || {
                let q = query.get();
                vendors
                    .iter()
                    .filter(|v| {
                        let label = super::vendor_name(i18n, v);
                        vendor_matches(v, &label, &q, |f| i18n.t(labels::feature(f)))
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
                            i18n.t_args("catalogue-filter-none", &Args::new().with("query", query.get()))
                        } else {
                            i18n.t_args("catalogue-filter-count", &Args::new().with("count", n))
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

/// A vendor's tile: *Select model* when it has several models, else straight to
/// *Add integration* (or why the plan does not include it).
#[component]
fn VendorTile(
    /// The vendor shown.
    vendor: Vendor,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = crate::paths::use_base();
    let account = expect_context::<AccountData>();
    let heading_id = format!("ixi-vendor-{}", vendor.id);
    let count = vendor.models.len();
    let description_id = vendor.description_id.clone();
    let action = match vendor.models.as_slice() {
        [single] if !vendor.always_select_model => {
            let single = single.clone();
            let described = heading_id.clone();
            (move || {
                let locked = account.plan().is_some_and(|p| !single.plans.contains(&p));
                if locked {
                    view! { <PlanLock plans=single.plans.clone() /> }.into_any()
                } else {
                    view! {
                        <a class="ixi-button" href=base.href(paths::setup(&single.id)) aria-describedby=described.clone()>
                            {i18n.text("catalogue-add-button")}
                        </a>
                    }
                    .into_any()
                }
            })
            .into_any()
        }
        _ => view! {
            <a class="ixi-button" href=base.href(paths::vendor(&vendor.id)) aria-describedby=heading_id.clone()>
                {i18n.text("catalogue-select-model-button")}
            </a>
        }
        .into_any(),
    };
    view! {
        <li>
            <section class="ixi-tile" aria-labelledby=heading_id.clone()>
                <span class="ixi-tile-logo" aria-hidden="true">
                    {vendor.name.chars().next().map(String::from)}
                </span>
                <h2 id=heading_id.clone()>{let v = vendor.clone(); move || super::vendor_name(i18n, &v)}</h2>
                <p>{move || i18n.t(&description_id)}</p>
                <p class="ixi-muted">
                    {move || i18n.t_args("catalogue-model-count", &Args::new().with("count", count))}
                </p>
                {action}
            </section>
        </li>
    }
}
