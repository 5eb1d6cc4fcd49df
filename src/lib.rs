//! conference-summary: an embeddable, accessible summary of a conference,
//! built from a press release and quoting it verbatim.
//!
//! Two ways to use it:
//!
//! - **In a yew app**: the [`ConferenceSummary`] component, with the built-in
//!   summary or any other of the same format, parsed by [`parse_summary`].
//!   It renders into a shadow root of its own, styled by the crate's
//!   stylesheet, which the app's CSS cannot break; the app themes it through
//!   the same custom properties and parts as the custom element.
//! - **On any web page**: the `<conference-summary>` custom element, which the
//!   `embed` feature builds (see the README).
//!
//! ```no_run
//! use conference_summary::{ConferenceSummary, SummarySource, Theme};
//! use yew::prelude::*;
//!
//! #[component]
//! fn App() -> Html {
//!     html! {
//!         <ConferenceSummary
//!             summary={SummarySource::BuiltIn}
//!             lang="fr"
//!             theme={Theme::Dark}
//!             on_section_change={Callback::from(|section| log(section))}
//!         />
//!     }
//! }
//! # fn log(_: conference_summary::model::Section) {}
//! ```
//!
//! Features: `embed` (the custom element and the loader's exports, for the
//! widget build), `ssr` (yew's server-side rendering; `prerender`, the
//! prerendered snippet), `hydration` (yew's). None is on by default.
//!
//! Modules:
//!
//! - [`model`]: the summary format, its parsing rules and validation, and the
//!   element's interface as data (the `conference-summary-model` crate); no browser.
//! - [`view`]: the parts the component is made of, for those who compose their own.
//! - [`i18n`]: every interface string, per language.
//! - `embed` (WebAssembly, feature `embed`): the `<conference-summary>` element's
//!   shadow root, attributes, events and deep links; `assets/embed.js` defines
//!   the element.
//! - `prerender` (native, feature `ssr`): the embed snippet with the widget's
//!   markup already in a declarative shadow root.
//!
//! The authoring kit (the draft, the embed code) is the
//! `conference-summary-authoring` crate; the commands are `conference-summary-tools`.

#![warn(missing_docs)]

// The widget build's global allocator; natively, only its arithmetic, for its tests.
#[cfg(any(all(target_arch = "wasm32", feature = "embed"), test))]
mod allocator;
mod component;
mod host;
pub mod i18n;
mod platform;
pub mod view;

pub use conference_summary_model as model;

pub use component::{ConferenceSummary, ConferenceSummaryProps, SummarySource};
pub use host::parse_summary;
pub use model::Theme;
/// The words of a text as the widget compares them ([`model::Words`]): in
/// the browser cut by `Intl.Segmenter`, natively by Rust's Unicode tables.
pub use platform::words_of;

/// Checks a summary already in hand ([`model::validate_with`]), with words
/// split as the widget splits them ([`words_of`]).
pub fn validate(summary: &model::Summary) -> Vec<model::ValidationError> {
    model::validate_with(summary, words_of)
}

#[cfg(all(target_arch = "wasm32", feature = "embed"))]
pub mod embed;
#[cfg(all(not(target_arch = "wasm32"), feature = "ssr"))]
pub mod prerender;
