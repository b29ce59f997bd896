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
        }
    }

    /// An exact code of ours (`de`), case-insensitive.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
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
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("DE"), Some(Lang::De));
        assert_eq!(Lang::from_code("pt"), None);
    }
}
