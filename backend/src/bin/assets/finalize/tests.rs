//! `assets finalize` against a fake `dist/`: outputs found, bundles, embed.js, index.html.

use super::*;

const HASH: &str = "0123456789abcdef";
const INDEX: &str = "<!DOCTYPE html>\n<html>\n  <head>\n    <title>injixo</title>\n  </head>\n  <body><injixo-integrations standalone></injixo-integrations></body>\n</html>\n";

fn dist() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        format!("injixo-integrations-{HASH}.js"),
        format!("injixo-integrations-{HASH}.js.br"),
        format!("injixo-integrations-{HASH}_bg.wasm"),
        format!("injixo-integrations-{HASH}_bg.wasm.gz"),
        format!("app-{HASH}.css"),
        "favicon-fedcba9876543210.svg".to_string(),
        "app.css".to_string(),
    ] {
        std::fs::write(dir.path().join(name), "x").unwrap();
    }
    std::fs::write(dir.path().join("index.html"), INDEX).unwrap();
    dir
}

fn read(dir: &tempfile::TempDir, name: &str) -> String {
    std::fs::read_to_string(dir.path().join(name)).unwrap()
}

#[test]
fn finds_the_hashed_outputs() {
    let dir = dist();
    let outputs = find_outputs(dir.path()).unwrap();
    assert_eq!(
        outputs,
        Outputs {
            glue: format!("injixo-integrations-{HASH}.js"),
            wasm: format!("injixo-integrations-{HASH}_bg.wasm"),
            css: format!("app-{HASH}.css"),
        }
    );
}

#[test]
fn refuses_missing_ambiguous_or_mismatched_outputs() {
    let dir = dist();
    std::fs::remove_file(dir.path().join(format!("app-{HASH}.css"))).unwrap();
    let e = find_outputs(dir.path()).unwrap_err();
    assert!(e.contains("no app-<hash>.css"), "{e}");

    let dir = dist();
    std::fs::write(dir.path().join("app-ffffffffffffffff.css"), "").unwrap();
    assert!(find_outputs(dir.path()).unwrap_err().contains("several"));

    let dir = dist();
    let wasm = dir
        .path()
        .join(format!("injixo-integrations-{HASH}_bg.wasm"));
    std::fs::rename(
        wasm,
        dir.path()
            .join("injixo-integrations-ffffffffffffffff_bg.wasm"),
    )
    .unwrap();
    assert!(find_outputs(dir.path())
        .unwrap_err()
        .contains("does not belong"));
}

#[test]
fn embed_js_loads_the_outputs_relative_to_itself() {
    let dir = dist();
    finalize(dir.path(), &locales()).unwrap();
    let js = read(&dir, "embed.js");
    for expected in [
        format!("new URL('./injixo-integrations-{HASH}.js', import.meta.url)"),
        format!("new URL('./injixo-integrations-{HASH}_bg.wasm', import.meta.url)"),
        format!("new URL('./app-{HASH}.css', import.meta.url)"),
        "import(GLUE_URL)".to_string(),
        "fetch(WASM_URL)".to_string(),
        "WebAssembly.compile(await response.arrayBuffer())".to_string(),
        "glue.default({ module_or_path: module })".to_string(),
        "meta[name=\"injixo-preload\"]".to_string(),
        "export async function mount(element, config)".to_string(),
        "app.mount(element, { ...(config ?? {}), localeUrls: LOCALE_URLS })".to_string(),
        "window.injixoIntegrations = { mount };".to_string(),
        "customElements.define('injixo-integrations'".to_string(),
        "static observedAttributes = ['locale'];".to_string(),
        "handle.unmount()".to_string(),
        "setLocale(value)".to_string(),
    ] {
        assert!(js.contains(&expected), "embed.js lacks {expected}");
    }
    for attribute in [
        "'api-base'",
        "'base-path'",
        "'help-base-url'",
        "'csrf-cookie'",
    ] {
        assert!(js.contains(attribute), "embed.js lacks {attribute}");
    }
    assert!(!js.contains("__GLUE__") && !js.contains("__WASM__") && !js.contains("__CSS__"));
    assert!(!js.contains("__LOCALES__"));
}

/// The repository's own locales.
fn locales() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

#[test]
fn each_on_demand_language_is_one_hashed_bundle_without_comments() {
    let dir = dist();
    finalize(dir.path(), &locales()).unwrap();
    let js = read(&dir, "embed.js");
    for lang in ON_DEMAND {
        let file = std::fs::read_dir(dir.path().join("locales"))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .find(|n| n.starts_with(&format!("{lang}-")))
            .unwrap_or_else(|| panic!("no bundle for {lang}"));
        assert!(is_hashed_asset(&file), "{file} is not cache-busted");
        assert!(
            js.contains(&format!("{lang}: './locales/{file}'")),
            "{lang} not in embed.js"
        );
        let text = read(&dir, &format!("locales/{file}"));
        assert!(
            text.lines().all(|l| !l.starts_with('#')),
            "{file} has comments"
        );
        // All ten files are in it, e.g. the brand terms and the errors.
        assert!(text.contains("-brand-injixo =") && text.contains("error-network ="));
    }
    // English is in the wasm, never fetched; its bundle is for the server's frame.
    assert!(!js.contains("en: "));
    let english = std::fs::read_dir(dir.path().join("locales"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .find(|n| n.starts_with("en-"))
        .expect("an English bundle for the server");
    assert!(is_hashed_asset(&english), "{english} is not cache-busted");
    assert!(read(&dir, &format!("locales/{english}")).contains("header-logo ="));
}

#[test]
fn index_html_is_left_as_trunk_wrote_it() {
    // No preload of the code: it would start before the first paint (embed.js fetches it
    // after), and a second run must not change anything either.
    let dir = dist();
    finalize(dir.path(), &locales()).unwrap();
    assert_eq!(read(&dir, "index.html"), INDEX);
    finalize(dir.path(), &locales()).unwrap();
    assert_eq!(read(&dir, "index.html"), INDEX);
}

#[test]
fn notices_inline_scripts_only() {
    assert!(has_inline_script(
        "<script type=\"module\">import x</script>"
    ));
    assert!(!has_inline_script(
        "<script type=\"module\" src=\"/embed.js\"></script>"
    ));
    assert!(!has_inline_script("<scripts-list></scripts-list>"));
}
