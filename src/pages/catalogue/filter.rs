//! The catalogue's filter box: which vendor tiles match what the admin typed.

use injixo_contract::{Feature, Vendor};

/// Lower case without accents, so "freshdesk" finds "Freshdesk" and "historico"
/// finds "Histórico" (admins type fast and on any keyboard).
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            other => other,
        })
        .collect()
}

/// True when every word of `query` occurs in the vendor's name, one of its models'
/// names, or the (localized) name of a feature one of its models imports.
/// `vendor_label` is the tile's name as shown (localized where it is not a brand).
pub fn vendor_matches(
    vendor: &Vendor,
    vendor_label: &str,
    query: &str,
    feature_label: impl Fn(Feature) -> String,
) -> bool {
    let words: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
    if words.is_empty() {
        return true;
    }
    let mut haystack = fold(&vendor.name);
    haystack.push(' ');
    haystack.push_str(&fold(vendor_label));
    for m in &vendor.models {
        haystack.push(' ');
        haystack.push_str(&fold(&m.name));
        for f in &m.features {
            haystack.push(' ');
            haystack.push_str(&fold(&feature_label(*f)));
        }
    }
    words.iter().all(|w| haystack.contains(w.as_str()))
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
                    id: m.to_lowercase(),
                    name: (*m).into(),
                    description_id: String::new(),
                    delivery: Delivery::Cloud,
                    features: vec![*f],
                    plans: vec![],
                    key_use: None,
                    marketplace_url: None,
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
        assert!(vendor_matches(&fw, "Freshworks", "", label));
        assert!(vendor_matches(&fw, "Freshworks", "  FRESHDESK ", label));
        assert!(vendor_matches(&fw, "Freshworks", "historico chat", label));
        assert!(vendor_matches(&five9, "Five9", "anruf", label));
        assert!(!vendor_matches(&five9, "Five9", "fresh", label));
        assert!(
            !vendor_matches(&fw, "Freshworks", "chat zendesk", label),
            "every word must match"
        );
    }
}
