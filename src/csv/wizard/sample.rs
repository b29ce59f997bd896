//! *Sample file*: the drop zone, reading and decoding (limit checked before the file
//! is read), the encoding, and the first rows as read with the current settings.

use super::state::WizardState;
use crate::browser;
use crate::components::{CsvFileDrop, SelectInput};
use crate::csv::model::separator_name;
use crate::csv::read::Sample;
use crate::csv::texts;
use crate::i18n::{msg, use_i18n};
use injixo_csv::{detect_separator, Encoding, ErrorCode, MAX_FILE_BYTES};
use leptos::prelude::*;
use std::sync::Arc;

/// Rows of the file shown under the drop zone.
const RAW_ROWS: usize = 5;

/// Reads `file` as the new sample: refused before reading when too large; the
/// separator is detected again. A file that cannot be used leaves the last sample.
pub fn take_file(state: &WizardState, file: web_sys::File) {
    state.sample_error.set(None);
    if file.size() > MAX_FILE_BYTES as f64 {
        state.sample_error.set(Some(ErrorCode::FileTooLarge));
        return;
    }
    state.reading.set(true);
    let state = state.clone();
    leptos::task::spawn_local(async move {
        let bytes = browser::read_bytes(&file).await;
        // Decoding up to 7 MB takes a moment: let the "Reading" status show first.
        browser::sleep(0).await;
        let result = match bytes {
            Some(b) => Sample::decode(file.name(), Arc::from(b), None),
            None => Err(ErrorCode::EmptyFile),
        };
        // The wizard may have been closed meanwhile: `try_set` then does nothing.
        state.reading.try_set(false);
        match result {
            Ok(sample) => {
                let detected = detect_separator(sample.text.as_bytes()).map(separator_name);
                if let Some(name) = detected {
                    state.separator.try_set(name.into());
                }
                state.detected.try_set(detected.map(str::to_string));
                state.sample.try_set(Some(sample));
            }
            Err(code) => {
                state.sample_error.try_set(Some(code));
            }
        }
    });
}

/// Decodes the sample's bytes again with the encoding chosen.
fn redecode(state: &WizardState, encoding: Encoding) {
    let Some(sample) = state.sample.get_untracked() else {
        return;
    };
    let Some(bytes) = sample.bytes.clone() else {
        return;
    };
    if let Ok(again) = Sample::decode(sample.file_name, bytes, Some(encoding)) {
        state.sample.set(Some(again));
    }
}

fn encoding_choice(state: &WizardState) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = RwSignal::new(String::new());
    let sample = state.sample;
    // Shown for a file that is not UTF-8 (read as Windows-1252 unless chosen).
    let shown = move || {
        sample.with(|s| {
            s.as_ref()
                .is_some_and(|s| s.encoding != Encoding::Utf8 && s.bytes.is_some())
        })
    };
    Effect::new(move |_| {
        let current = sample.with(|s| s.as_ref().map(|s| s.encoding));
        let name = match current {
            Some(Encoding::Iso8859_9) => "iso-8859-9",
            Some(Encoding::Windows1252) => "windows-1252",
            _ => "",
        };
        chosen.set(name.to_string());
    });
    let state = state.clone();
    Effect::new(move |prev: Option<String>| {
        let now = chosen.get();
        if prev.is_some_and(|p| p != now) {
            let wanted = match now.as_str() {
                "iso-8859-9" => Encoding::Iso8859_9,
                _ => Encoding::Windows1252,
            };
            if sample.with_untracked(|s| s.as_ref().map(|s| s.encoding)) != Some(wanted) {
                redecode(&state, wanted);
            }
        }
        now
    });
    let options = Signal::derive(move || {
        vec![
            (
                "windows-1252".to_string(),
                i18n.t(msg::CSV_WIZARD_ENCODING_WINDOWS_1252),
            ),
            (
                "iso-8859-9".to_string(),
                i18n.t(msg::CSV_WIZARD_ENCODING_ISO_8859_9),
            ),
        ]
    });
    move || {
        shown().then(|| {
            view! {
                <div class="ixi-alert ixi-alert-info">
                    <p>{i18n.text(msg::CSV_WIZARD_ENCODING_DETECTED)}</p>
                </div>
                <SelectInput
                    dom_id="ixi-csv-encoding"
                    label=Signal::derive(i18n.text(msg::CSV_WIZARD_ENCODING))
                    error=Signal::derive(|| None::<String>)
                    value=chosen
                    options=options
                    placeholder=Signal::derive(i18n.text(msg::SETUP_SELECT_PLACEHOLDER))
                />
            }
        })
    }
}

/// The first rows of the file as read now: the separator and preprocessing at work.
fn raw_rows(state: &WizardState) -> impl IntoView {
    let i18n = use_i18n();
    let table = state.table;
    move || {
        table.with(|t| {
            let t = t.as_ref()?;
            let head = t
                .headers()
                .iter()
                .map(|h| view! { <th scope="col">{h.clone()}</th> })
                .collect_view();
            let rows = t
                .rows()
                .take(RAW_ROWS)
                .map(|(line, fields)| {
                    let cells = fields
                        .iter()
                        .map(|f| view! { <td>{f.to_string()}</td> })
                        .collect_view();
                    view! { <tr><th scope="row">{line}</th>{cells}</tr> }
                })
                .collect_view();
            let one_column = t.headers().len() == 1;
            Some(view! {
                {one_column.then(|| view! {
                    <p class="ixi-field-error" role="alert">{i18n.text(msg::CSV_WIZARD_ONE_COLUMN)}</p>
                })}
                <h5 id="ixi-csv-raw-heading">{i18n.text(msg::CSV_WIZARD_RAW_HEADING)}</h5>
                <div class="ixi-table-wrap">
                    <table class="ixi-table ixi-table-compact" aria-labelledby="ixi-csv-raw-heading">
                        <thead><tr><th scope="col">{i18n.text(msg::CSV_PREVIEW_LINE)}</th>{head}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            })
        })
    }
}

/// The *Sample file* block.
pub fn sample_section(state: &WizardState) -> impl IntoView {
    let i18n = use_i18n();
    let (sample, table, reading, error) =
        (state.sample, state.table, state.reading, state.sample_error);
    let on_file = {
        let state = state.clone();
        Callback::new(move |file| take_file(&state, file))
    };
    let status = move || {
        if reading.get() {
            return Some(i18n.t(msg::CSV_WIZARD_READING));
        }
        let name = sample.with(|s| s.as_ref().map(|s| s.file_name.clone()))?;
        let (rows, columns) = table.with(|t| t.as_ref().map(|t| (t.len(), t.headers().len())))?;
        Some(i18n.fmt(&msg::csv_wizard_sample_read(columns, name, rows)))
    };
    let cut = move || sample.with(|s| s.as_ref().is_some_and(|s| s.cut));
    let has_sample = move || sample.with(Option::is_some);
    view! {
        <section class="ixi-csv-sample" aria-labelledby="ixi-csv-sample-heading">
            <h4 id="ixi-csv-sample-heading">{i18n.text(msg::CSV_WIZARD_SAMPLE_HEADING)}</h4>
            <p class="ixi-field-help" id="ixi-csv-sample-help">{i18n.text(msg::CSV_WIZARD_SAMPLE_HELP)}</p>
            {move || {
                let browse = has_sample().then_some(msg::CSV_WIZARD_REUPLOAD);
                view! {
                    <CsvFileDrop
                        dom_id="ixi-csv-sample-file"
                        on_file=on_file
                        browse=browse.unwrap_or(msg::CSV_IMPORT_BROWSE)
                        described_by="ixi-csv-sample-help ixi-csv-sample-status"
                        disabled=reading
                    />
                }
            }}
            <p id="ixi-csv-sample-status" class="ixi-csv-sample-status" role="status">{status}</p>
            {move || error.get().map(|code| view! {
                <p class="ixi-field-error" role="alert">{move || i18n.t(texts::error_code(code))}</p>
            })}
            {move || cut().then(|| view! { <p class="ixi-muted">{i18n.text(msg::CSV_WIZARD_SAMPLE_CUT)}</p> })}
            {encoding_choice(state)}
            {raw_rows(state)}
        </section>
    }
}
