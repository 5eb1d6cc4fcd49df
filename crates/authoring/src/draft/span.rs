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

    /// This paragraph's entry in a per-paragraph list, to change.
    pub fn of_mut<T>(self, items: &mut [T]) -> Option<&mut T> {
        items.get_mut(self.index)
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

/// Byte ranges of one paragraph, sorted by start, that answer "which of
/// them overlaps this range" by binary search: finders ask it once per
/// sentence, and a paragraph may hold as many ranges as sentences.
#[derive(Clone, Debug, Default)]
pub(crate) struct Ranges {
    ranges: Vec<TextRange>,
    /// The largest end among `ranges[..=i]`: ends need not be sorted when
    /// ranges nest, and this is what keeps the search exact then too.
    max_end: Vec<usize>,
}

impl Ranges {
    pub fn new(mut ranges: Vec<TextRange>) -> Ranges {
        ranges.sort_unstable();
        let max_end = ranges
            .iter()
            .scan(0, |max, range| {
                *max = range.end.max(*max);
                Some(*max)
            })
            .collect();
        Ranges { ranges, max_end }
    }

    /// The ranges, in order.
    pub fn as_slice(&self) -> &[TextRange] {
        &self.ranges
    }

    /// Of the ranges that overlap `range`, the one that starts first.
    pub fn first_overlapping(&self, range: TextRange) -> Option<TextRange> {
        super::work::charge(1);
        // The first range whose end passes `range.start`: every range before
        // it ends at or before that start.
        let first = self.max_end.partition_point(|&end| end <= range.start);
        self.ranges
            .get(first)
            .filter(|found| found.overlaps(range))
            .copied()
    }

    /// Whether a range overlaps `range`.
    pub fn overlaps(&self, range: TextRange) -> bool {
        self.first_overlapping(range).is_some()
    }

    /// Whether a range holds byte `at`.
    pub fn contains(&self, at: usize) -> bool {
        self.overlaps(TextRange::new(at, at + 1))
    }
}

/// The texts of `ranges` in `text`, for tests to compare.
#[cfg(test)]
pub(crate) fn texts<'a>(text: &'a str, ranges: &[TextRange]) -> Vec<&'a str> {
    ranges.iter().map(|range| range.of(text)).collect()
}
