//! No endpoint missing from `docs/openapi.yaml`: every path the routers declare is
//! documented. `openapi.rs` checks the methods (each documented path answers 405 to
//! every undocumented method) against its hand-kept list of routes; this test makes
//! sure that list cannot fall behind a route added to the source. The test hooks
//! (`api/test_hooks.rs`) are left out on purpose: they are not part of the contract.

use serde_yaml::Value as Yaml;
use std::collections::BTreeSet;

/// The path literals of `.route("…", …)` calls in one source file.
fn routed_paths(source: &str) -> Vec<String> {
    source
        .split(".route(")
        .skip(1)
        .filter_map(|call| {
            let call = call.trim_start();
            let rest = call.strip_prefix('"')?;
            Some(rest[..rest.find('"')?].to_string())
        })
        .collect()
}

/// A file of the backend's, or of the repository's with `../`.
fn read(file: &str) -> String {
    let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn source(file: &str) -> String {
    read(&format!("src/{file}"))
}

#[test]
fn every_routed_path_is_documented() {
    let doc: Yaml = serde_yaml::from_str(&read("../docs/openapi.yaml")).expect("YAML");
    let documented: BTreeSet<String> = doc["paths"]
        .as_mapping()
        .expect("paths")
        .keys()
        .map(|k| k.as_str().expect("path").to_string())
        .collect();
    // `/api/v1` routes are documented relative to the API's server, the injixo
    // app's endpoint under its own `/external-systems` prefix.
    let api = routed_paths(&source("api/mod.rs"));
    let external = routed_paths(&source("external.rs"))
        .into_iter()
        .map(|p| format!("/external-systems{p}"));
    let routed: Vec<String> = api.into_iter().chain(external).collect();
    assert!(routed.len() >= 10, "found too few routes: {routed:?}");
    let missing: Vec<_> = routed.iter().filter(|p| !documented.contains(*p)).collect();
    assert!(missing.is_empty(), "routed but not documented: {missing:?}");
    let hooks = routed_paths(&source("api/test_hooks.rs"));
    assert!(hooks.iter().all(|p| p.starts_with("/test/")), "{hooks:?}");
    assert!(
        hooks.iter().all(|p| !documented.contains(p)),
        "a test hook is documented: {hooks:?}"
    );
}

#[test]
fn the_route_scanner_reads_multi_line_calls() {
    let src = r#"Router::new().route("/a", get(a)).route(
            "/b/{id}",
            get(b),
        )"#;
    assert_eq!(routed_paths(src), ["/a", "/b/{id}"]);
}
