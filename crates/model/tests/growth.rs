//! Work grows linearly (or n log n) with the input: each large-input shape
//! is read and checked at N and 2N, and the model's count of its steps
//! (values read, string bytes scanned, nodes checked, comparisons; feature
//! `count-work`) plus the words the word splitter gave must grow at most
//! ×2.5 per doubling. Counted, not timed: the same on every machine.
#![cfg(not(target_arch = "wasm32"))]

use std::cell::Cell;

use conference_summary_model::work::take_steps;
use conference_summary_model::{
    parse_summary_noting_ignored_with, words_of, ValidationError, DEFAULT_SUMMARY_JSON,
    MAX_PROBLEMS,
};

/// The most a doubling of the input may multiply the work by.
const MAX_GROWTH: f64 = 2.5;

thread_local! {
    static WORDS: Cell<u64> = const { Cell::new(0) };
}

/// The native word splitter, counting the words it gives.
fn counted_words(text: &str) -> Vec<String> {
    let words = words_of(text);
    WORDS.with(|count| count.set(count.get() + words.len() as u64));
    words
}

type Verdict = Result<Vec<ValidationError>, Vec<ValidationError>>;

/// The work of reading and checking `text`, and the verdict: the ignored
/// fields, or the errors.
fn work_of(text: &str) -> (u64, Verdict) {
    take_steps();
    WORDS.with(|count| count.set(0));
    let verdict =
        parse_summary_noting_ignored_with(text, counted_words).map(|(_, ignored)| ignored);
    (take_steps() + WORDS.with(Cell::get), verdict)
}

/// Checks that `shape` at `n` and `2n` costs at most [`MAX_GROWTH`] times
/// more, and that `verdict` holds of both.
fn assert_linear(
    name: &str,
    n: usize,
    shape: impl Fn(usize) -> String,
    verdict: impl Fn(&Verdict),
) {
    let (small, large) = (shape(n), shape(2 * n));
    let (small_work, small_verdict) = work_of(&small);
    let (large_work, large_verdict) = work_of(&large);
    verdict(&small_verdict);
    verdict(&large_verdict);
    let growth = large_work as f64 / small_work as f64;
    eprintln!("{name}: {small_work} steps at n = {n}, {large_work} at 2n: ×{growth:.2}");
    assert!(
        growth <= MAX_GROWTH,
        "{name}: {small_work} steps at n = {n}, {large_work} at 2n: ×{growth:.2}"
    );
}

/// The built-in summary with `members` added at its top level.
fn with_members(members: &str) -> String {
    let body = DEFAULT_SUMMARY_JSON
        .trim_start()
        .strip_prefix('{')
        .unwrap_or_default();
    format!("{{{members}{body}")
}

fn unknown_keys(count: usize) -> String {
    (0..count)
        .map(|index| format!("\"extra{index}\": 0,"))
        .collect()
}

fn capped_at_max(errors: &[ValidationError]) -> bool {
    errors.len() == MAX_PROBLEMS + 1 && errors[MAX_PROBLEMS].message.starts_with("… and ")
}

#[test]
fn unknown_keys_of_a_newer_minor_version_are_linear() {
    assert_linear(
        "unknown keys, format 1.99",
        20_000,
        |n| with_members(&format!("\"format\": \"1.99\", {}", unknown_keys(n))),
        |verdict| match verdict {
            Ok(ignored) => assert!(capped_at_max(ignored), "{:?}", ignored.last()),
            Err(errors) => panic!("{errors:?}"),
        },
    );
}

#[test]
fn unknown_keys_of_format_1_0_are_linear() {
    assert_linear(
        "unknown keys, format 1.0",
        20_000,
        |n| with_members(&unknown_keys(n)),
        |verdict| match verdict {
            Err(errors) => assert!(capped_at_max(errors), "{:?}", errors.last()),
            Ok(_) => panic!("unknown keys are errors in format 1.0"),
        },
    );
}

#[test]
fn repeated_keys_are_found_in_n_log_n() {
    assert_linear(
        "one key repeated",
        20_000,
        |n| with_members(&"\"extra\": 0,".repeat(n)),
        |verdict| match verdict {
            Err(errors) => assert!(capped_at_max(errors), "{:?}", errors.last()),
            Ok(_) => panic!("a repeated key is an error"),
        },
    );
}

#[test]
fn deep_nesting_stops_at_the_limit() {
    assert_linear(
        "nested lists",
        10_000,
        |n| with_members(&format!("\"aims\": {}{}, ", "[".repeat(n), "]".repeat(n))),
        |verdict| match verdict {
            Err(errors) => assert!(errors[0].message.starts_with("nested deeper than 32")),
            Ok(_) => panic!("too deep"),
        },
    );
}

#[test]
fn long_lists_are_linear() {
    assert_linear(
        "a list of tens of thousands of items",
        12_000,
        |n| {
            let item = "{\"text\":\"Vienna\",\"source\":1},";
            let items = item.repeat(n);
            with_members(&format!("\"aims\": [{}], ", items.trim_end_matches(',')))
        },
        |verdict| match verdict {
            Err(errors) => assert!(
                errors.iter().any(|error| error
                    .to_string()
                    .starts_with("aims: expected at most 500 items")),
                "{errors:?}"
            ),
            Ok(_) => panic!("too many items"),
        },
    );
}

#[test]
fn long_strings_are_linear() {
    assert_linear(
        "a long headline",
        200_000,
        |n| with_members(&format!("\"headline\": \"{}\", ", "x".repeat(n))),
        |verdict| match verdict {
            Err(errors) => assert!(errors[0]
                .message
                .starts_with("expected at most 20000 characters")),
            Ok(_) => panic!("too long"),
        },
    );
}

/// A summary whose last paragraph holds `n` different words, and whose
/// participants are `items` texts of the same words, or of words not in it.
fn many_words(n: usize, items: usize, missing: bool) -> String {
    let words: Vec<String> = (0..n).map(|index| format!("w{index}")).collect();
    let paragraph = words.join(" ");
    let text = if missing {
        words
            .iter()
            .map(|word| format!("{word}x"))
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        words.iter().rev().cloned().collect::<Vec<_>>().join(" ")
    };
    let body = DEFAULT_SUMMARY_JSON.replacen(
        "\"paragraphs\": [",
        &format!("\"paragraphs\": [\"{paragraph}\", "),
        1,
    );
    let participants: Vec<String> = (0..items)
        .map(|_| format!("{{ \"text\": \"{text}\", \"source\": 1 }}"))
        .collect();
    // The built-in summary's items cite paragraphs from 1: with one more
    // before them they mostly fail, which is more work, not less.
    body.replacen(
        "\"participants\": [",
        &format!("\"participants\": [{}, ", participants.join(", ")),
        1,
    )
}

#[test]
fn word_checks_grow_n_log_n_with_the_words() {
    assert_linear(
        "items of the paragraph's words",
        1_000,
        |n| many_words(n, 20, false),
        |verdict| assert!(verdict.is_err()),
    );
    assert_linear(
        "items of words missing from the paragraph",
        1_000,
        |n| many_words(n, 20, true),
        |verdict| assert!(verdict.is_err()),
    );
}

#[test]
fn word_checks_grow_linearly_with_the_items() {
    assert_linear(
        "more items of the paragraph's words",
        100,
        |n| many_words(500, n, false),
        |verdict| assert!(verdict.is_err()),
    );
}
