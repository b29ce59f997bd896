//! Sample vendors for measuring, never for customers: `make bench` times the
//! catalogue filter on a catalogue of 18 models (issue 8), the size injixo's real
//! catalogue has, while this backend implements the 11 cloud models of the help
//! articles. Only served with the test hooks on (`INJIXO_SAMPLE_CATALOGUE_MODELS`,
//! see `config`). The samples copy Zendesk's model (its fields, features and texts),
//! so that every Fluent id they carry exists in all six locales.

use injixo_contract::{Catalogue, Vendor};

/// `catalogue` with sample vendors of two models each appended until it has
/// `models` models (unchanged when it has that many already).
pub fn pad(mut catalogue: Catalogue, models: usize) -> Catalogue {
    let template = super::zendesk::vendor();
    let count = |c: &Catalogue| c.vendors.iter().map(|v| v.models.len()).sum::<usize>();
    let mut n = 0;
    while count(&catalogue) < models {
        n += 1;
        let wanted = (models - count(&catalogue)).min(2);
        let vendor_id = format!("sample-{n:02}");
        let models = ["Chat", "Voice"][..wanted]
            .iter()
            .map(|kind| {
                let mut m = template.models[0].clone();
                m.id = format!("{vendor_id}-{}", kind.to_lowercase());
                m.name = format!("Sample {n:02} {kind}");
                m
            })
            .collect();
        catalogue.vendors.push(Vendor {
            id: vendor_id,
            name: format!("Sample vendor {n:02}"),
            always_select_model: wanted > 1,
            models,
            ..template.clone()
        });
    }
    catalogue
}

#[cfg(test)]
mod tests {
    use super::*;

    fn models(c: &Catalogue) -> Vec<String> {
        c.vendors
            .iter()
            .flat_map(|v| v.models.iter().map(|m| m.id.clone()))
            .collect()
    }

    #[test]
    fn pads_to_exactly_the_wanted_number_of_unique_models() {
        let real = models(&super::super::catalogue()).len();
        for wanted in [real, real + 1, real + 7] {
            let padded = models(&pad(super::super::catalogue(), wanted));
            assert_eq!(padded.len(), wanted);
            let mut unique = padded.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), wanted, "model ids must stay unique");
        }
    }

    #[test]
    fn never_removes_anything() {
        let c = pad(super::super::catalogue(), 0);
        assert_eq!(c, super::super::catalogue());
    }
}
