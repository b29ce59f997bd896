//! Component tests in a real headless Chromium (wasm-bindgen-test + chromedriver):
//! what an admin or a screen reader would notice about the building blocks.
#![cfg(target_arch = "wasm32")]

use injixo_contract::{ErrorCode, IntegrationStatus, Problem};
use injixo_integrations::api::ApiError;
use injixo_integrations::components::{
    Breadcrumb, ErrorAlert, FieldInput, FieldText, LanguageSelect, StatusBadge, Step,
};
use injixo_integrations::i18n::{install, provide_i18n, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

/// The app fetches non-English messages at run time; these tests have no server,
/// so they install the languages they use from the files themselves. Italian is
/// left out on purpose: it is the language that "fails to download" below.
fn install_locales() {
    for (code, sources) in LOCALE_FILES {
        match *code {
            "de" => install(Lang::De, sources),
            "fr" => install(Lang::Fr, sources),
            _ => {}
        }
    }
}

// The `.ftl` files of every locale, listed once by build.rs.
include!(concat!(env!("OUT_DIR"), "/locale_files.rs"));

/// Waits (polling) until `cond` holds, so tests never depend on a fixed delay.
async fn until(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..200 {
        if cond() {
            return;
        }
        let p = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
    }
    panic!("timed out waiting for: {what}");
}

fn q<T: JsCast>(root: &HtmlElement, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

fn text(root: &HtmlElement) -> String {
    root.text_content().unwrap_or_default()
}

fn type_into(input: &HtmlInputElement, value: &str) {
    input.set_value(value);
    let ev = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&ev).unwrap();
}

#[wasm_bindgen_test]
async fn a_field_is_labelled_and_announces_its_error() {
    let root = container();
    let value = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <FieldInput
                dom_id="t-domain"
                label=Signal::derive(|| "Domain".to_string())
                help=Some(Signal::derive(|| "Your full domain".to_string()))
                error=error
                value=value
                kind=FieldText::Domain
            />
        }
    });
    let input: HtmlInputElement = q(&root, "input");
    let label: HtmlElement = q(&root, "label");
    assert_eq!(label.get_attribute("for").as_deref(), Some("t-domain"));
    assert_eq!(input.id(), "t-domain");
    assert_eq!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("t-domain-help")
    );
    assert_eq!(input.get_attribute("spellcheck").as_deref(), Some("false"));

    type_into(&input, "acme.freshchat.com");
    until("typed value reaches the signal", || {
        value.get_untracked() == "acme.freshchat.com"
    })
    .await;

    error.set(Some("Enter your full domain".into()));
    until("error shown", || {
        text(&root).contains("Enter your full domain")
    })
    .await;
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("t-domain-error t-domain-help")
    );
    // Showing an error never touches what was typed.
    assert_eq!(input.value(), "acme.freshchat.com");
}

#[wasm_bindgen_test]
async fn a_secret_is_masked_until_revealed() {
    let root = container();
    let value = RwSignal::new(String::new());
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <FieldInput
                dom_id="t-key"
                label=Signal::derive(|| "API key".to_string())
                error=Signal::derive(|| None::<String>)
                value=value
                kind=FieldText::Secret
                reveal_label=Some(Signal::derive(|| "Show".to_string()))
            />
        }
    });
    let input: HtmlInputElement = q(&root, "input");
    assert_eq!(input.type_(), "password");
    assert_eq!(
        input.get_attribute("autocomplete").as_deref(),
        Some("new-password")
    );
    let toggle: HtmlElement = q(&root, "button");
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    toggle.click();
    until("revealed", || input.type_() == "text").await;
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
}

/// The language menu next to a status badge and a text field, in English.
fn language_menu_with_a_field(dom_id: &'static str) -> (HtmlElement, impl Drop) {
    let root = container();
    let value = RwSignal::new(String::new());
    let mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::En);
        view! {
            <LanguageSelect />
            <StatusBadge status=IntegrationStatus::Paused />
            <FieldInput
                dom_id=dom_id
                label=Signal::derive(|| "Name".to_string())
                error=Signal::derive(|| None::<String>)
                value=value
                kind=FieldText::Plain
            />
        }
    });
    (root, mounted)
}

#[wasm_bindgen_test]
async fn switching_language_is_live_and_keeps_typed_input() {
    install_locales();
    let (root, _mounted) = language_menu_with_a_field("t-name");
    let input: HtmlInputElement = q(&root, "input");
    type_into(&input, "Support chat");
    assert!(text(&root).contains("Paused"));

    let select: HtmlSelectElement = q(&root, "select");
    select.set_value("de");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    until("German status", || text(&root).contains("Pausiert")).await;
    // (`<html lang>` is the stand-alone app's to set: see e2e/tests/negotiation.spec.ts.)
    assert_eq!(input.value(), "Support chat");
    // Only the language code is remembered.
    let stored = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert_eq!(
        stored
            .get_item("injixo.integrations.lang")
            .unwrap()
            .as_deref(),
        Some("de")
    );
    // Each language is offered under its own name.
    let options: Vec<String> = (0..select.length())
        .map(|i| select.item(i).unwrap().text_content().unwrap())
        .collect();
    assert_eq!(
        options,
        [
            "English",
            "Deutsch",
            "Nederlands",
            "Italiano",
            "Français",
            "Español"
        ]
    );
}

#[wasm_bindgen_test]
async fn a_language_that_cannot_be_downloaded_changes_nothing_and_says_so() {
    // No locale URLs are set here, so Italian cannot be fetched.
    let (root, _mounted) = language_menu_with_a_field("t-name-it");
    let input: HtmlInputElement = q(&root, "input");
    type_into(&input, "Chat IT");
    let select: HtmlSelectElement = q(&root, "select");
    select.set_value("it");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    until("failure message", || {
        text(&root).contains("Couldn’t load Italiano")
    })
    .await;
    assert!(text(&root).contains("Paused"), "still English");
    assert_eq!(
        select.value(),
        "en",
        "the menu shows the language on screen"
    );
    assert_eq!(input.value(), "Chat IT");
}

#[wasm_bindgen_test]
async fn the_breadcrumb_reads_as_the_articles_write_it() {
    for (lang, expected) in [
        (Lang::En, "Account > Integrations"),
        (Lang::De, "Account > Integrationen"),
        (Lang::Fr, "Account > Intégrations"),
    ] {
        install_locales();
        let root = container();
        let _mounted = leptos::mount::mount_to(root.clone(), move || {
            provide_i18n(lang);
            view! {
                <leptos_router::components::Router>
                    <Breadcrumb />
                </leptos_router::components::Router>
            }
        });
        let nav: HtmlElement = q(&root, "nav");
        assert_eq!(
            nav.inner_text()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            expected
        );
        assert!(nav
            .get_attribute("aria-label")
            .is_some_and(|l| !l.is_empty()));
    }
}

fn problem(status: u16, code: ErrorCode) -> ApiError {
    ApiError::Problem(Box::new(Problem {
        type_uri: "urn:x".into(),
        title: "English server prose".into(),
        status,
        code,
        errors: vec![],
        request_id: "req-42".into(),
        detail: None,
        system_message: None,
    }))
}

#[wasm_bindgen_test]
async fn errors_are_explained_by_code_never_by_server_prose() {
    install_locales();
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::De);
        view! {
            <ErrorAlert error=problem(503, ErrorCode::VendorUnavailable) step=Step::LoadOverview on_retry=Callback::new(|_| ()) />
            <ErrorAlert error=problem(409, ErrorCode::NameTaken) step=Step::Save />
        }
    });
    let all = text(&root);
    assert!(!all.contains("English server prose"), "{all}");
    assert!(all.contains("req-42"), "support reference missing: {all}");
    let alerts = root.query_selector_all("[role=alert]").unwrap();
    assert_eq!(alerts.length(), 2);
    // A failed read offers *Try again*; every failure offers *Copy details*.
    let buttons = |i: u32| {
        alerts
            .item(i)
            .unwrap()
            .unchecked_into::<HtmlElement>()
            .inner_text()
    };
    assert!(buttons(0).contains("Erneut versuchen"), "{}", buttons(0));
    assert!(!buttons(1).contains("Erneut versuchen"), "{}", buttons(1));
    assert!(buttons(0).contains("Details kopieren") && buttons(1).contains("Details kopieren"));
}

/// The wasm reads and writes JSON through the browser (src/json.rs); the backend
/// uses serde_json. Same text for the types that cross the wire.
#[wasm_bindgen_test]
fn json_through_the_browser_matches_the_contract() {
    use injixo_contract::{CreateIntegration, FieldValue, UpdateIntegration};
    use injixo_integrations::browser::json;
    let create = CreateIntegration {
        name: "Support chat".into(),
        model: "freshchat".into(),
        settings: [
            ("api_key".to_string(), FieldValue::Text("k".into())),
            ("days".to_string(), FieldValue::Number(30)),
            ("active".to_string(), FieldValue::Bool(true)),
        ]
        .into(),
        cloud_link_id: None,
        csv_schema: None,
    };
    let text = json::to_string(&create).unwrap();
    assert_eq!(
        text,
        r#"{"name":"Support chat","model":"freshchat","settings":{"active":true,"api_key":"k","days":30}}"#
    );
    assert_eq!(json::from_str::<CreateIntegration>(&text), Some(create));
    // An absent name is left out, as the PATCH contract wants.
    assert_eq!(
        json::to_string(&UpdateIntegration::default()).unwrap(),
        r#"{"settings":{}}"#
    );
    // Not JSON, or not the shape: no value (the client calls it a decode error).
    assert_eq!(json::from_str::<CreateIntegration>("{"), None);
    assert_eq!(json::from_str::<CreateIntegration>(r#"{"name":1}"#), None);
    // A problem with a code this build does not know still reads.
    let p: Problem = json::from_str(
        r#"{"type":"urn:x","title":"t","status":400,"code":"brand_new","request_id":"r"}"#,
    )
    .unwrap();
    assert_eq!(p.request_id, "r");
}
