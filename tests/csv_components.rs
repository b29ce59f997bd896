//! Component tests of the CSV integration in a real headless Chromium: the time zones
//! from `Intl`, and the schema wizard's live preview of the sample (`;`,
//! `DD.MM.YYYY` and `hh:mm`, German headers, a bad line).
#![cfg(target_arch = "wasm32")]

use injixo_csv::{LocalDateTime, ZoneOffsets};
use injixo_integrations::browser::IntlZones;
use injixo_integrations::csv::draft::{CsvDraft, SampleText};
use injixo_integrations::csv::model::{Col, DataType, Values};
use injixo_integrations::csv::wizard::SchemaWizard;
use injixo_integrations::i18n::{provide_i18n, Lang};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

const SAMPLE: &str = "Warteschlange;Datum;Uhrzeit;Angebotene;Angenommene;AHT\n\
Vertrieb;01.03.2024;08:00;12;10;300\n\
Vertrieb;01.03.2024;08:15;9;9;280\n\
Service;31.02.2024;08:30;4;4;200\n\
Service;01.03.2024;08:45;7;4;200\n";

fn container() -> HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

async fn until(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..300 {
        if cond() {
            return;
        }
        let p = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
    }
    panic!("timed out waiting for: {what}");
}

fn text(root: &HtmlElement) -> String {
    root.text_content().unwrap_or_default()
}

fn local(year: i32, month: u8, day: u8, hour: u8, minute: u8) -> LocalDateTime {
    LocalDateTime {
        year,
        month,
        day,
        hour,
        minute,
        second: 0,
    }
}

#[wasm_bindgen_test]
fn intl_gives_each_zones_offset_at_a_wall_clock_time() {
    let z = IntlZones;
    assert!(z.knows("Europe/Berlin"));
    assert!(z.knows("UTC"));
    assert!(!z.knows("Mars/Olympus_Mons"));
    assert!(!z.knows(""));
    let berlin = |l| z.offset_seconds("Europe/Berlin", l);
    assert_eq!(berlin(local(2024, 1, 15, 9, 30)), Some(3600));
    assert_eq!(berlin(local(2024, 7, 1, 9, 30)), Some(7200));
    // Skipped when the clocks go forward; the earlier instant when they go back.
    assert_eq!(berlin(local(2024, 3, 31, 2, 30)), None);
    assert_eq!(berlin(local(2024, 3, 31, 3, 0)), Some(7200));
    assert_eq!(berlin(local(2024, 10, 27, 2, 30)), Some(7200));
    assert_eq!(berlin(local(2024, 10, 27, 3, 0)), Some(3600));
    assert_eq!(
        z.offset_seconds("America/Chicago", local(2023, 1, 2, 12, 0)),
        Some(-6 * 3600)
    );
    assert_eq!(
        z.offset_seconds("Asia/Kolkata", local(1999, 5, 5, 0, 0)),
        Some(19_800)
    );
    // Before 1970 the engine refuses the date itself; Intl still answers.
    assert_eq!(
        z.offset_seconds("Europe/Berlin", local(1970, 1, 1, 0, 0)),
        Some(3600)
    );
}

/// The mapping, with `date` left out when `with_date` is false.
fn draft(with_date: bool) -> CsvDraft {
    let mut v = Values::new(DataType::ContactData);
    v.time_zone = "Europe/Berlin".into();
    for (c, name) in [
        (Col::Queue, "Warteschlange"),
        (Col::Date, "Datum"),
        (Col::Time, "Uhrzeit"),
        (Col::Offered, "Angebotene"),
        (Col::Handled, "Angenommene"),
        (Col::Aht, "AHT"),
    ] {
        if with_date || c != Col::Date {
            v.columns.insert(c, name.into());
        }
    }
    if with_date {
        v.formats.insert(Col::Date, "DD.MM.YYYY".into());
    }
    v.formats.insert(Col::Time, "hh:mm".into());
    let (schema, sql) = v.to_schema();
    CsvDraft {
        schema,
        sql,
        file_name: "anrufe.csv".into(),
        encoding: injixo_contract::CsvEncoding::Utf8,
        sample: Some(SampleText(Arc::from(SAMPLE))),
        edited: false,
    }
}

fn button(root: &HtmlElement, label: &str) -> HtmlElement {
    let all = root.query_selector_all("button").unwrap();
    (0..all.length())
        .map(|i| all.item(i).unwrap().unchecked_into::<HtmlElement>())
        .find(|b| b.inner_text().trim() == label)
        .unwrap_or_else(|| panic!("no button {label}"))
}

fn mount(initial: CsvDraft, saved: RwSignal<Option<CsvDraft>>) -> (HtmlElement, impl Drop) {
    let root = container();
    let mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_i18n(Lang::En);
        view! {
            <SchemaWizard
                data_type=DataType::ContactData
                initial=Some(initial.clone())
                on_save=Callback::new(move |d| saved.set(Some(d)))
                on_cancel=Callback::new(|_| ())
            />
        }
    });
    (root, mounted)
}

#[wasm_bindgen_test]
async fn the_preview_shows_parsed_values_in_utc_and_the_bad_line() {
    let saved = RwSignal::new(None::<CsvDraft>);
    let (root, _mounted) = mount(draft(true), saved);
    until("the sample is read", || {
        text(&root).contains("4 rows, 6 columns")
    })
    .await;
    button(&root, "Map the columns").click();
    until("the preview", || text(&root).contains("3 of 4 lines")).await;
    let table = root.query_selector(".ixi-preview-table").unwrap().unwrap();
    let table_text = table.text_content().unwrap();
    // 08:00 in Berlin (UTC+1 in March) is 07:00 UTC.
    assert!(table_text.contains("2024-03-01 07:00:00"), "{table_text}");
    assert!(table_text.contains("Vertrieb"));
    assert!(
        table_text.contains("Error on line 4: Wrong date format."),
        "{table_text}"
    );
    let bad = root.query_selector(".ixi-cell-bad").unwrap().unwrap();
    assert_eq!(bad.text_content().unwrap(), "31.02.2024 08:30");
    // The figure the benchmarks read.
    let section = root.query_selector(".ixi-csv-preview").unwrap().unwrap();
    assert!(section.get_attribute("data-preview-ms").is_some());

    button(&root, "Save schema").click();
    until("saved", || saved.with_untracked(Option::is_some)).await;
    let d = saved.get_untracked().unwrap();
    assert!(d.edited);
    assert_eq!(d.schema, draft(true).schema);
    assert_eq!(d.file_name, "anrufe.csv");
}

#[wasm_bindgen_test]
async fn picking_a_date_column_chooses_its_format_and_saving_names_what_is_missing() {
    let saved = RwSignal::new(None::<CsvDraft>);
    let (root, _mounted) = mount(draft(false), saved);
    until("the sample is read", || text(&root).contains("4 rows")).await;
    button(&root, "Map the columns").click();
    until("the mapping page", || {
        text(&root).contains("Map the required fields to see the preview.")
    })
    .await;
    button(&root, "Save schema").click();
    until("the missing date column", || {
        text(&root).contains("Choose a column.")
    })
    .await;
    assert!(saved.get_untracked().is_none());

    let date: HtmlSelectElement = root
        .query_selector("#ixi-csv-col-date")
        .unwrap()
        .unwrap()
        .unchecked_into();
    date.set_value("Datum");
    date.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    until("the guessed format", || {
        root.query_selector("#ixi-csv-format-date")
            .unwrap()
            .map(|s| s.unchecked_into::<HtmlSelectElement>().value())
            .as_deref()
            == Some("DD.MM.YYYY")
    })
    .await;
    until("the preview", || text(&root).contains("3 of 4 lines")).await;
}
