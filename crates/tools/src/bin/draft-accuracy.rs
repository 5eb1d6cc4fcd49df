//! Prints the draft's accuracy on the corpus of fictional releases
//! (`tests/draft-corpus`): for each part apart, precision and recall per
//! field, beside issue #25's targets for the held-out part, and how many
//! drafts are complete. Exits 2 when a corpus file cannot be read or
//! understood, naming the file and the key.
//!
//! ```text
//! draft-accuracy [--part tuning|held-out|all] [--verbose] [--corpus DIR]
//! draft-accuracy --part tuning --floors    # the measured floors, as floors.json
//! ```
//!
//! `--part` defaults to `all`; whoever tunes the draft runs `--part tuning`
//! only. `--verbose` lists, per release, each miss and each wrong finding.
//! `--corpus` defaults to this repository's `tests/draft-corpus`. `--floors`
//! prints, instead of the tables, the floors the parts measured would set
//! (`floors.json`'s form), for raising them after an improvement.

use std::path::PathBuf;
use std::process::ExitCode;

use conference_summary_tools::draft_accuracy::{
    default_corpus, load_part, measured_floors, score_part, Part,
};

const USAGE: &str =
    "usage: draft-accuracy [--part tuning|held-out|all] [--verbose] [--floors] [--corpus DIR]";

struct Options {
    parts: Vec<Part>,
    verbose: bool,
    floors: bool,
    corpus: PathBuf,
}

fn options(arguments: &[String]) -> Result<Options, String> {
    let mut options = Options {
        parts: Part::ALL.to_vec(),
        verbose: false,
        floors: false,
        corpus: default_corpus(),
    };
    let mut arguments = arguments.iter();
    while let Some(argument) = arguments.next() {
        match argument.as_str() {
            "--verbose" => options.verbose = true,
            "--floors" => options.floors = true,
            "--part" => {
                options.parts = match arguments.next().map(String::as_str) {
                    Some("all") => Part::ALL.to_vec(),
                    Some(name) => match Part::ALL.into_iter().find(|part| part.name() == name) {
                        Some(part) => vec![part],
                        None => return Err(format!("--part {name}: not tuning, held-out or all")),
                    },
                    None => return Err("--part needs tuning, held-out or all".to_string()),
                }
            }
            "--corpus" => match arguments.next() {
                Some(folder) => options.corpus = PathBuf::from(folder),
                None => return Err("--corpus needs a folder".to_string()),
            },
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(options)
}

fn main() -> ExitCode {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    if arguments.iter().any(|argument| argument == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let options = match options(&arguments) {
        Ok(options) => options,
        Err(problem) => {
            eprintln!("draft-accuracy: {problem}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let only_one = options.parts.len() == 1;
    let mut scores = Vec::new();
    for (index, part) in options.parts.iter().enumerate() {
        let releases = match load_part(&options.corpus, *part) {
            Ok(Some(releases)) => releases,
            Ok(None) if !only_one => {
                let folder = options.corpus.join(part.name());
                println!(
                    "Draft accuracy, {} part: no releases yet ({} does not exist)",
                    part.name(),
                    folder.display()
                );
                continue;
            }
            Ok(None) => {
                let folder = options.corpus.join(part.name());
                eprintln!("draft-accuracy: {}: no such folder", folder.display());
                return ExitCode::from(2);
            }
            Err(error) => {
                eprintln!("draft-accuracy: {error}");
                return ExitCode::from(2);
            }
        };
        let score = score_part(*part, &releases);
        if !options.floors {
            if index > 0 {
                println!();
            }
            print!("{}", score.table());
            if options.verbose {
                println!();
                print!("{}", score.details());
            }
        }
        scores.push(score);
    }
    if options.floors {
        println!("{}", measured_floors(&scores));
    }
    ExitCode::SUCCESS
}
