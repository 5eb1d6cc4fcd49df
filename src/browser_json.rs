//! Summary JSON in the browser: `JSON.parse` reads the text, which keeps a
//! JSON parser out of the wasm, and the browser's `Intl.Segmenter` splits
//! words (`crate::intl`), which keeps Rust's Unicode tables out. The model
//! checks the rest, as natively.

use wasm_bindgen::{JsCast, JsValue};

use crate::intl::words_of;
use crate::model::{document_too_large, Json, Summary, ValidationError};

/// Why summary JSON did not become a [`Json`] tree.
pub(crate) enum JsonProblem {
    /// Over the size limit.
    TooLarge(ValidationError),
    /// Not JSON: the message of `JSON.parse`'s error.
    Syntax(String),
    /// JSON nested deeper than any summary, or a value JSON has not.
    Shape(String),
}

impl JsonProblem {
    /// The problem as the validator reports it, with its path.
    pub(crate) fn into_error(self) -> ValidationError {
        match self {
            JsonProblem::TooLarge(error) => error,
            JsonProblem::Syntax(detail) => ValidationError::not_json(&detail),
            JsonProblem::Shape(message) => ValidationError::of_document(message),
        }
    }
}

/// The tree of JSON text, its size checked first.
pub(crate) fn read_json(json: &str) -> Result<Json, JsonProblem> {
    if let Some(error) = document_too_large(json.len()) {
        return Err(JsonProblem::TooLarge(error));
    }
    let value = js_sys::JSON::parse(json).map_err(|error| {
        JsonProblem::Syntax(
            error
                .dyn_ref::<js_sys::Error>()
                .map(|error| String::from(error.message()))
                .unwrap_or_default(),
        )
    })?;
    json_from_js(&value, 0).map_err(JsonProblem::Shape)
}

/// Parses and validates summary JSON in the browser: size, JSON, shape and
/// meaning, every problem with its path, as the `validate` command reports
/// them. Natively the same function reads the text with serde_json.
///
/// ```no_run
/// # fn main() {
/// let json = r#"{ "format": "1.0", "lang": "en" }"#;
/// match conference_summary::parse_summary(json) {
///     Ok(summary) => println!("{}", summary.headline),
///     Err(errors) => errors.iter().for_each(|error| eprintln!("{error}")),
/// }
/// # }
/// ```
pub fn parse_summary(json: &str) -> Result<Summary, Vec<ValidationError>> {
    let document = read_json(json).map_err(|problem| vec![problem.into_error()])?;
    Summary::from_json_with(&document, words_of)
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
