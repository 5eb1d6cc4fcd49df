//! The page side of the widget: the `<conference-summary>` element's shadow
//! root, attributes, events and deep links. The element itself is defined in
//! `assets/embed.js`, which creates one [`Widget`] per element.

mod attributes;
mod element;

use std::rc::Rc;

use wasm_bindgen::JsCast;

pub use element::Widget;

use crate::model::{validate, Summary};
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
/// keeps a JSON parser out of the wasm.
pub(crate) fn parse_summary(json: &str) -> Result<Rc<Summary>, Failure> {
    let failure = |reason, details: Vec<String>| Failure {
        reason,
        details: details.into(),
    };
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
    let summary: Summary = serde_wasm_bindgen::from_value(value)
        .map_err(|error| failure(FailureReason::InvalidSummary, vec![error.to_string()]))?;
    let errors = validate(&summary);
    if errors.is_empty() {
        Ok(Rc::new(summary))
    } else {
        Err(failure(
            FailureReason::InvalidSummary,
            errors.iter().map(ToString::to_string).collect(),
        ))
    }
}
