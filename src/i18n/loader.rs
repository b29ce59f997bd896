//! Fetches a language's messages: one `.ftl` bundle per language, at the URL that
//! `embed.js` hands over in the mount config (`localeUrls`). The names carry a
//! content hash and are served immutable, so the browser caches each for good.

use super::Lang;
use std::cell::RefCell;

thread_local! {
    static URLS: RefCell<Vec<(Lang, String)>> = const { RefCell::new(Vec::new()) };
}

/// Where each on-demand language lives (the same for every mount of this module).
pub fn set_locale_urls(urls: Vec<(Lang, String)>) {
    if !urls.is_empty() {
        URLS.with(|u| *u.borrow_mut() = urls);
    }
}

fn url_of(lang: Lang) -> Option<String> {
    URLS.with(|u| {
        u.borrow()
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, url)| url.clone())
    })
}

/// The Fluent source of `lang`; `Err` when it has no URL or the download fails.
pub async fn fetch(lang: Lang) -> Result<String, ()> {
    let url = url_of(lang).ok_or(())?;
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    response.text().await.map_err(|_| ())
}
