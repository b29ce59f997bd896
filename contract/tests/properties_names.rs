//! Property tests of the name rules (`normalize_name`, `name_key`, `validate_name`)
//! and of `last4`, on generated text in many scripts and with every kind of
//! whitespace `str::split_whitespace` knows.

use injixo_contract::rules::{self, NAME_MAX_CHARS};
use injixo_contract::FieldErrorCode;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

/// Every character `split_whitespace` treats as whitespace, sampled.
const WS: &[char] = &[
    ' ', '\t', '\n', '\r', '\u{b}', '\u{c}', '\u{85}', '\u{a0}', '\u{1680}', '\u{2003}',
    '\u{2028}', '\u{202f}', '\u{3000}',
];

fn ws(max: usize) -> impl Strategy<Value = String> {
    vec(select(WS), 0..=max).prop_map(String::from_iter)
}

/// Name-ish text: words of (multi-byte) letters, digits and symbols.
fn word() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9äÖßéÇñЖжλΩ日本😀&.'-]{1,12}"
}

/// Per-character case flips that are plain swaps (not `ß` → `SS`).
fn flip_case(s: &str, mask: u64) -> String {
    let swap = |c: char| {
        let other: Vec<char> = match c.is_uppercase() {
            true => c.to_lowercase().collect(),
            false => c.to_uppercase().collect(),
        };
        match other[..] {
            [o] if o.to_lowercase().eq(c.to_lowercase()) => o,
            _ => c,
        }
    };
    s.chars()
        .enumerate()
        .map(|(i, c)| {
            if mask >> (i % 64) & 1 == 1 {
                swap(c)
            } else {
                c
            }
        })
        .collect()
}

fn spaced(words: &[String], gaps: &[String]) -> String {
    let mut out = gaps[0].clone();
    for (i, w) in words.iter().enumerate() {
        out.push_str(w);
        out.push_str(&gaps[i + 1]);
    }
    out
}

fn gaps(n: usize) -> impl Strategy<Value = Vec<String>> {
    (ws(2), vec("[ \t\n\u{a0}\u{3000}]{1,3}", n), ws(2)).prop_map(move |(a, mut mid, b)| {
        mid.truncate(n.saturating_sub(1));
        [vec![a], mid, vec![b]].concat()
    })
}

/// Words of any characters but whitespace, mostly from the cased scripts (Latin,
/// Greek, Cyrillic, Armenian, Georgian), with the letters whose case is special.
fn any_word() -> BoxedStrategy<String> {
    let cased = "[A-Za-z\u{c0}-\u{24f}\u{370}-\u{58f}\u{10a0}-\u{10ff}\u{1e00}-\u{1fff}]";
    let special =
        select(vec!["Σ", "σ", "ς", "ß", "İ", "ı", "ǅ", "\u{212a}"]).prop_map(String::from);
    let other = any::<char>().prop_filter("not whitespace", |c| !c.is_whitespace());
    let char = prop_oneof![4 => cased, 2 => special, 1 => other.prop_map(String::from)];
    vec(char, 1..6).prop_map(|w| w.concat()).boxed()
}

type Spacings = (Vec<String>, Vec<String>, Vec<String>);

/// Words, and two ways of spacing them (`gaps[i]` before word `i`, one more after).
fn words_and_two_spacings(word: BoxedStrategy<String>) -> impl Strategy<Value = Spacings> {
    vec(word, 0..6).prop_flat_map(|w| {
        let n = w.len();
        (Just(w), gaps(n), gaps(n))
    })
}

proptest! {
    #[test]
    fn names_are_normalized_once_and_for_all(
        input in prop_oneof![
            any::<String>(),
            words_and_two_spacings(word().boxed()).prop_map(|(w, g, _)| spaced(&w, &g)),
        ]
    ) {
        let name = rules::normalize_name(&input);
        prop_assert_eq!(rules::normalize_name(&name), name.clone());
        let word = |w: &str| !w.is_empty() && !w.contains(char::is_whitespace);
        let words_apart = name.split(' ').all(word);
        prop_assert!(name.is_empty() || words_apart, "{:?}", name);
        let key = rules::name_key(&input);
        prop_assert_eq!(rules::name_key(&key), key);
        match rules::validate_name(&input) {
            Ok(n) => prop_assert_eq!(n, name),
            Err(FieldErrorCode::Required) => prop_assert!(name.is_empty()),
            Err(code) => {
                prop_assert_eq!(code, FieldErrorCode::TooLong);
                prop_assert!(name.chars().count() > NAME_MAX_CHARS);
            }
        }
    }

    #[test]
    fn the_name_key_ignores_case_and_spacing(
        (words, a, b) in words_and_two_spacings(word().boxed()), mask in any::<u64>()
    ) {
        let flipped: Vec<String> = words.iter().map(|w| flip_case(w, mask)).collect();
        let (one, other) = (spaced(&words, &a), spaced(&flipped, &b));
        prop_assert_eq!(rules::name_key(&one), rules::name_key(&other));
    }

    #[test]
    fn the_name_key_ignores_case_in_any_script(
        (words, a, b) in words_and_two_spacings(any_word()), mask in any::<u64>()
    ) {
        let flipped: Vec<String> = words.iter().map(|w| flip_case(w, mask)).collect();
        let (one, other) = (spaced(&words, &a), spaced(&flipped, &b));
        prop_assert_eq!(rules::name_key(&one), rules::name_key(&other));
    }

    #[test]
    fn names_are_limited_in_characters_not_bytes(
        chars in vec(select(vec!['x', 'ü', '日', '😀']), 1..=NAME_MAX_CHARS + 20), g in ws(3)
    ) {
        let name: String = chars.iter().collect();
        let got = rules::validate_name(&format!("{g}{name}{g}"));
        if chars.len() <= NAME_MAX_CHARS {
            prop_assert_eq!(got, Ok(name));
        } else {
            prop_assert_eq!(got, Err(FieldErrorCode::TooLong));
        }
    }

    #[test]
    fn a_blank_name_is_required(blank in ws(8)) {
        prop_assert_eq!(rules::validate_name(&blank), Err(FieldErrorCode::Required));
    }

    #[test]
    fn last4_shows_nothing_of_short_secrets_and_four_chars_of_long_ones(
        chars in vec(any::<char>(), 0..24)
    ) {
        let secret: String = chars.iter().collect();
        let expected: String = match chars.len() {
            0..12 => String::new(),
            n => chars[n - 4..].iter().collect(),
        };
        prop_assert_eq!(rules::last4(&secret), expected);
    }
}
