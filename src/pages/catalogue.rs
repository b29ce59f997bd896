use crate::components::{use_page_title, BackLink, Breadcrumb};
use crate::i18n::{use_i18n, Args};
use crate::paths;
use injixo_contract::Vendor;
use leptos::prelude::*;

/// *Add a new integration*: one tile per vendor.
#[component]
pub fn CataloguePage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || i18n.t("catalogue-title"));
    view! {
        <Breadcrumb current=Signal::derive(move || i18n.t("catalogue-title")) />
        <BackLink href=paths::overview() label=Signal::derive(move || i18n.t("back-to-overview")) />
        <h1>{move || i18n.t("catalogue-title")}</h1>
        <p class="ixi-lead">{move || i18n.t("catalogue-intro")}</p>
        {super::with_catalogue(|c| {
            view! {
                <ul class="ixi-tiles">
                    {c.vendors.iter().cloned().map(|v| view! { <VendorTile vendor=v /> }).collect_view()}
                </ul>
            }
        })}
    }
}

/// A vendor's tile: *Select model* when it has several models, else straight to
/// *Add integration*.
#[component]
fn VendorTile(
    /// The vendor shown.
    vendor: Vendor,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading_id = format!("ixi-vendor-{}", vendor.id);
    let count = vendor.models.len();
    let description_id = vendor.description_id.clone();
    let action = match vendor.models.as_slice() {
        [single] => view! {
            <a class="ixi-button" href=paths::setup(&single.id) aria-describedby=heading_id.clone()>
                {move || i18n.t("catalogue-add-button")}
            </a>
        }
        .into_any(),
        _ => view! {
            <a class="ixi-button" href=paths::vendor(&vendor.id) aria-describedby=heading_id.clone()>
                {move || i18n.t("catalogue-select-model-button")}
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
            <h2 id=heading_id.clone()>{vendor.name.clone()}</h2>
            <p>{move || i18n.t(&description_id)}</p>
            <p class="ixi-muted">
                {move || i18n.t_args("catalogue-model-count", &Args::new().with("count", count))}
            </p>
            {action}
            </section>
        </li>
    }
}
