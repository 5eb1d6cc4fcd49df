//! The element ids of a rendered summary: `{prefix}-{name}`. The element and
//! the component render into a shadow root of their own, which keeps ids
//! apart from the page's and from other widgets', so both use one prefix.

/// The prefix of every element id inside a widget's shadow root.
pub(crate) const SHADOW_PREFIX: &str = "cs";

/// The id of the element `name` among those with `prefix`.
pub(crate) fn element_id(prefix: &str, name: &str) -> String {
    format!("{prefix}-{name}")
}

/// The id of the element that shows the quote with id `quote`.
pub(crate) fn quote(prefix: &str, quote: &str) -> String {
    format!("{prefix}-quote-{quote}")
}
