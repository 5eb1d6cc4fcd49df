//! The facts a release states in set phrases, sentence by sentence: focus
//! ([`super::focus`]), aims, participants ("brings together",
//! [`super::participants`]), organiser and funders ([`super::backers`]) and
//! chair ("on behalf of the").

use std::collections::HashSet;

use conference_summary_model::IsoDate;

use super::backers::{earliest, organiser_in};
use super::dateline::Dateline;
use super::focus::{focus_in, Rank, WEAK};
use super::full_names;
use super::funders::funders_in;
use super::lists::split_list;
use super::organiser_names::names_a_day_or_week;
use super::paragraphs::{find_all, sentences, starts_with_ci, trim, trim_end_marks};
use super::participants::{list_end, participants_in, without_quantity};
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

const GATHERS: [&str; 5] = [
    "brings together ",
    "bring together ",
    "brought together ",
    "will bring together ",
    "bringing together ",
];
const AIM_IS: [&str; 4] = ["aim", "aims", "goal", "objective"];
const AIMS_TO: [&str; 4] = [
    " aims to ",
    " seeks to ",
    " is intended to ",
    " sets out to ",
];

struct Finder<'a> {
    paragraphs: &'a [String],
    /// Per paragraph, the quotations in it: facts are not read out of a
    /// speaker's words.
    spoken: Vec<Ranges>,
    /// Per paragraph, the paraphrases in it, in order: one a sentence at
    /// most, so no two overlap.
    paraphrases: Vec<Vec<TextRange>>,
    /// Where paragraph 1's own text starts, after its dateline.
    body: usize,
    /// The dateline's place and date, which end a focus and date its words.
    place: String,
    date: Option<IsoDate>,
    /// The surest focus so far, and its rank.
    focus: Option<(Rank, Span)>,
    /// Whether the organiser found was named after "organised by" and its kin.
    organiser_by_phrase: bool,
    facts: Facts,
}

/// Per paragraph, the ranges of `quotes` that are quotations.
pub(crate) fn spoken(paragraphs: &[String], quotes: &Quotes) -> Vec<Ranges> {
    let mut spoken = vec![Vec::new(); paragraphs.len()];
    for quote in quotes.quotes.iter().filter(|quote| !quote.paraphrase) {
        if let Some(list) = quote.span.paragraph.of_mut(&mut spoken) {
            list.push(TextRange::new(quote.span.start, quote.span.end));
        }
    }
    spoken.into_iter().map(Ranges::new).collect()
}

/// Finds the set-phrase facts of `paragraphs`, outside quotations.
pub(crate) fn find(paragraphs: &[String], quotes: &Quotes, dateline: Option<&Dateline>) -> Facts {
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
        spoken: spoken(paragraphs, quotes),
        paraphrases,
        body: dateline.map_or(0, |found| found.body),
        place: dateline.map_or(String::new(), |found| found.place_text.clone()),
        date: dateline.map(|found| found.date),
        focus: None,
        organiser_by_phrase: false,
        facts: Facts::default(),
    };
    for (para, _) in Paragraph::numbered(paragraphs) {
        for sentence in finder.sentences(para) {
            finder.sentence(para, sentence);
        }
    }
    let mut facts = finder.facts;
    facts.focus = finder.focus.map(|(_, span)| span);
    once_each(paragraphs, &mut facts.participants);
    once_each(paragraphs, &mut facts.funders);
    facts
}

/// `spans` without those whose words an earlier one has already given.
fn once_each(paragraphs: &[String], spans: &mut Vec<Span>) {
    let mut seen = HashSet::new();
    spans.retain(|span| {
        let words = span
            .paragraph
            .of(paragraphs)
            .and_then(|text| text.get(span.start..span.end))
            .unwrap_or("");
        charge(words.len());
        seen.insert(words.to_lowercase())
    });
}

impl<'a> Finder<'a> {
    /// The sentences of a paragraph, in pieces that are not someone's own
    /// words: the words before a quotation ("NAME, ROLE, added:") and after
    /// it ("…», which is funded by …") still count.
    fn sentences(&self, para: Paragraph) -> Vec<TextRange> {
        let text = self.text(para);
        let none = Ranges::default();
        let spoken = para.of(&self.spoken).unwrap_or(&none);
        let mut out = Vec::new();
        for TextRange { start, end } in sentences(text) {
            let mut start = if para == Paragraph::FIRST {
                start.max(self.body)
            } else {
                start
            };
            while start < end {
                let piece_end = match spoken.first_overlapping(TextRange::new(start, end)) {
                    Some(quoted) => {
                        if quoted.start > start {
                            out.push(TextRange::new(start, quoted.start));
                        }
                        // Past the quotation and its closing mark.
                        let after = quoted.end.min(end);
                        text[after..end]
                            .char_indices()
                            .find(|(_, c)| c.is_alphanumeric())
                            .map_or(end, |(at, _)| after + at)
                    }
                    None => {
                        out.push(TextRange::new(start, end));
                        end
                    }
                };
                start = piece_end.max(start + 1).min(end);
                if !text.is_char_boundary(start) {
                    break;
                }
            }
        }
        out
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
        if start >= core {
            return;
        }
        // Phrases are looked for before the stop and any "…, added Carty".
        let words = &text[start..core];
        // A focus from a later paragraph counts only when it is surer, and
        // a weak one only when nothing else is found.
        let settled = self
            .focus
            .is_some_and(|(rank, span)| span.paragraph < para && rank < WEAK);
        if let (false, Some(date)) = (settled, self.date) {
            if let Some((rank, range)) = focus_in(text, start, core, &self.place, date) {
                let surer = self.focus.is_none_or(|(known, span)| {
                    rank < known && (span.paragraph == para || known >= WEAK)
                });
                if surer {
                    self.focus = Some((rank, range.in_paragraph(para)));
                }
            }
        }
        let facts = &mut self.facts;
        let early = para.number() <= 2;
        for participant in participants_in(text, start, core, early) {
            facts.participants.push(participant.in_paragraph(para));
        }
        if let Some(phrase) = earliest(words, &GATHERS) {
            let from = start + phrase.end;
            let aims_at = AIM_VERBS
                .iter()
                .flat_map(|verb| find_all(&text[from..core], &format!(" to {verb} ")))
                .min()
                .map(|at| from + at);
            let who_end = aims_at.unwrap_or(core).min(list_end(text, from, core));
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
                    let participant = without_quantity(text, participant);
                    facts.participants.push(participant.in_paragraph(para));
                }
            }
            if let Some(aims_at) = aims_at {
                for aim in split_aims(text, aims_at + 4, core) {
                    facts.aims.push(aim.in_paragraph(para));
                }
            }
        }
        let aim_sentence = words
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| AIM_IS.contains(&word.to_ascii_lowercase().as_str()));
        if let Some(phrase) = earliest(words, &[" is to ", " are to "]).filter(|_| aim_sentence) {
            facts
                .aims
                .extend(span(text, para, start + phrase.end, core));
        } else if let Some(phrase) = earliest(words, &AIMS_TO) {
            facts
                .aims
                .extend(span(text, para, start + phrase.end, core));
        }
        // The first organiser named, unless a later sentence names one
        // surely ("convened by") where the first was a sentence's subject.
        if !self.organiser_by_phrase {
            if let Some(found) = organiser_in(text, start, core, &self.place) {
                let named = full_names::in_full(self.paragraphs, found.range.in_paragraph(para));
                // "the unit" with no full name before it names nobody.
                let nameless = named
                    .paragraph
                    .of(self.paragraphs)
                    .and_then(|text| text.get(named.start..named.end))
                    .is_some_and(full_names::is_lower_kind_alone);
                // "The Cyber Resilience Week opened": a named week or day
                // is an event, never its organiser.
                let event_name = named
                    .paragraph
                    .of(self.paragraphs)
                    .and_then(|text| text.get(named.start..named.end))
                    .is_some_and(names_a_day_or_week);
                if (facts.organiser.is_none() || found.by_phrase) && !nameless && !event_name {
                    facts.organiser = Some(named);
                    self.organiser_by_phrase = found.by_phrase;
                }
            }
        }
        for funder in funders_in(text, start, core) {
            // "The Foundation is financing …": by its full name, once.
            let named = full_names::in_full(self.paragraphs, funder.in_paragraph(para));
            let same = |known: &Span| {
                span_text(self.paragraphs, *known) == span_text(self.paragraphs, named)
            };
            if !facts.funders.iter().any(same) {
                facts.funders.push(named);
            }
        }
        if facts.chair.is_none() {
            if let Some(phrase) = earliest(words, &["on behalf of the "]) {
                let from = start + phrase.end;
                let to = earliest(&text[from..core], &[", ", " and "])
                    .map_or(core, |end| from + end.start);
                if text[from..to].starts_with(char::is_uppercase) {
                    facts.chair = span(text, para, from, to);
                }
            }
        }
    }
}

/// The words `span` stands for.
fn span_text(paragraphs: &[String], span: Span) -> &str {
    span.paragraph
        .of(paragraphs)
        .and_then(|text| text.get(span.start..span.end))
        .unwrap_or("")
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
