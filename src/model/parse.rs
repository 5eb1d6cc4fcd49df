//! From a document to a valid summary: size, then shape, then types, then
//! meaning. Each step reports every problem it finds, with its path.

use std::fmt::Display;

use super::json::Json;
use super::shape::{check_shape, MAX_DOCUMENT_BYTES};
use super::summary::Summary;
use super::validate::{validate, ValidationError};

/// The error for a document of `bytes` bytes, if that is over the limit.
pub fn document_too_large(bytes: usize) -> Option<ValidationError> {
    (bytes > MAX_DOCUMENT_BYTES).then(|| ValidationError {
        path: "summary".to_string(),
        message: format!("expected at most {MAX_DOCUMENT_BYTES} bytes (1 MiB), found {bytes}"),
    })
}

/// A valid summary from a parsed `document`, or every problem with it.
/// `build` makes the [`Summary`] from the same source once the shape is known
/// to be right (serde from a string natively, from a JS value in the browser).
pub fn summary_from_document<E: Display>(
    document: &Json,
    build: impl FnOnce() -> Result<Summary, E>,
) -> Result<Summary, Vec<ValidationError>> {
    let errors = check_shape(document);
    if !errors.is_empty() {
        return Err(errors);
    }
    let summary = build().map_err(|error| {
        vec![ValidationError {
            path: "summary".to_string(),
            message: error.to_string(),
        }]
    })?;
    let errors = validate(&summary);
    if errors.is_empty() {
        Ok(summary)
    } else {
        Err(errors)
    }
}

/// Parses summary JSON text natively (the validator, the prerender command).
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_summary(text: &str) -> Result<Summary, Vec<ValidationError>> {
    if let Some(error) = document_too_large(text.len()) {
        return Err(vec![error]);
    }
    let document: Json = serde_json::from_str(text).map_err(|error| {
        vec![ValidationError {
            path: "summary".to_string(),
            message: format!("not valid JSON: {error}"),
        }]
    })?;
    summary_from_document(&document, || serde_json::from_str::<Summary>(text))
}
