//! conference-summary's authoring kit: what an author needs beside the
//! widget, with no browser and no file system, so that the same code runs
//! in the `draft` command and, compiled to WebAssembly, in the authoring
//! page (`author.html`).
//!
//! - [`draft`]: a draft summary from a press release's plain text, and what
//!   is still missing from it.
//! - [`embed_code`]: the HTML a host pastes: script tag, element, JSON-LD.
//! - [`release`]: what a release may be: at most [`release::MAX_RELEASE_BYTES`]
//!   of UTF-8.

#![warn(missing_docs)]

pub mod draft;
pub mod embed_code;
pub mod release;
