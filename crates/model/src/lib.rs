//! The summary of a conference as data: its format, parsing rules and
//! validation; and the `<conference-summary>` element's interface as data
//! ([`element_api`]).
//!
//! Nothing here touches the browser, so all of it is tested natively with
//! plain `cargo test`. The feature `native` (on by default) adds what a
//! program off the browser needs: reading JSON text ([`parse_summary`]) and
//! Unicode's word boundaries ([`words_of`]). The widget's wasm leaves it off
//! and passes the browser's own ([`validate_with`], [`Summary::from_json_with`]).

#![warn(missing_docs)]

mod date;
mod deep_link;
mod direction;
pub mod element_api;
mod format;
mod from_json;
mod json;
mod parse;
mod record;
mod section;
mod shape;
mod summary;
mod text;
mod theme;
mod validate;

pub use date::ENGLISH_MONTHS;
pub use date::{format_date_range, format_date_range_with, IsoDate, LocaleDates};
pub use deep_link::{is_valid_deep_link_key, DeepLink, DEFAULT_DEEP_LINK_KEY};
pub use direction::text_direction;
pub use format::{format_version, read_format, FormatVersion, FORMAT_MAJOR, FORMAT_MINOR};
pub use json::Json;
pub use parse::document_too_large;
#[cfg(feature = "native")]
pub use parse::{parse_summary, parse_summary_noting_ignored};
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
