//! The model's JSON reader: the trees it builds (the same as serde_json's
//! for any JSON), and what it refuses, with what was expected and where.
//! Native only; the browser runs the same code (`tests/bad_summaries.rs`).
#![cfg(not(target_arch = "wasm32"))]

use conference_summary_model::{parse_json, parse_summary, Json, JsonError, MAX_DEPTH};
use proptest::prelude::*;
use serde_json::Value;

/// serde_json's value as the model's tree.
fn tree_of(value: &Value) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Bool(flag) => Json::Bool(*flag),
        Value::Number(number) => Json::Number(number.as_f64().unwrap_or(f64::NAN)),
        Value::String(text) => Json::String(text.clone()),
        Value::Array(items) => Json::Array(items.iter().map(tree_of).collect()),
        Value::Object(members) => Json::Object(
            members
                .iter()
                .map(|(key, value)| (key.clone(), tree_of(value)))
                .collect(),
        ),
    }
}

fn syntax_error(text: &str) -> String {
    match parse_json(text) {
        Err(JsonError::Syntax(message)) => message,
        other => panic!("{text:?}: {other:?}"),
    }
}

#[test]
fn what_was_expected_and_where_is_said_for_each_kind_of_syntax_error() {
    for (text, message) in [
        ("", "expected a value, found the end of the text at line 1 column 1"),
        ("  \n ", "expected a value, found the end of the text at line 2 column 2"),
        ("[1,]", "expected a value, found \"]\" at line 1 column 4"),
        ("{\"a\": 1,}", "expected a key in double quotes, found \"}\" at line 1 column 9"),
        ("{\"a\" 1}", "expected \":\", found \"1\" at line 1 column 6"),
        ("{\"a\": 1 \"b\": 2}", "expected \",\" or \"}\", found \"\\\"\" at line 1 column 9"),
        ("[1 2]", "expected \",\" or \"]\", found \"2\" at line 1 column 4"),
        ("{} {}", "expected the end of the text, found \"{\" at line 1 column 4"),
        ("tru", "expected \"true\", found \"t\" at line 1 column 1"),
        ("nul", "expected \"null\", found \"n\" at line 1 column 1"),
        ("-", "expected a digit, found the end of the text at line 1 column 2"),
        ("01", "expected no digit after a leading 0, found \"1\" at line 1 column 2"),
        ("1.", "expected a digit after \".\", found the end of the text at line 1 column 3"),
        ("1e+", "expected a digit in the exponent, found the end of the text at line 1 column 4"),
        ("\"abc", "expected the closing \" of a string, found the end of the text at line 1 column 5"),
        ("\"a\tb\"", "expected a control character escaped (\\n, \\u0000…), found \"\\t\" at line 1 column 3"),
        ("\"\\x\"", "expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), found \"\\\\\" at line 1 column 2"),
        ("\"\\u12G4\"", "expected four hex digits after \\u, found \"\\\\\" at line 1 column 2"),
        ("\"é\\uD800\"", "expected a low surrogate escape (\\uDC00 to \\uDFFF) after a high one, found \"\\\"\" at line 1 column 9"),
        ("\"\\uD800\\u0041\"", "expected a low surrogate escape (\\uDC00 to \\uDFFF) after a high one, found \"\\\\\" at line 1 column 8"),
        ("\"\\uDC00\"", "expected a high surrogate escape (\\uD800 to \\uDBFF) before a low one, found \"\\\\\" at line 1 column 2"),
        ("\u{feff}\u{feff}{}", "expected a value, found \"\\u{feff}\" at line 1 column 1"),
        ("NaN", "expected a value, found \"N\" at line 1 column 1"),
    ] {
        assert_eq!(syntax_error(text), message, "{text:?}");
    }
}

#[test]
fn columns_count_characters_not_bytes() {
    assert_eq!(
        syntax_error("[\"été\", \"ça\"\n, \"日本\" x]"),
        "expected \",\" or \"]\", found \"x\" at line 2 column 8"
    );
}

#[test]
fn one_byte_order_mark_is_skipped() {
    assert_eq!(parse_json("\u{feff}{}"), Ok(Json::Object(Vec::new())));
    assert_eq!(
        parse_json("\u{feff} [true, null]"),
        Ok(Json::Array(vec![Json::Bool(true), Json::Null]))
    );
}

#[test]
fn surrogate_pairs_make_one_character() {
    assert_eq!(
        parse_json("\"\\uD83D\\uDE00 \\u00e9\\n\\/\""),
        Ok(Json::String("😀 é\n/".to_string()))
    );
}

#[test]
fn nesting_is_refused_one_level_past_the_limit() {
    let nested = |levels: usize| format!("{}{}", "[".repeat(levels), "]".repeat(levels));
    assert!(parse_json(&nested(MAX_DEPTH)).is_ok());
    let error = match parse_json(&nested(MAX_DEPTH + 1)) {
        Err(JsonError::Refused(error)) => error,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        error.to_string(),
        format!("summary: nested deeper than {MAX_DEPTH} levels at line 1 column 33")
    );
    // Objects count as lists do, and a deep document is refused at once,
    // however deep it goes on.
    let objects = format!("{}1{}", "{\"a\":".repeat(100_000), "}".repeat(100_000));
    assert!(matches!(parse_json(&objects), Err(JsonError::Refused(_))));
}

#[test]
fn a_key_twice_is_kept_for_the_shape_check_to_name_with_its_path() {
    assert_eq!(
        parse_json("{\"a\": 1, \"a\": 2}"),
        Ok(Json::Object(vec![
            ("a".to_string(), Json::Number(1.0)),
            ("a".to_string(), Json::Number(2.0)),
        ]))
    );
    let text = conference_summary_model::DEFAULT_SUMMARY_JSON.replacen(
        "\"place\": \"Vienna\",",
        "\"place\": \"Vienna\", \"place\": \"Wien\",",
        1,
    );
    let errors: Vec<String> = match parse_summary(&text) {
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
        Ok(_) => panic!("a repeated key is an error"),
    };
    assert_eq!(errors, ["dateline.place: appears twice"]);
}

/// Any JSON value serde_json can write, nested at most a few levels.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        // Integers a double holds exactly; beyond, the reader is within a
        // few units in the last place (`numbers.rs`), serde_json exact.
        (-(1i64 << 53)..(1i64 << 53)).prop_map(Value::from),
        (-1e6f64..1e6).prop_map(|number| Value::from((number * 1000.0).round() / 1000.0)),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..8)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

proptest! {
    /// Integers, short decimals and every string, compact or pretty: the
    /// same tree as serde_json reads.
    #[test]
    fn the_reader_reads_what_serde_json_reads(value in any_json(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&value)
        } else {
            serde_json::to_string(&value)
        }
        .map_err(|error| TestCaseError::fail(error.to_string()))?;
        prop_assert_eq!(parse_json(&text), Ok(tree_of(&value)));
    }

    /// Any text: no panic, and what serde_json refuses is refused (but for
    /// what the reader refuses more: nothing serde_json accepts is lost).
    #[test]
    fn the_reader_refuses_what_serde_json_refuses(text in "[\\[\\]{}\",:0-9a-z\\\\ .eE+-]{0,24}") {
        let ours = parse_json(&text);
        let theirs = serde_json::from_str::<Value>(&text);
        if theirs.is_err() {
            prop_assert!(ours.is_err(), "{:?} read as {:?}", text, ours);
        } else {
            prop_assert!(ours.is_ok(), "{:?}: {:?}", text, ours);
        }
    }

    /// Any text at all, escapes and multi-byte characters included: a tree
    /// or an error, never a panic.
    #[test]
    fn any_text_is_read_or_refused(text in "(\\\\u[0-9a-fA-F]{0,4}|[\"\\[\\]{}:,\\\\ 0-9eE.+\\-tfn]|\\PC){0,40}") {
        let _ = parse_json(&text);
        let _ = parse_json(&format!("\"{text}\""));
    }
}
