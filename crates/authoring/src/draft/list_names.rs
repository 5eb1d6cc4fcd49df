//! Names whose own words are a list ("the Union's Asylum, Migration and
//! Integration Fund"): one item of a list, not three.

use super::paragraphs::find_all;
use super::span::TextRange;

/// Last words of names whose own words are a list: "the Union's Asylum,
/// Migration and Integration Fund", "the Water, Sanitation and Hygiene
/// Programme".
const LISTED_NAME_TAILS: [&str; 11] = [
    "Fund",
    "Programme",
    "Program",
    "Facility",
    "Trust",
    "Foundation",
    "Agency",
    "Initiative",
    "Mechanism",
    "Instrument",
    "Partnership",
];

/// Names in `start..end` of `text` made of single capitalised words joined
/// by ", " and " and " and closed by one of [`LISTED_NAME_TAILS`]: from the
/// word before the first comma to the tail.
pub(crate) fn comma_names(text: &str, start: usize, end: usize) -> Vec<TextRange> {
    let slice = &text[start..end];
    let mut out = Vec::new();
    let is_word = |word: &str| {
        word.starts_with(char::is_uppercase) && word.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    for and in find_all(slice, " and ") {
        // After the "and": capitalised words, the last one a tail.
        let after = &slice[and + 5..];
        let mut tail_end = None;
        let mut offset = 0;
        for word in after.split(' ').take(3) {
            let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
            if !is_word(bare) {
                break;
            }
            offset += bare.len();
            if LISTED_NAME_TAILS.contains(&bare) {
                tail_end = Some(offset);
                break;
            }
            if bare.len() != word.len() {
                break;
            }
            offset += 1;
        }
        let Some(tail_end) = tail_end else { continue };
        // Before it: ", Word" pieces, each a single capitalised word, and the
        // word before the first comma.
        let mut name_start = and;
        let mut pieces = 0;
        loop {
            let before = &slice[..name_start];
            let Some(space) = before.rfind(' ') else {
                break;
            };
            let word = &before[space + 1..];
            let word = word.strip_suffix(',').unwrap_or(word);
            if !is_word(word) {
                break;
            }
            let word_start = space + 1;
            pieces += 1;
            name_start = word_start;
            // The piece before needs its comma, or this word opened the name.
            if !slice[..word_start].ends_with(", ") {
                break;
            }
            name_start = word_start - 2;
            // Step over the comma onto the word before it.
            let before = &slice[..name_start];
            let from = before.rfind(' ').map_or(0, |space| space + 1);
            if !is_word(&before[from..]) {
                name_start = word_start;
                break;
            }
        }
        if pieces >= 2 {
            out.push(TextRange::new(
                start + name_start,
                start + and + 5 + tail_end,
            ));
        }
    }
    out
}
