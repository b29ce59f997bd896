//! The supported languages and how one is chosen.

use unic_langid::{langid, LanguageIdentifier};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    De,
    Nl,
    It,
    Fr,
    Es,
    /// Accented, ~35 % longer English in brackets, to catch hard-coded text and
    /// layouts that break with longer languages. Only reachable with `?lang=x-pseudo`;
    /// never offered, negotiated or remembered.
    Pseudo,
}

impl Lang {
    /// In the order the language menu lists them.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::De, Lang::Nl, Lang::It, Lang::Fr, Lang::Es];

    /// BCP 47 code, as used in `<html lang>`, `?lang=` and `locales/<code>/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Nl => "nl",
            Lang::It => "it",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Pseudo => "x-pseudo",
        }
    }

    /// The tag for `<html lang>` and the browser's `Intl` (the pseudo-locale is English
    /// underneath, in the private-use region XA as the CLDR convention has it).
    pub fn bcp47(self) -> &'static str {
        match self {
            Lang::Pseudo => "en-XA",
            other => other.code(),
        }
    }

    /// The language's name in itself, for the language menu (not translated on purpose:
    /// people look for their own language by its own name).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Nl => "Nederlands",
            Lang::It => "Italiano",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Pseudo => "[Ƥšéûðöļöçàļé]",
        }
    }

    pub fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::En => langid!("en"),
            Lang::De => langid!("de"),
            Lang::Nl => langid!("nl"),
            Lang::It => langid!("it"),
            Lang::Fr => langid!("fr"),
            Lang::Es => langid!("es"),
            Lang::Pseudo => langid!("en-XA"),
        }
    }

    /// An exact code of ours (`de`), case-insensitive.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language to start in, first match wins: the host page's choice (embedding
    /// config), `?lang=` (which alone may ask for the pseudo-locale), the admin's saved
    /// choice, the browser's languages, English.
    pub fn choose(
        host: Option<&str>,
        query: Option<&str>,
        saved: Option<&str>,
        browser: &[String],
    ) -> Lang {
        let query = query.and_then(|q| {
            if q.trim().eq_ignore_ascii_case("x-pseudo") {
                Some(Lang::Pseudo)
            } else {
                Lang::from_tag(q)
            }
        });
        host.and_then(Lang::from_tag)
            .or(query)
            .or_else(|| saved.and_then(Lang::from_code))
            .unwrap_or_else(|| Lang::negotiate(browser))
    }

    /// A tag that may carry a region (`de-CH` → German); `None` for anything else.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::from_code(tag).or_else(|| {
            let lang = Lang::negotiate(&[tag]);
            // negotiate() falls back to English; only accept English if asked for it.
            (lang != Lang::En || tag.to_ascii_lowercase().starts_with("en")).then_some(lang)
        })
    }

    /// The best of our languages for a list of preferences such as
    /// `navigator.languages` (`["de-AT", "en-US"]` → German); English when none fits.
    pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> Lang {
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter_map(|s| s.as_ref().parse().ok())
            .collect();
        let available: Vec<LanguageIdentifier> = Lang::ALL.iter().map(|l| l.langid()).collect();
        let default = Lang::En.langid();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|id| Lang::from_code(id.language.as_str()))
            .unwrap_or(Lang::En)
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn negotiation_picks_the_first_supported_language() {
        assert_eq!(Lang::negotiate(&["de-AT", "en-US"]), Lang::De);
        assert_eq!(Lang::negotiate(&["pt-BR", "fr-CH", "de"]), Lang::Fr);
        assert_eq!(Lang::negotiate(&["nl-BE"]), Lang::Nl);
        assert_eq!(Lang::negotiate(&["es-419"]), Lang::Es);
        assert_eq!(Lang::negotiate(&["it"]), Lang::It);
    }

    #[test]
    fn unsupported_or_garbage_falls_back_to_english() {
        assert_eq!(Lang::negotiate(&["pt"]), Lang::En);
        assert_eq!(Lang::negotiate::<&str>(&[]), Lang::En);
        assert_eq!(Lang::negotiate(&["not a tag!!"]), Lang::En);
    }

    #[test]
    fn the_start_language_is_chosen_in_order() {
        let browser = vec!["de-AT".to_string(), "en".to_string()];
        // Host config wins over everything.
        assert_eq!(
            Lang::choose(Some("it"), Some("fr"), Some("nl"), &browser),
            Lang::It
        );
        assert_eq!(Lang::choose(Some("es-MX"), None, None, &browser), Lang::Es);
        // Then ?lang=, then the saved choice, then the browser, then English.
        assert_eq!(
            Lang::choose(None, Some("fr"), Some("nl"), &browser),
            Lang::Fr
        );
        assert_eq!(Lang::choose(None, None, Some("nl"), &browser), Lang::Nl);
        assert_eq!(Lang::choose(None, None, None, &browser), Lang::De);
        assert_eq!(
            Lang::choose(None, None, None, &["pt-BR".to_string()]),
            Lang::En
        );
        // Nonsense at one step falls through to the next.
        assert_eq!(
            Lang::choose(Some("xx"), Some("zz"), Some("??"), &browser),
            Lang::De
        );
        // The pseudo-locale only by ?lang=, never from storage or the browser.
        assert_eq!(
            Lang::choose(None, Some("x-pseudo"), None, &browser),
            Lang::Pseudo
        );
        assert_eq!(
            Lang::choose(None, None, Some("x-pseudo"), &browser),
            Lang::De
        );
        assert_eq!(
            Lang::choose(Some("x-pseudo"), None, None, &browser),
            Lang::De
        );
    }

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("DE"), Some(Lang::De));
        assert_eq!(Lang::from_code("pt"), None);
    }
}
