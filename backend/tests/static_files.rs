//! Serving the built SPA: deep links, precompressed assets and cache headers.

mod common;

use axum::{
    body::Body,
    http::{Method, StatusCode},
};
use common::*;
use injixo_backend::db;

const INDEX: &str = "<!doctype html><title>injixo</title>";
const CSS: &str = "body { color: black }";
const CSS_BR: &[u8] = b"\x8b\x0a\x80pretend-brotli";

fn dist() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("index.html"), INDEX).unwrap();
    std::fs::write(dir.path().join("app-0123456789abcdef.css"), CSS).unwrap();
    std::fs::write(dir.path().join("app-0123456789abcdef.css.br"), CSS_BR).unwrap();
    dir
}

fn api(dist: &tempfile::TempDir) -> Api {
    Api::with(db::open_in_memory().unwrap(), dist.path())
}

async fn get(api: &Api, path: &str, headers: &[(&str, &str)]) -> Res {
    api.send(request(Method::GET, path, headers, Body::empty()))
        .await
}

#[tokio::test]
async fn deep_links_get_the_spa_revalidated_on_every_load() {
    let dist = dist();
    let api = api(&dist);
    for path in ["/", "/integrations/123", "/integrations/new/freshchat"] {
        let res = get(&api, path, &[]).await;
        assert_eq!(res.status, StatusCode::OK, "{path}");
        assert_eq!(res.text(), INDEX, "{path}");
        assert!(
            res.header("content-type")
                .is_some_and(|t| t.starts_with("text/html")),
            "{path}: {:?}",
            res.header("content-type")
        );
        assert_eq!(res.header("cache-control"), Some("no-cache"), "{path}");
        assert!(res.header("x-request-id").is_some(), "{path}");
    }
}

#[tokio::test]
async fn hashed_assets_are_precompressed_and_immutable() {
    let dist = dist();
    let api = api(&dist);
    let path = "/app-0123456789abcdef.css";

    let res = get(&api, path, &[("accept-encoding", "br")]).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.header("content-encoding"), Some("br"));
    assert_eq!(&res.body[..], CSS_BR);
    assert!(res
        .header("content-type")
        .is_some_and(|t| t.starts_with("text/css")));
    let cache = res.header("cache-control").expect("Cache-Control");
    assert!(cache.contains("immutable"), "{cache}");
    assert!(cache.contains("max-age="), "{cache}");

    let res = get(&api, path, &[]).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.header("content-encoding"), None);
    assert_eq!(res.text(), CSS);
    assert!(res
        .header("cache-control")
        .is_some_and(|c| c.contains("immutable")));
}

#[tokio::test]
async fn a_missing_hashed_asset_is_not_the_spa_cached_for_a_year() {
    // An old page asking for an asset of an earlier deploy must get a 404, not
    // index.html that the browser then keeps as that asset for a year.
    let dist = dist();
    let api = api(&dist);
    let res = get(
        &api,
        "/app-ffffffffffffffff.css",
        &[("accept-encoding", "br")],
    )
    .await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert_ne!(res.text(), INDEX);
    let cache = res.header("cache-control").unwrap_or_default();
    assert!(!cache.contains("immutable"), "{cache}");
}

#[tokio::test]
async fn the_api_is_not_shadowed_by_the_spa() {
    let dist = dist();
    let api = api(&dist);
    let res = get(&api, "/api/v1/health", &[]).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.json(), serde_json::json!({ "status": "ok" }));
    let res = get(&api, "/api/v1/nope", &[]).await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
}

/// A stand-alone `index.html` with the messages `assets finalize` bundles.
fn dist_with_first_paint() -> tempfile::TempDir {
    let dir = dist();
    let index = "<!doctype html><html lang=en><title>injixo</title></head>\
                 <body><injixo-integrations standalone></injixo-integrations></body></html>";
    std::fs::write(dir.path().join("index.html"), index).unwrap();
    std::fs::create_dir(dir.path().join("locales")).unwrap();
    let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    for code in ["en", "de"] {
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

#[tokio::test]
async fn app_paths_get_their_frame_in_the_browser_s_language() {
    let dist = dist_with_first_paint();
    let api = api(&dist);
    let res = get(&api, "/catalogue", &[("accept-language", "de-DE,de;q=0.9")]).await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.header("cache-control"), Some("no-cache"));
    assert_eq!(res.header("vary"), Some("Accept-Language, Accept-Encoding"));
    assert!(res
        .header("content-type")
        .is_some_and(|t| t.starts_with("text/html")));
    let html = res.text();
    assert!(html.contains(r#"<html lang="de" dir="ltr">"#), "{html}");
    assert!(
        html.contains("<h1>Neue Integration hinzufügen</h1>"),
        "{html}"
    );
    assert!(html.contains(r#"<meta name="injixo-preload" content="/api/v1/catalogue">"#));
    // `/` is the overview, not the file as built.
    let html = get(&api, "/", &[]).await.text();
    assert!(html.contains("<h1>Integrations</h1>"), "{html}");
    assert!(
        html.contains(r#"content="/api/v1/integrations?limit=50">"#),
        "{html}"
    );
}

#[tokio::test]
async fn the_frame_is_compressed_as_the_browser_accepts() {
    use std::io::Read;
    let dist = dist_with_first_paint();
    let api = api(&dist);
    let res = get(&api, "/catalogue", &[("accept-encoding", "gzip, br;q=0")]).await;
    assert_eq!(res.header("content-encoding"), Some("gzip"));
    let mut html = String::new();
    flate2::read::GzDecoder::new(&res.body[..])
        .read_to_string(&mut html)
        .unwrap();
    assert!(html.contains("<h1>Add a new integration</h1>"), "{html}");
    let res = get(
        &api,
        "/catalogue",
        &[("accept-encoding", "gzip, deflate, br")],
    )
    .await;
    assert_eq!(res.header("content-encoding"), Some("br"));
    let mut html = String::new();
    brotli::Decompressor::new(&res.body[..], 4096)
        .read_to_string(&mut html)
        .unwrap();
    assert!(html.contains("<h1>Add a new integration</h1>"), "{html}");
}

#[tokio::test]
async fn the_overview_frame_tells_of_the_account_only_while_the_api_is_open() {
    let dist = dist_with_first_paint();
    let api = api(&dist);
    let html = get(&api, "/", &[]).await.text();
    assert!(html.contains("No integrations yet"), "{html}");
    api.create_freshchat("Support").await;
    let html = get(&api, "/", &[]).await.text();
    assert!(!html.contains("No integrations yet"));
    assert_eq!(html.matches("<tr>").count(), 1 + 1, "{html}");

    // With sessions, anyone may load the page but only a session may see the
    // account: the frame shows neither the empty state nor a number of rows.
    let mut state = injixo_backend::AppState::new(db::open_in_memory().unwrap());
    state.auth_mode = injixo_backend::config::AuthMode::Session;
    let router = injixo_backend::app(state, dist.path(), std::path::Path::new("/nonexistent"));
    let html = (Api { router }).get("/").await.text();
    assert!(!html.contains("No integrations yet"));
    assert_eq!(html.matches("<tr>").count(), 1 + 3, "{html}");
}
