//! Where a focus phrase ends: at a clause, a time, a venue, the event's
//! place or the sentence's end.

use conference_summary_model::IsoDate;

use super::paragraphs::{find_all, starts_with_ci, trim_end_marks};
use super::span::TextRange;
use super::when::times;
use super::work::charge;

/// The longest focus read, in bytes.
const MOST_FOCUS_BYTES: usize = 400;

/// Words that end the focus where they start.
const ENDS: [&str; 63] = [
    " runs ",
    " ran ",
    " will run ",
    " is scheduled",
    " opened",
    " opens",
    " began",
    " begins",
    " started",
    " starts",
    " kicked off",
    " got under way",
    " took place",
    " takes place",
    " is taking place",
    " will take place",
    " was held",
    " is held",
    " is being held",
    " will be held",
    " will open",
    " held in",
    " held at",
    " held on",
    " organised by",
    " organized by",
    " co-organised by",
    " co-organized by",
    " hosted by",
    " convened by",
    " in co-operation with",
    " in cooperation with",
    " in partnership with",
    " with the support of",
    " funded by",
    " financed by",
    " sponsored by",
    " concluded",
    " concludes",
    " closed",
    " closes",
    " ended",
    " ends ",
    " wrapped up",
    " wraps up",
    " will close",
    " will end",
    " continued",
    " continues",
    " resumed",
    " completed",
    " brought together",
    " brings together",
    " was attended",
    " is attended",
    " gathered",
    " at a ",
    " at an ",
    " at the invitation",
    " starting ",
    // "…, destined to 40 agents", "…, intended for judges": who it is
    // for, as houses translating French or Spanish write it.
    ", destined to ",
    ", destined for ",
    ", intended for ",
];

/// Verbs after "that" or "which" that tell of the event, not its topic:
/// "a conference on school meals that ended today".
const RELATIVE_VERBS: [&str; 20] = [
    "opened",
    "opens",
    "began",
    "begins",
    "started",
    "starts",
    "ended",
    "ends",
    "closed",
    "closes",
    "concluded",
    "concludes",
    "took place",
    "takes place",
    "was held",
    "is held",
    "will",
    "brought",
    "brings",
    "gathered",
];

/// Words that, after ", ", open a new clause rather than continue a list.
const CLAUSE_LEADS: [&str; 62] = [
    "held",
    "hosted",
    "organised",
    "organized",
    "co-organised",
    "co-organized",
    "convened",
    "which",
    "that",
    "who",
    "whose",
    "where",
    "when",
    "bringing",
    "gathering",
    "attended",
    "funded",
    "financed",
    "sponsored",
    "supported",
    "with",
    "in",
    "from",
    "at",
    "as",
    "under",
    "opened",
    "began",
    "taking",
    "running",
    "jointly",
    "today",
    "said",
    "the",
    "a",
    "an",
    "to",
    "for",
    "on",
    "by",
    "while",
    "together",
    "was",
    "is",
    "will",
    "has",
    "had",
    "were",
    "are",
    "opening",
    "starting",
    "giving",
    "marking",
    "following",
    "ahead",
    "more",
    "including",
    "coinciding",
    "run",
    "led",
    "chaired",
    "moderated",
];

/// "… in schools which the Sámi People’s Assembly held …": a relative
/// clause whose subject, a capitalised body, held the event.
fn names_who_held_it(clause: &str) -> bool {
    let clause = clause.strip_prefix("the ").unwrap_or(clause);
    clause.starts_with(char::is_uppercase)
        && clause
            .split(' ')
            .take(MOST_HOLDER_WORDS + 1)
            .any(|word| HELD_IT.contains(&word))
}

/// The most words of the body in [`names_who_held_it`].
const MOST_HOLDER_WORDS: usize = 8;

/// Verbs of a body that held the event, in a relative clause.
const HELD_IT: [&str; 6] = [
    "held",
    "hosted",
    "organised",
    "organized",
    "convened",
    "hosts",
];

/// Words that count people ("for thirty judges").
const COUNT_WORDS: [&str; 14] = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty",
    "forty", "fifty", "some",
];

/// The focus's words from `from`: up to the first word that opens another
/// clause, a time, the event's place or the sentence's end. `None` when
/// they open with a time ("a meeting on Monday") or a set phrase.
pub(crate) fn focus_words(
    text: &str,
    from: usize,
    core: usize,
    place: &str,
    dateline: IsoDate,
) -> Option<TextRange> {
    // A focus is a phrase: reading past a few hundred bytes would make a
    // long sentence with many candidates cost its square.
    let core = text.floor_char_boundary(core.min(from + MOST_FOCUS_BYTES));
    let rest = &text[from..core];
    charge(rest.len());
    if [
        "behalf ",
        "the sidelines",
        "the occasion",
        "the margins",
        "the eve ",
    ]
    .iter()
    .any(|lead| starts_with_ci(rest, lead))
    {
        return None;
    }
    let mut to = core;
    for end in ENDS {
        if let Some(at) = find_all(rest, end).first() {
            to = to.min(from + at);
        }
    }
    // "… at UN Headquarters", "… at the Peace Palace": a venue.
    for at in find_all(rest, " at ") {
        let next = &rest[at + 4..];
        let next = next.strip_prefix("the ").unwrap_or(next);
        if next.starts_with(char::is_uppercase) {
            to = to.min(from + at);
            break;
        }
    }
    for relative in [" that ", " which "] {
        for at in find_all(rest, relative) {
            let next = &rest[at + relative.len()..];
            if RELATIVE_VERBS.iter().any(|verb| starts_with_ci(next, verb))
                || names_who_held_it(next)
            {
                to = to.min(from + at);
            }
        }
    }
    for at in find_all(rest, ", ") {
        let next = &rest[at + 2..];
        let word_end = next
            .find(|c: char| !(c.is_alphabetic() || c == '-'))
            .unwrap_or(next.len());
        if CLAUSE_LEADS.contains(&next[..word_end].to_ascii_lowercase().as_str()) {
            to = to.min(from + at);
            break;
        }
    }
    // "… for 45 prison officers": who the event is for, counted.
    for at in find_all(rest, " for ") {
        let next = rest[at + 5..].split(' ').next().unwrap_or("");
        let counted = next.starts_with(|c: char| c.is_ascii_digit())
            || COUNT_WORDS.contains(&next.to_ascii_lowercase().as_str());
        if counted {
            to = to.min(from + at);
            break;
        }
    }
    if !place.is_empty() {
        if let Some(at) = find_all(rest, &format!(" in {}", place.to_lowercase())).first() {
            to = to.min(from + at);
        }
    }
    if let Some(first) = times(text, TextRange::new(from, to), dateline).first() {
        if first.text.start == from {
            return None;
        }
        to = first.text.start;
    }
    // A time cut off leaves its preposition: "… on", "… from".
    let mut range = trim_end_marks(text, from, to, &[',', ';', ':']);
    for dangling in [
        " on", " from", " between", " in", " held", " this", " until", " at",
    ] {
        let words = range.of(text);
        if words.len() > dangling.len() && words.to_ascii_lowercase().ends_with(dangling) {
            range = trim_end_marks(text, range.start, range.end - dangling.len(), &[',', ';']);
        }
    }
    (range.of(text).split_whitespace().count() >= 1 && !range.is_empty()).then_some(range)
}
