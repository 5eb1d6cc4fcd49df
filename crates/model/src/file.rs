//! A summary file read off the browser (the `validate` and `prerender`
//! commands): as bytes, no more than the limit, and checked to be UTF-8
//! before anything reads it as text.

use std::io::Read;
use std::path::Path;

use super::parse::{document_text, document_too_large};
use super::shape::MAX_DOCUMENT_BYTES;
use super::validate::ValidationError;

/// The text of the summary file at `path`, or why it is not one a reader
/// could take: it cannot be read, it is over [`MAX_DOCUMENT_BYTES`] (told
/// from its size, without reading it), or it is not UTF-8 (with the byte
/// offset of the first bad byte). The messages are the document's
/// ("summary: …"), as for every other problem with it.
pub fn read_document(path: &Path) -> Result<String, ValidationError> {
    let cannot_read =
        |error: std::io::Error| ValidationError::of_document(format!("cannot read: {error}"));
    let file = std::fs::File::open(path).map_err(cannot_read)?;
    if let Some(error) = file
        .metadata()
        .ok()
        .and_then(|metadata| usize::try_from(metadata.len()).ok())
        .and_then(document_too_large)
    {
        return Err(error);
    }
    // The size can change between the question and the reading (a pipe, a
    // file being written): one byte past the limit is enough to refuse it.
    let mut bytes = Vec::new();
    file.take(MAX_DOCUMENT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot_read)?;
    document_text(&bytes).map(str::to_string)
}
