//! What a page embedding the app relies on: the security headers on every
//! response, the content types and cache rules of `embed.js` and the hashed
//! outputs, and the demo portal under `/portal/` with its deep links.

mod common;

use axum::{
    body::Body,
    http::{Method, StatusCode},
};
use common::*;
use injixo_backend::{app, db, security_headers::CONTENT_SECURITY_POLICY, AppState};

const HASH: &str = "0123456789abcdef";
const INDEX: &str = "<!doctype html><title>injixo</title>";
const PORTAL: &str = "<!doctype html><title>portal</title>";

struct Sites {
    dist: tempfile::TempDir,
    portal: tempfile::TempDir,
}

fn sites() -> Sites {
    let dist = tempfile::tempdir().unwrap();
    let files = [
        ("index.html".to_string(), INDEX),
        ("embed.js".to_string(), "export {};"),
        (format!("injixo-integrations-{HASH}.js"), "export {};"),
        (format!("injixo-integrations-{HASH}_bg.wasm"), "\0asm"),
        (format!("app-{HASH}.css"), "body {}"),
    ];
    for (name, text) in files {
        std::fs::write(dist.path().join(name), text).unwrap();
    }
    let portal = tempfile::tempdir().unwrap();
    std::fs::write(portal.path().join("index.html"), PORTAL).unwrap();
    std::fs::write(portal.path().join("portal.css"), "h1 {}").unwrap();
    std::fs::create_dir(portal.path().join("js")).unwrap();
    std::fs::write(portal.path().join("js/login.js"), "export {};").unwrap();
    Sites { dist, portal }
}

fn api(sites: &Sites) -> Api {
    let state = AppState::new(db::open_in_memory().unwrap());
    Api {
        router: app(state, sites.dist.path(), sites.portal.path()),
    }
}

#[track_caller]
fn assert_security_headers(res: &Res, what: &str) {
    assert_eq!(
        res.header("content-security-policy"),
        Some(CONTENT_SECURITY_POLICY),
        "{what}"
    );
    assert_eq!(
        res.header("x-content-type-options"),
        Some("nosniff"),
        "{what}"
    );
    assert_eq!(res.header("referrer-policy"), Some("same-origin"), "{what}");
    assert_eq!(
        res.header("cross-origin-opener-policy"),
        Some("same-origin"),
        "{what}"
    );
}

#[test]
fn the_policy_is_the_agreed_one() {
    assert_eq!(
        CONTENT_SECURITY_POLICY,
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'self'"
    );
}

#[tokio::test]
async fn static_files_have_their_types_cache_rules_and_the_security_headers() {
    let sites = sites();
    let api = api(&sites);
    let glue = format!("/injixo-integrations-{HASH}.js");
    let wasm = format!("/injixo-integrations-{HASH}_bg.wasm");
    let css = format!("/app-{HASH}.css");
    let cases: [(&str, &str, &str); 6] = [
        ("/", "text/html", "no-cache"),
        ("/integrations/new/freshchat", "text/html", "no-cache"),
        // A stable name: a deploy must reach every host page at once.
        ("/embed.js", "text/javascript", "no-cache"),
        (&glue, "text/javascript", "immutable"),
        (&wasm, "application/wasm", "immutable"),
        (&css, "text/css", "immutable"),
    ];
    for (path, content_type, cache) in cases {
        let res = api.get(path).await;
        assert_eq!(res.status, StatusCode::OK, "{path}");
        let ct = res.header("content-type").unwrap_or_default();
        assert!(ct.starts_with(content_type), "{path}: {ct}");
        let cc = res.header("cache-control").unwrap_or_default();
        assert!(cc.contains(cache), "{path}: {cc}");
        assert_security_headers(&res, path);
    }
}

#[tokio::test]
async fn api_responses_and_errors_have_the_security_headers_too() {
    let sites = sites();
    let api = api(&sites);
    let res = api.get("/api/v1/health").await;
    assert_eq!(res.status, StatusCode::OK);
    assert_security_headers(&res, "health");

    let res = api.get("/api/v1/nope").await;
    assert_problem(&res, StatusCode::NOT_FOUND, "not_found");
    assert_security_headers(&res, "API 404");

    let res = api.events(None, &contact_events()).await;
    assert_problem(&res, StatusCode::UNAUTHORIZED, "unauthorized");
    assert_security_headers(&res, "contact events 401");

    let res = api.get(&format!("/app-{}.css", "f".repeat(16))).await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert_security_headers(&res, "missing hashed asset");
}

#[tokio::test]
async fn the_portal_serves_its_files_and_its_page_for_deep_links() {
    let sites = sites();
    let api = api(&sites);
    for path in [
        "/portal/",
        "/portal/account/integrations",
        "/portal/account/integrations/new/freshchat",
    ] {
        let res = api.get(path).await;
        assert_eq!(res.status, StatusCode::OK, "{path}");
        assert_eq!(res.text(), PORTAL, "{path}");
        assert_eq!(res.header("cache-control"), Some("no-cache"), "{path}");
        assert_security_headers(&res, path);
    }
    let res = api.get("/portal/portal.css").await;
    assert_eq!(res.status, StatusCode::OK);
    assert_eq!(res.text(), "h1 {}");
    assert!(res.header("content-type").unwrap().starts_with("text/css"));
    assert_security_headers(&res, "portal.css");

    let res = api.get("/portal/js/login.js").await;
    assert_eq!(res.text(), "export {};");
    assert!(res
        .header("content-type")
        .unwrap()
        .starts_with("text/javascript"));

    // Relative URLs of the page must resolve inside the portal.
    let res = api.get("/portal").await;
    assert_eq!(res.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(res.header("location"), Some("/portal/"));
    assert_security_headers(&res, "/portal");
}

#[tokio::test]
async fn the_portal_is_not_the_spa_and_the_spa_is_not_the_portal() {
    let sites = sites();
    let api = api(&sites);
    assert_eq!(api.get("/portalx").await.text(), INDEX);
    assert_eq!(api.get("/account/integrations").await.text(), INDEX);
    // Only reading: the portal takes no posts.
    let res = api
        .send(request(Method::POST, "/portal/", &[], Body::empty()))
        .await;
    assert_eq!(res.status, StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn without_a_portal_folder_the_portal_is_a_404() {
    let api = Api::new();
    let res = api.get("/portal/account").await;
    assert_eq!(res.status, StatusCode::NOT_FOUND);
    assert_security_headers(&res, "no portal");
}
