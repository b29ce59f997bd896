//! The stand-alone page as the server sends it for an app path: `dist/index.html`
//! with the page's frame already in the mount element (header, breadcrumb, heading
//! and blocks where the data will be, in the language the app will most likely
//! start in), `lang` on `<html>`, and the list of what the app asks for first (its
//! language's messages, the page's API requests, its code chunks). The frame paints
//! at once; then `embed.js` preloads that list alongside the wasm instead of the app
//! asking after it, and the app's own requests get the preloaded responses (same URL,
//! mode and credentials).

mod frame;
mod help;
mod lang;
mod route;
mod texts;
mod tiles;

pub use route::INTEGRATIONS_LIST;

use injixo_contract::Catalogue;
use route::Page;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// What every response is built from, read once when the server starts.
pub struct FirstPaint {
    template: Template,
    languages: HashMap<&'static str, texts::Language>,
    facts: Facts,
    chunks: crate::preloads::Preloads,
}

/// What the frames show of the account.
#[derive(Clone)]
pub struct Facts {
    /// The catalogue as the API serves it (padded with samples for the bench).
    pub catalogue: Arc<Catalogue>,
    /// How many integrations the overview lists, when the page may say so.
    pub integrations: Arc<dyn Fn() -> Option<usize> + Send + Sync>,
}

/// `index.html` cut where the parts that vary go.
struct Template {
    /// Before `<html …>` (the doctype).
    doctype: String,
    /// After `<html …>` up to `<title>`.
    head: String,
    /// After the title up to `</head>`, where the preloads go.
    to_head_end: String,
    /// From `</head>` to the end of the mount element's start tag.
    to_host: String,
    /// From the mount element's end tag on.
    rest: String,
}

impl FirstPaint {
    /// `None` when `dist` has no `index.html` with a stand-alone mount element and
    /// a title, or no English messages (an older build): the page is then served as
    /// it is, and the app paints everything itself.
    pub fn load(dist: &Path, facts: Facts) -> Option<FirstPaint> {
        let html = std::fs::read_to_string(dist.join("index.html")).ok()?;
        let template = Template::parse(&html)?;
        let languages = texts::load(dist, &lang::CODES);
        languages.contains_key("en").then(|| FirstPaint {
            template,
            languages,
            facts,
            chunks: crate::preloads::Preloads::load(dist),
        })
    }

    /// The page for `path` (the app's route) in the language that `?lang=` or
    /// `Accept-Language` asks for.
    pub fn page(&self, path: &str, query: Option<&str>, accept_language: Option<&str>) -> String {
        let code = lang::negotiate(query, accept_language);
        let (code, t) = match self.languages.get(code) {
            Some(t) => (code, t),
            None => ("en", &self.languages["en"]),
        };
        let page = Page::of(path);
        let (frame, heading) = frame::render(&page, t, &self.facts);
        let title = match heading {
            Some(h) => t.text("document-title", &[("page", h.as_str().into())]),
            None => t.text("header-logo", &[]),
        };
        let mut preloads = String::new();
        // English is compiled into the app; any other language is fetched first.
        if code != "en" {
            preloads.push_str(&preload(&t.url));
        }
        for url in page.api_requests() {
            preloads.push_str(&preload(&url));
        }
        // The page's code, when it is split out of the main module.
        preloads.push_str(&self.chunks.links(path));
        let p = &self.template;
        format!(
            r#"{}<html lang="{code}" dir="ltr">{}<title>{}</title>{}{preloads}{}{frame}{}"#,
            p.doctype,
            p.head,
            frame::esc(&title),
            p.to_head_end,
            p.to_host,
            p.rest
        )
    }
}

/// A download for `embed.js` to start once the frame has painted (a `<link
/// rel="preload">` here would start it before, competing with the stylesheet for the
/// first paint); it preloads the way the app's requests fetch (src/api/client.rs).
pub fn preload(url: &str) -> String {
    format!(
        r#"<meta name="injixo-preload" content="{}">"#,
        frame::esc(url)
    )
}

impl Template {
    fn parse(html: &str) -> Option<Template> {
        let lower = html.to_ascii_lowercase();
        let html_start = lower.find("<html")?;
        let html_end = html_start + lower[html_start..].find('>')? + 1;
        let title_start = lower.find("<title>")?;
        let title_end = lower.find("</title>")? + "</title>".len();
        let head_end = lower.find("</head>")?;
        let host_start = lower.find("<injixo-integrations")?;
        let host_open_end = host_start + lower[host_start..].find('>')? + 1;
        let host_close = lower.find("</injixo-integrations>")?;
        // Only the stand-alone page; a host page of the embedded app is served as is.
        let host_tag = &lower[host_start..host_open_end];
        let ordered = html_end <= title_start
            && title_end <= head_end
            && head_end < host_start
            && host_open_end <= host_close;
        (ordered && host_tag.contains("standalone")).then(|| Template {
            doctype: html[..html_start].to_string(),
            head: html[html_end..title_start].to_string(),
            to_head_end: html[title_end..head_end].to_string(),
            to_host: html[head_end..host_open_end].to_string(),
            rest: html[host_close..].to_string(),
        })
    }
}

#[cfg(test)]
mod tests;
