//! The check in the browser before uploading: the file read with the engine and the
//! integration's saved schema, in slices with progress, so that problems show with
//! their lines before anything is sent. The server's analysis stays the authority:
//! the admin may upload anyway.

use crate::api::ApiError;
use crate::browser;
use crate::csv::read;
use injixo_contract::{CsvEncoding, CsvSchema, CSV_IMPORT_MAX_BYTES};
use injixo_csv::{decode_as, Analysis, DecodeError, ErrorCode};
use leptos::prelude::*;

/// Where the check stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Check {
    /// No file yet, or the integration's schema is loading.
    Idle,
    /// Running; the share done (0–1).
    Running(f64),
    Done(Analysis),
    /// The integration maps with an SQL query, which only the server runs.
    Sql,
    /// The integration has no schema yet.
    NoSchema,
    /// The file cannot be imported at all (too large, empty, not text).
    Refused(ErrorCode),
    /// The schema could not be loaded, or this browser cannot use it.
    Failed(Option<ApiError>),
}

/// Whether a file of `size` bytes may be uploaded (checked before reading it).
pub fn fits(size: f64) -> bool {
    size <= CSV_IMPORT_MAX_BYTES as f64
}

async fn run(file: web_sys::File, schema: CsvSchema, progress: impl Fn(f64)) -> Check {
    let Some(bytes) = browser::read_bytes(&file).await else {
        return Check::Refused(ErrorCode::EmptyFile);
    };
    browser::sleep(0).await;
    // ISO-8859-9 cannot be detected: a schema made with such a sample says so.
    let hint = (schema.sample.encoding == CsvEncoding::Iso8859_9).then_some(CsvEncoding::Iso8859_9);
    let decoded = match decode_as(&bytes, hint) {
        Ok(d) => d,
        Err(e) => return Check::Refused(DecodeError::code(e)),
    };
    match read::analyze(&decoded.text, &schema.schema, progress).await {
        Ok(analysis) => Check::Done(analysis),
        Err(_) => Check::Failed(None),
    }
}

/// The check of `file` against the schema of the chosen integration, re-run when
/// either changes (a stale run's result is dropped).
pub fn checker(
    file: RwSignal<Option<web_sys::File>, LocalStorage>,
    schema: LocalResource<Result<Option<CsvSchema>, ApiError>>,
) -> RwSignal<Check> {
    let check = RwSignal::new(Check::Idle);
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        let file = file.get();
        let schema = schema.get();
        generation.update_value(|g| *g += 1);
        let current = generation.get_value();
        let Some(file) = file else {
            check.set(Check::Idle);
            return;
        };
        if !fits(file.size()) {
            check.set(Check::Refused(ErrorCode::FileTooLarge));
            return;
        }
        let schema = match schema {
            None => return check.set(Check::Idle),
            Some(Err(e)) => return check.set(Check::Failed(Some(e))),
            Some(Ok(None)) => return check.set(Check::NoSchema),
            Some(Ok(Some(s))) if s.sql.is_some() => return check.set(Check::Sql),
            Some(Ok(Some(s))) => s,
        };
        check.set(Check::Running(0.0));
        let still = move || generation.try_get_value() == Some(current);
        leptos::task::spawn_local(async move {
            let result = run(file, schema, move |p| {
                if still() {
                    check.set(Check::Running(p));
                }
            })
            .await;
            if still() {
                check.set(result);
            }
        });
    });
    check
}

#[cfg(test)]
mod tests {
    #[test]
    fn seven_mebibytes_fit_one_byte_more_does_not() {
        assert!(super::fits(7.0 * 1024.0 * 1024.0));
        assert!(!super::fits(7.0 * 1024.0 * 1024.0 + 1.0));
        assert!(!super::fits(20e6));
    }
}
