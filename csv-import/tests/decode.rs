//! Input decoding and separator detection, as the admin meets them on upload.

use injixo_csv::{decode, decode_as, detect_separator, DecodeError, Encoding, Separator};
use injixo_csv::{ErrorCode, MAX_FILE_BYTES};

#[test]
fn utf8_without_bom_is_borrowed_as_is() {
    let d = decode("Queue;Straße\n".as_bytes()).unwrap();
    assert_eq!(d.encoding, Encoding::Utf8);
    assert!(!d.had_bom);
    assert_eq!(d.text, "Queue;Straße\n");
}

#[test]
fn utf8_bom_is_removed_and_reported() {
    let d = decode(b"\xEF\xBB\xBFQueue;Date\n").unwrap();
    assert_eq!(d.encoding, Encoding::Utf8);
    assert!(d.had_bom);
    assert_eq!(d.text, "Queue;Date\n");
}

#[test]
fn windows_1252_is_detected_and_decoded() {
    // "Münchner Büro €" as Excel on Windows saves it, plus a curly quote (0x92).
    let d = decode(b"M\xFCnchner B\xFCro \x80;it\x92s\n").unwrap();
    assert_eq!(d.encoding, Encoding::Windows1252);
    assert_eq!(d.text, "Münchner Büro €;it’s\n");
}

#[test]
fn the_five_unassigned_windows_1252_bytes_do_not_fail() {
    let d = decode(b"a\x81\x8D\x8F\x90\x9Db").unwrap();
    assert_eq!(d.text, "a\u{81}\u{8D}\u{8F}\u{90}\u{9D}b");
}

#[test]
fn iso_8859_9_only_when_asked_for() {
    let bytes = b"\xDDstanbul \xFEube\n";
    assert_eq!(decode(bytes).unwrap().text, "Ýstanbul þube\n");
    let turkish = decode_as(bytes, Some(Encoding::Iso8859_9)).unwrap();
    assert_eq!(turkish.encoding, Encoding::Iso8859_9);
    assert_eq!(turkish.text, "İstanbul şube\n");
}

#[test]
fn empty_and_bom_only_files_are_empty() {
    assert_eq!(decode(b"").unwrap_err(), DecodeError::Empty);
    assert_eq!(decode(b"\xEF\xBB\xBF").unwrap_err(), DecodeError::Empty);
    assert_eq!(DecodeError::Empty.code(), ErrorCode::EmptyFile);
    assert_eq!(ErrorCode::EmptyFile.as_str(), "empty_file");
}

#[test]
fn binary_files_are_refused() {
    assert_eq!(
        decode(b"PK\x03\x04\x14\x00\x06\x00").unwrap_err(),
        DecodeError::Binary
    );
    let controls: Vec<u8> = (0..200u8)
        .map(|i| if i % 4 == 0 { 0x01 } else { b'a' })
        .collect();
    assert_eq!(decode(&controls).unwrap_err(), DecodeError::Binary);
    assert_eq!(DecodeError::Binary.code().as_str(), "binary_file");
}

#[test]
fn a_stray_control_character_is_still_text() {
    assert!(decode(b"Queue;Offered\nA;1\n\x1A").is_ok());
}

#[test]
fn utf16_is_refused_with_its_own_error() {
    assert_eq!(
        decode(b"\xFF\xFEQ\x00u\x00").unwrap_err(),
        DecodeError::Utf16
    );
    assert_eq!(DecodeError::Utf16.code().as_str(), "unsupported_encoding");
}

#[test]
fn the_size_limit_is_seven_mib() {
    let mut big = vec![b'a'; MAX_FILE_BYTES];
    assert!(decode(&big).is_ok());
    big.push(b'a');
    assert_eq!(
        decode(&big).unwrap_err(),
        DecodeError::TooLarge(MAX_FILE_BYTES + 1)
    );
    assert_eq!(DecodeError::TooLarge(0).code().as_str(), "file_too_large");
}

#[test]
fn detects_each_separator() {
    assert_eq!(
        detect_separator(b"a;b;c\n1;2;3\n"),
        Some(Separator::Semicolon)
    );
    assert_eq!(detect_separator(b"a,b,c\n1,2,3\n"), Some(Separator::Comma));
    assert_eq!(
        detect_separator(b"a\tb\tc\n1\t2\t3\n"),
        Some(Separator::Tab)
    );
    assert_eq!(detect_separator(b"a|b|c\n1|2|3\n"), Some(Separator::Pipe));
}

#[test]
fn separators_inside_quotes_do_not_count() {
    // Four commas per line inside quotes, two real semicolons.
    let text = b"\"Queue, a, b\";Date;\"x,y\"\n\"Sales, EU, 1\";25/05/2020;\"1,5\"\n";
    assert_eq!(detect_separator(text), Some(Separator::Semicolon));
}

#[test]
fn a_decimal_comma_does_not_beat_the_semicolon() {
    let text = b"Queue;AHT;Offered\nA;12,5;3\nB;7,25;4\nC;1;2\n";
    assert_eq!(detect_separator(text), Some(Separator::Semicolon));
}

#[test]
fn a_title_line_does_not_decide() {
    let text = b"Report, generated today\nQueue;Date;Time\nA;1;2\nB;3;4\n";
    assert_eq!(detect_separator(text), Some(Separator::Semicolon));
}

#[test]
fn a_single_column_has_no_separator() {
    assert_eq!(detect_separator(b"Queue\nA\nB\n"), None);
    assert_eq!(detect_separator(b""), None);
}
