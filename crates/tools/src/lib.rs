//! conference-summary's commands and generators, not published: the
//! `draft`, `validate`, `prerender` and `element-api` commands (`src/bin`),
//! and what they write from the crates' descriptions.
//!
//! - [`element_api`]: the element's API in the forms others read: the
//!   loader's constants, the Custom Elements Manifest, TypeScript
//!   declarations and the README's tables.
//! - [`schema`]: the JSON Schema of the summary format.

#![warn(missing_docs)]

pub mod element_api;
pub mod schema;
