use crate::components::{distinct, Badges, PlanLock};
use crate::i18n::{labels, msg, use_i18n};
use crate::routes::{use_base, Route};
use crate::state::use_account;
use injixo_contract::Vendor;
use leptos::prelude::*;

/// A vendor's tile: *Select model* when it has several models, else straight to
/// *Add integration* (or why the plan does not include it).
#[component]
pub fn VendorTile(
    /// The vendor shown.
    vendor: Vendor,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = use_base();
    let account = use_account();
    let heading_id = format!("ixi-vendor-{}", vendor.id);
    let count = vendor.models.len();
    let description_id = vendor.description_id.clone();
    let action = match vendor.models.as_slice() {
        [single] if !vendor.always_select_model => {
            let single = single.clone();
            let described = heading_id.clone();
            (move || {
                let locked = account.locks(&single.plans);
                if locked {
                    view! { <PlanLock plans=single.plans.clone() /> }.into_any()
                } else {
                    view! {
                        <a class="ixi-button" href=base.href(&Route::Setup(single.id.clone())) aria-describedby=described.clone()>
                            {i18n.text(msg::CATALOGUE_ADD_BUTTON)}
                        </a>
                    }
                    .into_any()
                }
            })
            .into_any()
        }
        _ => view! {
            <a class="ixi-button" href=base.href(&Route::Vendor(vendor.id.clone())) aria-describedby=heading_id.clone()>
                {i18n.text(msg::CATALOGUE_SELECT_MODEL_BUTTON)}
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
                <h2 id=heading_id.clone()>{let v = vendor.clone(); move || labels::vendor_name(i18n, &v)}</h2>
                <p>{move || i18n.t_data(&description_id)}</p>
                <Badges
                    delivery=distinct(vendor.models.iter().map(|m| m.delivery))
                    features=distinct(vendor.models.iter().flat_map(|m| m.features.iter().copied()))
                />
                <p class="ixi-muted">
                    {move || i18n.fmt(&msg::catalogue_model_count(count))}
                </p>
                {action}
            </section>
        </li>
    }
}
