//! The paging parameters of `GET /integrations`: `limit`, and `cursor`, the opaque
//! token of where the previous page ended (the `next_cursor` it carried).

use super::csv::percent_decode;
use crate::problem::ApiError;
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use injixo_contract::{
    FieldError, FieldErrorCode, INTEGRATIONS_PAGE_DEFAULT, INTEGRATIONS_PAGE_MAX,
};

/// Marks this server's first cursor format, so that a cursor of another format (or
/// any other base64 a client makes up) is refused rather than misread.
const CURSOR_PREFIX: &str = "k1:";
/// Well above any cursor issued here (a name key is at most 80 characters), so a
/// client's mistake is refused before it is decoded.
const CURSOR_MAX_LEN: usize = 1024;

const BAD_CURSOR: &str = "`cursor` is not a cursor this server issued: send the `next_cursor` \
     of the previous page as it is, or leave `cursor` out to start from the first page";

/// What one request asks for.
#[derive(Debug, PartialEq, Eq)]
pub struct Page {
    /// At most this many items.
    pub limit: u32,
    /// The sort key (name key) of the last item of the previous page; `None` for
    /// the first page.
    pub after: Option<String>,
}

/// The page a query string asks for. Other parameters are ignored; of a repeated
/// one, the last counts. A `limit` that is not a whole number in 1 to
/// `INTEGRATIONS_PAGE_MAX`, or a `cursor` this server did not issue, is a 400.
pub fn parse(query: Option<&str>) -> Result<Page, ApiError> {
    let mut page = Page {
        limit: INTEGRATIONS_PAGE_DEFAULT,
        after: None,
    };
    for pair in query.unwrap_or_default().split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "limit" => page.limit = limit(value)?,
            "cursor" => page.after = Some(after(value).ok_or_else(bad_cursor)?),
            _ => {}
        }
    }
    Ok(page)
}

/// The cursor of the page after the one that ends with the item of this name key.
pub fn cursor(name_key: &str) -> String {
    URL_SAFE_NO_PAD.encode(format!("{CURSOR_PREFIX}{name_key}"))
}

fn limit(raw: &str) -> Result<u32, ApiError> {
    let value = percent_decode(raw.as_bytes()).unwrap_or_default();
    let refuse = |code| {
        let mut e = ApiError::bad_request_because(format!(
            "`limit` must be a whole number from 1 to {INTEGRATIONS_PAGE_MAX}"
        ));
        e.errors = vec![FieldError {
            field: "limit".into(),
            code,
        }];
        e
    };
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(refuse(FieldErrorCode::NotANumber));
    }
    // Digits only, so a failed parse is a number too large for u32.
    match value.parse::<u32>() {
        Ok(n) if (1..=INTEGRATIONS_PAGE_MAX).contains(&n) => Ok(n),
        _ => Err(refuse(FieldErrorCode::OutOfRange)),
    }
}

/// The name key a cursor carries; `None` when it is not one of ours.
fn after(raw: &str) -> Option<String> {
    if raw.len() > CURSOR_MAX_LEN {
        return None;
    }
    let text = percent_decode(raw.as_bytes())?;
    let bytes = URL_SAFE_NO_PAD.decode(text).ok()?;
    let key = String::from_utf8(bytes).ok()?;
    key.strip_prefix(CURSOR_PREFIX)
        .filter(|k| !k.is_empty())
        .map(str::to_owned)
}

fn bad_cursor() -> ApiError {
    ApiError::bad_request_because(BAD_CURSOR)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(query: &str) -> Page {
        parse(Some(query)).unwrap_or_else(|e| panic!("{query}: {e:?}"))
    }

    #[test]
    fn defaults_to_the_first_page_of_fifty() {
        for q in [None, Some(""), Some("other=1"), Some("&&")] {
            let page = parse(q).unwrap();
            assert_eq!(
                page,
                Page {
                    limit: 50,
                    after: None
                },
                "{q:?}"
            );
        }
    }

    #[test]
    fn a_cursor_carries_the_name_key_there_and_back() {
        for key in ["acme chat", "zürich – ø", "a&b=c%d+e/f?"] {
            let c = cursor(key);
            assert!(
                c.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_".contains(&b)),
                "{c}"
            );
            assert_eq!(
                ok(&format!("cursor={c}&limit=7")).after.as_deref(),
                Some(key)
            );
        }
    }

    #[test]
    fn limits_outside_one_to_the_maximum_are_refused() {
        assert_eq!(ok("limit=1").limit, 1);
        assert_eq!(ok("limit=200").limit, INTEGRATIONS_PAGE_MAX);
        assert_eq!(ok("limit=7&limit=9").limit, 9);
        for (raw, code) in [
            ("0", FieldErrorCode::OutOfRange),
            ("201", FieldErrorCode::OutOfRange),
            ("99999999999999999999", FieldErrorCode::OutOfRange),
            ("", FieldErrorCode::NotANumber),
            ("-1", FieldErrorCode::NotANumber),
            ("1.5", FieldErrorCode::NotANumber),
            ("ten", FieldErrorCode::NotANumber),
        ] {
            let e = parse(Some(&format!("limit={raw}"))).unwrap_err();
            assert_eq!(e.status, axum::http::StatusCode::BAD_REQUEST, "{raw}");
            assert_eq!(e.errors[0].code, code, "{raw}");
            assert!(e.detail.is_some());
        }
    }

    #[test]
    fn garbled_cursors_are_refused() {
        let foreign = URL_SAFE_NO_PAD.encode("x9:acme");
        let empty = cursor("");
        let long = "A".repeat(CURSOR_MAX_LEN + 4);
        for raw in [
            "",
            "!!",
            "%zz",
            "a",
            foreign.as_str(),
            empty.as_str(),
            long.as_str(),
        ] {
            let e = parse(Some(&format!("cursor={raw}"))).unwrap_err();
            assert_eq!(e.status, axum::http::StatusCode::BAD_REQUEST, "{raw}");
            assert_eq!(e.detail.as_deref(), Some(BAD_CURSOR));
        }
        // Not UTF-8 once decoded.
        let binary = URL_SAFE_NO_PAD.encode([b'k', b'1', b':', 0xff]);
        assert!(parse(Some(&format!("cursor={binary}"))).is_err());
    }
}
