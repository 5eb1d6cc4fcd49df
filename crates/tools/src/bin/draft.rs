//! Drafts a summary from a press release's plain text: prints the draft JSON
//! on stdout, and on stderr what the editor must still fill in or check and
//! what the validator still says about the draft. Exits 0 when it drafted,
//! even with things missing; 2 when it could not read the release, or the
//! release is over 256 KiB (`MAX_RELEASE_BYTES`) or not UTF-8.
//!
//! ```text
//! cargo draft path/to/release.txt > summary.json
//! cat release.txt | cargo draft -
//! ```
//!
//! The release's first line is its title; then its paragraphs, separated by
//! blank lines or one a line.

fn main() -> std::process::ExitCode {
    use conference_summary_authoring::draft::draft;
    use conference_summary_authoring::release::{release_text, MAX_RELEASE_BYTES};
    use conference_summary_model::parse_summary;
    use std::io::Read;
    use std::process::ExitCode;

    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let [path] = arguments.as_slice() else {
        eprintln!("usage: draft RELEASE.txt   (or - to read the release from stdin)");
        return ExitCode::from(2);
    };
    // One byte past the limit is enough to refuse: a larger file is never
    // read whole.
    let limit = u64::try_from(MAX_RELEASE_BYTES + 1).unwrap_or(u64::MAX);
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|file| file.take(limit).read_to_end(&mut bytes))
    };
    if let Err(error) = read {
        eprintln!("draft: cannot read {path}: {error}");
        return ExitCode::from(2);
    }
    let release = match release_text(&bytes) {
        Ok(release) => release,
        Err(error) => {
            eprintln!("draft: {path}: {error}");
            return ExitCode::from(2);
        }
    };
    let drafted = draft(release);
    let json = drafted.to_json();
    println!("{json}");

    // What `validate` says of the draft as printed.
    let problems = parse_summary(&json).err().unwrap_or_default();
    if drafted.missing.is_empty() && problems.is_empty() {
        eprintln!("draft: nothing missing; the draft passes validate");
        return ExitCode::SUCCESS;
    }
    let count = drafted.missing.len();
    if count == 0 {
        eprintln!("draft: nothing missing");
    } else {
        let things = if count == 1 { "thing" } else { "things" };
        eprintln!("draft: {count} {things} to fill in or check:");
    }
    for missing in &drafted.missing {
        eprintln!("  {}: {}", missing.path, missing.message);
    }
    if problems.is_empty() {
        eprintln!("draft: the draft passes validate");
    } else {
        eprintln!("draft: validate still says:");
        for problem in &problems {
            eprintln!("  {problem}");
        }
    }
    ExitCode::SUCCESS
}
