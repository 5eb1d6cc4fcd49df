//! A [`Summary`] from a [`Json`] tree: its shape checked first, then the
//! summary read by the reader generated from the format's declaration, then
//! its meaning validated.

use super::json::Json;
use super::problems::MAX_PROBLEMS;
use super::record::FormatValue;
use super::shape::shape_findings;
use super::summary::Summary;
use super::text::Words;
use super::validate::{validate_up_to, ValidationError};

impl Summary {
    /// A valid summary from a parsed document, or every problem with it:
    /// first its shape, then its meaning.
    #[cfg(feature = "native")]
    pub fn from_json(document: &Json) -> Result<Summary, Vec<ValidationError>> {
        Summary::from_json_with(document, super::words_of)
    }

    /// A summary from a document whose shape and meaning the project's own
    /// tests have checked (the built-in one, `crates/model/tests/model.rs`): neither is
    /// checked again in every reader's browser.
    pub fn from_checked_json(document: &Json) -> Summary {
        Summary::read(Some(document))
    }

    /// [`Summary::from_json`], splitting texts into lower-cased words with `words`.
    /// At most [`MAX_PROBLEMS`](crate::MAX_PROBLEMS) problems are listed,
    /// then how many more there are.
    pub fn from_json_with(document: &Json, words: Words) -> Result<Summary, Vec<ValidationError>> {
        Summary::from_json_noting_ignored_with(document, words).map(|(summary, _)| summary)
    }

    /// [`Summary::from_json_with`], also returning the fields ignored because
    /// the document is written in a newer minor version of the format
    /// ([`ignored_fields`](crate::ignored_fields)), from the same walk of the
    /// document.
    pub fn from_json_noting_ignored_with(
        document: &Json,
        words: Words,
    ) -> Result<(Summary, Vec<ValidationError>), Vec<ValidationError>> {
        let (errors, ignored) = shape_findings(document);
        if !errors.is_empty() {
            return Err(errors);
        }
        let summary = Summary::read(Some(document));
        let errors = validate_up_to(&summary, words, MAX_PROBLEMS);
        if errors.is_empty() {
            Ok((summary, ignored))
        } else {
            Err(errors)
        }
    }

    /// The summary as the format writes it, fields in the declaration's order.
    pub fn to_json(&self) -> Json {
        self.write().unwrap_or(Json::Null)
    }
}
