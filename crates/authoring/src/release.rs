//! What a release may be before it is drafted: at most
//! [`MAX_RELEASE_BYTES`] of UTF-8 text. The `draft` command and the
//! authoring page both refuse the rest, with the same messages.

use std::fmt;

/// The largest release the draft takes, in bytes of UTF-8: 256 KiB. A long
/// press release is a few thousand words, 20 to 40 KB; this leaves room for
/// any real one while keeping a draft, which grows in step with its input,
/// well under a second.
pub const MAX_RELEASE_BYTES: usize = 256 * 1024;

/// Why a release is refused before it is drafted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReleaseError {
    /// More than [`MAX_RELEASE_BYTES`].
    TooLarge,
    /// Not UTF-8 text: the first byte that is not.
    NotUtf8 {
        /// Its offset from the start, counting from 0.
        offset: usize,
    },
}

impl fmt::Display for ReleaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReleaseError::TooLarge => write!(
                f,
                "the release is too large: over {} KiB ({MAX_RELEASE_BYTES} bytes), the most a release may have; draft it in parts",
                MAX_RELEASE_BYTES / 1024
            ),
            ReleaseError::NotUtf8 { offset } => write!(
                f,
                "the release is not UTF-8 text: the byte at offset {offset} is not valid UTF-8; save it as UTF-8 and try again"
            ),
        }
    }
}

impl std::error::Error for ReleaseError {}

/// `bytes` as a release's text, or why it cannot be one.
pub fn release_text(bytes: &[u8]) -> Result<&str, ReleaseError> {
    if bytes.len() > MAX_RELEASE_BYTES {
        return Err(ReleaseError::TooLarge);
    }
    std::str::from_utf8(bytes).map_err(|error| ReleaseError::NotUtf8 {
        offset: error.valid_up_to(),
    })
}

/// The longest start of `text` within [`MAX_RELEASE_BYTES`] that ends on a
/// character boundary: what the authoring page keeps of a paste too large.
pub fn within_limit(text: &str) -> &str {
    &text[..text.floor_char_boundary(MAX_RELEASE_BYTES)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_release_at_the_limit_passes_and_one_byte_more_is_refused() {
        let at_limit = "a".repeat(MAX_RELEASE_BYTES);
        assert_eq!(release_text(at_limit.as_bytes()), Ok(at_limit.as_str()));
        let over = format!("{at_limit}b");
        let refused = release_text(over.as_bytes());
        assert_eq!(refused, Err(ReleaseError::TooLarge));
    }

    #[test]
    fn text_that_is_not_utf8_is_refused_at_its_first_bad_byte() {
        let refused = release_text(b"Title\n\nCaf\xe9 society");
        assert_eq!(refused, Err(ReleaseError::NotUtf8 { offset: 10 }));
        let message = refused.err().map(|error| error.to_string());
        assert!(message.is_some_and(|text| text.contains("offset 10")));
    }

    #[test]
    fn a_cut_keeps_whole_characters() {
        let text = format!("{}é", "a".repeat(MAX_RELEASE_BYTES - 1));
        assert_eq!(within_limit(&text).len(), MAX_RELEASE_BYTES - 1);
        assert_eq!(within_limit("short"), "short");
    }
}
