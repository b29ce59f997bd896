//! Property tests of what the SPA does with what it cannot trust: any HTTP error
//! response (`ApiError::from_response`, `message_id`) and any id or URL from the
//! server (`paths`).
#![cfg(not(target_arch = "wasm32"))]

use injixo_contract::{ErrorCode, Problem};
use injixo_integrations::api::ApiError;
use injixo_integrations::components::{help_article, safe_external_url};
use injixo_integrations::routes::Route;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;
use std::collections::BTreeSet;

/// The `error-…` message ids the English locale defines (in any of its files).
fn error_message_ids() -> BTreeSet<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en");
    let ftl: String = std::fs::read_dir(dir)
        .expect("locales/en")
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    let ids: BTreeSet<String> = ftl
        .lines()
        .filter(|l| l.starts_with("error-"))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
        .filter(|id| id.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter(|id| {
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .map(String::from)
        .collect();
    assert!(ids.len() > 10, "parsed only {ids:?}");
    ids
}

fn wild() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        vec(any::<char>(), 0..6).prop_map(String::from_iter)
    ]
}

/// Every code this client knows (all but `Unknown`, which is last).
const KNOWN: &[ErrorCode] = ErrorCode::ALL.split_last().unwrap().1;

/// A problem document with any code string (known or not) and any member values.
fn problem_json() -> impl Strategy<Value = (String, serde_json::Value)> {
    let known = select(KNOWN.to_vec()).prop_map(|c| c.as_str().to_string());
    let code = prop_oneof![known, Just("unknown".to_string()), "[a-z_]{1,12}"];
    let errors = vec(
        (wild(), prop_oneof![Just("required".to_string()), wild()]),
        0..3,
    );
    (code, wild(), any::<u16>(), errors, wild()).prop_map(|(code, title, status, errors, rid)| {
        let errors: Vec<_> = errors
            .into_iter()
            .map(|(f, c)| serde_json::json!({"field": f, "code": c}))
            .collect();
        let body = serde_json::json!({"type": "about:blank", "title": title, "status": status,
            "code": code, "errors": errors, "request_id": rid, "extension": [1, 2]});
        (code, body)
    })
}

/// Response bodies: anything, problem documents, cut-off problem documents.
fn body() -> impl Strategy<Value = String> {
    let problem = || problem_json().prop_map(|(_, b)| b.to_string());
    let cut = problem().prop_map(|s| s.chars().take(s.len() / 2).collect());
    prop_oneof![wild(), problem(), cut, Just("{}".to_string())]
}

const ALLOWED: [&str; 2] = ["www.freshworks.com", "help.injixo.com"];

/// URL-ish strings around the allowed hosts.
fn url() -> impl Strategy<Value = String> {
    let tokens = vec![
        "https://",
        "http://",
        "HTTPS://",
        "javascript:",
        "//",
        ALLOWED[0],
        ALLOWED[1],
        "evil.example",
        "@",
        ":443",
        "/",
        "\\",
        "?",
        "#",
        ".",
        "\t",
        " ",
        "%2F",
    ];
    prop_oneof![wild(), vec(select(tokens), 0..7).prop_map(|t| t.concat())]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_response_is_classified_and_explained(
        status in prop_oneof![Just(401u16), Just(403), 400..600u16, any::<u16>()], body in body(),
    ) {
        let ids = error_message_ids();
        let e = ApiError::from_response(status, &body);
        prop_assert!(ids.contains(e.message().id()), "{} for {:?}", e.message().id(), e);
        match status {
            401 => prop_assert_eq!(&e, &ApiError::Unauthorized),
            403 => prop_assert_eq!(&e, &ApiError::Forbidden),
            _ => match serde_json::from_str::<Problem>(&body) {
                Ok(p) => prop_assert_eq!(&e, &ApiError::Problem(Box::new(p))),
                Err(_) => prop_assert_eq!(&e, &ApiError::Status(status)),
            },
        }
        let others = [ApiError::Network, ApiError::Timeout, ApiError::Aborted, ApiError::Decode];
        for other in others.into_iter().chain([ApiError::Status(status)]) {
            prop_assert!(ids.contains(other.message().id()), "{:?}", other);
        }
    }

    #[test]
    fn a_problem_document_keeps_its_code_known_or_not(
        status in 400..600u16, (code, body) in problem_json()
    ) {
        prop_assume!(status != 401 && status != 403);
        let e = ApiError::from_response(status, &body.to_string());
        let expected = KNOWN.iter().copied().find(|c| c.as_str() == code);
        prop_assert_eq!(e.code(), Some(expected.unwrap_or(ErrorCode::Unknown)), "{:?}", e);
        prop_assert!(matches!(e, ApiError::Problem(_)));
        prop_assert!(error_message_ids().contains(e.message().id()));
    }

    #[test]
    fn external_links_are_https_on_allowed_hosts_only(url in url()) {
        if let Some(link) = safe_external_url(&url) {
            prop_assert_eq!(link, url.as_str());
            // The host as a browser reads it: tabs and newlines dropped; up to a
            // path, query, fragment or backslash; after any user-info; no port.
            let rest = link.strip_prefix("https://").unwrap().replace(['\t', '\n', '\r'], "");
            let authority = rest.split(['/', '\\', '?', '#']).next().unwrap();
            let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
            let host = host.split(':').next().unwrap();
            prop_assert!(ALLOWED.contains(&host), "{:?}", link);
        }
    }

    #[test]
    fn links_to_allowed_hosts_pass(host in select(ALLOWED.to_vec()), tail in "([/?#]\\PC{0,12})?") {
        let url = format!("https://{host}{tail}");
        prop_assert_eq!(safe_external_url(&url), Some(url.as_str()));
    }

    #[test]
    fn help_articles_are_always_safe_links(lang in wild(), slug in wild()) {
        let url = help_article("https://help.injixo.com", &lang, &slug);
        prop_assert_eq!(safe_external_url(&url), Some(url.as_str()));
    }

    #[test]
    fn an_id_stays_one_segment_of_its_path(id in prop_oneof![wild(), "[a-zA-Z0-9_./?#%-]{0,12}"]) {
        let segment = |s: &str| s.chars().all(|c| c.is_ascii_alphanumeric() || "-_".contains(c));
        let under = |path: String, prefix: &str, rest: &str| -> Result<(), TestCaseError> {
            let seg = path.strip_prefix(prefix).and_then(|p| p.strip_suffix(rest));
            prop_assert!(seg.is_some_and(segment), "{:?}", path);
            Ok(())
        };
        under(Route::Integration(id.clone()).path(), "/integration/", "")?;
        under(Route::Edit(id.clone()).path(), "/integration/", "/edit")?;
        under(Route::RegenerateKey(id.clone()).path(), "/integration/", "?action=regenerate-key")?;
        under(Route::Setup(id.clone()).path(), "/new/", "")?;
        under(Route::Vendor(id.clone()).path(), "/catalogue/", "")?;
        if segment(&id) {
            prop_assert_eq!(Route::Integration(id.clone()).path(), format!("/integration/{id}"));
        }
    }
}
