//! Fluent for steps C and D: English compiled in (as the app does), negotiation
//! against the browser's languages, plain, numeric and string arguments.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::{langid, LanguageIdentifier};

const EN: &str = include_str!("../en.ftl");

thread_local! {
    static BUNDLE: FluentBundle<FluentResource> = {
        let mut bundle = FluentBundle::new(vec![langid!("en")]);
        bundle.set_use_isolating(false);
        let res = FluentResource::try_new(EN.to_string()).expect("en.ftl parses");
        bundle.add_resource(res).expect("no duplicate ids");
        bundle
    };
}

/// The best of our languages for the browser's; only English is compiled in, the
/// others would be fetched on demand.
pub fn negotiate() -> LanguageIdentifier {
    let requested: Vec<LanguageIdentifier> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|l| l.as_string())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
        .iter()
        .filter_map(|l| l.parse().ok())
        .collect();
    let available = [langid!("en"), langid!("de"), langid!("fr")];
    let default = langid!("en");
    negotiate_languages(
        &requested,
        &available,
        Some(&default),
        NegotiationStrategy::Filtering,
    )[0]
    .clone()
}

fn format(id: &str, args: Option<&FluentArgs>) -> String {
    BUNDLE.with(|b| match b.get_message(id).and_then(|m| m.value()) {
        Some(p) => {
            let mut errors = Vec::new();
            b.format_pattern(p, args, &mut errors).into_owned()
        }
        None => id.to_string(),
    })
}

pub fn t(id: &str) -> String {
    format(id, None)
}

pub fn t_num(id: &str, name: &'static str, n: u32) -> String {
    let mut args = FluentArgs::new();
    args.set(name, FluentValue::from(n));
    format(id, Some(&args))
}

pub fn t_str(id: &str, name: &'static str, s: &str) -> String {
    let mut args = FluentArgs::new();
    args.set(name, FluentValue::from(s.to_string()));
    format(id, Some(&args))
}
