//! Every in-app URL, built in one place. Each step of the journey has its own URL so
//! it can be bookmarked, reloaded and linked from help articles.

/// The router prefix of this mount (`/account/integrations` in the portal, "" alone).
/// Links need it; `navigate` adds it by itself.
#[derive(Clone, Debug, Default)]
pub struct AppBase(pub String);

impl AppBase {
    /// The href of app path `path` (`/catalogue` → `/account/integrations/catalogue`).
    pub fn href(&self, path: String) -> String {
        match (self.0.is_empty(), path.as_str()) {
            (true, _) => path,
            (false, "/") => self.0.clone(),
            (false, _) => format!("{}{path}", self.0),
        }
    }
}

pub fn use_base() -> AppBase {
    leptos::prelude::use_context::<AppBase>().unwrap_or_default()
}

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

/// The help-center article `slug` in `lang` under the help center at `base`
/// (English lives at the root).
pub fn help_article(base: &str, lang_code: &str, slug: &str) -> String {
    let slug = segment(slug);
    match lang_code {
        "en" | "x-pseudo" => format!("{base}/{slug}/"),
        other => format!("{base}/{}/{slug}/", segment(other)),
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
    fn links_carry_the_router_prefix() {
        let alone = super::AppBase::default();
        let portal = super::AppBase("/portal/account/integrations".into());
        assert_eq!(alone.href(super::catalogue()), "/catalogue");
        assert_eq!(
            portal.href(super::catalogue()),
            "/portal/account/integrations/catalogue"
        );
        assert_eq!(
            portal.href(super::overview()),
            "/portal/account/integrations"
        );
    }

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
            super::help_article("https://help.injixo.com", "en", "add-freshchat-integration"),
            "https://help.injixo.com/add-freshchat-integration/"
        );
        assert_eq!(
            super::help_article("https://help.injixo.com", "de", "add-five9-integration"),
            "https://help.injixo.com/de/add-five9-integration/"
        );
        assert!(super::safe_external_url(&super::help_article(
            "https://help.injixo.com",
            "fr",
            "x"
        ))
        .is_some());
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
