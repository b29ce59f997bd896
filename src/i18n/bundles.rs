//! The Fluent bundles, built once per language on first use.

use super::Lang;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// English, compiled in (all ten files, comments stripped by build.rs): the first
/// paint never waits for it, and it is the fallback while (or if) another language
/// cannot be fetched.
const ENGLISH: &[&str] = &[include_str!(concat!(env!("OUT_DIR"), "/en.ftl"))];

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    /// Built bundles. English and the pseudo-locale are built on first use; the
    /// others arrive through [`install`] once their `.ftl` has been fetched.
    static BUNDLES: RefCell<HashMap<Lang, Rc<Bundle>>> = RefCell::new(HashMap::new());
}

fn build(lang: Lang, sources: &[&str]) -> Bundle {
    let mut bundle = FluentBundle::new(vec![lang.langid()]);
    // Isolation marks (U+2068/U+2069) would end up in copied text and in what screen
    // readers and tests see; all our placeables are left-to-right.
    bundle.set_use_isolating(false);
    if lang == Lang::Pseudo {
        bundle.set_transform(Some(super::pseudo::transform));
    }
    for src in sources {
        // A syntax error drops only the broken entry; the tests fail on any.
        let resource = FluentResource::try_new((*src).to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// True when `lang` can be shown right now, without a download.
pub fn is_available(lang: Lang) -> bool {
    matches!(lang, Lang::En | Lang::Pseudo) || BUNDLES.with(|b| b.borrow().contains_key(&lang))
}

/// Makes `lang` available from its Fluent sources (the fetched `.ftl` bundle; the
/// component tests pass the files themselves).
pub fn install(lang: Lang, sources: &[&str]) {
    let bundle = Rc::new(build(lang, sources));
    BUNDLES.with(|b| b.borrow_mut().insert(lang, bundle));
}

/// Builds the bundle of `lang` now, when its messages are here and it is not built
/// yet (English is otherwise built by the first message formatted): parsing the
/// messages is then a task of its own rather than part of the first page's render.
pub fn prepare(lang: Lang) {
    if is_available(lang) {
        let _ = bundle(lang);
    }
}

/// The bundle of `lang`, or English while `lang` is not installed.
fn bundle(lang: Lang) -> Rc<Bundle> {
    let lang = if is_available(lang) { lang } else { Lang::En };
    BUNDLES.with(|b| {
        b.borrow_mut()
            .entry(lang)
            .or_insert_with(|| Rc::new(build(lang, ENGLISH)))
            .clone()
    })
}

/// A value for a message variable: text or a number (plurals select on numbers).
/// Our own type rather than `FluentValue`, which is not `Send`, so messages with
/// their variables can live in signals (toasts).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_string())
    }
}

macro_rules! number_values {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Self {
                Value::Number(n as f64)
            }
        }
    )*};
}
number_values!(i32, i64, u32, u64, usize, f64);

impl Value {
    fn to_fluent(&self) -> FluentValue<'static> {
        match self {
            Value::Text(s) => FluentValue::from(s.clone()),
            Value::Number(n) => FluentValue::from(*n),
        }
    }
}

/// Variables for a message.
#[derive(Clone, Debug, Default)]
pub struct Args(Vec<(&'static str, Value)>);

impl Args {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set(&mut self, name: &'static str, value: impl Into<Value>) {
        self.0.push((name, value.into()));
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Value>) -> Self {
        self.set(name, value);
        self
    }

    fn to_fluent(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for (k, v) in &self.0 {
            args.set(*k, v.to_fluent());
        }
        args
    }
}

fn format_in(bundle: &Bundle, id: &str, attr: Option<&str>, args: &Args) -> Option<String> {
    let message = bundle.get_message(id)?;
    let pattern = match attr {
        None => message.value()?,
        Some(a) => message.get_attribute(a)?.value(),
    };
    let fluent_args = args.to_fluent();
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

/// True when `lang` itself defines message `id` (no fallback).
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// Formats message `id` (or its attribute `attr`) in `lang`. A message missing in
/// `lang` falls back to English, so an admin never sees a raw id; the tests make
/// sure no fallback is ever needed.
pub fn format(lang: Lang, id: &str, attr: Option<&str>, args: &Args) -> String {
    format_in(&bundle(lang), id, attr, args)
        .or_else(|| format_in(&bundle(Lang::En), id, attr, args))
        .unwrap_or_else(|| id.to_string())
}
