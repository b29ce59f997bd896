//! The frame of a page as HTML: the app's own elements and classes (style/app.css
//! gives them the same boxes as in the app), the page's real texts, and grey blocks
//! (`ixi-skel`, hidden from screen readers) where the data will be. Nothing in it
//! can be used: it is replaced when the app mounts, and a click or a typed letter
//! would be lost then.

use super::{help, route::Page, texts::Language, tiles, Facts};
use injixo_contract::Model;

/// The frame of `page`, and the heading it shows (for the document title), if known.
pub fn render(page: &Page, t: &Language, facts: &Facts) -> (String, Option<String>) {
    let mut html = String::with_capacity(4096);
    html.push_str(r#"<div class="ixi-app ixi-standalone ixi-skeleton" aria-busy="true">"#);
    html.push_str(r#"<header class="ixi-topbar"><span class="ixi-logo">"#);
    html.push_str(&esc(&t.text("header-logo", &[])));
    // The language menu's place: its label and a block the size of the menu.
    html.push_str(r#"</span><span class="ixi-lang" aria-hidden="true"><span>"#);
    html.push_str(&esc(&t.text("language-label", &[])));
    html.push_str(r#"</span><span class="ixi-skel ixi-skel-select"></span></span></header>"#);
    html.push_str(r#"<main class="ixi-main">"#);
    let heading = page_body(&mut html, page, t, facts);
    // What a screen reader finds besides the heading while the page loads: the
    // app's own *Loading…* (src/components/page.rs) stands here until it mounts.
    html.push_str(r#"<p class="ixi-visually-hidden" role="status">"#);
    html.push_str(&esc(&t.text("page-loading", &[])));
    html.push_str("</p></main></div>");
    (html, heading)
}

fn page_body(html: &mut String, page: &Page, t: &Language, facts: &Facts) -> Option<String> {
    let catalogue = &facts.catalogue;
    let catalogue_title = t.text("catalogue-title", &[]);
    match page {
        Page::Overview => {
            breadcrumb(html, t, None);
            let title = t.text("overview-title", &[]);
            html.push_str(r#"<div class="ixi-page-head"><h1>"#);
            html.push_str(&esc(&title));
            // The *Add integration* button's box, its text included.
            html.push_str(r#"</h1><span class="ixi-button ixi-button-primary ixi-skel-control" aria-hidden="true">"#);
            html.push_str(&esc(&t.text("overview-add-button", &[])));
            html.push_str("</span></div>");
            lead(html, &t.text("overview-intro", &[]));
            match (facts.integrations)() {
                Some(0) => {
                    // src/pages/overview/mod.rs, `EmptyState`.
                    html.push_str(r#"<div class="ixi-empty"><h2>"#);
                    html.push_str(&esc(&t.text("overview-empty-title", &[])));
                    html.push_str("</h2><p>");
                    html.push_str(&esc(&t.text("overview-empty-text", &[])));
                    html.push_str("</p></div>");
                }
                // As many rows as the table's first batch will have.
                Some(n) => table(html, t, n.min(OVERVIEW_BATCH)),
                None => table(html, t, 3),
            }
            Some(title)
        }
        Page::Catalogue => {
            breadcrumb(html, t, Some(&catalogue_title));
            back(html, &t.text("back-to-overview", &[]));
            heading(html, &catalogue_title);
            lead(html, &t.text("catalogue-intro", &[]));
            html.push_str(r#"<div class="ixi-filter" aria-hidden="true"><label>"#);
            html.push_str(&esc(&t.text("catalogue-filter-label", &[])));
            html.push_str(r#"</label><input type="search" class="ixi-skel-control" disabled tabindex="-1" placeholder=""#);
            html.push_str(&esc(&t.text("catalogue-filter-placeholder", &[])));
            html.push_str(r#""></div>"#);
            tiles::render(html, t, catalogue);
            Some(catalogue_title)
        }
        Page::Vendor(id) => {
            let vendor = catalogue.vendor(id)?;
            let name = match &vendor.name_id {
                Some(id) => t.text(id, &[]),
                None => vendor.name.clone(),
            };
            breadcrumb(html, t, Some(&catalogue_title));
            back(html, &t.text("back-to-catalogue", &[]));
            heading(html, &name);
            lead(html, &t.text("vendor-intro", &[]));
            html.push_str(r#"<div class="ixi-models" aria-hidden="true">"#);
            for _ in &vendor.models {
                html.push_str(r#"<div class="ixi-skel ixi-skel-model"></div>"#);
            }
            html.push_str("</div>");
            Some(name)
        }
        Page::Setup(id) => {
            let (_, model) = catalogue.model(id)?;
            let title = t.text("setup-title", &[("product", model.name.as_str().into())]);
            breadcrumb(html, t, Some(&title));
            back(html, &t.text("back-to-catalogue", &[]));
            heading(html, &title);
            lead(html, &setup_intro(t, model));
            html.push_str(r#"<div class="ixi-setup-layout" aria-hidden="true"><div class="ixi-form ixi-skel-form">"#);
            for _ in 0..4 {
                html.push_str(r#"<span class="ixi-skel ixi-skel-label"></span><span class="ixi-skel ixi-skel-input"></span>"#);
            }
            html.push_str("</div>");
            help::render(html, t, model);
            html.push_str("</div>");
            Some(title)
        }
        Page::Integration(_) | Page::Other => {
            html.push_str(r#"<nav class="ixi-breadcrumb" aria-hidden="true"><ol><li><span class="ixi-skel ixi-skel-text"></span></li></ol></nav>"#);
            html.push_str(r#"<div class="ixi-skel ixi-skel-h1" aria-hidden="true"></div>"#);
            None
        }
    }
}

/// The setup form's intro by the model's kind, as src/i18n/labels.rs words it.
fn setup_intro(t: &Language, model: &Model) -> String {
    if model.csv_schema {
        t.text("setup-intro-csv", &[])
    } else if model.cloud_link.as_ref().is_some_and(|l| l.required) {
        t.text("setup-intro-on-premise", &[])
    } else if model.sections.is_empty() {
        t.text("setup-intro-name-only", &[])
    } else {
        t.text("setup-intro", &[("product", model.name.as_str().into())])
    }
}

/// `Account > Integrations [> current]`, as src/components/breadcrumb.rs writes it;
/// the link to the overview is plain text until the app is there.
fn breadcrumb(html: &mut String, t: &Language, current: Option<&str>) {
    html.push_str(r#"<nav class="ixi-breadcrumb" aria-label=""#);
    html.push_str(&esc(&t.text("breadcrumb-nav.aria-label", &[])));
    html.push_str(r#""><ol><li>"#);
    html.push_str(&esc(&t.text("breadcrumb-account", &[])));
    html.push_str(r#"</li><li><span class="ixi-breadcrumb-sep" aria-hidden="true"> &gt; </span>"#);
    let integrations = esc(&t.text("breadcrumb-integrations", &[]));
    match current {
        None => {
            html.push_str(r#"<span aria-current="page">"#);
            html.push_str(&integrations);
            html.push_str("</span></li>");
        }
        Some(current) => {
            html.push_str(r#"<span class="ixi-skel-link">"#);
            html.push_str(&integrations);
            html.push_str(r#"</span></li><li><span class="ixi-breadcrumb-sep" aria-hidden="true"> &gt; </span><span aria-current="page">"#);
            html.push_str(&esc(current));
            html.push_str("</span></li>");
        }
    }
    html.push_str("</ol></nav>");
}

/// *← Back to …* (src/components/page.rs), not a link yet.
fn back(html: &mut String, label: &str) {
    html.push_str(r#"<span class="ixi-back ixi-skel-link" aria-hidden="true">← "#);
    html.push_str(&esc(label));
    html.push_str("</span>");
}

fn heading(html: &mut String, text: &str) {
    html.push_str("<h1>");
    html.push_str(&esc(text));
    html.push_str("</h1>");
}

fn lead(html: &mut String, text: &str) {
    html.push_str(r#"<p class="ixi-lead">"#);
    html.push_str(&esc(text));
    html.push_str("</p>");
}

/// Rows the overview shows at first (src/pages/overview/paging.rs, `PAGE_SIZE`).
const OVERVIEW_BATCH: usize = 50;

/// The overview's table with its real column heads and `rows` rows of blocks.
fn table(html: &mut String, t: &Language, rows: usize) {
    html.push_str(
        r#"<div class="ixi-table-wrap" aria-hidden="true"><table class="ixi-table"><thead><tr>"#,
    );
    for id in ["name", "model", "status", "last-import", "actions"] {
        html.push_str(r#"<th scope="col">"#);
        html.push_str(&esc(&t.text(&format!("overview-column-{id}"), &[])));
        html.push_str("</th>");
    }
    html.push_str("</tr></thead><tbody>");
    for _ in 0..rows {
        html.push_str("<tr>");
        for _ in 0..5 {
            html.push_str(r#"<td><span class="ixi-skel ixi-skel-row"></span></td>"#);
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table></div>");
}

/// Text for HTML, in element content and in quoted attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
