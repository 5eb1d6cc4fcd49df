//! From a document to a valid summary: size, then JSON, then shape, then
//! types, then meaning. Each step reports the problems it finds, with their
//! paths, at most [`MAX_PROBLEMS`](crate::MAX_PROBLEMS) of them.

use super::json::Json;
use super::json_read::parse_json;
use super::shape::MAX_DOCUMENT_BYTES;
use super::summary::Summary;
use super::text::Words;
use super::validate::ValidationError;

/// The error for a document of `bytes` bytes, if that is over the limit.
pub fn document_too_large(bytes: usize) -> Option<ValidationError> {
    (bytes > MAX_DOCUMENT_BYTES).then(|| {
        ValidationError::of_document(format!(
            "expected at most {MAX_DOCUMENT_BYTES} bytes (1 MiB), found {bytes}"
        ))
    })
}

/// The text of a summary file read as bytes: refused when it is over
/// [`MAX_DOCUMENT_BYTES`], or not UTF-8 (with the offset of its first bad
/// byte). A reader may stop at `MAX_DOCUMENT_BYTES + 1` bytes: `bytes` then
/// stands for "more than the limit".
pub fn document_text(bytes: &[u8]) -> Result<&str, ValidationError> {
    if let Some(error) = document_too_large(bytes.len()) {
        return Err(error);
    }
    std::str::from_utf8(bytes).map_err(|error| {
        let offset = error.valid_up_to();
        ValidationError::of_document(format!(
            "expected UTF-8 text, found the byte 0x{:02X} at byte offset {offset}",
            bytes[offset]
        ))
    })
}

/// The JSON tree of a document's text, its size checked first.
pub fn parse_document(text: &str) -> Result<Json, ValidationError> {
    if let Some(error) = document_too_large(text.len()) {
        return Err(error);
    }
    parse_json(text).map_err(ValidationError::from)
}

/// Parses and validates summary JSON text natively (the validator, the
/// prerender command, a server): size, JSON, shape and meaning, every problem
/// with its path, as the `validate` command prints them. The widget reads the
/// same way, with the browser's words ([`parse_summary_noting_ignored_with`]).
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
    parse_summary_noting_ignored_with(text, super::words_of)
}

/// [`parse_summary_noting_ignored`], splitting texts into lower-cased words
/// with `words`.
pub fn parse_summary_noting_ignored_with(
    text: &str,
    words: Words,
) -> Result<(Summary, Vec<ValidationError>), Vec<ValidationError>> {
    let document = parse_document(text).map_err(|error| vec![error])?;
    Summary::from_json_noting_ignored_with(&document, words)
}
