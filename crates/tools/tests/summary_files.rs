//! What `validate` and `prerender --src` do with files that are not summary
//! text: over the size limit (refused from the file's size, before it is
//! read), not UTF-8 (refused with the offset of the first bad byte), or
//! starting with a byte-order mark (read, as the widget reads it). Native only.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::{Command, Output};

use conference_summary_model::{DEFAULT_SUMMARY_JSON, MAX_DOCUMENT_BYTES};

const VALIDATE: &str = env!("CARGO_BIN_EXE_validate");
const PRERENDER: &str = env!("CARGO_BIN_EXE_prerender");

/// A file of the test's own in the temporary folder, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str, bytes: &[u8]) -> Scratch {
        let path = std::env::temp_dir().join(format!("{}-{name}", std::process::id()));
        if let Err(error) = std::fs::write(&path, bytes) {
            panic!("cannot write {}: {error}", path.display());
        }
        Scratch(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap_or_default()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn run(program: &str, args: &[&str]) -> Output {
    match Command::new(program).args(args).output() {
        Ok(output) => output,
        Err(error) => panic!("{program} did not run: {error}"),
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_file_over_the_limit_is_refused_by_its_size_without_being_read() {
    // 64 MiB that the file system does not store: reading it would take
    // the whole of it into memory; its size alone refuses it.
    let huge = Scratch::new("huge.json", b"");
    let grown = std::fs::OpenOptions::new()
        .write(true)
        .open(&huge.0)
        .and_then(|file| file.set_len(64 << 20));
    if let Err(error) = grown {
        panic!("cannot grow {}: {error}", huge.path());
    }
    let message =
        format!("summary: expected at most {MAX_DOCUMENT_BYTES} bytes (1 MiB), found 67108864");

    let output = run(VALIDATE, &[huge.path()]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stdout),
        format!("{}: {message}\n", huge.path())
    );

    let output = run(PRERENDER, &["--src", huge.path()]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stderr),
        format!("prerender: --src {}: {message}\n", huge.path())
    );
}

#[test]
fn a_file_one_byte_over_the_limit_is_refused() {
    let mut bytes = DEFAULT_SUMMARY_JSON.as_bytes().to_vec();
    bytes.resize(MAX_DOCUMENT_BYTES + 1, b' ');
    let over = Scratch::new("over.json", &bytes);
    let output = run(VALIDATE, &[over.path()]);
    assert_eq!(
        text(&output.stdout),
        format!(
            "{}: summary: expected at most {MAX_DOCUMENT_BYTES} bytes (1 MiB), found {}\n",
            over.path(),
            MAX_DOCUMENT_BYTES + 1
        )
    );
}

#[test]
fn a_file_that_is_not_utf8_is_refused_with_the_offset_of_its_first_bad_byte() {
    let latin1 = Scratch::new("latin1.json", b"{ \"headline\": \"caf\xe9\" }");
    let message = "summary: expected UTF-8 text, found the byte 0xE9 at byte offset 18";

    let output = run(VALIDATE, &[latin1.path()]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stdout),
        format!("{}: {message}\n", latin1.path())
    );

    let output = run(PRERENDER, &["--src", latin1.path()]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stderr),
        format!("prerender: --src {}: {message}\n", latin1.path())
    );
}

#[test]
fn a_byte_order_mark_before_the_json_is_skipped() {
    let marked = Scratch::new(
        "marked.json",
        format!("\u{feff}{DEFAULT_SUMMARY_JSON}").as_bytes(),
    );
    let output = run(VALIDATE, &[marked.path()]);
    assert_eq!(text(&output.stdout), format!("{}: valid\n", marked.path()));
    assert_eq!(output.status.code(), Some(0));

    let output = run(PRERENDER, &["--src", marked.path()]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("<conference-summary>"));
}

#[test]
fn a_capped_list_is_counted_in_full() {
    // The built-in summary with 80,000 fields it does not know: 50 lines,
    // "… and 79950 more", and the total on stderr.
    let members: String = (0..80_000)
        .map(|index| format!(",\"x{index}\":1"))
        .collect();
    let json = DEFAULT_SUMMARY_JSON
        .trim_end()
        .strip_suffix('}')
        .map(|open| format!("{open}{members}}}"))
        .unwrap_or_default();
    let file = Scratch::new("unknown-keys.json", json.as_bytes());
    let output = run(VALIDATE, &[file.path()]);
    let stdout = text(&output.stdout);
    assert!(!output.status.success());
    assert_eq!(stdout.lines().count(), 51, "{stdout}");
    assert!(
        stdout.trim_end().ends_with("summary: … and 79950 more"),
        "{stdout}"
    );
    assert_eq!(text(&output.stderr).trim(), "80000 problem(s)");
}
