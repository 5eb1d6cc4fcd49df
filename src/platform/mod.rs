//! The one place the browser build and the native build part ways: three
//! functions, chosen here for the target. In the browser, the browser's own
//! `JSON.parse` and `Intl` do what would otherwise bring a JSON parser,
//! Unicode tables and locale data into the wasm (`browser`); natively (the
//! tests, the `prerender` command, a server), Rust's own do it (`native`).
//! Everything built on these is the same on both.

use crate::model::{IsoDate, Json, ValidationError};

#[cfg_attr(target_arch = "wasm32", path = "browser/mod.rs")]
#[cfg_attr(not(target_arch = "wasm32"), path = "native.rs")]
mod target;

pub use target::words_of;

/// Why a text did not become a [`Json`] tree (its size is checked before).
pub(crate) enum JsonError {
    /// Not JSON: the JSON reader's own account.
    Syntax(String),
    /// JSON the widget does not read: nested too deep, say. Only the
    /// browser's reader tells this apart; serde_json counts it a syntax error.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    Shape(String),
}

impl From<JsonError> for ValidationError {
    fn from(problem: JsonError) -> ValidationError {
        match problem {
            JsonError::Syntax(detail) => ValidationError::not_json(&detail),
            JsonError::Shape(message) => ValidationError::of_document(message),
        }
    }
}

/// The tree of JSON text.
pub(crate) fn parse_json(json: &str) -> Result<Json, JsonError> {
    target::parse_json(json)
}

/// `start` to `end` as the platform writes them in `lang`, for a language
/// the model has no table for; `None` when it cannot.
pub(crate) fn format_dates(start: IsoDate, end: IsoDate, lang: &str) -> Option<String> {
    target::format_dates(start, end, lang)
}
