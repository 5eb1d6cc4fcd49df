//! The page side of the widget: one [`Widget`] per `<conference-summary>`
//! element, which `assets/embed.js` defines. The loader owns the element's
//! life on the page (when it starts, fetching `src`, panic recovery); this
//! layer owns everything inside it.
//!
//! - `widget`: the class the loader uses: constructor, methods, removal.
//! - `instance`: one widget's state, the reader's among it (the one place it
//!   lives), and how it reacts: actions, renders, what the page is told.
//! - `stylesheet`: styles for the shadow root, and the swap that puts a
//!   render on the page in place of prerendered markup.
//! - `events`: the events the element fires.
//! - `deep_links`: the URL fragment that names a section or a quote.
//! - `summaries`: summary JSON parsed and checked once per page.
//! - `attributes`: the element's attributes, read and checked.
//! - `window_listener`: listeners on the window that go with their owner.

mod attributes;
mod deep_links;
mod events;
mod instance;
mod stylesheet;
mod summaries;
mod widget;
mod window_listener;

pub use widget::{LoadErrorKind, Widget};

/// Logs a warning about the widget's input, prefixed with the tag name.
pub(crate) fn console_warn(message: &str) {
    web_sys::console::warn_1(&format!("conference-summary: {message}").into());
}

/// Logs an error about the widget's input, prefixed with the tag name.
pub(crate) fn console_error(message: &str) {
    web_sys::console::error_1(&format!("conference-summary: {message}").into());
}
