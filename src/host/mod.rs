//! What the custom element (`embed`) and the component
//! ([`ConferenceSummary`](crate::ConferenceSummary)) both do as hosts of a
//! summary, written once:
//!
//! - `summaries`: summary JSON parsed and checked once per page, the
//!   built-in summary among it, and a text that is not a summary turned
//!   into what the reader and the console are told;
//! - `shadow`: the shadow root each renders into, and its stylesheet;
//! - `ids`: the element ids inside that shadow root;
//! - the console messages, named after the element.
//!
//! What both do with the reader's state lives with its types: the quotes a
//! change opened or closed ([`WidgetState::toggled_quotes`]), and the section
//! shown in place of one without a tab ([`Section::shown_among`]), which the
//! view follows too.
//!
//! [`WidgetState::toggled_quotes`]: crate::view::WidgetState::toggled_quotes
//! [`Section::shown_among`]: crate::model::Section::shown_among

pub(crate) mod ids;
pub(crate) mod shadow;
pub(crate) mod summaries;

pub use summaries::parse_summary;

/// Logs a warning about the widget's input, prefixed with the tag name.
pub(crate) fn console_warn(message: &str) {
    web_sys::console::warn_1(&format!("conference-summary: {message}").into());
}

/// Logs an error about the widget's input, prefixed with the tag name.
pub(crate) fn console_error(message: &str) {
    web_sys::console::error_1(&format!("conference-summary: {message}").into());
}
