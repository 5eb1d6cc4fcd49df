//! The facts a release states in set phrases: focus ("X is the focus of"),
//! aims, participants ("brings together"), organiser ("organized by"),
//! chair ("on behalf of the") and funders ("funded by", "made possible by
//! contributions from" …).

use std::collections::HashSet;

use super::lists::split_list;
use super::paragraphs::{find_all, sentences, starts_with_ci, trim, trim_end_marks};
use super::quotes::Quotes;
use super::span::{Paragraph, Ranges, Span, TextRange};
use super::work::charge;

#[derive(Default)]
pub(crate) struct Facts {
    pub focus: Option<Span>,
    pub aims: Vec<Span>,
    pub participants: Vec<Span>,
    pub organiser: Option<Span>,
    pub chair: Option<Span>,
    pub funders: Vec<Span>,
}

/// Verbs that open an aim ("to share …, present …").
const AIM_VERBS: [&str; 40] = [
    "share",
    "present",
    "discuss",
    "review",
    "exchange",
    "identify",
    "develop",
    "strengthen",
    "promote",
    "improve",
    "examine",
    "explore",
    "agree",
    "adopt",
    "assess",
    "build",
    "consider",
    "co-ordinate",
    "coordinate",
    "learn",
    "raise",
    "provide",
    "support",
    "establish",
    "enhance",
    "help",
    "hear",
    "find",
    "plan",
    "prepare",
    "compare",
    "map",
    "debate",
    "address",
    "discover",
    "foster",
    "encourage",
    "launch",
    "draft",
    "take",
];

const FOCUS: [&str; 4] = [
    " is the focus of ",
    " are the focus of ",
    " is the main focus of ",
    " is the central focus of ",
];
const FOCUSES_ON: [&str; 5] = [
    " focuses on ",
    " will focus on ",
    " is focused on ",
    " is focusing on ",
    " focusses on ",
];
const GATHERS: [&str; 6] = [
    "brings together ",
    "bring together ",
    "brought together ",
    "will bring together ",
    "gathers ",
    "gathered ",
];
const AIM_IS: [&str; 4] = ["aim", "aims", "goal", "objective"];
const AIMS_TO: [&str; 4] = [
    " aims to ",
    " seeks to ",
    " is intended to ",
    " sets out to ",
];
const ORGANISED: [&str; 5] = [
    "organized by ",
    "organised by ",
    "co-organized by ",
    "co-organised by ",
    "hosted by ",
];
const FUNDED: [&str; 15] = [
    "funded by ",
    "co-funded by ",
    "financed by ",
    "sponsored by ",
    "with financial support from ",
    "with the financial support of ",
    "with support from ",
    "with the support of ",
    "made possible by contributions from ",
    "made possible by grants from ",
    "made possible by support from ",
    "made possible by funding from ",
    "made possible by the support of ",
    "made possible by the contributions of ",
    "thanks to contributions from ",
];
const CLAUSE_ENDS: [&str; 14] = [
    ", ",
    " and funded",
    " and co-funded",
    " and financed",
    " and sponsored",
    " and supported",
    " and hosted",
    " and organi",
    " and is ",
    " and was ",
    " and will ",
    " in co-operation with",
    " in cooperation with",
    " with the support",
];

/// Where the earliest of `phrases` stands in `text`, the longest at that place.
fn earliest(text: &str, phrases: &[&str]) -> Option<TextRange> {
    phrases
        .iter()
        .flat_map(|phrase| {
            find_all(text, phrase)
                .into_iter()
                .map(move |at| TextRange::new(at, at + phrase.len()))
        })
        .min_by_key(|phrase| (phrase.start, std::cmp::Reverse(phrase.end)))
}

/// Where the clause starting at `from` ends: at the first of `CLAUSE_ENDS`
/// (only those listed in `ends`) or at `limit`.
fn clause_end(text: &str, from: usize, limit: usize, ends: &[&str]) -> usize {
    earliest(&text[from..limit], ends).map_or(limit, |end| from + end.start)
}

struct Finder<'a> {
    paragraphs: &'a [String],
    quotes: &'a Quotes,
    /// Per paragraph, the paraphrases in it, in order: one a sentence at
    /// most, so no two overlap.
    paraphrases: Vec<Vec<TextRange>>,
    /// Where paragraph 1's own text starts, after its dateline.
    body: usize,
    facts: Facts,
}

/// Finds the set-phrase facts of `paragraphs`, outside quoted words.
pub(crate) fn find(paragraphs: &[String], quotes: &Quotes, body: usize) -> Facts {
    let mut paraphrases = vec![Vec::new(); paragraphs.len()];
    for quote in quotes.quotes.iter().filter(|quote| quote.paraphrase) {
        let span = quote.span;
        if let Some(list) = span.paragraph.of_mut(&mut paraphrases) {
            list.push(TextRange::new(span.start, span.end));
        }
    }
    for list in &mut paraphrases {
        list.sort_unstable();
    }
    let mut finder = Finder {
        paragraphs,
        quotes,
        paraphrases,
        body,
        facts: Facts::default(),
    };
    for (para, _) in Paragraph::numbered(paragraphs) {
        for sentence in finder.sentences(para) {
            finder.sentence(para, sentence);
        }
    }
    finder.facts
}

impl<'a> Finder<'a> {
    /// The sentences of a paragraph that are not someone's own words.
    fn sentences(&self, para: Paragraph) -> Vec<TextRange> {
        let text = self.text(para);
        let none = Ranges::default();
        let covered = para.of(&self.quotes.covered).unwrap_or(&none);
        sentences(text)
            .into_iter()
            .filter_map(|TextRange { start, end }| {
                let start = if para == Paragraph::FIRST {
                    start.max(self.body)
                } else {
                    start
                };
                // The words before a quotation ("NAME, ROLE, added:") still count.
                let end = covered
                    .first_overlapping(TextRange::new(start, end))
                    .map_or(end, |quoted| quoted.start.min(end));
                let sentence = TextRange::new(start, end);
                (!sentence.is_empty()).then_some(sentence)
            })
            .collect()
    }

    fn text(&self, para: Paragraph) -> &'a str {
        para.of(self.paragraphs).map_or("", String::as_str)
    }

    /// The end of a sentence without its stop, or where a paraphrase
    /// in it ends ("…, added Carty.").
    fn core_end(&self, para: Paragraph, sentence: TextRange) -> usize {
        let start = sentence.start;
        let core = start
            + sentence
                .of(self.text(para))
                .trim_end_matches(['.', '!', '?'])
                .len();
        let paraphrases = para.of(&self.paraphrases).map_or(&[][..], Vec::as_slice);
        charge(1);
        let before = paraphrases.partition_point(|paraphrase| paraphrase.start <= start);
        before
            .checked_sub(1)
            .and_then(|last| paraphrases.get(last))
            .filter(|paraphrase| start <= paraphrase.end)
            .map_or(core, |paraphrase| paraphrase.end.min(core))
            .max(start)
    }

    fn sentence(&mut self, para: Paragraph, sentence: TextRange) {
        let text = self.text(para);
        let start = sentence.start;
        let core = self.core_end(para, sentence);
        // Phrases are looked for before the stop and any "…, added Carty".
        let sentence = &text[start..core];
        let facts = &mut self.facts;
        if facts.focus.is_none() {
            if let Some(phrase) = earliest(sentence, &FOCUS) {
                facts.focus = span(text, para, start, start + phrase.start);
            } else if let Some(phrase) = earliest(sentence, &FOCUSES_ON) {
                facts.focus = span(text, para, start + phrase.end, core);
            }
        }
        if let Some(phrase) = earliest(sentence, &GATHERS) {
            let from = start + phrase.end;
            let aims_at = AIM_VERBS
                .iter()
                .flat_map(|verb| find_all(&text[from..core], &format!(" to {verb} ")))
                .min()
                .map(|at| from + at);
            let who_end = aims_at.unwrap_or(core);
            for (index, group) in split_at_phrase(text, from, who_end, " as well as ")
                .into_iter()
                .enumerate()
            {
                let mut group = group;
                for lead in [
                    "representatives from ",
                    "representatives of ",
                    "delegates from ",
                ] {
                    if index > 0 && starts_with_ci(group.of(text), lead) {
                        group.start += lead.len();
                    }
                }
                for participant in split_list(text, group.start, group.end) {
                    facts.participants.push(participant.in_paragraph(para));
                }
            }
            if let Some(aims_at) = aims_at {
                for aim in split_aims(text, aims_at + 4, core) {
                    facts.aims.push(aim.in_paragraph(para));
                }
            }
        }
        let aim_sentence = sentence
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| AIM_IS.contains(&word.to_ascii_lowercase().as_str()));
        if let Some(phrase) = earliest(sentence, &[" is to ", " are to "]).filter(|_| aim_sentence)
        {
            facts
                .aims
                .extend(span(text, para, start + phrase.end, core));
        } else if let Some(phrase) = earliest(sentence, &AIMS_TO) {
            facts
                .aims
                .extend(span(text, para, start + phrase.end, core));
        }
        if facts.organiser.is_none() {
            if let Some(phrase) = earliest(sentence, &ORGANISED) {
                let mut from = start + phrase.end;
                if starts_with_ci(&text[from..core], "the ") {
                    from += 4;
                }
                let to = clause_end(text, from, core, &CLAUSE_ENDS);
                facts.organiser = span(text, para, from, to);
            }
        }
        if facts.funders.is_empty() {
            if let Some(phrase) = earliest(sentence, &FUNDED) {
                let from = start + phrase.end;
                let to = clause_end(text, from, core, &CLAUSE_ENDS[1..]);
                for funder in split_list(text, from, to) {
                    facts.funders.push(funder.in_paragraph(para));
                }
            }
        }
        if facts.chair.is_none() {
            if let Some(phrase) = earliest(sentence, &["on behalf of the "]) {
                let from = start + phrase.end;
                let to = clause_end(text, from, core, &[", ", " and "]);
                if text[from..to].starts_with(char::is_uppercase) {
                    facts.chair = span(text, para, from, to);
                }
            }
        }
    }
}

/// `from..to` trimmed, without a final stop or comma, unless empty.
fn span(text: &str, para: Paragraph, from: usize, to: usize) -> Option<Span> {
    let range = trim_end_marks(text, from, to, &['.', ',', ';', ':']);
    (!range.is_empty()).then_some(range.in_paragraph(para))
}

/// `from..to` cut at every `phrase`.
fn split_at_phrase(text: &str, from: usize, to: usize, phrase: &str) -> Vec<TextRange> {
    let mut out = Vec::new();
    let mut start = from;
    for at in find_all(&text[from..to], phrase) {
        out.push(trim(text, start, from + at));
        start = from + at + phrase.len();
    }
    out.push(trim(text, start, to));
    out.retain(|range| !range.is_empty());
    out
}

/// A list of aims, each opened by a verb: "share A, present B, discuss C
/// and review D". An " and " splits only before a verb.
fn split_aims(text: &str, from: usize, to: usize) -> Vec<TextRange> {
    let mut cuts = vec![from];
    let mut cut_at = HashSet::from([from]);
    let mut ends = Vec::new();
    for separator in [", ", " and ", ", and "] {
        for at in find_all(&text[from..to], separator) {
            let next = from + at + separator.len();
            let word: String = text[next..to]
                .chars()
                .take_while(|c| c.is_alphabetic() || *c == '-')
                .collect();
            charge(word.len());
            if AIM_VERBS.contains(&word.to_ascii_lowercase().as_str()) && cut_at.insert(next) {
                cuts.push(next);
                ends.push(from + at);
            }
        }
    }
    cuts.sort_unstable();
    ends.sort_unstable();
    ends.push(to);
    cuts.iter()
        .zip(ends)
        .map(|(&a, b)| trim_end_marks(text, a, b, &['.', ',', ';']))
        .filter(|aim| !aim.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::span::texts;
    use super::*;

    #[test]
    fn aims_split_before_verbs_only() {
        let text = "share practices, present cases, discuss tools and methods and review the rest";
        assert_eq!(
            texts(text, &split_aims(text, 0, text.len())),
            [
                "share practices",
                "present cases",
                "discuss tools and methods",
                "review the rest"
            ]
        );
    }
}
