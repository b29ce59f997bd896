//! Links that leave the app: help-center articles and vendor marketplaces, always in
//! a new tab and only to hosts we trust.

use crate::i18n::{msg, use_i18n, Msg};
use crate::state::use_help_base;
use leptos::prelude::*;

/// Hosts the app may link to in a new tab. Anything else from the server is not
/// rendered as a link.
const EXTERNAL_HOSTS: &[&str] = &["www.freshworks.com", "help.injixo.com"];

/// `url` if it is an https URL on an allow-listed host, else `None`.
pub fn safe_external_url(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    EXTERNAL_HOSTS.contains(&host).then_some(url)
}

/// The help-center article `slug` in `lang_code` under the help center at `base`
/// (English lives at the root).
pub fn help_article(base: &str, lang_code: &str, slug: &str) -> String {
    let slug = segment(slug);
    match lang_code {
        "en" | "x-pseudo" => format!("{base}/{slug}/"),
        other => format!("{base}/{}/{slug}/", segment(other)),
    }
}

/// Keeps a path segment a segment (slugs come from the server).
fn segment(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect()
}

/// A link to an external page in a new tab; renders nothing for an untrusted URL.
#[component]
pub fn ExternalLink(
    /// Where it goes; checked against the allow-list.
    #[prop(into)]
    href: Signal<String>,
    /// The link text.
    label: Msg,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let url = href.get();
        safe_external_url(&url).map(|url| {
            view! {
                <a class="ixi-external" href=url.to_string() target="_blank" rel="noopener noreferrer">
                    {i18n.text(label)}
                    <span class="ixi-visually-hidden">" " {i18n.text(msg::APP_OPENS_NEW_TAB)}</span>
                    <span aria-hidden="true">" ↗"</span>
                </a>
            }
        })
    }
}

/// *Learn more*: the link to a model's help-center article, in the admin's language.
#[component]
pub fn HelpLink(
    /// The article's slug (`add-freshchat-integration`).
    #[prop(into)]
    slug: String,
    /// The link text; *Learn more* when absent.
    #[prop(optional)]
    label: Option<Msg>,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = use_help_base();
    let href = Signal::derive(move || help_article(&base, i18n.lang().code(), &slug));
    view! {
        <p class="ixi-help-link">
            <ExternalLink href=href label=label.unwrap_or(msg::HELP_LEARN_MORE) />
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::{help_article, safe_external_url};

    #[test]
    fn help_articles_are_in_the_admins_language() {
        assert_eq!(
            help_article("https://help.injixo.com", "en", "add-freshchat-integration"),
            "https://help.injixo.com/add-freshchat-integration/"
        );
        assert_eq!(
            help_article("https://help.injixo.com", "de", "add-five9-integration"),
            "https://help.injixo.com/de/add-five9-integration/"
        );
        assert!(safe_external_url(&help_article("https://help.injixo.com", "fr", "x")).is_some());
    }

    #[test]
    fn only_https_links_to_known_hosts_are_rendered() {
        let ok = "https://www.freshworks.com/apps/injixo_connect";
        assert_eq!(safe_external_url(ok), Some(ok));
        for bad in [
            "http://www.freshworks.com/apps/x",
            "javascript:alert(1)",
            "https://www.freshworks.com.evil.example/x",
            "https://evil.example/?https://www.freshworks.com/",
            "//www.freshworks.com/x",
        ] {
            assert_eq!(safe_external_url(bad), None, "{bad}");
        }
    }
}
