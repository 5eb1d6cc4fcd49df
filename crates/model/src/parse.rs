//! From a document to a valid summary: size, then shape, then types, then
//! meaning. Each step reports every problem it finds, with its path.

use super::shape::MAX_DOCUMENT_BYTES;
use super::validate::ValidationError;
#[cfg(feature = "native")]
use super::{json::Json, summary::Summary};

/// The error for a document of `bytes` bytes, if that is over the limit.
pub fn document_too_large(bytes: usize) -> Option<ValidationError> {
    (bytes > MAX_DOCUMENT_BYTES).then(|| {
        ValidationError::of_document(format!(
            "expected at most {MAX_DOCUMENT_BYTES} bytes (1 MiB), found {bytes}"
        ))
    })
}

/// Parses and validates summary JSON text natively (the validator, the
/// prerender command, a server): size, JSON, shape and meaning, every problem
/// with its path, as the `validate` command prints them. In the browser the
/// crate's [`parse_summary`](crate::parse_summary) reads the text with
/// `JSON.parse` instead.
///
/// ```
/// use conference_summary_model::{parse_summary, DEFAULT_SUMMARY_JSON};
///
/// let summary = parse_summary(DEFAULT_SUMMARY_JSON).expect("the built-in summary is valid");
/// assert_eq!(summary.dateline.place, "Vienna");
///
/// let errors = parse_summary(r#"{ "lang": 7 }"#).unwrap_err();
/// assert!(errors.iter().any(|error| error.to_string().starts_with("lang:")));
/// ```
#[cfg(feature = "native")]
pub fn parse_summary(text: &str) -> Result<Summary, Vec<ValidationError>> {
    parse_summary_noting_ignored(text).map(|(summary, _)| summary)
}

/// [`parse_summary`], also returning the fields ignored because the document
/// is written in a newer minor version of the format
/// ([`ignored_fields`](super::ignored_fields)).
#[cfg(feature = "native")]
pub fn parse_summary_noting_ignored(
    text: &str,
) -> Result<(Summary, Vec<ValidationError>), Vec<ValidationError>> {
    if let Some(error) = document_too_large(text.len()) {
        return Err(vec![error]);
    }
    let document: Json = serde_json::from_str(text)
        .map_err(|error| vec![ValidationError::not_json(&error.to_string())])?;
    let summary = Summary::from_json(&document)?;
    Ok((summary, super::ignored_fields(&document)))
}
