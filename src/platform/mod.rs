//! The one place the browser build and the native build part ways: two
//! functions, chosen here for the target. In the browser, the browser's own
//! `Intl` does what would otherwise bring Unicode tables and locale data
//! into the wasm (`browser`); natively (the tests, the `prerender` command,
//! a server), Rust's own do it (`native`). JSON text is read by the model's
//! own reader on both, so that a text gets one verdict everywhere.
//! Everything built on these is the same on both.

use crate::model::IsoDate;

#[cfg_attr(target_arch = "wasm32", path = "browser/mod.rs")]
#[cfg_attr(not(target_arch = "wasm32"), path = "native.rs")]
mod target;

pub use target::words_of;

/// `start` to `end` as the platform writes them in `lang`, for a language
/// the model has no table for; `None` when it cannot.
pub(crate) fn format_dates(start: IsoDate, end: IsoDate, lang: &str) -> Option<String> {
    target::format_dates(start, end, lang)
}
