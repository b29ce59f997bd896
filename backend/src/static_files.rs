//! Serves the built SPA from `dist/`: precompressed `.br`/`.gz` siblings when the
//! client accepts them, and `index.html` for every other path so deep links work,
//! with the frame of the path's page painted in (see `first_paint`).
//! The demo portal (`portal/`, a host page of the embedded app) is served the same
//! way under `/portal/`.

use crate::first_paint::{Facts, FirstPaint};
use axum::{
    body::Body,
    extract::OriginalUri,
    http::{header, HeaderValue, Method, Request, StatusCode},
    middleware::{self, Next},
    response::{IntoResponse, Redirect, Response},
    Router,
};
use std::{convert::Infallible, path::Path, sync::Arc};
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

/// Where the demo portal is mounted.
pub const PORTAL_PREFIX: &str = "/portal";

/// The SPA from `dist`, with cache headers: hashed assets are immutable,
/// everything else is revalidated.
/// `facts`: what the frames show of the account (see `first_paint::Facts`).
pub fn service(dist: &Path, facts: Facts) -> Router {
    let first_paint = FirstPaint::load(dist, facts).map(Arc::new);
    files(dist, first_paint).layer(middleware::from_fn(cache_headers))
}

/// `PORTAL_DIR` under `/portal/`: its files as they are, `index.html` for every
/// other path (the portal's own deep links, `/portal/account/integrations/…`).
pub fn portal(dir: &Path) -> Router {
    files(dir, None)
        .layer(middleware::from_fn(portal_slash))
        .layer(middleware::from_fn(cache_headers))
}

/// `/portal` → `/portal/`: the page's relative URLs must resolve inside the portal.
/// Nested, both arrive here as `/`; only the original URI tells them apart.
async fn portal_slash(req: Request<Body>, next: Next) -> Response {
    let bare = req
        .extensions()
        .get::<OriginalUri>()
        .is_some_and(|u| u.path() == PORTAL_PREFIX);
    if bare {
        return Redirect::permanent(&format!("{PORTAL_PREFIX}/")).into_response();
    }
    next.run(req).await
}

/// The files of `dir`, with its `index.html` for paths that are no file: as built,
/// or with the page's frame when `first_paint` has one.
fn files(dir: &Path, first_paint: Option<Arc<FirstPaint>>) -> Router {
    let index = ServeFile::new(dir.join("index.html"))
        .precompressed_br()
        .precompressed_gzip();
    // A missing hashed asset (asked for by a page of an earlier deploy) is a 404:
    // answering with index.html would have it cached as that asset for a year.
    let spa = tower::service_fn(move |req: Request<Body>| {
        let index = index.clone();
        let first_paint = first_paint.clone();
        async move {
            let painted = matches!(*req.method(), Method::GET | Method::HEAD);
            let res = if is_hashed_asset(req.uri().path()) {
                StatusCode::NOT_FOUND.into_response()
            } else if let Some(first_paint) = first_paint.filter(|_| painted) {
                page(&first_paint, &req)
            } else {
                index.oneshot(req).await.into_response()
            };
            Ok::<_, Infallible>(res)
        }
    });
    Router::new().fallback_service(
        ServeDir::new(dir)
            // `/` is the overview, an app path like any other: not the file as built.
            .append_index_html_on_directories(false)
            .precompressed_br()
            .precompressed_gzip()
            .fallback(spa),
    )
}

/// The stand-alone page for this request's path and language. Built per request,
/// so compressed per request: a few KB, well under a millisecond at these levels.
fn page(first_paint: &FirstPaint, req: &Request<Body>) -> Response {
    let header_str = |name| req.headers().get(name).and_then(|v| v.to_str().ok());
    let html = first_paint.page(
        req.uri().path(),
        req.uri().query(),
        header_str(header::ACCEPT_LANGUAGE),
    );
    let accepts = |coding| header_str(header::ACCEPT_ENCODING).is_some_and(|h| accepts(h, coding));
    let (encoding, body) = if accepts("br") {
        (Some("br"), brotli_bytes(html.as_bytes()))
    } else if accepts("gzip") {
        (Some("gzip"), gzip_bytes(html.as_bytes()))
    } else {
        (None, html.into_bytes())
    };
    let mut res = (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            // The frame is in the browser's language.
            (header::VARY, "Accept-Language, Accept-Encoding"),
        ],
        body,
    )
        .into_response();
    if let Some(encoding) = encoding {
        res.headers_mut()
            .insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
    }
    res
}

/// Whether an `Accept-Encoding` header admits `coding` (`br;q=0` does not).
fn accepts(header: &str, coding: &str) -> bool {
    header.split(',').any(|item| {
        let mut parts = item.split(';').map(str::trim);
        parts.next().is_some_and(|c| c.eq_ignore_ascii_case(coding))
            && parts.all(|p| {
                p.strip_prefix("q=")
                    .is_none_or(|q| q.parse::<f32>().is_ok_and(|q| q > 0.0))
            })
    })
}

fn brotli_bytes(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut w = brotli::CompressorWriter::new(&mut out, 4096, 5, 20);
        let _ = std::io::Write::write_all(&mut w, data);
    }
    out
}

fn gzip_bytes(data: &[u8]) -> Vec<u8> {
    let mut w = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
    let _ = std::io::Write::write_all(&mut w, data);
    w.finish().unwrap_or_default()
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
/// Also how `assets finalize` finds Trunk's outputs. Trunk prints its 64-bit hash
/// without leading zeros, so one build in sixteen has a 15-digit hash (`app-4b7a…`).
pub fn is_hashed_asset(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or_default();
    // Assets have an extension; app paths (`/integration/<uuid>`) have none.
    let Some((stem, _)) = file.split_once('.') else {
        return false;
    };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (8..=16).contains(&hash.len()) && hash.chars().all(|c| c.is_ascii_hexdigit())
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn recognises_trunk_hashed_names() {
        assert!(super::is_hashed_asset("/app-1a2b3c4d5e6f7a8b.css"));
        assert!(super::is_hashed_asset(
            "/injixo-integrations-0123456789abcdef_bg.wasm"
        ));
        // Trunk drops leading zeros of its hash.
        assert!(super::is_hashed_asset("/app-4b7a27adc510ae6.css"));
        assert!(!super::is_hashed_asset("/index.html"));
        assert!(!super::is_hashed_asset("/integrations/new-freshchat"));
        assert!(!super::is_hashed_asset(
            "/integration/920174f0-50df-4b92-8c6c-c0c9b6733d0d"
        ));
    }

    #[test]
    fn accept_encoding_is_read_with_its_weights() {
        assert!(super::accepts("gzip, deflate, br, zstd", "br"));
        assert!(super::accepts("gzip;q=1.0, br;q=0.5", "br"));
        assert!(!super::accepts("gzip, br;q=0", "br"));
        assert!(!super::accepts("gzip", "br"));
        assert!(!super::accepts("brotli", "br"));
    }
}
