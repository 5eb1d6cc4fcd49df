//! conference-summary: an embeddable, accessible summary of a conference.
//!
//! - [`model`]: the summary as data, its parsing rules and validation; no browser.
//! - [`view`]: the yew components that render a summary.
//! - [`i18n`]: every interface string, per language.
//! - [`element_api`]: the element's public API as data: attributes, events,
//!   parts; the manifest, types and docs are generated from it.
//! - `embed` (WebAssembly only): the `<conference-summary>` element's shadow root,
//!   attributes, events and deep links; `assets/embed.js` defines the element.
//! - `allocator` (WebAssembly only): a small global allocator instead of dlmalloc.
//! - `prerender` (native only): the embed snippet with the widget's markup
//!   already in a declarative shadow root.

// The wasm build's global allocator; natively, only its arithmetic, for its tests.
#[cfg(any(target_arch = "wasm32", test))]
mod allocator;
pub mod element_api;
pub mod i18n;
pub mod model;
pub mod view;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
