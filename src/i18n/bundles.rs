//! The Fluent bundles, built once per language on first use.

use super::Lang;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// The `.ftl` files of each locale, in the order they are added to the bundle.
macro_rules! locale_files {
    ($code:literal) => {
        &[
            include_str!(concat!("../../locales/", $code, "/brands.ftl")),
            include_str!(concat!("../../locales/", $code, "/common.ftl")),
            include_str!(concat!("../../locales/", $code, "/overview.ftl")),
            include_str!(concat!("../../locales/", $code, "/catalogue.ftl")),
            include_str!(concat!("../../locales/", $code, "/setup.ftl")),
            include_str!(concat!("../../locales/", $code, "/integration.ftl")),
            include_str!(concat!("../../locales/", $code, "/errors.ftl")),
            include_str!(concat!("../../locales/", $code, "/help.ftl")),
            include_str!(concat!("../../locales/", $code, "/models.ftl")),
            include_str!(concat!("../../locales/", $code, "/manage.ftl")),
        ]
    };
}

/// The Fluent sources of `lang`; also read by the completeness tests.
pub fn sources(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => locale_files!("en"),
        Lang::De => locale_files!("de"),
        Lang::Nl => locale_files!("nl"),
        Lang::It => locale_files!("it"),
        Lang::Fr => locale_files!("fr"),
        Lang::Es => locale_files!("es"),
        Lang::Pseudo => locale_files!("en"),
    }
}

type Bundle = FluentBundle<FluentResource>;

thread_local! {
    static BUNDLES: RefCell<HashMap<Lang, Rc<Bundle>>> = RefCell::new(HashMap::new());
}

fn build(lang: Lang) -> Bundle {
    let mut bundle = FluentBundle::new(vec![lang.langid()]);
    // Isolation marks (U+2068/U+2069) would end up in copied text and in what screen
    // readers and tests see; all our placeables are left-to-right.
    bundle.set_use_isolating(false);
    if lang == Lang::Pseudo {
        bundle.set_transform(Some(super::pseudo::transform));
    }
    for src in sources(lang) {
        // A syntax error drops only the broken entry; the tests fail on any.
        let resource = FluentResource::try_new((*src).to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn bundle(lang: Lang) -> Rc<Bundle> {
    BUNDLES.with(|b| {
        b.borrow_mut()
            .entry(lang)
            .or_insert_with(|| Rc::new(build(lang)))
            .clone()
    })
}

/// Variables for a message.
#[derive(Default)]
pub struct Args(Vec<(&'static str, FluentValue<'static>)>);

impl Args {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set(&mut self, name: &'static str, value: impl Into<FluentValue<'static>>) {
        self.0.push((name, value.into()));
    }

    pub fn with(mut self, name: &'static str, value: impl Into<FluentValue<'static>>) -> Self {
        self.set(name, value);
        self
    }

    fn to_fluent(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for (k, v) in &self.0 {
            args.set(*k, v.clone());
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
