use super::super::tests::interval_example;
use super::super::Col;
use super::*;

fn header(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_string()).collect()
}

#[test]
fn a_reupload_keeps_the_mapping_where_the_header_still_has_the_names() {
    let mut v = interval_example();
    let mut aside = BTreeMap::new();
    remap(
        &mut v,
        &mut aside,
        &header(&["Queue", "Date", "Time", "Offered", "Handled", "AHT"]),
    );
    assert_eq!(
        v.columns.get(&Col::Queue).map(String::as_str),
        Some("Queue")
    );
    assert_eq!(v.columns.get(&Col::Offered), None);
    assert_eq!(v.columns.get(&Col::Aht).map(String::as_str), Some("AHT"));
    // The old file again: the names come back where nothing else was chosen.
    v.columns.insert(Col::Handled, "Handled".into());
    remap(
        &mut v,
        &mut aside,
        &header(&[
            "Queue",
            "Date",
            "Time",
            "IncomingCalls",
            "AnsweredCalls",
            "AHT",
        ]),
    );
    assert_eq!(
        v.columns.get(&Col::Offered).map(String::as_str),
        Some("IncomingCalls")
    );
    // Handled was chosen anew meanwhile (and that name is gone now): not overwritten.
    assert_eq!(v.columns.get(&Col::Handled), None);
    assert!(aside.contains_key(&Col::Handled));
}

#[test]
fn add_header_row_on_and_off_loses_nothing() {
    let mut v = interval_example();
    let before = v.columns.clone();
    let mut aside = BTreeMap::new();
    remap(&mut v, &mut aside, &header(&["A", "B", "C", "D", "E", "F"]));
    assert!(v.columns.is_empty());
    remap(
        &mut v,
        &mut aside,
        &header(&[
            "Queue",
            "Date",
            "Time",
            "IncomingCalls",
            "AnsweredCalls",
            "AHT",
        ]),
    );
    assert_eq!(v.columns, before);
    assert!(aside.is_empty());
}

#[test]
fn a_picked_column_gets_the_first_format_that_reads_all_its_values() {
    let german = ["01.03.2024", " 15.03.2024", ""];
    assert_eq!(
        guess_format(Col::Date, german.iter().copied()),
        Some("DD.MM.YYYY")
    );
    let slashes = ["01/03/2024", "12/03/2024"];
    assert_eq!(
        guess_format(Col::StartDate, slashes.iter().copied()),
        Some("DD/MM/YYYY")
    );
    let american = ["01/03/2024", "03/25/2024"];
    assert_eq!(
        guess_format(Col::Date, american.iter().copied()),
        Some("MM/DD/YYYY")
    );
    assert_eq!(
        guess_format(Col::Time, ["08:15", "23:45"].iter().copied()),
        Some("hh:mm")
    );
    assert_eq!(
        guess_format(Col::EndTime, ["08:15:00"].iter().copied()),
        Some("hh:mm:ss")
    );
    // A bad line does not stop the choice; mostly bad values do.
    let one_bad = ["01.03.2024", "31.02.2024", "02.03.2024"];
    assert_eq!(
        guess_format(Col::Date, one_bad.iter().copied()),
        Some("DD.MM.YYYY")
    );
    let mostly_bad = ["01.03.2024", "soon", "later"];
    assert_eq!(guess_format(Col::Date, mostly_bad.iter().copied()), None);
    assert_eq!(guess_format(Col::Date, ["soon"].iter().copied()), None);
    assert_eq!(guess_format(Col::Date, [""].iter().copied()), None);
    assert_eq!(guess_format(Col::Queue, ["x"].iter().copied()), None);
    assert_eq!(predefined_formats(Col::Timestamp), &[] as &[&str]);
}
