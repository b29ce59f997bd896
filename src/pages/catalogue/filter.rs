//! The catalogue's filter box: which vendor tiles match what the admin typed.

use crate::i18n::search::{fold, matches};
use injixo_contract::{Delivery, Feature, Vendor};

/// True when every word of `query` occurs in the vendor's name, one of its models'
/// names, or the (localized) name of a feature or delivery mode of one of its
/// models. `vendor_label` gives the tile's name as shown (localized where it is not
/// a brand); like the other labels, it is formatted only when there is a query.
pub fn vendor_matches(
    vendor: &Vendor,
    vendor_label: impl FnOnce() -> String,
    query: &str,
    feature_label: impl Fn(Feature) -> String,
    delivery_label: impl Fn(Delivery) -> String,
) -> bool {
    // The page opens with an empty filter: every tile, without formatting each
    // model's feature and delivery labels first.
    if query.split_whitespace().next().is_none() {
        return true;
    }
    let mut haystack = fold(&vendor.name);
    haystack.push(' ');
    haystack.push_str(&fold(&vendor_label()));
    for m in &vendor.models {
        haystack.push(' ');
        haystack.push_str(&fold(&m.name));
        for f in &m.features {
            haystack.push(' ');
            haystack.push_str(&fold(&feature_label(*f)));
        }
        haystack.push(' ');
        haystack.push_str(&fold(&delivery_label(m.delivery)));
    }
    matches(&haystack, query)
}

#[cfg(test)]
mod tests {
    use super::*;
    use injixo_contract::{Delivery, Model};

    fn vendor(name: &str, models: &[(&str, Feature)]) -> Vendor {
        Vendor {
            id: name.to_lowercase(),
            name: name.into(),
            description_id: String::new(),
            always_select_model: false,
            name_id: None,
            models: models
                .iter()
                .map(|(m, f)| Model {
                    csv_schema: Default::default(),
                    cloud_link: None,
                    id: m.to_lowercase(),
                    name: (*m).into(),
                    description_id: String::new(),
                    delivery: Delivery::Cloud,
                    features: vec![*f],
                    plans: vec![],
                    key_use: None,
                    marketplace_url: None,
                    key_steps: Vec::new(),
                    help_path: None,
                    sections: vec![],
                    data_help: vec![],
                })
                .collect(),
        }
    }

    fn label(f: Feature) -> String {
        match f {
            Feature::ChatHistory => "Histórico de chat".into(),
            _ => "Anruf-Historie".into(),
        }
    }

    fn delivery(d: Delivery) -> String {
        match d {
            Delivery::Cloud => "Cloud".into(),
            Delivery::OnPremise => "On-Premise".into(),
        }
    }

    /// `vendor_matches` with the labels above.
    fn finds(v: &Vendor, label_text: &str, query: &str) -> bool {
        vendor_matches(v, || label_text.to_string(), query, label, delivery)
    }

    #[test]
    fn vendors_match_by_vendor_model_or_feature_in_any_case_and_accent() {
        let fw = vendor(
            "Freshworks",
            &[
                ("Freshchat", Feature::ChatHistory),
                ("Freshdesk", Feature::TicketHistory),
            ],
        );
        let five9 = vendor("Five9", &[("Five9", Feature::CallHistory)]);
        assert!(finds(&fw, "Freshworks", ""));
        assert!(finds(&fw, "Freshworks", "  FRESHDESK "));
        assert!(finds(&fw, "Freshworks", "historico chat"));
        assert!(finds(&five9, "Five9", "anruf"));
        assert!(!finds(&five9, "Five9", "fresh"));
        assert!(
            !finds(&fw, "Freshworks", "chat zendesk"),
            "every word must match"
        );
        assert!(finds(&five9, "Five9", "cloud"), "the delivery mode counts");
        assert!(!finds(&five9, "Five9", "on-premise"));
    }
}
