//! Quotations and paraphrases, and the people they are attributed to:
//! `"…," said NAME, ROLE.`, `NAME, ROLE, added: …`, `"…," he said.`,
//! `…, added Carty.`

use super::attribution::{
    according_to, attribution_after, attribution_before, Attributed, Attribution, Reported,
};
use super::paragraphs::{find_all, is_opener, sentences, trim};
use super::span::{Paragraph, Span, TextRange};

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
    pub covered: Vec<Vec<TextRange>>,
}

struct Candidate {
    range: TextRange,
    paraphrase: bool,
    attribution: Attribution,
}

/// A paragraph's passages in order, and the ranges that are quoted words.
struct Passages {
    candidates: Vec<Candidate>,
    covered: Vec<TextRange>,
}

/// A passage in quotation marks.
struct Quoted {
    /// From the opening mark to after the closing one.
    marks: TextRange,
    /// The words inside, trimmed.
    words: TextRange,
}

/// The passages of `text` in quotation marks.
fn quoted_spans(text: &str) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut from = 0;
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
        let closers: &[char] = match mark {
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
        let close = text[inner..].char_indices().find(|&(at, c)| {
            closers.contains(&c)
                && (!single
                    || (text[inner..inner + at].ends_with([',', '.', '?', '!'])
                        && !text[inner + at + c.len_utf8()..]
                            .starts_with(|next: char| next.is_alphanumeric())))
        });
        let (text_end, outer_end) = match close {
            Some((at, c)) => (inner + at, inner + at + c.len_utf8()),
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
            for quoted in &covered {
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
    let mut covered: Vec<TextRange> = spans.iter().map(|quoted| quoted.marks).collect();
    let mut out = Vec::new();
    for (index, quoted) in spans.iter().enumerate() {
        let limit = spans
            .get(index + 1)
            .map_or(text.len(), |next| next.marks.start);
        let mut attribution = attribution_after(text, quoted.marks.end, limit).attribution;
        if matches!(attribution, Attribution::Unknown) {
            // `NAME, ROLE, said: "…"`
            let before = text[..quoted.marks.start].trim_end();
            if let Some(colon) = before.strip_suffix(':').map(str::len) {
                let clause_start = sentence_start(text, colon);
                let previous_end = index.checked_sub(1).map_or(0, |i| spans[i].marks.end);
                if let Some(found) = attribution_before(text, clause_start.max(previous_end), colon)
                {
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
    for colon in find_all(text, ": ") {
        let inside = covered.iter().any(|quoted| quoted.contains(colon));
        if inside || spans.iter().any(|quoted| quoted.marks.start > colon) {
            continue;
        }
        let clause_start = sentence_start(text, colon);
        let Some(attribution) = attribution_before(text, clause_start, colon) else {
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
    for sentence in sentences(text) {
        if covered.iter().any(|quoted| quoted.overlaps(sentence)) {
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
        for comma in find_all(&text[start..core], ", ").into_iter().rev() {
            let comma = start + comma;
            let Attributed { attribution, end } = attribution_after(text, comma + 1, core);
            let complete = !text[end..core].chars().any(char::is_alphanumeric);
            if matches!(attribution, Attribution::Unknown) || !complete {
                continue;
            }
            if text[start..comma].split_whitespace().count() >= 4 {
                out.push(Candidate {
                    range: TextRange::new(start, comma),
                    paraphrase: true,
                    attribution,
                });
            }
            break;
        }
    }
    out.sort_by_key(|candidate| candidate.range.start);
    covered.sort_unstable();
    Passages {
        candidates: out,
        covered,
    }
}

/// Where the sentence of `text` that holds byte `at` starts; 0 when none does.
fn sentence_start(text: &str, at: usize) -> usize {
    sentences(text)
        .into_iter()
        .find(|sentence| sentence.contains(at))
        .map_or(0, |sentence| sentence.start)
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
        let same = |known: &str| {
            known == written
                || known.ends_with(&format!(" {written}"))
                || written.ends_with(&format!(" {known}"))
        };
        if let Some(index) = self.speakers.iter().position(|speaker| same(&speaker.name)) {
            let speaker = &mut self.speakers[index];
            if speaker.role.is_none() && found.role.is_some() {
                *speaker = found;
            }
            return index;
        }
        self.speakers.push(found);
        self.speakers.len() - 1
    }
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
