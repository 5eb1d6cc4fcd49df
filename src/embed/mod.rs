//! The page side of the widget: the `<conference-summary>` element's shadow
//! root, attributes, events and deep links. The element itself is defined in
//! `assets/embed.js`, which creates one [`Widget`] per element.

mod attributes;
mod element;

use std::rc::Rc;

use wasm_bindgen::JsCast;

pub use element::Widget;

use crate::model::{document_too_large, summary_from_document, Json, Summary};
use crate::view::{Failure, FailureReason};

/// Logs a warning about the widget's input, prefixed with the tag name.
pub(crate) fn console_warn(message: &str) {
    web_sys::console::warn_1(&format!("conference-summary: {message}").into());
}

/// Logs an error about the widget's input, prefixed with the tag name.
pub(crate) fn console_error(message: &str) {
    web_sys::console::error_1(&format!("conference-summary: {message}").into());
}

/// Parses and validates summary JSON. `JSON.parse` does the parsing, which
/// keeps a JSON parser out of the wasm; the model checks size, shape and
/// meaning, each problem with its path.
pub(crate) fn parse_summary(json: &str) -> Result<Rc<Summary>, Failure> {
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
    let document: Json = serde_wasm_bindgen::from_value(value.clone())
        .map_err(|error| failure(FailureReason::InvalidJson, vec![error.to_string()]))?;
    summary_from_document(&document, || {
        serde_wasm_bindgen::from_value::<Summary>(value)
    })
    .map(Rc::new)
    .map_err(|errors| {
        failure(
            FailureReason::InvalidSummary,
            errors.iter().map(ToString::to_string).collect(),
        )
    })
}
