//! Off the browser: serde_json reads JSON, Rust's Unicode tables split
//! words, and dates are written from the model's tables alone.

use super::JsonError;
use crate::model::{IsoDate, Json};

pub use crate::model::words_of;

pub(super) fn parse_json(json: &str) -> Result<Json, JsonError> {
    serde_json::from_str(json).map_err(|error| JsonError::Syntax(error.to_string()))
}

pub(super) fn format_dates(_start: IsoDate, _end: IsoDate, _lang: &str) -> Option<String> {
    None
}
