//! The import folder without a server: which files are ready when, where they are
//! filed away, and what each answer of the server makes of a file.

use super::*;
use serde_json::json;
use std::io::Write;

fn folder() -> (tempfile::TempDir, Folder) {
    let dir = tempfile::tempdir().unwrap();
    let folder = Folder::open(dir.path()).unwrap();
    (dir, folder)
}

fn names(paths: &[PathBuf]) -> Vec<String> {
    paths.iter().map(|p| display(p)).collect()
}

#[test]
fn a_file_is_ready_once_two_looks_saw_it_unchanged() {
    let (dir, mut folder) = folder();
    assert!(dir.path().join(DONE).is_dir() && dir.path().join(FAILED).is_dir());
    let path = dir.path().join("export.csv");
    let mut file = std::fs::File::create(&path).unwrap();
    file.write_all(b"Warteschlange;Datum\n").unwrap();
    assert!(
        folder.ready().unwrap().is_empty(),
        "new: wait for one more look"
    );
    // Still being written: the size changed since the last look.
    file.write_all(b"Vertrieb;03.02.2025\n").unwrap();
    assert!(folder.ready().unwrap().is_empty());
    drop(file);
    assert_eq!(names(&folder.ready().unwrap()), ["export.csv"]);
}

#[test]
fn only_csv_and_txt_files_of_the_folder_itself_count() {
    let (dir, mut folder) = folder();
    for name in ["a.csv", "B.TXT", "c.Csv", "d.xlsx", "e.csv.part", "noext"] {
        std::fs::write(dir.path().join(name), "x").unwrap();
    }
    std::fs::create_dir(dir.path().join("sub.csv")).unwrap();
    std::fs::write(dir.path().join(DONE).join("old.csv"), "x").unwrap();
    folder.ready().unwrap();
    assert_eq!(names(&folder.ready().unwrap()), ["B.TXT", "a.csv", "c.Csv"]);
}

#[test]
fn files_are_moved_under_a_free_name() {
    let (dir, mut folder) = folder();
    for round in 0..3 {
        let path = dir.path().join("export.csv");
        std::fs::write(&path, format!("round {round}")).unwrap();
        folder.ready().unwrap();
        assert_eq!(names(&folder.ready().unwrap()), ["export.csv"]);
        folder.file_away(&path, DONE).unwrap();
        assert!(!path.exists());
    }
    let mut done: Vec<String> = std::fs::read_dir(dir.path().join(DONE))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    done.sort();
    assert_eq!(done, ["export.1.csv", "export.2.csv", "export.csv"]);
    let first = std::fs::read_to_string(dir.path().join(DONE).join("export.csv")).unwrap();
    assert_eq!(first, "round 0", "an earlier file is never overwritten");
    assert!(folder.ready().unwrap().is_empty());
}

fn import(state: &str, problems: serde_json::Value) -> Box<CsvImport> {
    let errors = problems.as_array().unwrap().len();
    let value = json!({
        "id": "i-1", "integration_id": "csv-1", "file_name": "a.csv",
        "source": "cloud_link", "state": state, "created_at": "2025-02-03T08:00:00Z",
        "analysis": {
            "imported_lines": 2, "rejected_lines": errors, "queues": 2, "agents": 0,
            "first": null, "last": null, "error_count": errors, "problems": problems,
        },
    });
    Box::new(serde_json::from_value(value).unwrap())
}

#[test]
fn the_answer_decides_where_a_file_goes() {
    let imported = |state, problems, new| {
        verdict(Ok(Sent::Imported {
            import: import(state, problems),
            new,
        }))
    };
    assert_eq!(
        imported("applied", json!([]), true),
        Verdict::Done("applied: 2 lines imported".into())
    );
    assert_eq!(
        imported("applied", json!([]), false),
        Verdict::Done("imported before (import i-1)".into())
    );
    let problem = json!([{ "code": "invalid_time_format", "line": 3 }]);
    assert_eq!(
        imported("rejected", problem, true),
        Verdict::Failed("rejected: 1 problem(s), first invalid_time_format in line 3".into())
    );
    let refused = |status, code: &str| {
        verdict(Ok(Sent::Refused {
            status,
            code: code.into(),
        }))
    };
    assert!(matches!(
        refused(409, "import_in_progress"),
        Verdict::Wait(_)
    ));
    assert!(matches!(
        refused(422, "cloud_link_not_connected"),
        Verdict::Wait(_)
    ));
    assert_eq!(
        refused(413, "file_too_large"),
        Verdict::Failed("refused: 413 file_too_large".into())
    );
    assert!(matches!(refused(422, "sql_error"), Verdict::Failed(_)));
    assert!(matches!(
        verdict(Err(Error::Unauthorized)),
        Verdict::Wait(_)
    ));
    let away = Error::Failed("connection refused".into());
    assert!(matches!(verdict(Err(away)), Verdict::Wait(_)));
}
