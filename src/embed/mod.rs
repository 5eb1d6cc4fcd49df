//! The page side of the widget: one [`Widget`] per `<conference-summary>`
//! element, which `assets/embed.js` defines. The loader owns the element's
//! life on the page (when it starts, fetching `src`, panic recovery); this
//! layer owns everything inside it. What it shares with the component (the
//! shadow root, parsing summaries, element ids) is in `crate::host`.
//!
//! - `widget`: the class the loader uses, its constructor and methods.
//! - `instance`: one widget's state, the reader's among it (the one place it
//!   lives), and how it reacts: actions, renders, what the page is told.
//! - `parked`: the apps of removed widgets, for the next ones to take over.
//! - `stylesheet`: styles for the shadow root, and the swap that puts a
//!   render on the page in place of prerendered markup.
//! - `events`: the events the element fires.
//! - `deep_links`: the URL fragment that names a section or a quote.
//! - `attributes`: the element's attributes, read and checked.
//! - `window_listener`: listeners on the window that go with their owner.

mod attributes;
mod deep_links;
mod events;
mod instance;
mod parked;
mod stylesheet;
mod widget;
mod window_listener;

pub use widget::{LoadErrorKind, Widget};
