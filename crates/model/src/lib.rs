//! The summary of a conference as data: its format, parsing rules and
//! validation; and the `<conference-summary>` element's interface as data
//! ([`element_api`]).
//!
//! Nothing here touches the browser, so all of it is tested natively with
//! plain `cargo test`. JSON text is read by the crate's own reader
//! ([`parse_json`]) everywhere, so that the validator and the widget give a
//! text the same verdict. The feature `native` (on by default) adds what a
//! program off the browser needs: Unicode's word boundaries ([`words_of`])
//! and the functions that use them ([`parse_summary`], [`validate`]). The
//! widget's wasm leaves it off and passes the browser's words
//! ([`validate_with`], [`parse_summary_noting_ignored_with`]).

#![warn(missing_docs)]

mod date;
mod deep_link;
mod direction;
pub mod element_api;
#[cfg(feature = "native")]
mod file;
mod format;
mod from_json;
mod json;
mod json_read;
mod numbers;
mod parse;
mod problems;
mod record;
mod section;
mod shape;
mod sorted;
mod summary;
mod text;
mod theme;
mod validate;
#[cfg(feature = "count-work")]
pub mod work;
#[cfg(not(feature = "count-work"))]
mod work;

pub use date::ENGLISH_MONTHS;
pub use date::{format_date_range, format_date_range_with, IsoDate, LocaleDates};
pub use deep_link::{is_valid_deep_link_key, DeepLink, DEFAULT_DEEP_LINK_KEY};
pub use direction::text_direction;
#[cfg(feature = "native")]
pub use file::read_document;
pub use format::{format_version, read_format, FormatVersion, FORMAT_MAJOR, FORMAT_MINOR};
pub use json::Json;
pub use json_read::{parse_json, JsonError, MAX_DEPTH};
pub use parse::parse_summary_noting_ignored_with;
pub use parse::{document_text, document_too_large, parse_document};
#[cfg(feature = "native")]
pub use parse::{parse_summary, parse_summary_noting_ignored};
pub use problems::{problem_count, MAX_PROBLEMS};
pub use record::FormatValue;
pub use section::Section;
pub use shape::{check_shape, ignored_fields, MAX_CHARS, MAX_DOCUMENT_BYTES, MAX_ITEMS};
pub use shape::{Field, Record, Shape};
pub use summary::{
    Dateline, Day, EventDate, EventDates, Quote, QuoteKind, Source, Speaker, Summary, Text,
};
#[cfg(feature = "native")]
pub use text::words_of;
pub use text::{
    opening_words, push_segment_words, quoted, words_of_segments, Words, IN_WORD_PUNCTUATION,
    UNSPACED,
};
pub use theme::Theme;
#[cfg(feature = "native")]
pub use validate::validate;
pub use validate::{is_safe_link, validate_with, ValidationError};

/// The summary shipped inside the widget: the OSCE conference in Vienna,
/// 20–21 September 2007. Parsed at start-up; `tests/model.rs` checks it
/// against the press release it was written from.
pub const DEFAULT_SUMMARY_JSON: &str = include_str!("../../../assets/summary.json");
