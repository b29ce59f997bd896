//! Finding things by what the admin types: case- and accent-insensitive word search.

/// Lower case without accents, so "freshdesk" finds "Freshdesk" and "historico"
/// finds "Histórico" (admins type fast and on any keyboard).
pub fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            other => other,
        })
        .collect()
}

/// True when every word of `query` occurs in `haystack` (already [`fold`]ed); an
/// empty query matches everything.
pub fn matches(haystack: &str, query: &str) -> bool {
    fold(query)
        .split_whitespace()
        .all(|word| haystack.contains(word))
}

#[cfg(test)]
mod tests {
    use super::{fold, matches};

    #[test]
    fn words_match_in_any_order_case_and_accent() {
        let hay = fold("Europe/Berlin Mitteleuropäische Zeit UTC+01:00");
        assert!(matches(&hay, ""));
        assert!(matches(&hay, "  berlin  MITTELEUROPAISCHE"));
        assert!(matches(&hay, "utc+01"));
        assert!(!matches(&hay, "berlin paris"));
    }
}
