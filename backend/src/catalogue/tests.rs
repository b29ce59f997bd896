//! The catalogue against the SPA's English messages and the help-center articles.

use super::catalogue;
use injixo_contract::{Catalogue, FieldKind, KeyUse, Plan};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Message ids defined at the start of a line of the `.ftl` files in `dir`.
fn defined_ids(dir: &Path) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(dir).expect("locales/en") {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        for line in std::fs::read_to_string(&path).unwrap().lines() {
            let Some((id, _)) = line.split_once(" =") else {
                continue;
            };
            let is_id = id.starts_with(|c: char| c.is_ascii_lowercase())
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if is_id {
                ids.insert(id.to_string());
            }
        }
    }
    ids
}

/// Every Fluent id the catalogue names.
fn used_ids(c: &Catalogue) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for v in &c.vendors {
        ids.insert(v.description_id.clone());
        ids.extend(v.name_id.clone());
        for m in &v.models {
            ids.insert(m.description_id.clone());
            for h in &m.data_help {
                ids.insert(h.title_id.clone());
                ids.extend(h.paragraph_ids.iter().cloned());
            }
            for s in &m.sections {
                ids.insert(s.title_id.clone());
                ids.extend(s.help_id.clone());
                for f in &s.fields {
                    ids.insert(f.label_id.clone());
                    ids.extend(f.help_id.clone());
                    ids.extend(f.error_ids.values().cloned());
                    if let FieldKind::Select { options } = &f.kind {
                        ids.extend(options.iter().map(|o| o.label_id.clone()));
                    }
                }
            }
        }
    }
    ids
}

#[test]
fn every_message_the_catalogue_names_is_in_english() {
    let defined = defined_ids(&repo().join("locales/en"));
    let missing: Vec<_> = used_ids(&catalogue())
        .into_iter()
        .filter(|id| !defined.contains(id))
        .collect();
    assert!(missing.is_empty(), "not in locales/en: {missing:?}");
}

/// The files of `locales/en` that hold catalogue data only.
const CATALOGUE_FILES: [&str; 5] = [
    "models.ftl",
    "vonage.ftl",
    "talkdesk.ftl",
    "ujet.ftl",
    "odigo.ftl",
];

#[test]
fn every_catalogue_message_of_the_catalogue_files_is_used() {
    let used = used_ids(&catalogue());
    for file in CATALOGUE_FILES {
        let path = repo().join("locales/en").join(file);
        let text = std::fs::read_to_string(path).expect(file);
        let unused: Vec<_> = text
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
            .filter(|id| !id.starts_with([' ', '#', '-']) && !used.contains(*id))
            .collect();
        assert!(unused.is_empty(), "{file} defines unused {unused:?}");
    }
}

#[test]
fn ids_are_unique_and_models_consistent() {
    let c = catalogue();
    let mut models = BTreeSet::new();
    for v in &c.vendors {
        assert!(!v.models.is_empty(), "{} has no models", v.id);
        for m in &v.models {
            assert!(models.insert(m.id.clone()), "model {} twice", m.id);
            assert!(!m.plans.is_empty(), "{} is in no plan", m.id);
            assert!(!m.features.is_empty(), "{} has no badges", m.id);
            assert_eq!(
                m.key_use == Some(KeyUse::App),
                m.marketplace_url.is_some(),
                "{}",
                m.id
            );
            let mut fields = BTreeSet::new();
            for f in m.fields() {
                assert!(fields.insert(&f.id), "{}: field {} twice", m.id, f.id);
                if let FieldKind::Select { options } = &f.kind {
                    let values: BTreeSet<_> = options.iter().map(|o| &o.value).collect();
                    assert_eq!(values.len(), options.len(), "{}.{}", m.id, f.id);
                }
            }
        }
    }
}

/// The article's front matter `product_label` list.
fn product_labels(article: &str) -> Vec<Plan> {
    let front = article.split("---").nth(1).unwrap_or_default();
    let mut lines = front
        .lines()
        .skip_while(|l| !l.starts_with("product_label:"))
        .skip(1);
    let mut plans = Vec::new();
    while let Some(item) = lines.next().and_then(|l| l.trim().strip_prefix("- ")) {
        plans.push(serde_json::from_value(serde_json::json!(item)).expect("a plan"));
    }
    plans
}

/// Checked when the help center is beside the repository (`shared/`).
#[test]
fn help_paths_name_articles_whose_plans_are_the_models() {
    let dir = repo().join("../shared/help-center/en");
    if !dir.is_dir() {
        eprintln!("skipped: no {}", dir.display());
        return;
    }
    for (_, m) in catalogue()
        .vendors
        .iter()
        .flat_map(|v| v.models.iter().map(move |m| (v, m)))
    {
        let slug = m.help_path.as_deref().expect("help_path");
        let article = std::fs::read_to_string(dir.join(format!("{slug}.md")))
            .unwrap_or_else(|e| panic!("{}: article {slug}: {e}", m.id));
        assert_eq!(product_labels(&article), m.plans, "{}", m.id);
    }
}
