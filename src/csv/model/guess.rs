//! Choices made for the admin: a date format that fits the column they picked, and
//! the mapping kept in step with the sample's header row.

use super::{Col, Values};
use injixo_csv::format::{PREDEFINED_DATE_FORMATS, PREDEFINED_TIME_FORMATS};
use injixo_csv::{Format, FormatKind};
use std::collections::BTreeMap;

/// The formats offered in a field's list (a timestamp's is always typed).
pub fn predefined_formats(c: Col) -> &'static [&'static str] {
    match c.format_kind() {
        Some(FormatKind::Date) => &PREDEFINED_DATE_FORMATS,
        Some(FormatKind::Time) => &PREDEFINED_TIME_FORMATS,
        _ => &[],
    }
}

/// The predefined format of field `c` that reads most of the non-blank `values` (a
/// sample column; at least half of them, so a bad line does not stop the choice),
/// chosen for the admin when they pick a column. The engine lets any separator stand
/// for any other (`DD/MM/YYYY` reads `01.03.2024`), so of equally good formats the
/// one written with the file's own separators wins, then the list's order.
pub fn guess_format<'a>(
    c: Col,
    values: impl Iterator<Item = &'a str> + Clone,
) -> Option<&'static str> {
    let kind = c.format_kind()?;
    let values: Vec<&str> = values.map(str::trim).filter(|v| !v.is_empty()).collect();
    let first = *values.first()?;
    let separators = |s: &str| -> String { s.chars().filter(|c| !c.is_alphanumeric()).collect() };
    let mut best: Option<(usize, bool, &'static str)> = None;
    for f in predefined_formats(c) {
        let Ok(format) = Format::parse(f, kind) else {
            continue;
        };
        let reads = values.iter().filter(|v| format.read(v).is_ok()).count();
        let own = separators(f) == separators(first);
        if reads * 2 >= values.len()
            && reads > 0
            && best.is_none_or(|(r, o, _)| (reads, own) > (r, o))
        {
            best = Some((reads, own, f));
        }
    }
    best.map(|(_, _, f)| f)
}

/// Keeps the mapping in step with a new header row (a re-uploaded sample, other
/// preprocessing): a mapped column the header no longer has is put aside in
/// `aside`, and one put aside earlier comes back when its field is empty and the
/// header has it again — so switching *Add header row* on and off loses nothing.
pub fn remap(values: &mut Values, aside: &mut BTreeMap<Col, String>, header: &[String]) {
    let has = |name: &str| header.iter().any(|h| h == name);
    for (col, name) in std::mem::take(&mut values.columns) {
        if has(&name) {
            values.columns.insert(col, name);
        } else {
            aside.insert(col, name);
        }
    }
    aside.retain(|col, name| {
        if values.columns.contains_key(col) || !has(name) {
            return !values.columns.contains_key(col);
        }
        values.columns.insert(*col, name.clone());
        false
    });
}

#[cfg(test)]
mod tests;
