//! Where a finder's result stands: which paragraph, and which bytes of it.
//! The finders walk the paragraphs as a list while the summary numbers them
//! from 1; [`Paragraph`] is the one place that tells the two apart.

/// A paragraph of the release.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Paragraph {
    /// Its place in the list of paragraphs.
    index: usize,
}

impl Paragraph {
    /// The paragraph that opens the release, after its title.
    pub const FIRST: Paragraph = Paragraph { index: 0 };

    /// Each entry of a per-paragraph list with its paragraph, in order.
    pub fn numbered<T>(items: &[T]) -> impl Iterator<Item = (Paragraph, &T)> {
        items
            .iter()
            .enumerate()
            .map(|(index, item)| (Paragraph { index }, item))
    }

    /// The paragraph's number as the summary's `source` fields and the
    /// findings give it: 1 for the first.
    pub fn number(self) -> usize {
        self.index + 1
    }

    /// This paragraph's entry in a per-paragraph list.
    pub fn of<T>(self, items: &[T]) -> Option<&T> {
        items.get(self.index)
    }
}

/// A byte range of one paragraph's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct TextRange {
    pub start: usize,
    /// Exclusive.
    pub end: usize,
}

impl TextRange {
    pub fn new(start: usize, end: usize) -> TextRange {
        TextRange { start, end }
    }

    /// The bytes of `text` in this range.
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    pub fn is_empty(self) -> bool {
        self.start >= self.end
    }

    /// Whether `at` lies in this range.
    pub fn contains(self, at: usize) -> bool {
        self.start <= at && at < self.end
    }

    /// Whether the two ranges share a byte.
    pub fn overlaps(self, other: TextRange) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn in_paragraph(self, paragraph: Paragraph) -> Span {
        Span {
            paragraph,
            start: self.start,
            end: self.end,
        }
    }
}

/// A byte range of a given paragraph: where a found item stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Span {
    pub paragraph: Paragraph,
    pub start: usize,
    /// Exclusive.
    pub end: usize,
}

/// The texts of `ranges` in `text`, for tests to compare.
#[cfg(test)]
pub(crate) fn texts<'a>(text: &'a str, ranges: &[TextRange]) -> Vec<&'a str> {
    ranges.iter().map(|range| range.of(text)).collect()
}
