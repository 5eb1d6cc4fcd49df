//! Who said a passage: the attribution after it (`said NAME, ROLE.`,
//! `he said`, `Carty added`, `according to NAME`) or before its colon
//! (`NAME, ROLE, added:`).

use super::paragraphs::{name_at, scan_name, sentence_at, starts_with_ci, trim, NameScan};
use super::span::TextRange;
use super::work::charge;

const SPEECH_VERBS: [&str; 30] = [
    "said",
    "says",
    "added",
    "adds",
    "stated",
    "states",
    "noted",
    "notes",
    "explained",
    "explains",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "underlined",
    "highlighted",
    "remarked",
    "commented",
    "observed",
    "continued",
    "concluded",
    "declared",
    "warned",
    "warns",
    "urged",
    "recalled",
    "argued",
    "insisted",
    "affirmed",
    "announced",
];

const PRONOUNS: [&str; 3] = ["he", "she", "they"];

#[derive(Clone, Copy)]
pub(crate) enum Attribution {
    Named {
        name: TextRange,
        role: Option<TextRange>,
    },
    Pronoun,
    Unknown,
}

/// An attribution after a passage, and where its words end.
pub(crate) struct Attributed {
    pub attribution: Attribution,
    pub end: usize,
}

/// "According to NAME, …": who, and the clause that reports what they said.
pub(crate) struct Reported {
    pub attribution: Attribution,
    pub clause: TextRange,
}

/// The next word of `text` after white space and commas.
fn word_at(text: &str, from: usize) -> Option<TextRange> {
    let rest = text.get(from..)?;
    let skipped = rest.len()
        - rest
            .trim_start_matches(|c: char| c.is_whitespace() || c == ',')
            .len();
    let start = from + skipped;
    let length = text[start..]
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len() - start);
    charge(skipped + length);
    (length > 0).then_some(TextRange::new(start, start + length))
}

/// Whether `word`, in lower case, is one of `words`. A character lowers to
/// one or more characters and takes at most four bytes, so a word of more
/// than four bytes per letter of the longest of `words` is none of them,
/// and is not lowered: the word may be a whole clause.
fn is_one_of(word: &str, words: &[&str]) -> bool {
    let longest = words.iter().map(|known| known.len()).max().unwrap_or(0);
    if word.len() > 4 * longest {
        return false;
    }
    charge(word.len());
    words.contains(&word.to_lowercase().as_str())
}

fn is_verb(word: &str) -> bool {
    is_one_of(word, &SPEECH_VERBS)
}

fn is_pronoun(word: &str) -> bool {
    is_one_of(word, &PRONOUNS)
}

/// Where the sentence around `from` ends, at most at `limit`.
fn sentence_end(sentences: &[TextRange], from: usize, limit: usize) -> usize {
    sentence_at(sentences, from).map_or(limit, |sentence| sentence.end.min(limit))
}

/// A role in `from..to`: without a leading "the" and the final stop.
fn role_in(text: &str, from: usize, to: usize) -> Option<TextRange> {
    let mut start = trim(text, from, to).start;
    if starts_with_ci(&text[start..to], "the ") {
        start += 4;
    }
    let kept = text[start..to].trim_end_matches(|c: char| c.is_whitespace() || ",.;:".contains(c));
    (!kept.is_empty()).then_some(TextRange::new(start, start + kept.len()))
}

/// The attribution that follows a passage at `from` ("said NAME, ROLE.",
/// "he said", "Carty added", "according to NAME"), running at most to
/// `limit`, and where it ends. `sentences` are those of `text`.
pub(crate) fn attribution_after(
    text: &str,
    sentences: &[TextRange],
    from: usize,
    limit: usize,
) -> Attributed {
    let attributed = |attribution, end| Attributed { attribution, end };
    let unknown = attributed(Attribution::Unknown, from);
    let Some(TextRange { start, end }) = word_at(text, from).filter(|word| word.end <= limit)
    else {
        return unknown;
    };
    let first = &text[start..end];
    let named_from = |at: usize| -> Option<Attributed> {
        let rest = text.get(at..limit)?;
        let skipped = rest.len() - rest.trim_start().len();
        let name_start = at + skipped;
        let name_end = name_start + name_at(&text[name_start..limit])?;
        if text[name_end..limit].starts_with(',') {
            let role_end = sentence_end(sentences, name_end, limit);
            if let Some(role) = role_in(text, name_end + 1, role_end) {
                let name = TextRange::new(name_start, name_end);
                let role = Some(role);
                return Some(attributed(Attribution::Named { name, role }, role_end));
            }
        }
        let name = TextRange::new(name_start, name_end);
        Some(attributed(
            Attribution::Named { name, role: None },
            name_end,
        ))
    };
    if is_verb(first) {
        if let Some(pronoun) = word_at(text, end) {
            if is_pronoun(pronoun.of(text)) && pronoun.end <= limit {
                return attributed(Attribution::Pronoun, pronoun.end);
            }
        }
        return named_from(end).unwrap_or(unknown);
    }
    if is_pronoun(first) {
        return match word_at(text, end) {
            Some(verb) if verb.end <= limit && is_verb(verb.of(text)) => {
                attributed(Attribution::Pronoun, verb.end)
            }
            _ => unknown,
        };
    }
    if first.eq_ignore_ascii_case("according") && text[end..].starts_with(" to ") {
        return named_from(end + 4).unwrap_or(unknown);
    }
    if let Some(length) = name_at(&text[start..limit]) {
        if let Some(verb) = word_at(text, start + length) {
            if verb.end <= limit && is_verb(verb.of(text)) && verb.start == start + length + 1 {
                let name = TextRange::new(start, start + length);
                return attributed(Attribution::Named { name, role: None }, verb.end);
            }
        }
    }
    unknown
}

/// The name that opens a clause, for the clauses of one sentence that all
/// start where it does: each colon in it asks again, and only the first few
/// words decide.
#[derive(Default)]
pub(crate) struct OpeningName {
    known: Option<(usize, NameScan)>,
}

impl OpeningName {
    /// [`name_at`] of `text[start..end]`.
    fn of(&mut self, text: &str, start: usize, end: usize) -> Option<usize> {
        let scan = match self.known {
            Some((known_start, scan)) if known_start == start => scan,
            _ => {
                let scan = scan_name(&text[start..]);
                self.known = Some((start, scan));
                scan
            }
        };
        if end - start > scan.read {
            scan.length
        } else {
            name_at(&text[start..end])
        }
    }
}

/// `NAME, ROLE, added` or `She said`: the clause before a colon.
pub(crate) fn attribution_before(
    text: &str,
    start: usize,
    colon: usize,
    opening: &mut OpeningName,
) -> Option<Attribution> {
    let clause = text[start..colon].trim_end();
    let verb_at = clause.rfind(' ')? + 1;
    charge(clause.len() - verb_at);
    if !is_verb(&clause[verb_at..]) {
        return None;
    }
    let subject = clause[..verb_at].trim_end().trim_end_matches(',');
    let TextRange {
        start: subject_start,
        end: subject_end,
    } = trim(text, start, start + subject.len());
    let subject = &text[subject_start..subject_end];
    if is_pronoun(subject) {
        return Some(Attribution::Pronoun);
    }
    // "… heard from Jane Doe, who said:": the name just before "who".
    if let Some(before) = subject.strip_suffix(" who") {
        let before = before.trim_end_matches(',');
        let name = trailing_name(text, subject_start, subject_start + before.len())?;
        return Some(Attribution::Named { name, role: None });
    }
    let name_end = subject_start + opening.of(text, subject_start, subject_end)?;
    let name = TextRange::new(subject_start, name_end);
    if name_end == subject_end {
        return Some(Attribution::Named { name, role: None });
    }
    if !text[name_end..subject_end].starts_with(',') {
        return None;
    }
    let role = role_in(text, name_end + 1, subject_end);
    Some(Attribution::Named { name, role })
}

/// The name that ends `start..end` of `text`, as long as it goes.
fn trailing_name(text: &str, start: usize, end: usize) -> Option<TextRange> {
    // A name is at most six words one space apart: it starts after one of
    // the last six spaces, or at `start` when there are fewer.
    const MOST_SPACES: usize = 6;
    let mut starts: Vec<usize> = text[start..end]
        .rmatch_indices(' ')
        .take(MOST_SPACES)
        .map(|(at, _)| start + at + 1)
        .collect();
    let scanned = starts.last().map_or(end - start, |&first| end - first);
    charge(scanned);
    if starts.len() < MOST_SPACES {
        starts.push(start);
    }
    starts
        .into_iter()
        .filter(|&from| name_at(&text[from..end]) == Some(end - from))
        .min()
        .map(|from| TextRange::new(from, end))
}

/// "According to NAME, ROLE, CLAUSE." at `start..end`: the attribution and
/// the clause, the source's account of what NAME said. The role runs to the
/// next comma.
pub(crate) fn according_to(text: &str, start: usize, end: usize) -> Option<Reported> {
    if !starts_with_ci(&text[start..end], "according to ") {
        return None;
    }
    let name_start = start + "according to ".len();
    let name_end = name_start + name_at(&text[name_start..end])?;
    let after_name = text[name_end..end].strip_prefix(", ")?;
    charge(after_name.len());
    let clause_from = end - after_name.len();
    let (role, clause_from) = match after_name.find(", ") {
        Some(comma) => (
            role_in(text, clause_from, clause_from + comma),
            clause_from + comma + 2,
        ),
        None => (None, clause_from),
    };
    let clause = trim(text, clause_from, end);
    let name = TextRange::new(name_start, name_end);
    (!clause.is_empty()).then_some(Reported {
        attribution: Attribution::Named { name, role },
        clause,
    })
}
