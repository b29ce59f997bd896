use super::{lang::CODES, Facts, FirstPaint, INTEGRATIONS_LIST};
use std::path::Path;
use std::sync::Arc;

/// Trunk's `index.html`, minified as shipped.
const INDEX: &str = r#"<!doctype html><html dir=ltr lang=en><meta charset=utf-8><title>injixo</title><link href=/app-0123456789abcdef.css rel=stylesheet><script src=/embed.js type=module></script>
</head><body><injixo-integrations standalone></injixo-integrations></body></html>"#;

/// A `dist/` with `index` and each language's bundle as `assets finalize` writes it.
fn dist(index: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("index.html"), index).unwrap();
    std::fs::create_dir(dir.path().join("locales")).unwrap();
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    for code in CODES {
        let mut text = String::new();
        for entry in std::fs::read_dir(locales.join(code)).unwrap() {
            text.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
            text.push('\n');
        }
        let name = format!("locales/{code}-0123456789abcdef.ftl");
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

fn catalogue() -> Facts {
    facts(None)
}

/// The catalogue, and `integrations` for the overview.
fn facts(integrations: Option<usize>) -> Facts {
    Facts {
        catalogue: Arc::new(crate::catalogue::catalogue()),
        integrations: Arc::new(move || integrations),
    }
}

fn first_paint() -> FirstPaint {
    FirstPaint::load(dist(INDEX).path(), catalogue()).expect("a frame for the stand-alone page")
}

fn preloads(html: &str) -> Vec<&str> {
    html.match_indices(r#"<meta name="injixo-preload" content=""#)
        .map(|(i, m)| {
            let rest = &html[i + m.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

#[test]
fn the_catalogue_in_german_with_its_data_preloaded() {
    let html = first_paint().page("/catalogue", None, Some("de-DE,de;q=0.9,en;q=0.8"));
    assert!(
        html.starts_with(r#"<!doctype html><html lang="de" dir="ltr">"#),
        "{html}"
    );
    assert!(html.contains("<title>Neue Integration hinzufügen – injixo</title>"));
    let host = html.find("<injixo-integrations standalone>").unwrap();
    let h1 = html.find("<h1>Neue Integration hinzufügen</h1>").unwrap();
    assert!(host < h1 && h1 < html.find("</injixo-integrations>").unwrap());
    assert!(html.contains(r#"aria-busy="true""#));
    // The tiles with their texts, as the app renders them.
    assert!(html.contains(r#"<span class="ixi-tile-logo">F</span><h2>Freshworks</h2>"#));
    assert!(html.contains(r#"<li class="ixi-badge ixi-badge-delivery">Cloud</li>"#));
    assert!(html.contains("Anbieter angezeigt</p>"), "{html}");
    assert_eq!(
        preloads(&html),
        [
            "/locales/de-0123456789abcdef.ftl",
            "/api/v1/catalogue",
            "/api/v1/account"
        ]
    );
    // The preload list is in the head, after what was there; no download starts
    // before the first paint (embed.js starts them after it).
    assert!(html.find("/api/v1/catalogue").unwrap() < html.find("</head>").unwrap());
    assert!(html.find("/embed.js").unwrap() < html.find("/api/v1/catalogue").unwrap());
    assert!(!html.contains(r#"rel="preload""#) && !html.contains("modulepreload"));
}

#[test]
fn the_overview_preloads_the_list_and_english_needs_no_messages() {
    let html = first_paint().page("/", Some("lang=en"), Some("de"));
    assert!(html.contains(r#"<html lang="en""#));
    assert!(html.contains("<h1>Integrations</h1>"));
    assert_eq!(
        preloads(&html),
        [
            "/api/v1/catalogue".to_string(),
            "/api/v1/account".to_string(),
            format!("/api/v1{INTEGRATIONS_LIST}")
        ]
    );
}

#[test]
fn the_setup_form_is_named_after_its_model() {
    let html = first_paint().page("/new/freshchat", Some("lang=fr"), None);
    assert!(html.contains(r#"<html lang="fr""#));
    assert!(
        html.contains("<h1>Ajouter une intégration Freshchat</h1>"),
        "{html}"
    );
    // Beside the form: the model's data help, as the app words it.
    assert!(
        html.contains("<h2>Données Freshchat dans injixo</h2>"),
        "{html}"
    );
    assert!(html.contains("En savoir plus"), "{html}");
    let html = first_paint().page("/catalogue/freshworks", None, Some("it"));
    assert!(html.contains("<h1>Freshworks</h1>"), "{html}");
}

#[test]
fn the_overview_shows_as_many_rows_as_it_will_or_its_empty_state() {
    let rows = |n| {
        let first_paint = FirstPaint::load(dist(INDEX).path(), facts(n)).unwrap();
        let html = first_paint.page("/", None, None);
        (
            html.matches("<tr>").count(),
            html.contains("No integrations yet"),
        )
    };
    // The head's row and the body's.
    assert_eq!(rows(Some(2)), (1 + 2, false));
    assert_eq!(rows(Some(500)), (1 + 50, false));
    assert_eq!(rows(None), (1 + 3, false));
    assert_eq!(rows(Some(0)), (0, true));
}

#[test]
fn an_integration_preloads_itself() {
    let id = "920174f0-50df-4b92-8c6c-c0c9b6733d0d";
    let html = first_paint().page(&format!("/integration/{id}"), None, None);
    assert!(preloads(&html).contains(&format!("/api/v1/integrations/{id}").as_str()));
    assert!(html.contains(r#"class="ixi-skel ixi-skel-h1""#));
}

/// Every message id the frames use.
const IDS: &[&str] = &[
    "header-logo",
    "language-label",
    "breadcrumb-nav",
    "breadcrumb-account",
    "breadcrumb-integrations",
    "overview-title",
    "overview-add-button",
    "overview-intro",
    "overview-column-name",
    "overview-column-model",
    "overview-column-status",
    "overview-column-last-import",
    "overview-column-actions",
    "catalogue-title",
    "catalogue-intro",
    "catalogue-filter-label",
    "catalogue-filter-placeholder",
    "vendor-intro",
    "setup-title",
    "back-to-overview",
    "back-to-catalogue",
    "page-loading",
    "document-title",
    "catalogue-filter-count",
    "catalogue-model-count",
    "catalogue-add-button",
    "catalogue-select-model-button",
    "feature-",
    "delivery-",
    "help-data-title",
    "help-learn-more",
    "url-token-",
];

#[test]
fn every_page_in_every_language_has_its_texts() {
    // The overview with rows, and with its empty state.
    let dist = dist(INDEX);
    for first_paint in [None, Some(0)].map(|n| FirstPaint::load(dist.path(), facts(n)).unwrap()) {
        every_page_has_its_texts(&first_paint);
    }
}

fn every_page_has_its_texts(first_paint: &FirstPaint) {
    let paths = [
        "/",
        "/catalogue",
        "/catalogue/freshworks",
        "/new/freshchat",
        "/nope",
        "/new/nope",
    ];
    // Every model's setup form, with its help.
    let catalogue = &first_paint.facts.catalogue;
    let models = catalogue.vendors.iter().flat_map(|v| v.models.iter());
    let setup: Vec<(String, Vec<&str>)> = models
        .map(|m| {
            let help = m.data_help.iter();
            let ids = help.flat_map(|h| std::iter::once(&h.title_id).chain(&h.paragraph_ids));
            (format!("/new/{}", m.id), ids.map(String::as_str).collect())
        })
        .collect();
    let setup = setup
        .iter()
        .map(|(path, ids)| (path.as_str(), ids.as_slice()));
    let paths = paths.into_iter().map(|p| (p, &[][..])).chain(setup);
    for (path, help_ids) in paths {
        for code in CODES {
            let html = first_paint.page(path, Some(&format!("lang={code}")), None);
            assert!(
                html.contains(&format!(r#"<html lang="{code}""#)),
                "{code} {path}"
            );
            // A missing message shows as its id.
            let vendors = first_paint.facts.catalogue.vendors.iter();
            let descriptions = vendors.map(|v| v.description_id.as_str());
            for id in IDS.iter().chain(help_ids).copied().chain(descriptions) {
                assert!(!html.contains(id), "{code} {path}: {id} untranslated");
            }
        }
    }
}

#[test]
fn without_a_stand_alone_mount_or_messages_the_page_is_served_as_built() {
    let host_page = INDEX.replace("injixo-integrations standalone", "injixo-integrations");
    assert!(FirstPaint::load(dist(&host_page).path(), catalogue()).is_none());
    let dir = dist(INDEX);
    std::fs::remove_dir_all(dir.path().join("locales")).unwrap();
    assert!(FirstPaint::load(dir.path(), catalogue()).is_none());
}
