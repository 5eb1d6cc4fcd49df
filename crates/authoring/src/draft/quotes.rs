//! Quotations and paraphrases, and the people they are attributed to:
//! `"…," said NAME, ROLE.`, `NAME, ROLE, told participants: "…"`, `NAME
//! underlined that "…"`, `"…," he said.`, `…, added Carty.`, `according to
//! NAME, …`. A passage in marks that no one is said to say and that stands
//! inside a sentence (a title, a term in scare quotes) is not a quotation.

use super::attribution::{
    according_to, attribution_after, attribution_before, is_verb, Attributed, Attribution, Reported,
};
use super::marks::{quoted_spans, Quoted};
use super::mentions::{mentions, subject_people, Mention};
use super::names::Person;
use super::paragraphs::{find_all, is_opener, sentence_at, sentences, starts_with_ci, trim};
pub(crate) use super::people::SpeakerFound;
use super::people::{People, Reference};
use super::span::{Paragraph, Ranges, Span, TextRange};
use super::work::charge;

/// A quoted or paraphrased passage.
pub(crate) struct QuoteFound {
    pub span: Span,
    pub paraphrase: bool,
    /// Index into [`Quotes::speakers`].
    pub speaker: Option<usize>,
    /// When the speaker is left open because several people could have
    /// said the passage: their names.
    pub could_be: Vec<String>,
}

/// What the quote finder found.
pub(crate) struct Quotes {
    /// The people quoted or paraphrased.
    pub speakers: Vec<SpeakerFound>,
    pub quotes: Vec<QuoteFound>,
    /// Per paragraph, the byte ranges that are someone's own words, so that
    /// facts are not read out of a speaker's sentence.
    pub covered: Vec<Ranges>,
}

struct Candidate {
    range: TextRange,
    paraphrase: bool,
    attribution: Attribution,
}

/// A paragraph's passages in order, and the ranges that are quoted words.
struct Passages {
    candidates: Vec<Candidate>,
    covered: Ranges,
}

/// Words that announce a title in quotation marks ("the report “…”").
const TITLE_WORDS: [&str; 30] = [
    "report",
    "entitled",
    "titled",
    "campaign",
    "called",
    "named",
    "project",
    "theme",
    "slogan",
    "motto",
    "study",
    "handbook",
    "guide",
    "guidelines",
    "publication",
    "book",
    "film",
    "exhibition",
    "initiative",
    "programme",
    "strategy",
    "declaration",
    "manual",
    "hashtag",
    "banner",
    "title",
    "series",
    "toolkit",
    "newsletter",
    "podcast",
];

/// Who the text has named so far, for the passages that refer back.
struct Context {
    people: People,
    /// The people the last sentence about someone named, and in which
    /// paragraph: a pronoun refers to them when they are one, named in this
    /// paragraph or the one before.
    last_named: Vec<usize>,
    last_named_in: Option<Paragraph>,
    /// The person quoted last in this paragraph, while no one else has been
    /// named since.
    paragraph_speaker: Option<usize>,
    /// Everyone named in this paragraph so far.
    named_here: Vec<usize>,
}

impl Context {
    /// Takes in the people a sentence of `text` names.
    fn meet(&mut self, text: &str, para: Paragraph, mention: Mention) {
        let indices: Vec<usize> = mention
            .people
            .into_iter()
            .filter_map(|person| self.people.named(text, para, person))
            .collect();
        if indices.is_empty() {
            return;
        }
        if self.paragraph_speaker != indices.first().copied() || indices.len() > 1 {
            self.paragraph_speaker = None;
        }
        for &index in &indices {
            if !self.named_here.contains(&index) {
                self.named_here.push(index);
            }
        }
        self.last_named = indices;
        self.last_named_in = Some(para);
    }

    /// Who a pronoun in paragraph `para` refers to, or who it could.
    fn pronoun(&self, para: Paragraph) -> (Option<usize>, Vec<usize>) {
        let recent = self
            .last_named_in
            .is_some_and(|named| named.number() + 1 >= para.number());
        match self.last_named.as_slice() {
            [one] if recent => (Some(*one), Vec::new()),
            several if recent => (None, several.to_vec()),
            _ => (None, Vec::new()),
        }
    }
}

/// The most speech verbs of a sentence tried, from its last, for the
/// speaker of a quotation inside it.
const MOST_VERBS_TRIED: usize = 3;

/// Finds the quotes, paraphrases and speakers of `paragraphs`.
pub(crate) fn find(paragraphs: &[String]) -> Quotes {
    let mut context = Context {
        people: People::default(),
        last_named: Vec::new(),
        last_named_in: None,
        paragraph_speaker: None,
        named_here: Vec::new(),
    };
    let mut quotes = Vec::new();
    let mut covered_all = Vec::new();
    let mut previous_paragraph_speaker = None;
    for (para, text) in Paragraph::numbered(paragraphs) {
        let runs_on = paragraphs
            .get(para.number())
            .is_some_and(|next| next.starts_with(is_opener));
        let Passages {
            candidates,
            covered,
        } = candidates(text, runs_on);
        let mut mentions = mentions(text, &covered).into_iter().peekable();
        let entirely_quoted = entirely_quoted(text, &covered);
        context.paragraph_speaker = None;
        context.named_here.clear();
        for candidate in candidates {
            while let Some(mention) = mentions.next_if(|found| found.at <= candidate.range.start) {
                context.meet(text, para, mention);
            }
            let (speaker, could_be) = match candidate.attribution {
                Attribution::Named(person) => {
                    (context.people.named(text, para, person), Vec::new())
                }
                Attribution::Pronoun => context.pronoun(para),
                Attribution::Role(role) => match context.people.by_role(role.of(text)) {
                    Reference::One(one) => (Some(one), Vec::new()),
                    Reference::Several(several) => (None, several),
                    Reference::None => (None, Vec::new()),
                },
                Attribution::Unknown if context.paragraph_speaker.is_some() => {
                    (context.paragraph_speaker, Vec::new())
                }
                Attribution::Unknown if entirely_quoted => (previous_paragraph_speaker, Vec::new()),
                Attribution::Unknown if context.named_here.len() > 1 => {
                    (None, context.named_here.clone())
                }
                Attribution::Unknown => (None, Vec::new()),
            };
            if let Some(speaker) = speaker {
                context.last_named = vec![speaker];
                context.last_named_in = Some(para);
                context.paragraph_speaker = Some(speaker);
            }
            let could_be = could_be
                .into_iter()
                .filter_map(|index| Some(context.people.people.get(index)?.name.clone()))
                .collect();
            quotes.push(QuoteFound {
                span: candidate.range.in_paragraph(para),
                paraphrase: candidate.paraphrase,
                speaker,
                could_be,
            });
        }
        for mention in mentions {
            context.meet(text, para, mention);
        }
        previous_paragraph_speaker = context.paragraph_speaker;
        covered_all.push(covered);
    }
    let people = context.people;
    // Only the people quoted are speakers, numbered in the order met.
    let mut quoted = vec![false; people.people.len()];
    for speaker in quotes.iter().filter_map(|quote| quote.speaker) {
        if let Some(slot) = quoted.get_mut(speaker) {
            *slot = true;
        }
    }
    let mut speakers = Vec::new();
    let mut renumbered = vec![None; people.people.len()];
    for (index, person) in people.people.into_iter().enumerate() {
        if quoted[index] {
            renumbered[index] = Some(speakers.len());
            speakers.push(person);
        }
    }
    for quote in &mut quotes {
        quote.speaker = quote
            .speaker
            .and_then(|index| renumbered.get(index).copied().flatten());
    }
    Quotes {
        speakers,
        quotes,
        covered: covered_all,
    }
}

/// Whether nothing but quoted words stands in `text`.
fn entirely_quoted(text: &str, covered: &Ranges) -> bool {
    let mut at = 0;
    for quoted in covered.as_slice() {
        charge(quoted.start.saturating_sub(at));
        if text
            .get(at..quoted.start)
            .is_some_and(|gap| gap.chars().any(char::is_alphanumeric))
        {
            return false;
        }
        at = quoted.end.max(at);
    }
    !text
        .get(at..)
        .is_some_and(|rest| rest.chars().any(char::is_alphanumeric))
}

/// Whether the passage in `quoted` reads as a title rather than someone's
/// words: a title word just before it, or capitalised words without a stop.
fn reads_as_title(text: &str, quoted: &Quoted, before: &str) -> bool {
    let previous_words = before
        .rsplit(|c: char| !c.is_alphabetic())
        .filter(|word| !word.is_empty())
        .take(3);
    charge(before.len().min(60));
    if previous_words
        .map(str::to_lowercase)
        .any(|word| TITLE_WORDS.contains(&word.as_str()))
    {
        return true;
    }
    let words = quoted.words.of(text);
    let long_words: Vec<&str> = words
        .split_whitespace()
        .filter(|word| word.chars().count() > 3)
        .collect();
    !words.contains(['.', '?', '!', ','])
        && !long_words.is_empty()
        && long_words
            .iter()
            .all(|word| word.starts_with(|c: char| c.is_uppercase()))
}

/// The end of the speech verb that `before` ends with ("underlined",
/// "said that", "stressed,"), as a place in `text` where `before` starts at
/// `start`.
fn lead_verb(before: &str, start: usize) -> Option<usize> {
    let trimmed = before.trim_end_matches([',', ' ']);
    let trimmed = trimmed.strip_suffix(" that").map_or(trimmed, str::trim_end);
    let mut words = trimmed.rsplit(' ');
    let verb = words.next()?;
    // "said that states “…”": a noun after a determiner is no verb.
    let after_determiner = words.next().is_some_and(|word| {
        [
            "that", "the", "a", "an", "and", "of", "its", "their", "member",
        ]
        .contains(&word.to_lowercase().as_str())
    });
    (is_verb(verb) && !after_determiner).then_some(start + trimmed.len())
}

/// The speaker of a speech verb in `before` (which starts at `start`)
/// when it names a person or is a pronoun: "NAME, ROLE, said the plan
/// was".
fn speaker_earlier(text: &str, start: usize, before: &str) -> Option<Attribution> {
    charge(before.len());
    let mut words = Vec::new();
    let mut word_start = None;
    for (at, c) in before
        .char_indices()
        .chain(std::iter::once((before.len(), ' ')))
    {
        match (word_start, c.is_alphabetic()) {
            (None, true) => word_start = Some(at),
            (Some(from), false) => {
                words.push((from, at));
                word_start = None;
            }
            _ => {}
        }
    }
    words
        .into_iter()
        .rev()
        .filter(|&(from, to)| is_verb(&before[from..to]))
        .take(MOST_VERBS_TRIED)
        .find_map(
            |(_, verb_end)| match attribution_before(text, start, start + verb_end)? {
                found @ (Attribution::Pronoun | Attribution::Named(Person { full: true, .. })) => {
                    Some(found)
                }
                _ => None,
            },
        )
}

/// "NAME put it plainly: “…”": the one person the clause before a colon
/// opens with.
fn colon_subject(text: &str, start: usize, colon: usize) -> Option<Attribution> {
    match subject_people(text, TextRange::new(start, colon))?.as_slice() {
        [person] => Some(Attribution::Named(*person)),
        _ => None,
    }
}

/// A paragraph's passages in order, and the ranges that are quoted words.
fn candidates(text: &str, runs_on: bool) -> Passages {
    let spans = quoted_spans(text, runs_on);
    let sentences = sentences(text);
    let sentence_start = |at: usize| sentence_at(&sentences, at).map_or(0, |found| found.start);
    let sentence_end =
        |at: usize| sentence_at(&sentences, at).map_or(text.len(), |found| found.end.max(at));
    let mut covered: Vec<TextRange> = Vec::new();
    let mut out = Vec::new();
    let mut previous_attributed = None;
    for (index, quoted) in spans.iter().enumerate() {
        let limit = spans
            .get(index + 1)
            .map_or(text.len(), |next| next.marks.start);
        let previous_end = index.checked_sub(1).map_or(0, |i| spans[i].marks.end);
        let clause_start = sentence_start(quoted.marks.start).max(previous_end);
        let before = text[clause_start..quoted.marks.start].trim_end();
        // A passage that ends its sentence is followed by the next one, not
        // by its attribution.
        let complete = quoted.words.of(text).ends_with(['.', '…']);
        let Attributed {
            mut attribution,
            end: attribution_end,
        } = if complete {
            Attributed {
                attribution: Attribution::Unknown,
                end: quoted.marks.end,
            }
        } else {
            attribution_after(text, &sentences, quoted.marks.end, limit)
        };
        let lead = match before.strip_suffix(':') {
            Some(clause) => Some(clause_start + clause.len()),
            None => lead_verb(before, clause_start),
        };
        // "According to NAME, ROLE, “…”"
        let according = starts_with_ci(before, "according to ") && before.ends_with(',');
        if according && matches!(attribution, Attribution::Unknown) {
            attribution =
                attribution_after(text, &sentences, clause_start, quoted.marks.start).attribution;
        }
        let lead = lead.or(according.then_some(quoted.marks.start));
        if let (Attribution::Unknown, Some(lead)) = (attribution, lead) {
            let colon = before.ends_with(':');
            if let Some(found) = attribution_before(text, clause_start, lead)
                .or_else(|| speaker_earlier(text, clause_start, before))
                .or_else(|| {
                    colon
                        .then(|| colon_subject(text, clause_start, lead))
                        .flatten()
                })
            {
                attribution = found;
            }
        }
        // "«…», said NAME, «…»": the second part goes on from the attribution.
        let goes_on = previous_attributed.is_some_and(|end: usize| {
            text.get(end..quoted.marks.start)
                .is_some_and(|gap| !gap.chars().any(char::is_alphanumeric))
        });
        previous_attributed =
            (!matches!(attribution, Attribution::Unknown)).then_some(attribution_end);
        let mut inside_sentence =
            lead.is_none() && !goes_on && before.chars().any(char::is_alphanumeric);
        let ends_sentence = !text[quoted.marks.end..sentence_end(quoted.marks.end)]
            .chars()
            .any(char::is_alphanumeric);
        if inside_sentence && ends_sentence && matches!(attribution, Attribution::Unknown) {
            // "NAME said the plan was ‘…’": the sentence's speaker.
            if let Some(found) = speaker_earlier(text, clause_start, before) {
                attribution = found;
                inside_sentence = false;
            }
        }
        let unattributed = matches!(attribution, Attribution::Unknown);
        if unattributed && (inside_sentence || reads_as_title(text, quoted, before)) {
            continue;
        }
        covered.push(quoted.marks);
        out.push(Candidate {
            range: quoted.words,
            paraphrase: false,
            attribution,
        });
    }
    passage_after_colon(text, &sentences, &spans, &mut covered, &mut out);
    // `…, added Carty.`: the sentence is the source's account of what was said.
    let covered = Ranges::new(covered);
    for &sentence in &sentences {
        if covered.overlaps(sentence) {
            continue;
        }
        let TextRange { start, end } = sentence;
        let core = text[start..end].trim_end_matches(['.', '!', '?']).len() + start;
        if let Some(Reported {
            attribution,
            clause,
        }) = according_to(text, start, core)
        {
            if clause.of(text).split_whitespace().count() >= 4 {
                out.push(Candidate {
                    range: clause,
                    paraphrase: true,
                    attribution,
                });
            }
            continue;
        }
        if let Some(candidate) = paraphrase_before_comma(text, &sentences, start, core) {
            out.push(candidate);
        }
    }
    out.sort_by_key(|candidate| candidate.range.start);
    Passages {
        candidates: out,
        covered,
    }
}

/// `NAME, ROLE, added: passage."`: a passage after an attribution's colon
/// whose opening mark is missing, to the paragraph's end, where its closing
/// mark stands.
fn passage_after_colon(
    text: &str,
    sentences: &[TextRange],
    spans: &[Quoted],
    covered: &mut Vec<TextRange>,
    out: &mut Vec<Candidate>,
) {
    let closing = text.trim_end().ends_with(['"', '”', '»', '“', '’']);
    if !closing {
        return;
    }
    let quoted = Ranges::new(spans.iter().map(|quoted| quoted.marks).collect());
    let last_quote_start = spans.last().map(|quoted| quoted.marks.start);
    for colon in find_all(text, ": ") {
        if quoted.contains(colon) || last_quote_start.is_some_and(|start| start > colon) {
            continue;
        }
        let clause_start = sentence_at(sentences, colon).map_or(0, |found| found.start);
        let attribution = match attribution_before(text, clause_start, colon) {
            Some(
                found @ (Attribution::Pronoun | Attribution::Named(Person { full: true, .. })),
            ) => found,
            _ => continue,
        };
        let TextRange { start, end } = trim(text, colon + 1, text.len());
        let passage = text[start..end]
            .trim_end_matches(['"', '”', '»', '“', '’'])
            .trim_end();
        let passage = passage.trim_end_matches([',', ';']).trim_end();
        if passage.split_whitespace().count() >= 3 {
            out.push(Candidate {
                range: TextRange::new(start, start + passage.len()),
                paraphrase: false,
                attribution,
            });
            covered.push(TextRange::new(start, text.len()));
        }
        break;
    }
}

/// `PARAPHRASE, added Carty` in `start..core`: the last comma that an
/// attribution follows to the end.
fn paraphrase_before_comma(
    text: &str,
    sentences: &[TextRange],
    start: usize,
    core: usize,
) -> Option<Candidate> {
    // The attribution must run to the end: no letter or digit after it.
    let last_alphanumeric = text[start..core]
        .char_indices()
        .rev()
        .inspect(|_| charge(1))
        .find(|&(_, c)| c.is_alphanumeric())
        .map(|(at, _)| start + at);
    let mut later_comma = core;
    for comma in find_all(&text[start..core], ", ").into_iter().rev() {
        let comma = start + comma;
        // Between this comma and the later one only spaces and commas: the
        // attribution after this one is the later one's, already refused.
        let gap = &text[comma + 1..later_comma];
        charge(gap.len());
        let same_words = later_comma < core && gap.chars().all(|c| c.is_whitespace() || c == ',');
        later_comma = comma;
        if same_words {
            continue;
        }
        let Attributed { attribution, end } = attribution_after(text, sentences, comma + 1, core);
        let complete = last_alphanumeric.is_none_or(|last| last < end);
        if matches!(attribution, Attribution::Unknown) || !complete {
            continue;
        }
        if text[start..comma].split_whitespace().count() >= 4 {
            return Some(Candidate {
                range: TextRange::new(start, comma),
                paraphrase: true,
                attribution,
            });
        }
        return None;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(paragraph: &str) -> Vec<(String, bool, Option<String>)> {
        let found = find(&[paragraph.to_string()]);
        found
            .quotes
            .iter()
            .map(|quote| {
                let speaker = quote.speaker.map(|s| found.speakers[s].name.clone());
                (
                    paragraph[quote.span.start..quote.span.end].to_string(),
                    quote.paraphrase,
                    speaker,
                )
            })
            .collect()
    }

    #[test]
    fn a_quote_split_by_its_attribution_is_two_passages_of_one_speaker() {
        let found =
            texts("«Online safety is shared work», said Jane Doe, «and it starts at school.»");
        let doe = Some("Jane Doe".to_string());
        assert_eq!(
            found,
            [
                (
                    "Online safety is shared work".to_string(),
                    false,
                    doe.clone()
                ),
                ("and it starts at school.".to_string(), false, doe),
            ]
        );
    }

    #[test]
    fn a_colon_after_an_attribution_opens_a_passage() {
        let found = texts("Jane Doe, the Head of Example, added: We will act now.\"");
        assert_eq!(
            found,
            [(
                "We will act now.".to_string(),
                false,
                Some("Jane Doe".to_string())
            )]
        );
    }

    #[test]
    fn apostrophes_are_not_quotation_marks() {
        assert!(
            texts("The States' commitments and the children's rights were discussed.").is_empty()
        );
    }
}
