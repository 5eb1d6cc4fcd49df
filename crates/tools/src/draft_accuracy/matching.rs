//! How the scorer compares a drafted text with an expected one: the
//! corpus's rule (`tests/draft-corpus/README.md`), in one place.

/// `text` as the scorer compares it: lower case, whitespace collapsed to
/// single spaces, a leading "the " and trailing `,.;:` and spaces dropped.
pub fn normalise(text: &str) -> String {
    let collapsed = text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let without_article = collapsed.strip_prefix("the ").unwrap_or(&collapsed);
    without_article
        .trim_end_matches([',', '.', ';', ':', ' '])
        .to_string()
}

/// Whether two texts are the same under [`normalise`].
pub fn same_text(one: &str, other: &str) -> bool {
    normalise(one) == normalise(other)
}

/// The acceptable wordings of one expected text: one string in the expected
/// file, or a list of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alternatives(pub Vec<String>);

impl Alternatives {
    /// Whether `text` is one of the wordings, under [`normalise`].
    pub fn matches(&self, text: &str) -> bool {
        let text = normalise(text);
        self.0
            .iter()
            .any(|alternative| normalise(alternative) == text)
    }

    /// The first wording, to name the expected text in a report.
    pub fn first(&self) -> &str {
        self.0.first().map_or("", String::as_str)
    }
}

/// Pairs each expected entry with the first still unpaired drafted item it
/// matches, one to one, in the expected order: the indices of the pairs
/// (expected, drafted).
pub fn pair_up<E, D>(
    expected: &[E],
    drafted: &[D],
    matches: impl Fn(&E, &D) -> bool,
) -> Vec<(usize, usize)> {
    let mut used = vec![false; drafted.len()];
    let mut pairs = Vec::new();
    for (expected_index, entry) in expected.iter().enumerate() {
        let found = drafted
            .iter()
            .enumerate()
            .find(|(index, item)| !used[*index] && matches(entry, item));
        if let Some((drafted_index, _)) = found {
            used[drafted_index] = true;
            pairs.push((expected_index, drafted_index));
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_whitespace_the_and_trailing_punctuation_do_not_count() {
        assert_eq!(
            normalise("  The  Regional\nInstitute ,. "),
            "regional institute"
        );
        assert!(same_text(
            "the Government of Japan",
            "Government of  Japan;"
        ));
        assert!(!same_text("Government of Japan", "Japan"));
        // Only a leading article goes, and only "the".
        assert_eq!(normalise("Theodor and the rest"), "theodor and the rest");
        assert_eq!(normalise("a judge"), "a judge");
    }

    #[test]
    fn any_alternative_matches() {
        let names = Alternatives(vec!["Amara Diallo".into(), "Dr Amara Diallo".into()]);
        assert!(names.matches("dr amara diallo"));
        assert!(!names.matches("Diallo"));
    }

    #[test]
    fn pairs_are_one_to_one() {
        let expected = ["a", "a", "b"];
        let drafted = ["b", "a"];
        let pairs = pair_up(&expected, &drafted, |e, d| e == d);
        assert_eq!(pairs, vec![(0, 1), (2, 0)]);
    }
}
