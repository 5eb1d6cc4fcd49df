//! conference-summary's commands and generators, not published: the
//! `draft`, `draft-accuracy`, `validate`, `prerender` and `element-api` commands (`src/bin`),
//! and what they write from the crates' descriptions.
//!
//! - [`draft_accuracy`]: the draft's precision and recall on the corpus of
//!   fictional releases, per part and field.
//! - [`element_api`]: the element's API in the forms others read: the
//!   loader's constants, the Custom Elements Manifest, TypeScript
//!   declarations and the README's tables.
//! - [`schema`]: the JSON Schema of the summary format.

#![warn(missing_docs)]

pub mod draft_accuracy;
pub mod element_api;
pub mod schema;
