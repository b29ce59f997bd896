//! Validation and normalization rules, run by the SPA for instant feedback and by the
//! backend before it stores anything. Pure functions, no I/O.

use crate::{
    CreateIntegration, Field, FieldError, FieldErrorCode, FieldKind, FieldValue, ForeignDomain,
    Integration, Model, UpdateIntegration,
};
use std::collections::BTreeMap;

/// Longest integration name, in characters, after normalization.
pub const NAME_MAX_CHARS: usize = 80;
/// Longest host name (RFC 1035).
const HOST_MAX: usize = 253;

/// Trims and collapses runs of whitespace, so `"  EU   chat "` and `"EU chat"` are
/// the same name to the admin and to the uniqueness check.
pub fn normalize_name(input: &str) -> String {
    input.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The key names are compared by: normalized and case-insensitive.
pub fn name_key(input: &str) -> String {
    // Lower-casing turns a word-final Σ into ς but σ stays σ: fold both to σ, so
    // "ΟΔΟΣ" and "οδοσ" are the same name.
    normalize_name(input).to_lowercase().replace('ς', "σ")
}

pub fn validate_name(input: &str) -> Result<String, FieldErrorCode> {
    let name = normalize_name(input);
    if name.is_empty() {
        Err(FieldErrorCode::Required)
    } else if name.chars().count() > NAME_MAX_CHARS {
        Err(FieldErrorCode::TooLong)
    } else {
        Ok(name)
    }
}

/// Reduces whatever was pasted to a bare lower-case host name:
/// `" HTTPS://Acme.Freshchat.com:443/a/b?c#d "` → `acme.freshchat.com`.
pub fn normalize_domain(input: &str) -> String {
    // Each pass only ever shortens the text; repeating until nothing changes makes
    // the result a fixed point, whatever odd mix of `:` `.` and spaces was pasted.
    let mut current = normalize_domain_once(input);
    loop {
        let next = normalize_domain_once(&current);
        if next == current {
            return current;
        }
        current = next;
    }
}

fn normalize_domain_once(input: &str) -> String {
    let s = input.trim().to_lowercase();
    // A scheme only at the very start (`https://`): a `://` inside a path or query
    // (`acme.freshchat.com/x?u=https://other`) says nothing about the host.
    // (RFC 3986 allows dots in schemes, but no scheme in use has one, and every host
    // has: so `acme.freshchat.com:///` is a host with a stray path, not a scheme.)
    let is_scheme = |p: &str| {
        p.starts_with(|c: char| c.is_ascii_alphabetic())
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-'))
    };
    let s = match s.split_once("://") {
        Some((scheme, rest)) if is_scheme(scheme) => rest.trim_start(),
        _ => s.as_str(),
    };
    let end = s.find(['/', '?', '#']).unwrap_or(s.len());
    let authority = s[..end].trim();
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    // One `:port`; anything else with a colon is not a host and stays as it is, so
    // that normalizing twice gives the same as once.
    let host = match host.split_once(':') {
        Some((h, port)) if port.chars().all(|c| c.is_ascii_digit()) => h,
        _ => host,
    };
    host.trim().trim_end_matches('.').trim_end().to_string()
}

fn is_host_name(host: &str) -> bool {
    let label_ok = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    host.len() <= HOST_MAX && host.contains('.') && host.split('.').all(label_ok)
}

fn is_under(host: &str, suffix: &str) -> bool {
    host.strip_suffix(suffix)
        .is_some_and(|rest| rest.len() > 1 && rest.ends_with('.'))
}

/// The sibling product whose domain `input` is, if any.
pub fn foreign_product<'a>(input: &str, foreign: &'a [ForeignDomain]) -> Option<&'a ForeignDomain> {
    let host = normalize_domain(input);
    foreign
        .iter()
        .find(|f| host == f.suffix || is_under(&host, &f.suffix))
}

/// Normalizes and checks a vendor domain such as `example.freshchat.com`.
pub fn validate_domain(
    input: &str,
    suffix: &str,
    foreign: &[ForeignDomain],
) -> Result<String, FieldErrorCode> {
    let host = normalize_domain(input);
    if host.is_empty() {
        return Err(FieldErrorCode::Required);
    }
    if !is_host_name(&host) {
        return Err(FieldErrorCode::DomainInvalid);
    }
    if host == suffix {
        return Err(FieldErrorCode::DomainMissingSubdomain);
    }
    if is_under(&host, suffix) {
        return Ok(host);
    }
    if foreign_product(&host, foreign).is_some() {
        return Err(FieldErrorCode::DomainWrongVendor);
    }
    Err(FieldErrorCode::DomainNotVendor)
}

/// Checks one field's value against its schema and returns the normalized value
/// (`None` for an empty optional field).
pub fn validate_field(
    field: &Field,
    value: Option<&FieldValue>,
) -> Result<Option<FieldValue>, FieldErrorCode> {
    use FieldValue::{Bool, Number, Text};
    match (&field.kind, value) {
        (FieldKind::Checkbox, None) if field.required => Err(FieldErrorCode::Required),
        (FieldKind::Checkbox, None) => Ok(Some(Bool(false))),
        (FieldKind::Checkbox, Some(Bool(b))) => Ok(Some(Bool(*b))),
        (FieldKind::Number { min, max }, Some(Number(n))) => in_range(*n, *min, *max),
        (_, Some(Bool(_) | Number(_))) | (FieldKind::Checkbox, Some(Text(_))) => {
            Err(FieldErrorCode::InvalidType)
        }
        (kind, text) => {
            let text = text
                .and_then(FieldValue::as_text)
                .unwrap_or_default()
                .trim();
            if text.is_empty() {
                return if field.required {
                    Err(FieldErrorCode::Required)
                } else {
                    Ok(None)
                };
            }
            let normalized = match kind {
                FieldKind::Text { max_len }
                | FieldKind::Secret { max_len }
                | FieldKind::Query { max_len, .. } => {
                    if text.chars().count() > *max_len as usize {
                        return Err(FieldErrorCode::TooLong);
                    }
                    text.to_string()
                }
                FieldKind::Domain { suffix, foreign } => validate_domain(text, suffix, foreign)?,
                FieldKind::Select { options } => {
                    if !options.iter().any(|o| o.value == text) {
                        return Err(FieldErrorCode::InvalidOption);
                    }
                    text.to_string()
                }
                FieldKind::Number { min, max } => {
                    let n = text.parse().map_err(|_| FieldErrorCode::NotANumber)?;
                    return in_range(n, *min, *max);
                }
                FieldKind::Url { path_required } => validate_url(text, *path_required)?,
                FieldKind::TimeZone => {
                    if !is_zone_name(text) {
                        return Err(FieldErrorCode::InvalidOption);
                    }
                    text.to_string()
                }
                FieldKind::Checkbox => unreachable!("matched above"),
            };
            Ok(Some(Text(normalized)))
        }
    }
}

/// An https address with a host name (and a path, if `path_required`), trimmed.
pub fn validate_url(text: &str, path_required: bool) -> Result<String, FieldErrorCode> {
    let invalid = FieldErrorCode::UrlInvalid;
    let rest = text
        .get(..8)
        .filter(|scheme| scheme.eq_ignore_ascii_case("https://"))
        .map(|_| &text[8..])
        .ok_or(invalid)?;
    let (host, path) = rest.split_at(rest.find(['/', '?', '#']).unwrap_or(rest.len()));
    let host_ok = host.contains('.')
        && host.len() <= HOST_MAX
        && host.split('.').all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    let path_ok = !path_required || !path.trim_start_matches('/').is_empty();
    if host_ok && path_ok && !text.chars().any(char::is_whitespace) && text.len() <= 2048 {
        Ok(text.to_string())
    } else {
        Err(invalid)
    }
}

/// The shape of an IANA zone name (`UTC`, `Europe/Berlin`, `America/Argentina/Salta`,
/// `Etc/GMT+5`). Which names exist is the browser's list in the SPA and the backend's
/// time-zone database on the server; the shared rule only keeps out what cannot be one.
pub fn is_zone_name(text: &str) -> bool {
    text.len() <= 64
        && text.split('/').all(|part| {
            part.starts_with(|c: char| c.is_ascii_alphabetic())
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+'))
        })
}

fn in_range(n: i64, min: i64, max: i64) -> Result<Option<FieldValue>, FieldErrorCode> {
    if (min..=max).contains(&n) {
        Ok(Some(FieldValue::Number(n)))
    } else {
        Err(FieldErrorCode::OutOfRange)
    }
}

/// Validates a whole create request against its model. On success the returned
/// request holds the normalized name and values; unknown fields are rejected.
pub fn validate_create(
    model: &Model,
    req: &CreateIntegration,
) -> Result<CreateIntegration, Vec<FieldError>> {
    let mut errors = Vec::new();
    let name = validate_name(&req.name).unwrap_or_else(|code| {
        errors.push(FieldError {
            field: "name".into(),
            code,
        });
        String::new()
    });
    let mut settings = BTreeMap::new();
    for field in model.fields() {
        // A field hidden by the values sent is neither required nor stored.
        if !field.visible(&req.settings) {
            continue;
        }
        match validate_field(field, req.settings.get(&field.id)) {
            Ok(Some(v)) => {
                settings.insert(field.id.clone(), v);
            }
            Ok(None) => {}
            Err(code) => errors.push(FieldError {
                field: field.id.clone(),
                code,
            }),
        }
    }
    for key in req.settings.keys() {
        if model.field(key).is_none() {
            errors.push(FieldError {
                field: key.clone(),
                code: FieldErrorCode::UnknownField,
            });
        }
    }
    if errors.is_empty() {
        Ok(CreateIntegration {
            csv_schema: req.csv_schema.clone(),
            cloud_link_id: req.cloud_link_id.clone(),
            name,
            model: model.id.clone(),
            settings,
        })
    } else {
        Err(errors)
    }
}

/// Validates a change to `current` (an integration of `model`). Only what the
/// request contains is checked and returned, normalized; an empty secret means "keep
/// the saved one" and is dropped; an immutable field may only be sent unchanged.
pub fn validate_update(
    model: &Model,
    current: &Integration,
    req: &UpdateIntegration,
) -> Result<UpdateIntegration, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut error = |field: &str, code| {
        errors.push(FieldError {
            field: field.to_string(),
            code,
        })
    };
    let name = match req.name.as_deref().map(validate_name) {
        Some(Ok(n)) => Some(n),
        Some(Err(code)) => {
            error("name", code);
            None
        }
        None => None,
    };
    // Visibility follows the values the integration will have after the change.
    let mut after = current.settings.clone();
    after.extend(req.settings.iter().map(|(k, v)| (k.clone(), v.clone())));
    let mut settings = BTreeMap::new();
    for (id, value) in &req.settings {
        let Some(field) = model.field(id) else {
            error(id, FieldErrorCode::UnknownField);
            continue;
        };
        if !field.visible(&after) {
            continue;
        }
        let is_secret = matches!(field.kind, FieldKind::Secret { .. });
        if is_secret && value.as_text().is_some_and(|t| t.trim().is_empty()) {
            continue;
        }
        match validate_field(field, Some(value)) {
            Ok(Some(v)) => {
                if field.immutable && current.settings.get(id) != Some(&v) {
                    error(id, FieldErrorCode::Immutable);
                } else {
                    settings.insert(id.clone(), v);
                }
            }
            Ok(None) => {
                if field.immutable && current.settings.contains_key(id) {
                    error(id, FieldErrorCode::Immutable);
                }
            }
            Err(code) => error(id, code),
        }
    }
    // A field the change reveals must get a value if it needs one.
    for field in model.fields() {
        let saved =
            current.settings.contains_key(&field.id) || current.secrets.contains_key(&field.id);
        let is_secret = matches!(field.kind, FieldKind::Secret { .. });
        // A blank secret means "keep the saved one": with nothing saved, that is nothing.
        let sent = req
            .settings
            .get(&field.id)
            .is_some_and(|v| !(is_secret && v.as_text().is_some_and(|t| t.trim().is_empty())));
        let needs_value = field.required && !matches!(field.kind, FieldKind::Checkbox);
        let revealed = field.visible(&after) && !field.visible(&current.settings);
        if needs_value && revealed && !saved && !sent {
            error(&field.id, FieldErrorCode::Required);
        }
    }
    if errors.is_empty() {
        Ok(UpdateIntegration {
            csv_schema: req.csv_schema.clone(),
            cloud_link_id: req.cloud_link_id.clone(),
            name,
            settings,
        })
    } else {
        Err(errors)
    }
}

/// The last four characters of a secret, which is all the API ever reveals of it.
/// Short secrets reveal nothing: four characters of an eight-character key would be
/// half of it.
pub fn last4(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    if chars.len() < 12 {
        return String::new();
    }
    chars[chars.len() - 4..].iter().collect()
}

#[cfg(test)]
mod tests;

/// What is wrong with a query result for `required` columns: each required column
/// that is missing, and each column whose values are of another kind. Names compare
/// case-insensitively (databases differ in how they return them); a column of
/// unknown kind (only NULLs seen) is not judged; integers pass for numbers.
pub fn column_problems(
    required: &[crate::QueryColumn],
    found: &[crate::ResultColumn],
) -> Vec<crate::ColumnProblem> {
    use crate::ColumnKind::{Integer, Number, Unknown};
    required
        .iter()
        .filter_map(|want| {
            let got = found
                .iter()
                .find(|c| c.name.eq_ignore_ascii_case(&want.name));
            let fits = |kind| {
                kind == want.kind || kind == Unknown || (kind == Integer && want.kind == Number)
            };
            match got {
                None if want.required => Some(crate::ColumnProblem {
                    name: want.name.clone(),
                    expected: want.kind,
                    found: None,
                }),
                Some(c) if !fits(c.kind) => Some(crate::ColumnProblem {
                    name: want.name.clone(),
                    expected: want.kind,
                    found: Some(c.kind),
                }),
                _ => None,
            }
        })
        .collect()
}
