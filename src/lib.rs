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
//! widget build), `ssr` (yew's server-side rendering; the `prerender`
//! command), `hydration` (yew's), `authoring` (the `draft` and `embed_code`
//! modules in WebAssembly, for an authoring page; natively they are always
//! there). None is on by default.
//!
//! Modules:
//!
//! - [`model`]: the summary as data, its parsing rules and validation; no browser.
//! - [`draft`]: a draft summary from a press release's plain text, and what is
//!   still missing from it, for authors; no browser, no file system.
//! - [`view`]: the parts the component is made of, for those who compose their own.
//! - [`i18n`]: every interface string, per language.
//! - [`element_api`]: the element's public API as data: attributes, events,
//!   parts; the manifest, types and docs are generated from it.
//! - [`embed_code`]: the HTML a host pastes: script tag, element, JSON-LD.
//! - `embed` (WebAssembly, feature `embed`): the `<conference-summary>` element's
//!   shadow root, attributes, events and deep links; `assets/embed.js` defines
//!   the element.
//! - `prerender` (native, feature `ssr`): the embed snippet with the widget's
//!   markup already in a declarative shadow root.

#![warn(missing_docs)]

// The widget build's global allocator; natively, only its arithmetic, for its tests.
#[cfg(any(all(target_arch = "wasm32", feature = "embed"), test))]
mod allocator;
#[cfg(target_arch = "wasm32")]
mod browser_json;
mod component;
#[cfg(any(not(target_arch = "wasm32"), feature = "authoring"))]
pub mod draft;
pub mod element_api;
#[cfg(any(not(target_arch = "wasm32"), feature = "authoring"))]
pub mod embed_code;
pub mod i18n;
#[cfg(target_arch = "wasm32")]
mod intl;
pub mod model;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub use browser_json::parse_summary;
pub use component::{ConferenceSummary, ConferenceSummaryProps, SummarySource, Theme};
#[cfg(not(target_arch = "wasm32"))]
pub use model::parse_summary;
/// Checks a summary already in hand: [`model::validate`], with words split
/// in the browser as the widget splits them.
pub use model::validate;

#[cfg(all(target_arch = "wasm32", feature = "embed"))]
pub mod embed;
#[cfg(all(not(target_arch = "wasm32"), feature = "ssr"))]
pub mod prerender;
