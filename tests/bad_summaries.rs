//! The bad-summary corpus (`tests/bad-summaries/`) through the widget's own
//! reading in headless Chromium: the model's JSON reader and the browser's
//! words (`Intl.Segmenter`) must give each file the messages its
//! `.expected` lists, as the `validate` command does natively
//! (`crates/tools/tests/corpus.rs`, which also checks that this list names
//! every file of the corpus).
#![cfg(target_arch = "wasm32")]

use conference_summary::model::{DEFAULT_SUMMARY_JSON, MAX_PROBLEMS};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A corpus file by name: its name, its text and the messages expected.
macro_rules! bad {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("bad-summaries/", $name, ".json")),
            include_str!(concat!("bad-summaries/", $name, ".expected")),
        )
    };
}

const CORPUS: &[(&str, &str, &str)] = &[
    bad!("01-over-one-mebibyte"),
    bad!("02-truncated-json"),
    bad!("03-trailing-comma"),
    bad!("04-root-is-a-list"),
    bad!("05-empty-document"),
    bad!("06-funders-is-a-string"),
    bad!("07-quote-speaker-missing"),
    bad!("08-headline-missing"),
    bad!("09-unknown-top-level-field"),
    bad!("10-unknown-field-in-quote"),
    bad!("11-duplicate-key"),
    bad!("12-quote-kind-unknown"),
    bad!("13-paragraph-number-zero"),
    bad!("14-paragraph-number-fraction"),
    bad!("15-paragraph-number-as-string"),
    bad!("16-list-over-500-items"),
    bad!("17-string-over-20000-characters"),
    bad!("18-dates-start-not-an-object"),
    bad!("19-speaker-id-is-a-number"),
    bad!("20-programme-items-not-a-list"),
    bad!("21-paragraph-is-a-number"),
    bad!("22-chair-is-a-list"),
    bad!("23-lang-is-a-number"),
    bad!("24-focus-is-null"),
    bad!("25-source-missing"),
    bad!("26-duplicate-quote-ids"),
    bad!("27-duplicate-speaker-ids"),
    bad!("28-quote-names-unknown-speaker"),
    bad!("29-quote-not-verbatim"),
    bad!("30-paraphrase-adds-words"),
    bad!("31-funder-not-in-source"),
    bad!("32-paragraph-out-of-range"),
    bad!("33-date-not-iso"),
    bad!("34-date-does-not-exist"),
    bad!("35-end-before-start"),
    bad!("36-programme-day-outside-conference"),
    bad!("37-headline-blank"),
    bad!("38-aim-blank"),
    bad!("39-lang-not-a-language-tag"),
    bad!("40-quote-id-with-capitals"),
    bad!("41-source-url-javascript"),
    bad!("42-source-url-data"),
    bad!("43-no-source-paragraphs"),
    bad!("44-blank-source-paragraph"),
    bad!("45-speaker-role-not-in-source"),
    bad!("46-source-date-invalid"),
    bad!("47-format-of-another-major-version"),
    bad!("48-format-not-a-version"),
    bad!("49-unknown-field-in-a-format-1-0-document"),
    bad!("50-nested-deeper-than-32-levels"),
    bad!("51-lone-high-surrogate"),
    bad!("52-lone-low-surrogate"),
    bad!("53-duplicate-key-nested"),
    bad!("54-sixty-unknown-fields"),
];

#[wasm_bindgen_test]
fn the_browser_finds_what_the_validator_finds_in_the_bad_corpus() {
    let mut failures = Vec::new();
    for (name, json, expected) in CORPUS {
        let expected: Vec<&str> = expected.lines().collect();
        let found: Vec<String> = match conference_summary::parse_summary(json) {
            Ok(_) => vec!["valid".to_string()],
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        };
        if found != expected {
            failures.push(format!(
                "{name}\n  expected: {expected:#?}\n  found: {found:#?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[wasm_bindgen_test]
fn a_byte_order_mark_before_the_json_is_skipped_in_the_browser_too() {
    let marked = format!("\u{feff}{DEFAULT_SUMMARY_JSON}");
    assert!(conference_summary::parse_summary(&marked).is_ok());
}

/// 80,000 unknown keys: 80,000 errors, of which the reader is shown the
/// first ones and a count of the rest.
#[wasm_bindgen_test]
fn a_huge_key_count_gives_a_capped_list() {
    let keys: String = (0..80_000)
        .map(|index| format!("\"k{index}\":0,"))
        .collect();
    let json = format!("{{{keys}{}", &DEFAULT_SUMMARY_JSON.trim_start()[1..]);
    let errors = match conference_summary::parse_summary(&json) {
        Err(errors) => errors,
        Ok(_) => panic!("unknown keys are errors in format 1.0"),
    };
    assert_eq!(errors.len(), MAX_PROBLEMS + 1);
    assert!(errors[0].to_string().starts_with("k0: unknown field"));
    assert_eq!(
        errors[MAX_PROBLEMS].to_string(),
        format!("summary: … and {} more", 80_000 - MAX_PROBLEMS)
    );
}
