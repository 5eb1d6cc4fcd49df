//! The `draft` command as an editor runs it: the draft on stdout, what is
//! missing on stderr, exit codes; its output accepted by `validate`.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

const DRAFT: &str = env!("CARGO_BIN_EXE_draft");
const VALIDATE: &str = env!("CARGO_BIN_EXE_validate");
const OSCE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../assets/press-release-2007-09-20.txt"
);
const FICTIONAL: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/fictional-release.txt"
);

fn run(program: &str, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = match Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(error) => panic!("{program} did not start: {error}"),
    };
    if let (Some(text), Some(mut input)) = (stdin, child.stdin.take()) {
        if let Err(error) = input.write_all(text.as_bytes()) {
            panic!("writing to {program}: {error}");
        }
    }
    match child.wait_with_output() {
        Ok(output) => output,
        Err(error) => panic!("{program} did not finish: {error}"),
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Writes `json` to a file of its own and runs `validate` on it.
fn validate(name: &str, json: &str) -> Output {
    let path =
        std::env::temp_dir().join(format!("draft-command-{}-{name}.json", std::process::id()));
    if let Err(error) = std::fs::write(&path, json) {
        panic!("writing {}: {error}", path.display());
    }
    let output = run(VALIDATE, &[&path.to_string_lossy()], None);
    let _ = std::fs::remove_file(&path);
    output
}

#[test]
fn the_drafts_of_both_releases_pass_validate_with_nothing_missing() {
    for (name, release) in [("osce", OSCE), ("fictional", FICTIONAL)] {
        let output = run(DRAFT, &[release], None);
        assert!(output.status.success(), "{name}: {}", text(&output.stderr));
        assert_eq!(
            text(&output.stderr),
            "draft: nothing missing; the draft passes validate\n",
            "{name}"
        );
        let json = text(&output.stdout);
        // The format's order: an author reads it top to bottom.
        assert!(
            json.starts_with("{\n  \"lang\": \"en\",\n  \"headline\": "),
            "{name}: {json}"
        );
        let checked = validate(name, &json);
        assert!(
            checked.status.success(),
            "{name}: {}",
            text(&checked.stdout)
        );
    }
}

#[test]
fn a_release_from_stdin_drafts_the_same_as_from_a_file() {
    let release = match std::fs::read_to_string(OSCE) {
        Ok(release) => release,
        Err(error) => panic!("{OSCE}: {error}"),
    };
    let from_file = run(DRAFT, &[OSCE], None);
    let from_stdin = run(DRAFT, &["-"], Some(&release));
    assert!(from_stdin.status.success());
    assert_eq!(text(&from_stdin.stdout), text(&from_file.stdout));
}

#[test]
fn what_the_release_does_not_state_is_listed_on_stderr_and_left_out() {
    let output = run(DRAFT, &["-"], Some("A title\n\nThe meeting was held.\n"));
    assert!(
        output.status.success(),
        "a draft with gaps is still a draft"
    );
    let stderr = text(&output.stderr);
    assert!(stderr.starts_with("draft: "), "{stderr}");
    assert!(stderr.contains("things to fill in or check:"), "{stderr}");
    for path in [
        "  dateline: ",
        "  dates.start: ",
        "  dates.end: ",
        "  focus: ",
        "  organiser: ",
    ] {
        assert!(stderr.contains(path), "no {path:?} in {stderr}");
    }
    assert!(stderr.contains("draft: validate still says:"), "{stderr}");
    let json = text(&output.stdout);
    assert!(json.contains("\"headline\": \"A title\""), "{json}");
    assert!(!json.contains("\"dateline\""), "nothing invented: {json}");
}

#[test]
fn no_release_or_an_unreadable_one_exits_2_saying_why() {
    let none = run(DRAFT, &[], None);
    assert_eq!(none.status.code(), Some(2));
    assert!(text(&none.stderr).starts_with("usage: draft RELEASE.txt"));
    let missing = run(DRAFT, &["/nonexistent/release.txt"], None);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).starts_with("draft: cannot read /nonexistent/release.txt: "));
    assert!(missing.stdout.is_empty());
}
