//! What stands right after a name and says that a word alone is
//! someone's name, or no part of it: an age ("Callum, 16,", "Rosa, a
//! 15-year-old delegate"), a description of a person ("Andrus, a former
//! prisoner who …").

use super::role_words::is_role_word;

/// Whether an age follows a name: "Callum, 16,", "Rosa, a 15-year-old
/// delegate". Releases name young people and survivors by their first name
/// alone, and the age says the word is someone's name.
pub(crate) fn with_age(after: &str) -> bool {
    if age_length(after).is_some() {
        return true;
    }
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let rest = rest
        .strip_prefix("a ")
        .or_else(|| rest.strip_prefix("an "))
        .unwrap_or(rest);
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    // "Valeria, 15 years old and member of …"
    (1..=2).contains(&digits)
        && (rest[digits..].starts_with('-') || rest[digits..].starts_with(" years old"))
}

/// Whether a description of a person follows a first name: "Andrus, a
/// former prisoner who …", "Yuliana, an MPA member from …". Releases name
/// survivors and residents by their first name alone.
pub(crate) fn described_as_someone(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix(", a ")
        .or_else(|| after.strip_prefix(", an "))
    else {
        return false;
    };
    rest.split([' ', ','])
        .take(MOST_DESCRIPTION_WORDS)
        .any(|word| is_role_word(word) || PEOPLE_NOUNS.contains(&word))
}

/// The most words of a description read for its noun ("a former prisoner").
const MOST_DESCRIPTION_WORDS: usize = 4;

/// Nouns of people that are no functions ("a former prisoner").
const PEOPLE_NOUNS: [&str; 6] = [
    "prisoner",
    "refugee",
    "detainee",
    "migrant",
    "fisher",
    "fisherman",
];

/// The length of an age right after a name, which is no role: ", 16" before
/// a comma or the end, or " (16)".
pub(crate) fn age_length(after: &str) -> Option<usize> {
    let digits_at =
        |rest: &str| rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if let Some(rest) = after.strip_prefix(" (") {
        let digits = digits_at(rest);
        return ((1..=2).contains(&digits) && rest[digits..].starts_with(')'))
            .then_some(digits + 3);
    }
    let rest = after.strip_prefix(", ")?;
    let digits = digits_at(rest);
    let ends = rest[digits..].is_empty() || rest[digits..].starts_with([',', '.', ';']);
    ((1..=2).contains(&digits) && ends).then_some(digits + 2)
}
