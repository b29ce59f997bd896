//! Locale completeness and hygiene, checked natively on every `make test`:
//! - every `.ftl` parses without a single syntax error;
//! - every locale has exactly the English messages, terms, attributes and variables;
//! - every message with a variable documents it in a `# Variables:` comment;
//! - every message formats in every locale without a resolver error;
//! - every message id the code (or the backend's catalogue data) names exists, and
//!   every message exists because something names it.
#![cfg(not(target_arch = "wasm32"))]

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const LOCALES: [&str; 6] = ["en", "de", "nl", "it", "fr", "es"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn ftl_files(locale: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("locales").join(locale))
        .unwrap_or_else(|e| panic!("locales/{locale}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    files
}

/// What a message (or term) is made of, for comparing locales.
#[derive(Debug, Default, PartialEq)]
struct Shape {
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    has_value: bool,
    documented: bool,
}

fn collect_vars(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expr(expression, out);
        }
    }
}

fn collect_expr(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline(inline, out),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for v in variants {
                collect_vars(&v.value, out);
            }
        }
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => collect_expr(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline(a, out);
            }
            for a in &arguments.named {
                collect_inline(&a.value, out);
            }
        }
        _ => {}
    }
}

/// Parses one locale: id (terms with their leading `-`) → shape. Panics on syntax errors.
fn parse_locale(locale: &str) -> BTreeMap<String, Shape> {
    let mut out = BTreeMap::new();
    for file in ftl_files(locale) {
        let source = std::fs::read_to_string(&file).unwrap();
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{}: syntax errors: {errors:?}", file.display()),
        };
        for entry in &resource.body {
            let (id, value, attributes, comment) = match entry {
                ast::Entry::Message(m) => (
                    m.id.name.to_string(),
                    m.value.as_ref(),
                    &m.attributes,
                    &m.comment,
                ),
                ast::Entry::Term(t) => (
                    format!("-{}", t.id.name),
                    Some(&t.value),
                    &t.attributes,
                    &t.comment,
                ),
                ast::Entry::Junk { content } => panic!("{}: junk: {content}", file.display()),
                _ => continue,
            };
            let mut shape = Shape {
                has_value: value.is_some(),
                documented: comment.as_ref().is_some_and(|c| {
                    c.content
                        .iter()
                        .any(|l| l.trim_start().starts_with("Variables:"))
                }),
                ..Shape::default()
            };
            if let Some(v) = value {
                collect_vars(v, &mut shape.variables);
            }
            for a in attributes {
                shape.attributes.insert(a.id.name.to_string());
                collect_vars(&a.value, &mut shape.variables);
            }
            assert!(
                out.insert(id.clone(), shape).is_none(),
                "{locale}: {id} is defined twice"
            );
        }
    }
    out
}

#[test]
fn every_locale_has_exactly_the_english_messages_attributes_and_variables() {
    let en = parse_locale("en");
    assert!(en.len() > 50, "English has only {} entries", en.len());
    let mut problems = Vec::new();
    for locale in &LOCALES[1..] {
        let other = parse_locale(locale);
        for id in en.keys().filter(|k| !other.contains_key(*k)) {
            problems.push(format!("{locale}: missing {id}"));
        }
        for id in other.keys().filter(|k| !en.contains_key(*k)) {
            problems.push(format!("{locale}: {id} is not in en"));
        }
        for (id, shape) in &en {
            let Some(o) = other.get(id) else { continue };
            if o.attributes != shape.attributes || o.has_value != shape.has_value {
                problems.push(format!(
                    "{locale}: {id} has attributes {:?}, en has {:?}",
                    o.attributes, shape.attributes
                ));
            }
            if o.variables != shape.variables {
                problems.push(format!(
                    "{locale}: {id} uses {:?}, en uses {:?}",
                    o.variables, shape.variables
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_with_a_variable_documents_it() {
    let undocumented: Vec<String> = parse_locale("en")
        .into_iter()
        .filter(|(_, s)| !s.variables.is_empty() && !s.documented)
        .map(|(id, _)| id)
        .collect();
    assert!(
        undocumented.is_empty(),
        "no `# Variables:` comment: {undocumented:?}"
    );
}

#[test]
fn every_message_formats_cleanly_in_every_locale() {
    let en = parse_locale("en");
    for locale in LOCALES {
        let mut bundle = FluentBundle::new(vec![locale.parse().unwrap()]);
        bundle.set_use_isolating(false);
        for file in ftl_files(locale) {
            let res = FluentResource::try_new(std::fs::read_to_string(&file).unwrap()).unwrap();
            bundle.add_resource(res).unwrap();
        }
        for (id, shape) in en.iter().filter(|(id, _)| !id.starts_with('-')) {
            let mut args = FluentArgs::new();
            for v in &shape.variables {
                // Numbers where plurals select on them, text elsewhere.
                if v == "count" || v == "max" {
                    args.set(v.as_str(), 2);
                } else {
                    args.set(v.as_str(), format!("<{v}>"));
                }
            }
            let msg = bundle.get_message(id).unwrap();
            let patterns = msg
                .value()
                .into_iter()
                .chain(msg.attributes().map(|a| a.value()));
            for pattern in patterns {
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{locale} {id}: {errors:?}");
                assert!(!text.trim().is_empty(), "{locale} {id} is empty");
                assert!(!text.contains("..."), "{locale} {id}: use … not ...");
            }
        }
    }
}

/// String literals in Rust source that look like message ids (`kebab-case-ids`).
fn id_like_literals(path: &Path, out: &mut BTreeSet<String>) {
    if path.is_dir() {
        for e in std::fs::read_dir(path).unwrap() {
            id_like_literals(&e.unwrap().path(), out);
        }
        return;
    }
    if path.extension().is_none_or(|e| e != "rs") || path.ends_with("tests.rs") {
        return;
    }
    let src = std::fs::read_to_string(path).unwrap();
    // Unit tests use made-up strings; only the shipped code counts.
    let src = src.split("#[cfg(test)]").next().unwrap_or_default();
    for (i, chunk) in src.split('"').enumerate() {
        let is_literal = i % 2 == 1;
        let kebab = chunk.len() > 3
            && chunk.contains('-')
            && chunk
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !chunk.starts_with('-')
            && !chunk.ends_with('-');
        if is_literal && kebab {
            out.insert(chunk.to_string());
        }
    }
}

/// Kebab-case literals in the code that are not message ids: DOM ids and classes
/// (`ixi-…`), HTML attribute names and values.
fn is_not_a_message(s: &str) -> bool {
    s.starts_with("ixi-")
        || s.starts_with("aria-")
        || s.starts_with("data-")
        || matches!(s, "new-password" | "regenerate-key" | "x-pseudo")
        // The product tag that starts a support reference (and names the custom element).
        || s == "injixo-integrations"
        // Names of the DOM events the app sends its host (`injixo:…`).
        || matches!(
            s,
            "integration-created"
                | "integration-updated"
                | "integration-deleted"
                | "locale-change"
                | "session-expired"
        )
}

#[test]
fn code_and_locales_name_the_same_messages() {
    let mut used = BTreeSet::new();
    id_like_literals(&root().join("src"), &mut used);
    let defined: BTreeSet<String> = parse_locale("en")
        .into_keys()
        .filter(|id| !id.starts_with('-'))
        .collect();
    let missing: Vec<_> = used
        .iter()
        .filter(|id| !defined.contains(*id) && !is_not_a_message(id))
        .collect();
    assert!(
        missing.is_empty(),
        "used in code but not in locales/en: {missing:?}"
    );
    // The catalogue names its labels as data: those ids count as used. (That each
    // of them exists is the backend's catalogue test; its other kebab-case strings,
    // model ids and help paths, are not messages.)
    id_like_literals(&root().join("backend/src/catalogue"), &mut used);
    let unused: Vec<_> = defined.iter().filter(|id| !used.contains(*id)).collect();
    assert!(
        unused.is_empty(),
        "in locales/en but used nowhere: {unused:?}"
    );
}

#[test]
fn brand_names_in_prose_go_through_terms() {
    // A brand spelled out in a message would not follow a rename; terms do.
    let brands = ["injixo", "Freshworks", "Freshchat", "Freshdesk"];
    for locale in LOCALES {
        for file in ftl_files(locale) {
            if file.ends_with("brands.ftl") {
                continue;
            }
            for (n, line) in std::fs::read_to_string(&file).unwrap().lines().enumerate() {
                if line.trim_start().starts_with('#') {
                    continue;
                }
                let text = line.split_once('=').map_or(line, |(_, v)| v);
                let text = text
                    .replace("-brand-injixo", "")
                    .replace("-brand-freshworks", "");
                for b in brands {
                    assert!(
                        !text.contains(b),
                        "{}:{}: write {{ -brand-{} }} instead of {b}",
                        file.display(),
                        n + 1,
                        b.to_lowercase()
                    );
                }
            }
        }
    }
}

/// Message values of one locale: id → text (placeables removed, comments skipped).
fn values(locale: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for file in ftl_files(locale) {
        let source = std::fs::read_to_string(&file).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str()).expect("parses");
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                let patterns = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
                for p in patterns {
                    let mut text = String::new();
                    collect_text(p, &mut text);
                    out.push((m.id.name.to_string(), text));
                }
            }
        }
    }
    out
}

/// The literal text of a pattern, select variants included; placeables become `{}`.
fn collect_text(pattern: &ast::Pattern<&str>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } => {
                for v in variants {
                    collect_text(&v.value, out);
                    out.push(' ');
                }
            }
            ast::PatternElement::Placeable { .. } => out.push_str("{}"),
        }
    }
}

/// Labels `../shared/terminology.md` spells with a straight apostrophe: binding,
/// so they win over the typographic rule.
const VERBATIM_APOSTROPHES: [&str; 6] = [
    "files d'attente",
    "l'import",
    "l'API",
    "l'app",
    "dell'account",
    "all'API",
];

#[test]
fn typography_follows_each_language() {
    let nbsp = ['\u{a0}', '\u{202f}'];
    let mut problems = Vec::new();
    for locale in LOCALES {
        for (id, text) in values(locale) {
            let mut bad = |why: &str| problems.push(format!("{locale} {id}: {why}: {text}"));
            if text.contains("...") {
                bad("use the one-character ellipsis …");
            }
            match locale {
                "fr" => {
                    let chars: Vec<char> = text.chars().collect();
                    for (i, c) in chars.iter().enumerate() {
                        let needs_space = matches!(c, '?' | '!' | ';' | ':' | '»');
                        if needs_space
                            && i > 0
                            && !nbsp.contains(&chars[i - 1])
                            && chars[i - 1] != '{'
                        {
                            bad("a no-break space goes before ? ! ; : »");
                        }
                        if *c == '«' && chars.get(i + 1).is_some_and(|n| !nbsp.contains(n)) {
                            bad("a no-break space goes after «");
                        }
                    }
                    let mut rest = text.clone();
                    for v in VERBATIM_APOSTROPHES {
                        rest = rest.replace(v, "");
                    }
                    if rest.contains('\'') {
                        bad("use the typographic apostrophe ’");
                    }
                }
                "de" if text.contains('"') => bad("German quotes are „…“"),
                "es" if text.contains('?') && !text.contains('¿') => {
                    bad("Spanish questions open with ¿")
                }
                "es" if text.contains('!') && !text.contains('¡') => {
                    bad("Spanish exclamations open with ¡")
                }
                _ => {}
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
