//! Fetches a language's messages: one `.ftl` bundle per language, at the URL that
//! `embed.js` hands over in the mount config (`localeUrls`). The names carry a
//! content hash and are served immutable, so the browser caches each for good.

/// The Fluent source at `url`; `Err` when the download fails.
pub async fn fetch(url: &str) -> Result<String, ()> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    response.text().await.map_err(|_| ())
}
