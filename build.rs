//! Generated from the locales (English is the reference):
//!
//! - `en.ftl`: English compiled into the wasm without its translator comments (about
//!   1 KB brotli less; the other languages are stripped the same way by
//!   `assets finalize`), so the first paint never waits for a download.
//! - `messages.rs`: one typed id per message (`i18n::msg`), so a typo in an id or a
//!   message removed from English is a compile error at the place that uses it, and a
//!   message with variables can only be formatted through a function that takes
//!   exactly those variables.
//! - `locale_files.rs`: every locale's `.ftl` files, for the component tests, which
//!   install languages from the files themselves (one list: this directory listing).

use fluent_syntax::ast;
use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

const LOCALES: [&str; 6] = ["en", "de", "nl", "it", "fr", "es"];

/// The `.ftl` files of `locale`, sorted (the order does not change meaning: Fluent
/// resolves terms and messages when formatting).
fn ftl_files(locale: &str) -> Vec<String> {
    let dir = format!("locales/{locale}");
    println!("cargo:rerun-if-changed={dir}");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    files.sort();
    for f in &files {
        println!("cargo:rerun-if-changed={f}");
    }
    files
}

/// `setup-title` → `SETUP_TITLE` (constants) or `setup_title` (functions).
fn rust_name(id: &str, upper: bool) -> String {
    let snake = id.replace('-', "_");
    if upper {
        snake.to_ascii_uppercase()
    } else {
        snake
    }
}

fn variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_vars(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        _ => {}
    }
}

/// The Rust items of one English message.
fn message_items(m: &ast::Message<&str>, source: &str, out: &mut String) {
    let id = m.id.name;
    let mut vars = BTreeSet::new();
    if let Some(v) = &m.value {
        variables(v, &mut vars);
    }
    for a in &m.attributes {
        variables(&a.value, &mut vars);
    }
    let upper = rust_name(id, true);
    if m.value.is_some() {
        if vars.is_empty() {
            let _ = writeln!(
                out,
                "/// `{id}` ({source})\npub const {upper}: Msg = Msg(\"{id}\");"
            );
        } else {
            let list: Vec<String> = vars.iter().map(|v| format!("`${v}`")).collect();
            let params: Vec<String> = vars
                .iter()
                .map(|v| format!("{}: impl Into<Value>", rust_name(v, false)))
                .collect();
            let sets: String = vars
                .iter()
                .map(|v| format!(".with(\"{v}\", {})", rust_name(v, false)))
                .collect();
            let lower = rust_name(id, false);
            let _ = writeln!(
                out,
                "/// `{id}` ({source}); variables {vars}. Prefer [`{lower}`], which takes them.\n\
                 pub const {upper}: VarMsg = VarMsg(\"{id}\");\n\
                 /// `{id}` with its variables {vars}.\n\
                 pub fn {lower}({params}) -> Message {{ Message::new({upper}, Args::new(){sets}) }}",
                vars = list.join(", "),
                params = params.join(", "),
            );
        }
    }
    for a in &m.attributes {
        let attr = a.id.name;
        let _ = writeln!(
            out,
            "/// `{id}.{attr}` ({source})\npub const {upper}__{}: Attr = Attr(\"{id}\", \"{attr}\");",
            rust_name(attr, true)
        );
    }
}

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out_dir = Path::new(&out_dir);

    let mut english = String::new();
    let mut items = String::new();
    for path in ftl_files("en") {
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{path}: syntax errors: {errors:?}"));
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                message_items(m, &path, &mut items);
            }
        }
        // A `#` at the start of a line can only begin a comment: pattern lines are indented.
        for line in source.lines().filter(|l| !l.starts_with('#')) {
            english.push_str(line);
            english.push('\n');
        }
    }
    std::fs::write(out_dir.join("en.ftl"), english).expect("write en.ftl");
    std::fs::write(out_dir.join("messages.rs"), items).expect("write messages.rs");

    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let mut files = String::from("/// Every locale's Fluent sources, by language code.\n");
    files.push_str("pub const LOCALE_FILES: &[(&str, &[&str])] = &[\n");
    for locale in LOCALES {
        let _ = write!(files, "    (\"{locale}\", &[");
        for f in ftl_files(locale) {
            let _ = write!(files, "include_str!(\"{root}/{f}\"), ");
        }
        files.push_str("]),\n");
    }
    files.push_str("];\n");
    std::fs::write(out_dir.join("locale_files.rs"), files).expect("write locale_files.rs");
}
