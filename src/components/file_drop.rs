//! A drop zone for one CSV file with a file picker, in the product's words ("Drag one
//! CSV file (.csv or .txt) here to add it or open your file explorer"). Only one file
//! of type `.csv` or `.txt` passes; the size limit is the caller's to check, before
//! anything is read.

use crate::browser;
use crate::i18n::{msg, use_i18n, Msg};
use leptos::prelude::*;

/// Whether a file name is one the importer takes (`.csv`, `.txt`, any case).
pub fn is_csv_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".csv") || lower.ends_with(".txt")
}

/// Why a drop or a choice was refused.
#[derive(Clone, Debug, PartialEq)]
enum Refused {
    /// Several files, or something that is not a file.
    NotOne,
    /// A file of another type (its name).
    Type(String),
}

#[component]
pub fn CsvFileDrop(
    /// DOM id of the file input (the picker link is its label).
    #[prop(into)]
    dom_id: String,
    /// Called with the one file chosen.
    on_file: Callback<web_sys::File>,
    /// The picker link's text; *open your file explorer* by default.
    #[prop(optional)]
    browse: Option<Msg>,
    /// Ids of texts that describe the zone further (help, the file chosen).
    #[prop(optional, into)]
    described_by: Option<String>,
    /// Nothing can be dropped or chosen (an upload is running).
    #[prop(optional, into)]
    disabled: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let over = RwSignal::new(false);
    let refused = RwSignal::new(None::<Refused>);
    let take = move |files: Vec<web_sys::File>| {
        over.set(false);
        if disabled.get_untracked() {
            return;
        }
        match browser::single_file(files) {
            Ok(file) if is_csv_name(&file.name()) => {
                refused.set(None);
                on_file.run(file);
            }
            Ok(file) => refused.set(Some(Refused::Type(file.name()))),
            Err(0) => {}
            Err(_) => refused.set(Some(Refused::NotOne)),
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        take(browser::dropped_files(&ev));
    };
    let on_over = move |ev: leptos::ev::DragEvent| {
        // Allows the drop (the browser would open the file instead).
        ev.prevent_default();
        if !disabled.get_untracked() {
            over.set(true);
        }
    };
    let message = move || match refused.get() {
        Some(Refused::NotOne) => Some(i18n.t(msg::CSV_IMPORT_DROP_INVALID)),
        Some(Refused::Type(name)) => Some(i18n.fmt(&msg::csv_import_invalid_file(name))),
        None => None,
    };
    let error_id = format!("{dom_id}-error");
    let describe = match &described_by {
        Some(ids) => format!("{error_id} {ids}"),
        None => error_id.clone(),
    };
    view! {
        <div
            class="ixi-drop"
            class:ixi-drop-over=move || over.get()
            class:ixi-drop-disabled=move || disabled.get()
            on:dragover=on_over
            on:dragleave=move |_| over.set(false)
            on:drop=on_drop
        >
            <p class="ixi-drop-text">
                {move || {
                    if over.get() {
                        i18n.t(msg::CSV_IMPORT_DROP_ACTIVE)
                    } else {
                        i18n.t(msg::CSV_IMPORT_DROP)
                    }
                }}
            </p>
            <p>
                {i18n.text(msg::CSV_IMPORT_DROP_OR)}
                " "
                <label for=dom_id.clone() class="ixi-drop-browse">
                    {i18n.text(browse.unwrap_or(msg::CSV_IMPORT_BROWSE))}
                </label>
            </p>
            <input
                id=dom_id
                type="file"
                class="ixi-visually-hidden"
                accept=".csv,.txt,text/csv,text/plain"
                aria-describedby=describe
                disabled=move || disabled.get()
                on:change=move |ev| take(browser::input_files(&ev))
            />
            <p class="ixi-field-error" id=error_id role="alert">{message}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn csv_and_txt_files_pass() {
        assert!(super::is_csv_name("Export 2024.CSV"));
        assert!(super::is_csv_name("calls.txt"));
        assert!(!super::is_csv_name("calls.xlsx"));
        assert!(!super::is_csv_name("csv"));
    }
}
