//! In the browser: `JSON.parse` reads JSON (`json`), `Intl.Segmenter` splits
//! words and `Intl.DateTimeFormat` writes dates (`intl`).

mod intl;
mod json;

pub(super) use intl::format_dates;
pub use intl::words_of;
pub(super) use json::parse_json;
