//! The bad-summary corpus: every file in `tests/bad-summaries/` breaks one
//! rule, and `NAME.expected` lists the messages the validator must print for
//! it. Runs the real `validate` binary. Native only; the same corpus runs
//! through the widget in the browser (`tests/bad_summaries.rs`), whose list
//! of files this checks too.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

fn corpus() -> Vec<PathBuf> {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/bad-summaries");
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&folder) {
        Ok(entries) => entries
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| {
                path.extension()
                    .is_some_and(|extension| extension == "json")
            })
            .collect(),
        Err(error) => panic!("cannot read {}: {error}", folder.display()),
    };
    files.sort();
    files
}

/// Runs the `validate` command on `file`: its exit status and the lines it
/// printed, without the file name each starts with.
fn validate(file: &Path) -> (Option<i32>, Vec<String>) {
    let output = match Command::new(env!("CARGO_BIN_EXE_validate"))
        .arg(file)
        .output()
    {
        Ok(output) => output,
        Err(error) => panic!("cannot run the validator: {error}"),
    };
    let prefix = format!("{}: ", file.display());
    let lines = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| line.strip_prefix(&prefix).unwrap_or(line).to_string())
        .collect();
    (output.status.code(), lines)
}

#[test]
fn the_validator_finds_every_problem_in_the_bad_corpus() {
    let files = corpus();
    assert!(files.len() >= 40, "only {} bad summaries", files.len());
    let mut failures = Vec::new();
    for file in &files {
        let expected_path = file.with_extension("expected");
        let expected = match std::fs::read_to_string(&expected_path) {
            Ok(expected) => expected,
            Err(error) => panic!("{}: {error}", expected_path.display()),
        };
        let expected: Vec<&str> = expected.lines().collect();
        assert!(
            !expected.is_empty(),
            "{} expects nothing",
            expected_path.display()
        );
        let (status, found) = validate(file);
        assert_eq!(status, Some(1), "{}: exit status", file.display());
        if found != expected {
            failures.push(format!(
                "{}\n  expected: {expected:#?}\n  found: {found:#?}",
                file.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The browser's run of the corpus names its files one by one (the wasm
/// cannot list a folder): every file here must be there.
#[test]
fn the_browser_test_runs_the_whole_corpus() {
    let browser_test =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/bad_summaries.rs");
    let listed = match std::fs::read_to_string(&browser_test) {
        Ok(text) => text,
        Err(error) => panic!("cannot read {}: {error}", browser_test.display()),
    };
    let missing: Vec<String> = corpus()
        .iter()
        .filter_map(|file| file.file_stem()?.to_str().map(str::to_string))
        .filter(|name| !listed.contains(&format!("bad!(\"{name}\")")))
        .collect();
    assert!(
        missing.is_empty(),
        "not in {}: {missing:?}",
        browser_test.display()
    );
}

#[test]
fn the_validator_accepts_the_built_in_summary_and_the_examples() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    for file in [
        "assets/summary.json",
        "assets/examples/minimal.json",
        "tests/fixtures/summary-rtl.ar.json",
        "tests/fixtures/summary-cjk.ja.json",
    ] {
        let (status, lines) = validate(&root.join(file));
        assert_eq!(
            (status, lines),
            (Some(0), vec!["valid".to_string()]),
            "{file}"
        );
    }
}

/// A document in a newer minor version of the format (1.x, x > 0) may carry
/// fields this widget does not know: they are warnings, not errors, and the
/// document is valid. `$schema` is accepted in any document.
#[test]
fn the_validator_reads_a_newer_minor_version_ignoring_what_it_does_not_know() {
    let mut document: serde_json::Value =
        match serde_json::from_str(conference_summary_model::DEFAULT_SUMMARY_JSON) {
            Ok(document) => document,
            Err(error) => panic!("{error}"),
        };
    document["$schema"] = "./summary.schema.json".into();
    document["format"] = "1.3".into();
    document["venue"] = serde_json::json!({ "text": "Hofburg", "source": 1 });
    document["quotes"][0]["mood"] = "grave".into();
    let file = std::env::temp_dir().join(format!("newer-minor-{}.json", std::process::id()));
    if let Err(error) = std::fs::write(&file, document.to_string()) {
        panic!("cannot write {}: {error}", file.display());
    }
    let (status, lines) = validate(&file);
    let _ = std::fs::remove_file(&file);
    assert_eq!(status, Some(0), "{lines:?}");
    assert_eq!(
        lines,
        [
            // In document order: serde_json writes the keys sorted.
            "warning: quotes[0].mood: ignored: not in format 1.0, which this widget reads",
            "warning: venue: ignored: not in format 1.0, which this widget reads",
            "valid",
        ]
    );
}
