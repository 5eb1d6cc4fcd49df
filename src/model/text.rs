//! Word-level helpers shared by validation and the view.

/// Lower-cases a word for comparison. Natively `str::to_lowercase`; the
/// browser passes JavaScript's `toLowerCase`, which spares the wasm Rust's
/// Unicode case tables.
pub type CaseFold = fn(&str) -> String;

/// The words of `text`, lower-cased: runs of letters and digits. Punctuation,
/// hyphens and apostrophes separate words, so "co-operation" is two words.
pub fn words_of(text: &str) -> impl Iterator<Item = String> + '_ {
    folded_words(text, str::to_lowercase)
}

fn folded_words(text: &str, fold: CaseFold) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(fold)
}

/// The words of `text` that `paragraph` does not contain, in order.
pub(crate) fn words_missing_from(text: &str, paragraph: &str, fold: CaseFold) -> Vec<String> {
    let known: Vec<String> = folded_words(paragraph, fold).collect();
    let mut missing: Vec<String> = Vec::new();
    for word in folded_words(text, fold) {
        if !known.contains(&word) && !missing.contains(&word) {
            missing.push(word);
        }
    }
    missing
}

/// Whether `paragraph` contains `passage` letter for letter, runs of white
/// space counting as one space.
pub(crate) fn contains_verbatim(paragraph: &str, passage: &str) -> bool {
    let passage = collapse_whitespace(passage);
    !passage.is_empty() && collapse_whitespace(paragraph).contains(&passage)
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits `text` after its first `count` words: the opening a closed quote
/// shows ("Child pornography has become a global crisis, and is…") and the
/// rest, so that `opening + rest == text`. A comma, colon, semicolon, full
/// stop or dash after the last word kept moves to the rest; an apostrophe
/// ("States'") stays. The rest is empty when the text has `count` words or fewer.
pub fn opening_words(text: &str, count: usize) -> (&str, &str) {
    let mut words = 0;
    let mut in_word = false;
    for (index, character) in text.char_indices() {
        if character.is_whitespace() {
            if in_word {
                words += 1;
                if words == count {
                    let opening =
                        text[..index].trim_end_matches([',', ';', ':', '.', '-', '–', '—']);
                    return (opening, &text[opening.len()..]);
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    (text, "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_on_punctuation_and_ignore_case() {
        let words: Vec<String> = words_of("Co-operation, the OSCE's aim!").collect();
        assert_eq!(words, ["co", "operation", "the", "osce", "s", "aim"]);
    }

    #[test]
    fn missing_words_are_listed_once_in_order() {
        let missing = words_missing_from(
            "Spain, Portugal and portugal, Italy",
            "Spain and France",
            str::to_lowercase,
        );
        assert_eq!(missing, ["portugal", "italy"]);
    }

    #[test]
    fn verbatim_ignores_line_breaks_but_not_letters() {
        assert!(contains_verbatim(
            "He said: a  global\ncrisis.",
            "a global crisis"
        ));
        assert!(!contains_verbatim(
            "He said: a global crisis.",
            "a global Crisis"
        ));
        assert!(!contains_verbatim("anything", "  "));
    }

    #[test]
    fn opening_words_cut_at_a_word_and_keep_every_character() {
        assert_eq!(
            opening_words("One, two, three, four.", 2),
            ("One, two", ", three, four.")
        );
        assert_eq!(opening_words("One two.", 5), ("One two.", ""));
        assert_eq!(opening_words("One two", 2), ("One two", ""));
        assert_eq!(
            opening_words("the participating States' commitments", 3),
            ("the participating States'", " commitments")
        );
        assert_eq!(opening_words("a  b\nc d", 3), ("a  b\nc", " d"));
    }
}
