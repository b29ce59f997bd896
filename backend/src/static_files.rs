//! Serves the built SPA from `dist/`: precompressed `.br`/`.gz` siblings when the
//! client accepts them, and `index.html` for every other path so deep links work.

use axum::{
    body::Body,
    http::{header, HeaderValue, Request},
    middleware::{self, Next},
    response::Response,
    Router,
};
use std::path::Path;
use tower_http::services::{ServeDir, ServeFile};

pub fn service(dist: &Path) -> Router {
    let index = ServeFile::new(dist.join("index.html"))
        .precompressed_br()
        .precompressed_gzip();
    let files = ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(index);
    Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn(cache_headers))
}

/// Trunk puts a content hash into every asset name, so those never change and may be
/// cached for a year; anything else (index.html, the deep-link fallback) is
/// revalidated on each load so a deploy is picked up at once.
async fn cache_headers(req: Request<Body>, next: Next) -> Response {
    let hashed = is_hashed_asset(req.uri().path());
    let mut res = next.run(req).await;
    let value = if hashed && res.status().is_success() {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    res
}

/// `app-1a2b3c4d5e6f7a8b.css`, `injixo-integrations-0123456789abcdef_bg.wasm`.
fn is_hashed_asset(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or_default();
    let stem = file.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() == 16 && hash.chars().all(|c| c.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn recognises_trunk_hashed_names() {
        assert!(super::is_hashed_asset("/app-1a2b3c4d5e6f7a8b.css"));
        assert!(super::is_hashed_asset(
            "/injixo-integrations-0123456789abcdef_bg.wasm"
        ));
        assert!(!super::is_hashed_asset("/index.html"));
        assert!(!super::is_hashed_asset("/integrations/new-freshchat"));
    }
}
