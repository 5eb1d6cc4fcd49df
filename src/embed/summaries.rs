//! Summary JSON, parsed and checked once per page: fifty widgets showing the
//! built-in summary, or the same `src`, share one [`Summary`].

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};

use super::console_warn;
use crate::model::{document_too_large, ignored_fields, Json, Summary, DEFAULT_SUMMARY_JSON};
use crate::view::{Failure, FailureReason};

/// A parsed summary, or why the text is not one.
pub(crate) type Parsed = Result<Rc<Summary>, Failure>;

/// How many distinct texts the page keeps parsed: a page shows a handful
/// of summaries at most, and a text held here is held twice.
const KEPT: usize = 4;

thread_local! {
    /// The texts parsed last, newest at the end, with what they gave.
    static PARSED: RefCell<Vec<(Rc<str>, Parsed)>> = const { RefCell::new(Vec::new()) };
}

/// Parses and validates summary JSON, or returns what the page already
/// made of the same text.
pub(crate) fn parse_summary(json: &str) -> Parsed {
    let known = PARSED.with(|parsed| {
        parsed
            .borrow()
            .iter()
            .find(|(text, _)| **text == *json)
            .map(|(_, result)| result.clone())
    });
    if let Some(result) = known {
        return result;
    }
    let result = parse_afresh(json);
    PARSED.with(|parsed| {
        let mut parsed = parsed.borrow_mut();
        if parsed.len() == KEPT {
            let _oldest = parsed.remove(0);
        }
        parsed.push((Rc::from(json), result.clone()));
    });
    result
}

/// The built-in summary, parsed once per page, and without the check of
/// its shape and words that the project's tests make
/// (`Summary::from_checked_json`).
pub(crate) fn built_in() -> Parsed {
    thread_local! {
        static BUILT_IN: Parsed = read_json(DEFAULT_SUMMARY_JSON)
            .map(|document| Rc::new(Summary::from_checked_json(&document)));
    }
    BUILT_IN.with(Clone::clone)
}

/// The model checks size, shape and meaning, each problem with its path.
fn parse_afresh(json: &str) -> Parsed {
    let document = read_json(json)?;
    let summary = Summary::from_json_with(&document, words_of);
    if summary.is_ok() {
        // A newer minor version of the format may add fields: shown without
        // them, with a warning the first time the page reads the text.
        for field in ignored_fields(&document) {
            console_warn(&field.to_string());
        }
    }
    summary.map(Rc::new).map_err(|errors| Failure {
        reason: FailureReason::InvalidSummary,
        details: errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .into(),
    })
}

/// The tree of JSON text, size checked: `JSON.parse` does the parsing,
/// which keeps a JSON parser out of the wasm.
fn read_json(json: &str) -> Result<Json, Failure> {
    let failure = |reason, details: Vec<String>| Failure {
        reason,
        details: details.into(),
    };
    if let Some(error) = document_too_large(json.len()) {
        return Err(failure(FailureReason::TooLarge, vec![error.to_string()]));
    }
    let value = js_sys::JSON::parse(json).map_err(|error| {
        let detail = error
            .dyn_ref::<js_sys::Error>()
            .map(|error| String::from(error.message()))
            .unwrap_or_default();
        failure(
            FailureReason::InvalidJson,
            vec![format!("not valid JSON: {detail}")],
        )
    })?;
    json_from_js(&value, 0).map_err(|error| {
        failure(
            FailureReason::InvalidSummary,
            vec![format!("summary: {error}")],
        )
    })
}

/// [`crate::model::words_of`] done by JavaScript: the same Unicode classes
/// (Alphabetic, Numeric) and lower-casing, without Rust's tables in the wasm.
fn words_of(text: &str) -> Vec<String> {
    thread_local! {
        static WORD: js_sys::RegExp = js_sys::RegExp::new("[\\p{Alphabetic}\\p{N}]+", "gu");
    }
    let found = WORD.with(|word| js_sys::JsString::from(text).match_(word));
    found
        .map(|words| {
            words
                .unchecked_into::<js_sys::Array>()
                .iter()
                .map(|word| {
                    word.unchecked_into::<js_sys::JsString>()
                        .to_lower_case()
                        .into()
                })
                .collect()
        })
        .unwrap_or_default()
}

/// How deep a document may nest: far beyond any summary, and shallow enough
/// that reading it cannot exhaust the stack.
const MAX_DEPTH: usize = 32;

/// The tree of a value from `JSON.parse`, read without serde (see
/// `model::from_json` for why). `JSON.parse` has already kept the last of any
/// repeated keys.
fn json_from_js(value: &JsValue, depth: usize) -> Result<Json, String> {
    if depth > MAX_DEPTH {
        return Err(format!("nested deeper than {MAX_DEPTH} levels"));
    }
    // Most values of a summary are strings, then objects and arrays: asked
    // in that order, a value costs the fewest calls into JavaScript.
    if let Some(text) = value.as_string() {
        Ok(Json::String(text))
    } else if let Some(array) = value.dyn_ref::<js_sys::Array>() {
        array
            .iter()
            .map(|item| json_from_js(&item, depth + 1))
            .collect::<Result<_, _>>()
            .map(Json::Array)
    } else if let Some(object) = value.dyn_ref::<js_sys::Object>() {
        js_sys::Object::entries(object)
            .iter()
            .map(|entry| {
                let entry: js_sys::Array = entry.unchecked_into();
                let key = entry.get(0).as_string().unwrap_or_default();
                json_from_js(&entry.get(1), depth + 1).map(|value| (key, value))
            })
            .collect::<Result<_, _>>()
            .map(Json::Object)
    } else if let Some(number) = value.as_f64() {
        Ok(Json::Number(number))
    } else if let Some(flag) = value.as_bool() {
        Ok(Json::Bool(flag))
    } else if value.is_null() || value.is_undefined() {
        Ok(Json::Null)
    } else {
        Err("not a JSON value".to_string())
    }
}
