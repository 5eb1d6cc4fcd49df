//! Prints the embed snippet with the widget prerendered in a declarative
//! shadow root (see docs/hosting.md, "Prerendered snippet").
//!
//! ```text
//! cargo prerender [--src summary.json] [--lang fr] [--theme dark]
//!     [--section quotes] [--expanded] [--base https://cdn.example/cs/] [--stylesheet NAME]
//!     [--preload GLUE.js --preload WASM.wasm]
//! cargo prerender --stylesheet NAME --fill page.html
//! ```
//!
//! `--fill` rewrites a page in place, prerendering each `<!--prerender …-->`
//! marker (the release build does this to the demo page).

fn main() -> std::process::ExitCode {
    use conference_summary::prerender::{fill_page, parse_flags, render_snippet, Options};
    use std::process::ExitCode;

    let fail = |problems: Vec<String>| {
        for problem in problems {
            eprintln!("prerender: {problem}");
        }
        ExitCode::FAILURE
    };
    let mut options = Options {
        stylesheet: "conference-summary.css".to_string(),
        ..Options::default()
    };
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let fill = match args.iter().position(|arg| arg == "--fill") {
        Some(index) if index + 1 < args.len() => {
            Some(args.drain(index..index + 2).nth(1).unwrap_or_default())
        }
        Some(_) => return fail(vec!["--fill needs a file".to_string()]),
        None => None,
    };
    if let Err(problem) = parse_flags(&mut options, args) {
        return fail(vec![problem]);
    }
    match fill {
        Some(path) => {
            let page = match std::fs::read_to_string(&path) {
                Ok(page) => page,
                Err(error) => return fail(vec![format!("cannot read {path}: {error}")]),
            };
            match fill_page(&page, &options) {
                Ok(filled) => match std::fs::write(&path, filled) {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(error) => fail(vec![format!("cannot write {path}: {error}")]),
                },
                Err(problems) => fail(problems),
            }
        }
        None => match render_snippet(&options) {
            Ok(snippet) => {
                print!("{snippet}");
                ExitCode::SUCCESS
            }
            Err(problems) => fail(problems),
        },
    }
}
