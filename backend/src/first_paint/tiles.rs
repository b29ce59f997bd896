//! The catalogue's tiles with their real texts, as src/pages/catalogue/tile.rs and
//! src/components/badges.rs render them: a tile's height comes from its text (the
//! description, how many badges wrap), so only the text itself gives the frame the
//! app's boxes. The buttons are look-alikes that cannot be used yet; the list is
//! hidden from screen readers until the app's own is there.

use super::frame::esc;
use super::texts::Language;
use injixo_contract::{Catalogue, Delivery, Feature, Vendor};

pub fn render(html: &mut String, t: &Language, catalogue: &Catalogue) {
    let count = catalogue.vendors.len();
    html.push_str(r#"<p class="ixi-muted" aria-hidden="true">"#);
    html.push_str(&esc(
        &t.text("catalogue-filter-count", &[("count", count.into())])
    ));
    html.push_str(r#"</p><ul class="ixi-tiles" aria-hidden="true">"#);
    for vendor in &catalogue.vendors {
        tile(html, t, vendor);
    }
    html.push_str("</ul>");
}

fn tile(html: &mut String, t: &Language, vendor: &Vendor) {
    let name = match &vendor.name_id {
        Some(id) => t.text(id, &[]),
        None => vendor.name.clone(),
    };
    html.push_str(r#"<li><section class="ixi-tile"><span class="ixi-tile-logo">"#);
    html.push_str(&esc(&vendor
        .name
        .chars()
        .next()
        .map(String::from)
        .unwrap_or_default()));
    html.push_str("</span><h2>");
    html.push_str(&esc(&name));
    html.push_str("</h2><p>");
    html.push_str(&esc(&t.text(&vendor.description_id, &[])));
    html.push_str(r#"</p><div class="ixi-badge-lists"><ul class="ixi-badges">"#);
    for d in distinct(vendor.models.iter().map(|m| m.delivery)) {
        badge(
            html,
            "ixi-badge ixi-badge-delivery",
            &t.text(&delivery_id(d), &[]),
        );
    }
    html.push_str(r#"</ul><ul class="ixi-badges">"#);
    for f in distinct(
        vendor
            .models
            .iter()
            .flat_map(|m| m.features.iter().copied()),
    ) {
        badge(html, "ixi-badge", &t.text(&feature_id(f), &[]));
    }
    html.push_str(r#"</ul></div><p class="ixi-muted">"#);
    let models = vendor.models.len();
    html.push_str(&esc(
        &t.text("catalogue-model-count", &[("count", models.into())])
    ));
    // *Add integration* straight away for a single model, else *Select model*.
    let action = if models == 1 && !vendor.always_select_model {
        "catalogue-add-button"
    } else {
        "catalogue-select-model-button"
    };
    html.push_str(r#"</p><span class="ixi-button ixi-skel-control">"#);
    html.push_str(&esc(&t.text(action, &[])));
    html.push_str("</span></section></li>");
}

fn badge(html: &mut String, class: &str, text: &str) {
    html.push_str(r#"<li class=""#);
    html.push_str(class);
    html.push_str(r#"">"#);
    html.push_str(&esc(text));
    html.push_str("</li>");
}

/// `delivery-on-premise`: the app's message ids (src/i18n/labels.rs) are the
/// contract's names, kebab-cased.
fn delivery_id(d: Delivery) -> String {
    format!("delivery-{}", wire_name(&d))
}

fn feature_id(f: Feature) -> String {
    format!("feature-{}", wire_name(&f))
}

fn wire_name(value: &impl serde::Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(|s| s.replace('_', "-")))
        .unwrap_or_default()
}

/// Each value once, in first-seen order (src/components/badges.rs, `distinct`).
fn distinct<T: PartialEq>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}
