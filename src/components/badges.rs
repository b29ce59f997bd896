use crate::i18n::{labels, msg, use_i18n};
use injixo_contract::{Delivery, Feature};
use leptos::prelude::*;

/// The delivery modes and imported data of one model or of all models of a vendor,
/// as badges in two labelled lists (*Delivery mode*, *Features*), as the product
/// shows them on its tiles.
#[component]
pub fn Badges(
    /// Cloud and/or On-Premise.
    delivery: Vec<Delivery>,
    /// What is imported (Call History, Agent Status, …).
    features: Vec<Feature>,
) -> impl IntoView {
    let i18n = use_i18n();
    let deliveries = delivery
        .into_iter()
        .map(|d| view! { <li class="ixi-badge ixi-badge-delivery">{i18n.text(labels::delivery(d))}</li> })
        .collect_view();
    let features = features
        .into_iter()
        .map(|f| view! { <li class="ixi-badge">{i18n.text(labels::feature(f))}</li> })
        .collect_view();
    view! {
        <div class="ixi-badge-lists">
            <ul class="ixi-badges" aria-label=i18n.text(msg::CATALOGUE_DELIVERY_LABEL)>{deliveries}</ul>
            <ul class="ixi-badges" aria-label=i18n.text(msg::CATALOGUE_FEATURES_LABEL)>{features}</ul>
        </div>
    }
}

/// Each value once, in first-seen order (the features of all of a vendor's models).
pub fn distinct<T: PartialEq + Copy>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}
