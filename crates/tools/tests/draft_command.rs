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

/// Writes `bytes` to a file of its own and runs `draft` on it, given its
/// path or, with `piped`, on standard input (from the file, so that a
/// command that stops reading early breaks no pipe).
fn draft_file(name: &str, bytes: &[u8], piped: bool) -> Output {
    let path =
        std::env::temp_dir().join(format!("draft-command-{}-{name}.txt", std::process::id()));
    if let Err(error) = std::fs::write(&path, bytes) {
        panic!("writing {}: {error}", path.display());
    }
    let mut command = Command::new(DRAFT);
    if piped {
        match std::fs::File::open(&path) {
            Ok(file) => command.arg("-").stdin(file),
            Err(error) => panic!("opening {}: {error}", path.display()),
        };
    } else {
        command.arg(&path);
    }
    let output = match command.output() {
        Ok(output) => output,
        Err(error) => panic!("draft did not run: {error}"),
    };
    let _ = std::fs::remove_file(&path);
    output
}

#[test]
fn a_release_over_256_kib_is_refused_saying_so() {
    use conference_summary_authoring::release::MAX_RELEASE_BYTES;
    let line = "Item: the conference opened today in Vienna.\n";
    let mut release = String::from("Title\n\n");
    while release.len() <= MAX_RELEASE_BYTES {
        release.push_str(line);
    }
    let refused = draft_file("large", release.as_bytes(), false);
    assert_eq!(refused.status.code(), Some(2));
    assert!(refused.stdout.is_empty(), "no draft printed");
    let message = text(&refused.stderr);
    assert!(
        message.contains("the release is too large: over 256 KiB (262144 bytes)"),
        "{message}"
    );
    // From standard input too; and at the limit it drafts.
    let piped = draft_file("large-piped", release.as_bytes(), true);
    assert_eq!(piped.status.code(), Some(2));
    assert!(text(&piped.stderr).starts_with("draft: -: the release is too large"));
    let at_limit = &release[..MAX_RELEASE_BYTES];
    assert_eq!(
        draft_file("at-limit", at_limit.as_bytes(), false)
            .status
            .code(),
        Some(0)
    );
}

#[test]
fn a_release_that_is_not_utf8_is_refused_at_its_first_bad_byte() {
    let release = b"Title\n\nVIENNA, 20 September 2007 - Caf\xe9 talks.\n";
    let refused = draft_file("latin1", release, false);
    assert_eq!(refused.status.code(), Some(2));
    assert!(refused.stdout.is_empty(), "no draft printed");
    let message = text(&refused.stderr);
    assert!(
        message.contains("not UTF-8 text: the byte at offset 38 is not valid UTF-8"),
        "{message}"
    );
}
