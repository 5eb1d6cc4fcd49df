//! Quotations and paraphrases, and the people they are attributed to:
//! `"…," said NAME, ROLE.`, `NAME, ROLE, added: …`, `"…," he said.`,
//! `…, added Carty.`

use std::collections::{BTreeSet, HashMap};

use super::attribution::{
    according_to, attribution_after, attribution_before, Attributed, Attribution, OpeningName,
    Reported,
};
use super::paragraphs::{find_all, is_opener, sentence_at, sentences, trim};
use super::span::{Paragraph, Ranges, Span, TextRange};
use super::work::charge;

/// A person a passage is attributed to.
pub(crate) struct SpeakerFound {
    pub name: String,
    /// Where the name stands: its paragraph is the one that names the
    /// speaker (and the role, when known).
    pub name_span: Span,
    pub role: Option<Span>,
}

/// A quoted or paraphrased passage.
pub(crate) struct QuoteFound {
    pub span: Span,
    pub paraphrase: bool,
    /// Index into [`Quotes::speakers`].
    pub speaker: Option<usize>,
}

/// What the quote finder found.
pub(crate) struct Quotes {
    pub speakers: Vec<SpeakerFound>,
    pub quotes: Vec<QuoteFound>,
    /// Per paragraph, the byte ranges that are someone's own words, so that
    /// facts are not read out of a speaker's sentence.
    pub covered: Vec<Ranges>,
    /// Speakers by each way a later attribution may name them: the whole
    /// name and every ending of it after a space ("Kevin Carty", "Carty").
    by_ending: HashMap<String, BTreeSet<usize>>,
    /// Speakers by their whole name.
    by_name: HashMap<String, BTreeSet<usize>>,
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

/// A passage in quotation marks.
struct Quoted {
    /// From the opening mark to after the closing one.
    marks: TextRange,
    /// The words inside, trimmed.
    words: TextRange,
}

/// The first closing mark of one kind at or after a place, remembered: a
/// release may open thousands of passages that never close, and each would
/// otherwise scan to the paragraph's end.
struct NextCloser {
    /// Where the last search started, and the closer it found.
    searched: Option<(usize, Option<usize>)>,
}

impl NextCloser {
    /// The first `at` from `from` on where `closes(at)`, for `from` that
    /// never decreases between calls.
    fn from(
        &mut self,
        text: &str,
        from: usize,
        closes: impl Fn(usize, char) -> bool,
    ) -> Option<(usize, char)> {
        let found = match self.searched {
            // No closer lies between the last start and what it found.
            Some((start, found)) if start <= from && found.is_none_or(|at| from <= at) => found,
            _ => {
                let found = text[from..]
                    .char_indices()
                    .inspect(|_| charge(1))
                    .find(|&(at, c)| closes(from + at, c))
                    .map(|(at, _)| from + at);
                self.searched = Some((from, found));
                found
            }
        };
        found.and_then(|at| Some((at, text[at..].chars().next()?)))
    }
}

/// The passages of `text` in quotation marks.
fn quoted_spans(text: &str) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut closers: Vec<(char, NextCloser)> = Vec::new();
    let double_marks = text.contains(['"', '“', '«', '„']);
    while let Some(offset) = text[from..].find(is_opener) {
        let open = from + offset;
        let Some(mark) = text[open..].chars().next() else {
            break;
        };
        let inner = open + mark.len_utf8();
        from = inner;
        let after_space = text[..open]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || "([—–-:/".contains(c));
        if !after_space {
            continue;
        }
        let closer_set: &[char] = match mark {
            '"' => &['"'],
            '“' => &['”'],
            '«' => &['»'],
            '„' => &['“', '”'],
            '‚' => &['‘', '’'],
            // Single marks double as apostrophes: only a mark after a stop,
            // comma or question is taken to close a passage.
            '\'' | '‘' if !double_marks => &['\'', '’'],
            _ => continue,
        };
        let single = matches!(mark, '\'' | '‘');
        // Whether a closer stands at `at`: for single marks, after a stop
        // (the opening mark itself is none) and before no letter.
        let closes = |at: usize, c: char| {
            closer_set.contains(&c)
                && (!single
                    || (text[..at].ends_with([',', '.', '?', '!'])
                        && !text[at + c.len_utf8()..]
                            .starts_with(|next: char| next.is_alphanumeric())))
        };
        let index = match closers.iter().position(|(known, _)| *known == mark) {
            Some(index) => index,
            None => {
                closers.push((mark, NextCloser { searched: None }));
                closers.len() - 1
            }
        };
        let close = closers[index].1.from(text, inner, closes);
        let (text_end, outer_end) = match close {
            Some((at, c)) => (at, at + c.len_utf8()),
            // A passage that opens a paragraph and never closes runs on into the next one.
            None if open == 0 && !single => (text.len(), text.len()),
            None => continue,
        };
        let TextRange { start, end } = trim(text, inner, text_end);
        let end = start
            + text[start..end]
                .trim_end_matches([',', ';'])
                .trim_end()
                .len();
        if text[start..end].split_whitespace().count() >= 3 {
            out.push(Quoted {
                marks: TextRange::new(open, outer_end),
                words: TextRange::new(start, end),
            });
        }
        from = outer_end.max(from);
    }
    out
}

/// Finds the quotes, paraphrases and speakers of `paragraphs`.
pub(crate) fn find(paragraphs: &[String]) -> Quotes {
    let mut found = Quotes {
        speakers: Vec::new(),
        quotes: Vec::new(),
        covered: Vec::new(),
        by_ending: HashMap::new(),
        by_name: HashMap::new(),
    };
    let mut last_speaker = None;
    let mut previous_paragraph_speaker = None;
    for (para, text) in Paragraph::numbered(paragraphs) {
        let Passages {
            candidates,
            covered,
        } = candidates(text);
        let entirely_quoted = {
            let mut rest = String::new();
            let mut at = 0;
            for quoted in covered.as_slice() {
                rest.push_str(text.get(at..quoted.start).unwrap_or(""));
                at = quoted.end.max(at);
            }
            rest.push_str(text.get(at..).unwrap_or(""));
            !rest.chars().any(char::is_alphanumeric)
        };
        let mut paragraph_speaker = None;
        for candidate in candidates {
            let speaker = match candidate.attribution {
                Attribution::Named { name, role } => {
                    Some(found.speaker_for(text, para, name, role))
                }
                Attribution::Pronoun => last_speaker,
                Attribution::Unknown if paragraph_speaker.is_some() => paragraph_speaker,
                Attribution::Unknown if entirely_quoted => previous_paragraph_speaker,
                Attribution::Unknown => None,
            };
            if speaker.is_some() {
                last_speaker = speaker;
                paragraph_speaker = speaker;
            }
            found.quotes.push(QuoteFound {
                span: candidate.range.in_paragraph(para),
                paraphrase: candidate.paraphrase,
                speaker,
            });
        }
        previous_paragraph_speaker = paragraph_speaker;
        found.covered.push(covered);
    }
    found
}

/// A paragraph's passages in order, and the ranges that are quoted words.
fn candidates(text: &str) -> Passages {
    let spans = quoted_spans(text);
    let sentences = sentences(text);
    let sentence_start = |at: usize| sentence_at(&sentences, at).map_or(0, |found| found.start);
    let mut covered: Vec<TextRange> = spans.iter().map(|quoted| quoted.marks).collect();
    let mut out = Vec::new();
    let mut opening = OpeningName::default();
    for (index, quoted) in spans.iter().enumerate() {
        let limit = spans
            .get(index + 1)
            .map_or(text.len(), |next| next.marks.start);
        let mut attribution =
            attribution_after(text, &sentences, quoted.marks.end, limit).attribution;
        if matches!(attribution, Attribution::Unknown) {
            // `NAME, ROLE, said: "…"`
            let before = text[..quoted.marks.start].trim_end();
            if let Some(colon) = before.strip_suffix(':').map(str::len) {
                let clause_start = sentence_start(colon);
                let previous_end = index.checked_sub(1).map_or(0, |i| spans[i].marks.end);
                let clause_start = clause_start.max(previous_end);
                if let Some(found) = attribution_before(text, clause_start, colon, &mut opening) {
                    attribution = found;
                }
            }
        }
        out.push(Candidate {
            range: quoted.words,
            paraphrase: false,
            attribution,
        });
    }
    // `NAME, ROLE, added: passage` without quotation marks: to the paragraph's end.
    let quoted = Ranges::new(covered.clone());
    let last_quote_start = spans.last().map(|quoted| quoted.marks.start);
    for colon in find_all(text, ": ") {
        let inside = quoted.contains(colon);
        if inside || last_quote_start.is_some_and(|start| start > colon) {
            continue;
        }
        let clause_start = sentence_start(colon);
        let Some(attribution) = attribution_before(text, clause_start, colon, &mut opening) else {
            continue;
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

impl Quotes {
    /// The speaker named at `name` in paragraph `para`: one already known by
    /// that name or surname, or a new one.
    fn speaker_for(
        &mut self,
        text: &str,
        para: Paragraph,
        name: TextRange,
        role: Option<TextRange>,
    ) -> usize {
        let written = name.of(text);
        let found = SpeakerFound {
            name: written.to_string(),
            name_span: name.in_paragraph(para),
            role: role.map(|role| role.in_paragraph(para)),
        };
        // The first speaker whose name is this one, ends with it after a
        // space, or is an ending of it after a space.
        charge(written.len());
        let first = |set: Option<&BTreeSet<usize>>| set.and_then(|set| set.first().copied());
        let known = endings(written)
            .skip(1)
            .filter_map(|ending| first(self.by_name.get(ending)))
            .chain(first(self.by_ending.get(written)))
            .min();
        let Some(index) = known else {
            self.index(&found.name, self.speakers.len(), true);
            self.speakers.push(found);
            return self.speakers.len() - 1;
        };
        let renamed = match self.speakers.get_mut(index) {
            Some(speaker) if speaker.role.is_none() && found.role.is_some() => {
                Some(std::mem::replace(speaker, found).name)
            }
            _ => None,
        };
        if let Some(old) = renamed {
            self.index(&old, index, false);
            let name = self.speakers[index].name.clone();
            self.index(&name, index, true);
        }
        index
    }

    /// Adds speaker `index` under `name` and its endings, or removes it.
    fn index(&mut self, name: &str, index: usize, add: bool) {
        let keep = |map: &mut HashMap<String, BTreeSet<usize>>, key: &str| {
            if add {
                map.entry(key.to_string()).or_default().insert(index);
            } else if let Some(set) = map.get_mut(key) {
                set.remove(&index);
            }
        };
        keep(&mut self.by_name, name);
        for ending in endings(name) {
            keep(&mut self.by_ending, ending);
        }
    }
}

/// `name` and each of its endings after a space: "Kevin Carty", "Carty".
fn endings(name: &str) -> impl Iterator<Item = &str> {
    std::iter::once(name).chain(name.match_indices(' ').map(|(at, _)| &name[at + 1..]))
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
