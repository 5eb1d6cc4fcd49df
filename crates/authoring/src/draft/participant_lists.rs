//! Participants listed beside the sentence's verb: "…, including A, B and
//! C", "are joined (this year) by A", "a training for 28 registrars and …".

use super::focus::EVENT_NOUNS;
use super::lists::split_list;
use super::paragraphs::{find_all, starts_with_ci};
use super::participants::{list_end, QUANTIFIERS};
use super::span::TextRange;

/// Words that make a count a length of time: "for three days".
const TIME_UNITS: [&str; 12] = [
    "day", "days", "hour", "hours", "week", "weeks", "month", "months", "year", "years", "minutes",
    "evenings",
];

/// The lists of the sentence `start..core` of `text` that follow its verb
/// of taking part (`verb`, an offset in the sentence) or the event's
/// "for"; `subject` says whether the sentence may name participants at all.
pub(crate) fn listed_beside(
    text: &str,
    start: usize,
    core: usize,
    verb: Option<usize>,
    subject: bool,
) -> Vec<TextRange> {
    let sentence = &text[start..core];
    let mut out = Vec::new();
    // "…, including A, B and C" right after the verb: the same people, listed.
    if let Some(verb) = verb {
        let rest = &sentence[verb + 1..];
        let verb_end = rest.find([',', ' ']).map_or(rest.len(), |at| at);
        if let Some(&at) = find_all(&rest[verb_end..], ", including ").first() {
            let between = &rest[verb_end..verb_end + at];
            if between.split_whitespace().count() <= 2 {
                let from = start + verb + 1 + verb_end + at + ", including ".len();
                out.extend(split_list(text, from, list_end(text, from, core)));
            }
        }
    }
    // "Judges are joined (this year) by observers": a few words may part
    // the verb from its "by".
    for joined in [" are joined ", " were joined ", " will be joined "] {
        if let Some(&at) = find_all(sentence, joined).first() {
            let rest = &sentence[at + joined.len()..];
            let window = &rest[..rest.floor_char_boundary(24)];
            let by = if rest.starts_with("by ") {
                Some(0)
            } else {
                find_all(window, " by ").first().map(|by| by + 1)
            };
            if let Some(by) = by.filter(|&by| !rest[..by].contains(',')) {
                let from = start + at + joined.len() + by + "by ".len();
                out.extend(split_list(text, from, list_end(text, from, core)));
            }
        }
    }
    // "a training for 28 registrars and …": an event for a counted group.
    if subject {
        for at in find_all(sentence, " for ") {
            let before = &sentence[sentence.floor_char_boundary(at.saturating_sub(40))..at];
            let before = before.to_ascii_lowercase();
            let after = &sentence[at + " for ".len()..];
            let counted = after.starts_with(|c: char| c.is_ascii_digit())
                || QUANTIFIERS.iter().any(|lead| starts_with_ci(after, lead));
            // "for three days", "for 2026": a time, not a group.
            let bare = QUANTIFIERS
                .iter()
                .find(|lead| starts_with_ci(after, lead))
                .map_or(after, |lead| &after[lead.len()..]);
            let mut words = bare.split_whitespace();
            let count = words.next().unwrap_or("");
            let counted_word = words
                .next()
                .unwrap_or("")
                .trim_end_matches([',', '.', ';'])
                .to_ascii_lowercase();
            let is_time = TIME_UNITS.contains(&counted_word.as_str())
                || (count.len() == 4 && count.chars().all(|c| c.is_ascii_digit()));
            if counted
                && !is_time
                && EVENT_NOUNS
                    .iter()
                    .any(|noun| !find_all(&before, noun).is_empty())
            {
                let from = start + at + " for ".len();
                out.extend(split_list(text, from, list_end(text, from, core)));
                break;
            }
        }
    }
    out
}
