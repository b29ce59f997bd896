//! The language of the frame: the one the app will most likely start in. The app's
//! order (src/i18n/lang.rs) is the host's locale, `?lang=`, the admin's saved
//! choice, the browser's languages, English; the server sees `?lang=` and the
//! browser's languages (`Accept-Language`, which browsers send in the order of
//! `navigator.languages`). The saved choice lives in the browser only: when it
//! differs, the app's own language replaces the frame's when it mounts.

/// The app's languages, as `locales/<code>/` names them (the pseudo-locale is never
/// chosen here: the frame is then English, and the app brings its own).
pub const CODES: [&str; 6] = ["en", "de", "nl", "it", "fr", "es"];

/// The language for a request with this query string and `Accept-Language`.
pub fn negotiate(query: Option<&str>, accept_language: Option<&str>) -> &'static str {
    query_lang(query)
        .and_then(from_tag)
        .or_else(|| accept_language.and_then(from_accept_language))
        .unwrap_or("en")
}

/// One of ours for a BCP 47 tag, by its primary language (`de-AT` → `de`).
pub fn from_tag(tag: &str) -> Option<&'static str> {
    let primary = tag.trim().split(['-', '_']).next()?;
    CODES
        .into_iter()
        .find(|code| code.eq_ignore_ascii_case(primary))
}

/// The value of `lang=` in a query string.
fn query_lang(query: Option<&str>) -> Option<&str> {
    query?
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
}

/// The first of ours among the languages of an `Accept-Language` header, by weight
/// (`fr-CH, fr;q=0.9, en;q=0.8`), ties in the order given.
fn from_accept_language(header: &str) -> Option<&'static str> {
    let mut ranked: Vec<(f32, &str)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (weight > 0.0).then_some((weight, tag))
        })
        .collect();
    // Stable: equal weights keep the browser's order.
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranked.into_iter().find_map(|(_, tag)| from_tag(tag))
}

#[cfg(test)]
mod tests {
    use super::negotiate;

    #[test]
    fn the_query_comes_before_the_browser() {
        assert_eq!(negotiate(Some("lang=fr"), Some("de-DE,de;q=0.9")), "fr");
        assert_eq!(negotiate(Some("x=1&lang=es-MX"), None), "es");
        // Not one of ours: the browser's languages decide, as in the app.
        assert_eq!(negotiate(Some("lang=xx"), Some("it-IT")), "it");
        assert_eq!(negotiate(Some("lang=x-pseudo"), Some("nl")), "nl");
    }

    #[test]
    fn the_browser_languages_by_weight_then_order() {
        assert_eq!(negotiate(None, Some("de-AT")), "de");
        assert_eq!(negotiate(None, Some("pt-BR, fr-CH;q=0.9, de;q=0.8")), "fr");
        assert_eq!(negotiate(None, Some("en;q=0.5, nl;q=0.9")), "nl");
        assert_eq!(negotiate(None, Some("it, de")), "it");
        assert_eq!(negotiate(None, Some("de;q=0, fr;q=0.1")), "fr");
    }

    #[test]
    fn anything_else_is_english() {
        assert_eq!(negotiate(None, None), "en");
        assert_eq!(negotiate(None, Some("pt-BR")), "en");
        assert_eq!(negotiate(None, Some("*")), "en");
        assert_eq!(negotiate(None, Some(";;,q=")), "en");
    }
}
