//! The summary of a conference as data: types, parsing rules and validation.
//!
//! Nothing in this module touches the browser, so all of it is tested natively
//! with plain `cargo test`.

mod date;
mod deep_link;
mod direction;
mod format;
mod from_json;
mod json;
mod parse;
mod section;
mod shape;
mod summary;
mod text;
mod validate;

/// In the browser: [`Words`]' rule with the browser's word segmenter
/// (`Intl.Segmenter`), so that [`validate`] and [`Summary::from_json`] need
/// no Unicode tables in the wasm. The model itself calls no JavaScript.
#[cfg(target_arch = "wasm32")]
pub use crate::intl::words_of;
pub use date::{format_date_range, format_date_range_with, IsoDate, LocaleDates};
pub use deep_link::{is_valid_deep_link_key, DeepLink, DEFAULT_DEEP_LINK_KEY};
pub use direction::text_direction;
pub use format::{format_version, read_format, FormatVersion, FORMAT_MAJOR, FORMAT_MINOR};
pub use json::Json;
pub use parse::document_too_large;
#[cfg(not(target_arch = "wasm32"))]
pub use parse::{parse_summary, parse_summary_noting_ignored};
pub use section::Section;
#[cfg(not(target_arch = "wasm32"))]
pub use shape::json_schema;
pub use shape::{check_shape, ignored_fields, MAX_CHARS, MAX_DOCUMENT_BYTES, MAX_ITEMS};
// The format's description, for writing JSON in its order (the draft).
#[cfg(any(not(target_arch = "wasm32"), feature = "authoring"))]
pub(crate) use shape::{Shape, SUMMARY as SUMMARY_SHAPE};
pub use summary::{
    Dateline, Day, EventDate, EventDates, Quote, QuoteKind, Source, Speaker, Summary, Text,
};
#[cfg(not(target_arch = "wasm32"))]
pub use text::words_of;
pub use text::{
    opening_words, push_segment_words, quoted, words_of_segments, Words, IN_WORD_PUNCTUATION,
    UNSPACED,
};
pub use validate::{is_safe_link, validate, validate_with, ValidationError};

/// The summary shipped inside the widget: the OSCE conference in Vienna,
/// 20–21 September 2007. Parsed at start-up; `tests/model.rs` checks it
/// against the press release it was written from.
pub const DEFAULT_SUMMARY_JSON: &str = include_str!("../../assets/summary.json");
