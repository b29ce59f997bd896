//! The pseudo-locale's text transform (Fluent applies it to the text of every
//! message, not to the values put into placeables).

use std::borrow::Cow;

fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "àƀçðéƒĝĥîĵķļɱñöƥɋŕšţûṽŵẋýžÀßÇÐÉƑĜĤÎĴĶĻṀÑÖƤɊŔŠŢÛṼŴẊÝŽ";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

/// `Save integration` → `[Šàṽé~~ îñţéĝŕàţîöñ~~~~]`: every letter accented, every
/// word about 35 % longer (where real translations grow: inside words, so lines can
/// still wrap), all in brackets so a test can tell translated from hard-coded text.
/// Text without letters (punctuation between placeables) stays as it is.
pub fn transform(s: &str) -> Cow<'_, str> {
    if !s.chars().any(char::is_alphabetic) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() * 2 + 2);
    out.push('[');
    let mut word = 0;
    let pad = |out: &mut String, word: &mut usize| {
        out.extend(std::iter::repeat_n('~', (*word * 35).div_ceil(100)));
        *word = 0;
    };
    for c in s.chars() {
        if c.is_alphabetic() {
            word += 1;
        } else {
            pad(&mut out, &mut word);
        }
        out.push(accent(c));
    }
    pad(&mut out, &mut word);
    out.push(']');
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::transform;

    #[test]
    fn text_is_accented_longer_and_bracketed() {
        let t = transform("Save integration");
        assert_eq!(t, "[Šàṽé~~ îñţéĝŕàţîöñ~~~~]");
        assert!(t.chars().count() as f64 >= "Save integration".len() as f64 * 1.35);
        assert_eq!(transform(" ("), " (");
        assert_eq!(transform("…"), "…");
    }
}
