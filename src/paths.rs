//! Every in-app URL, built in one place. Each step of the journey has its own URL so
//! it can be bookmarked, reloaded and linked from help articles.

pub fn overview() -> String {
    "/".into()
}

pub fn catalogue() -> String {
    "/catalogue".into()
}

pub fn vendor(vendor_id: &str) -> String {
    format!("/catalogue/{}", segment(vendor_id))
}

pub fn setup(model_id: &str) -> String {
    format!("/new/{}", segment(model_id))
}

pub fn integration(id: &str) -> String {
    format!("/integration/{}", segment(id))
}

pub fn edit(id: &str) -> String {
    format!("{}/edit", integration(id))
}

/// The `?action=` of an integration page that opens the re-generate dialog at once:
/// where the "no data" hint links to.
pub const ACTION_REGENERATE_KEY: &str = "regenerate-key";

pub fn integration_regenerate_key(id: &str) -> String {
    format!("{}?action={ACTION_REGENERATE_KEY}", integration(id))
}

/// Hosts the app may link to in a new tab (vendor marketplaces). Anything else from
/// the server is not rendered as a link.
const EXTERNAL_HOSTS: &[&str] = &["www.freshworks.com", "help.injixo.com"];

/// The help-center article `slug` in `lang` (English lives at the root).
pub fn help_article(lang_code: &str, slug: &str) -> String {
    let slug = segment(slug);
    match lang_code {
        "en" => format!("https://help.injixo.com/{slug}/"),
        other => format!("https://help.injixo.com/{}/{slug}/", segment(other)),
    }
}

/// `url` if it is an https URL on an allow-listed host, else `None`.
pub fn safe_external_url(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    EXTERNAL_HOSTS.contains(&host).then_some(url)
}

/// Keeps a path segment a segment: ids come from the server, and a `/` or `?` in
/// one must not change where a link goes.
fn segment(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_cannot_escape_their_segment() {
        assert_eq!(super::integration("a/../b?x"), "/integration/abx");
        assert_eq!(super::setup("freshchat"), "/new/freshchat");
        assert_eq!(
            super::integration("0f8e-4c1a_9"),
            "/integration/0f8e-4c1a_9"
        );
    }

    #[test]
    fn help_articles_are_in_the_admins_language() {
        assert_eq!(
            super::help_article("en", "add-freshchat-integration"),
            "https://help.injixo.com/add-freshchat-integration/"
        );
        assert_eq!(
            super::help_article("de", "add-five9-integration"),
            "https://help.injixo.com/de/add-five9-integration/"
        );
        assert!(super::safe_external_url(&super::help_article("fr", "x")).is_some());
    }

    #[test]
    fn only_https_links_to_known_hosts_are_rendered() {
        let ok = "https://www.freshworks.com/apps/injixo_connect";
        assert_eq!(super::safe_external_url(ok), Some(ok));
        for bad in [
            "http://www.freshworks.com/apps/x",
            "javascript:alert(1)",
            "https://www.freshworks.com.evil.example/x",
            "https://evil.example/?https://www.freshworks.com/",
            "//www.freshworks.com/x",
        ] {
            assert_eq!(super::safe_external_url(bad), None, "{bad}");
        }
    }
}
