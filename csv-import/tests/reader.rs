//! Reading and preprocessing: what ends up in the preview, at which physical line.

use injixo_csv::{Preprocessing, ReadOptions, Separator, Table, TableBuilder};

fn read(text: &str, pre: Preprocessing) -> Table {
    Table::read(
        text,
        &ReadOptions {
            separator: Separator::Semicolon,
            preprocessing: pre,
        },
    )
}

/// (line, cells) of every data row.
fn rows(table: &Table) -> Vec<(u64, Vec<String>)> {
    table
        .rows()
        .map(|(line, f)| (line, f.iter().map(str::to_owned).collect()))
        .collect()
}

fn row(line: u64, cells: &[&str]) -> (u64, Vec<String>) {
    (line, cells.iter().map(|c| c.to_string()).collect())
}

#[test]
fn header_and_rows_with_their_lines() {
    let t = read("Queue;Offered\nA;1\nB;2\n", Preprocessing::default());
    assert_eq!(t.headers(), ["Queue", "Offered"]);
    assert_eq!(t.header().unwrap().line, Some(1));
    assert_eq!(rows(&t), [row(2, &["A", "1"]), row(3, &["B", "2"])]);
}

#[test]
fn header_names_are_trimmed() {
    let t = read(" Queue ;Offered\r\n", Preprocessing::default());
    assert_eq!(t.headers(), ["Queue", "Offered"]);
}

#[test]
fn blank_lines_are_ignored_but_counted() {
    let t = read(
        "\nQueue;Offered\n\n\nA;1\r\n\r\nB;2",
        Preprocessing::default(),
    );
    assert_eq!(t.header().unwrap().line, Some(2));
    assert_eq!(rows(&t), [row(5, &["A", "1"]), row(7, &["B", "2"])]);
}

#[test]
fn crlf_lf_and_lone_cr_mixed_in_one_file() {
    let t = read(
        "Queue;Offered\r\nA;1\nB;2\rC;3\r\n",
        Preprocessing::default(),
    );
    assert_eq!(
        rows(&t),
        [
            row(2, &["A", "1"]),
            row(3, &["B", "2"]),
            row(4, &["C", "3"])
        ]
    );
}

#[test]
fn a_quoted_field_with_line_breaks_is_at_the_line_it_starts() {
    let text = "Queue;Note\n\"A\";\"two\nlines\"\n\"B\";\"three\r\nlines\r\nhere\"\nC;x\n";
    let t = read(text, Preprocessing::default());
    assert_eq!(
        rows(&t),
        [
            row(2, &["A", "two\nlines"]),
            row(4, &["B", "three\r\nlines\r\nhere"]),
            row(7, &["C", "x"])
        ]
    );
}

#[test]
fn doubled_quotes_and_separators_inside_quotes() {
    let t = read(
        "Queue;Note\n\"Sales; EU\";\"say \"\"hi\"\"\"\n",
        Preprocessing::default(),
    );
    assert_eq!(rows(&t), [row(2, &["Sales; EU", "say \"hi\""])]);
}

#[test]
fn add_header_row_names_columns_a_b_c() {
    let pre = Preprocessing {
        add_header_row: true,
        ..Default::default()
    };
    let t = read("x;1;2\ny;3;4\n", pre);
    assert_eq!(t.headers(), ["A", "B", "C"]);
    assert_eq!(t.header().unwrap().line, None);
    assert_eq!(
        rows(&t),
        [row(1, &["x", "1", "2"]), row(2, &["y", "3", "4"])]
    );
    assert_eq!(injixo_csv::column_letters(25), "Z");
    assert_eq!(injixo_csv::column_letters(26), "AA");
    assert_eq!(injixo_csv::column_letters(701), "ZZ");
    assert_eq!(injixo_csv::column_letters(702), "AAA");
    assert_eq!(injixo_csv::column_letters(usize::MAX).len(), 14);
}

#[test]
fn skip_empty_rows_drops_lines_of_separators_only() {
    let text = "Queue;Offered\nA;1\n;\n ; \nB;2\n";
    let kept = read(text, Preprocessing::default());
    assert_eq!(kept.len(), 4);
    let pre = Preprocessing {
        skip_empty_rows: true,
        ..Default::default()
    };
    assert_eq!(
        rows(&read(text, pre)),
        [row(2, &["A", "1"]), row(5, &["B", "2"])]
    );
}

#[test]
fn skip_first_rows_counts_physical_lines_even_with_stray_quotes() {
    let text = "Report \"Q1\r\nexported by \"ACD\nQueue;Offered\r\nA;1\n";
    let pre = Preprocessing {
        skip_first_rows: 2,
        ..Default::default()
    };
    let t = read(text, pre);
    assert_eq!(t.headers(), ["Queue", "Offered"]);
    assert_eq!(t.header().unwrap().line, Some(3));
    assert_eq!(rows(&t), [row(4, &["A", "1"])]);
}

#[test]
fn skip_first_rows_with_the_article_header_replacement() {
    // "Skip first 1 row(s)" + "Add header row": the original header is replaced.
    let pre = Preprocessing {
        skip_first_rows: 1,
        add_header_row: true,
        ..Default::default()
    };
    let t = read("Queue Name;Hour in hh:mm\ndemo queue;07:00\n", pre);
    assert_eq!(t.headers(), ["A", "B"]);
    assert_eq!(rows(&t), [row(2, &["demo queue", "07:00"])]);
}

#[test]
fn skip_rows_containing_is_case_sensitive_and_sees_the_raw_line() {
    let text = "Queue;Offered\nA;1\nTotal;9\ntotal;8\n\"x\";\"Sum\"\n";
    let pre = Preprocessing {
        skip_rows_containing: vec!["Total".into(), "\"Sum\"".into()],
        ..Default::default()
    };
    assert_eq!(
        rows(&read(text, pre)),
        [row(2, &["A", "1"]), row(4, &["total", "8"])]
    );
}

#[test]
fn skip_rows_containing_may_remove_title_lines_before_the_header() {
    let pre = Preprocessing {
        skip_rows_containing: vec!["Export".into()],
        ..Default::default()
    };
    let t = read("Export 2024;\nQueue;Offered\nA;1\n", pre);
    assert_eq!(t.header().unwrap().line, Some(2));
}

#[test]
fn all_options_together_keep_physical_lines() {
    let text = "title\n\nQueue;Offered\n;\nA;1\nskip me;2\n\nB;3\n";
    let pre = Preprocessing {
        skip_first_rows: 1,
        skip_empty_rows: true,
        skip_rows_containing: vec!["skip".into()],
        add_header_row: false,
    };
    let t = read(text, pre);
    assert_eq!(t.header().unwrap().line, Some(3));
    assert_eq!(rows(&t), [row(5, &["A", "1"]), row(8, &["B", "3"])]);
}

#[test]
fn chunks_split_anywhere_give_the_same_table() {
    let text = "Queue;Note\r\n\"A\";\"two\r\nlines\"\r\nBé;x\r\n\r\nC;y";
    let options = ReadOptions {
        separator: Separator::Semicolon,
        ..Default::default()
    };
    let whole = Table::read(text, &options);
    for size in 1..8 {
        let mut b = TableBuilder::new(&options);
        for chunk in text.as_bytes().chunks(size) {
            b.feed(chunk);
        }
        let t = b.finish();
        assert_eq!(rows(&t), rows(&whole), "chunk size {size}");
        assert_eq!(t.headers(), whole.headers());
    }
}

#[test]
fn sql_rows_have_the_header_width() {
    let t = read(
        "StartDate;AgentID\n2022-04-22;816;\n2022-04-22\n",
        Preprocessing::default(),
    );
    let sql: Vec<_> = t.sql_rows().collect();
    assert_eq!(sql[0], Ok(vec!["2022-04-22", "816"]));
    let err = sql[1].as_ref().unwrap_err();
    assert_eq!(
        (err.code.as_str(), err.line),
        ("invalid_row_length", Some(3))
    );
}

#[test]
fn a_second_byte_order_mark_is_text_whatever_the_chunking() {
    // `decode` removes one BOM; a second one stays in the first header name, the same
    // whether the reader sees it whole or byte by byte.
    let text = "\u{FEFF}Queue;Offered\nA;1\n";
    let options = ReadOptions {
        separator: Separator::Semicolon,
        ..Default::default()
    };
    let whole = Table::read(text, &options);
    let mut b = TableBuilder::new(&options);
    for byte in text.as_bytes().chunks(1) {
        b.feed(byte);
    }
    assert_eq!(b.finish().headers(), whole.headers());
    assert_eq!(whole.headers(), ["\u{FEFF}Queue", "Offered"]);
}
