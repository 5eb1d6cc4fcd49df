//! Checks summary JSON files for authors: prints every problem with its path
//! (at most `MAX_PROBLEMS`, then how many more) and exits non-zero when
//! there is any. Fields ignored because a document is written in a newer
//! minor version of the format are printed as warnings; they do not make it
//! invalid. A file over the size limit, or not UTF-8, is refused before it
//! is read as JSON.
//!
//! ```text
//! cargo validate path/to/summary.json [more.json …]
//! cargo validate --schema     # prints the JSON Schema
//! ```

fn main() -> std::process::ExitCode {
    use conference_summary_model::{parse_summary_noting_ignored, problem_count, read_document};
    use conference_summary_tools::schema::json_schema;
    use std::process::ExitCode;

    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.first().map(String::as_str) == Some("--schema") {
        match serde_json::to_string_pretty(&json_schema()) {
            Ok(schema) => {
                println!("{schema}");
                return ExitCode::SUCCESS;
            }
            Err(error) => {
                eprintln!("validate: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    if paths.is_empty() {
        eprintln!("usage: validate SUMMARY.json [MORE.json …] | validate --schema");
        return ExitCode::from(2);
    }
    let mut problems = 0;
    for path in &paths {
        let text = match read_document(std::path::Path::new(path)) {
            Ok(text) => text,
            Err(error) => {
                println!("{path}: {error}");
                problems += 1;
                continue;
            }
        };
        match parse_summary_noting_ignored(&text) {
            Ok((_, ignored)) => {
                for field in &ignored {
                    println!("{path}: warning: {field}");
                }
                println!("{path}: valid");
            }
            Err(errors) => {
                for error in &errors {
                    println!("{path}: {error}");
                }
                problems += problem_count(&errors);
            }
        }
    }
    if problems == 0 {
        ExitCode::SUCCESS
    } else {
        eprintln!("{problems} problem(s)");
        ExitCode::FAILURE
    }
}
