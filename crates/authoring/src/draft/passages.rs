//! A paragraph's passages: quotations with their attributions, the
//! passage after an attribution's colon, and paraphrases (`…, added
//! Carty.`, `According to NAME, …`); passages in marks that no one is said
//! to say and that stand inside a sentence (a title, a term in scare
//! quotes) are left out.

use super::attribution::{
    according_to, attribution_after, is_verb, pronoun, with_role_after, Attributed, Attribution,
    Reported,
};
use super::attribution_before::attribution_before;
use super::colon_speakers::colon_subject;
use super::marks::{quoted_spans, Quoted};
use super::mentions::subject_people;
use super::names::{person_at, Person};
use super::organiser_names::NAME_LINKS;
use super::paragraphs::{find_all, sentence_at, sentences, starts_with_ci, trim};
use super::span::{Ranges, TextRange};
use super::work::charge;

/// A passage and who the text says said it.
pub(crate) struct Candidate {
    pub range: TextRange,
    pub paraphrase: bool,
    pub attribution: Attribution,
    /// Whether a clause leads into the passage (a colon, a speech verb):
    /// when it names no one the draft can tell, the passage is not the
    /// previous speaker's.
    pub led_in: bool,
}

/// A paragraph's passages in order, and the ranges that are quoted words.
pub(crate) struct Passages {
    pub candidates: Vec<Candidate>,
    pub covered: Ranges,
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

/// The most words between an attribution and the second part of a
/// quotation it breaks ("ahead of the event,").
const MOST_ASIDE_WORDS: usize = 6;

/// The most bytes after a quotation read for a speech verb that names no one.
const MOST_ATTRIBUTION_BYTES: usize = 80;

/// Words after which a few words in marks name a thing rather than quote
/// someone ("a “ministry of truth”").
const TERM_LEADS: [&str; 6] = ["a", "an", "the", "this", "so-called", "our"];

/// The most words in marks after one of [`TERM_LEADS`] that still name a thing.
const MOST_TERM_WORDS: usize = 4;

/// The most speech verbs of a sentence tried, from its last, for the
/// speaker of a quotation inside it.
const MOST_VERBS_TRIED: usize = 3;

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

/// Whether the word just before a quotation announces a title or a name
/// ("the campaign “…”", "its report “…”", "called it “…”"), unlike one a
/// few words earlier ("the report would be “…”").
fn title_word_just_before(before: &str) -> bool {
    let mut words = before.trim_end().rsplit(' ').map(str::to_lowercase);
    let last = words.next().unwrap_or_default();
    // "He called it « … »": a name given, not words said.
    let named = if ["it", "them", "this"].contains(&last.as_str()) {
        words.next().unwrap_or_default()
    } else {
        last
    };
    TITLE_WORDS.contains(&named.as_str())
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
    let verbs: Vec<usize> = words
        .into_iter()
        .rev()
        .filter(|&(from, to)| is_verb(&before[from..to]))
        .take(MOST_VERBS_TRIED)
        .map(|(_, verb_end)| verb_end)
        .collect();
    let named = verbs.iter().find_map(|&verb_end| {
        // "In her speech, Madam Minister recalled that …": a role the
        // people met before may hold.
        match attribution_before(text, start, start + verb_end)? {
            found @ (Attribution::Pronoun(_)
            | Attribution::They
            | Attribution::Role(_)
            | Attribution::Named(Person { full: true, .. })) => Some(found),
            _ => None,
        }
    });
    // "NAME, ROLE, welcomed the guide and said it would be “…”": the
    // sentence's one subject.
    named.or_else(|| {
        (!verbs.is_empty())
            .then(|| colon_subject(text, start, start + before.len()))
            .flatten()
    })
}

/// The speaker of the sentence before the quotation `spans[index]`, which
/// opens a sentence: a person named, or a pronoun, as the subject of a
/// speech verb, in a sentence of the same paragraph that holds no
/// quotation of its own.
fn previous_sentence_speaker(
    text: &str,
    sentences: &[TextRange],
    spans: &[Quoted],
    index: usize,
) -> Option<Attribution> {
    let opening = spans.get(index)?.marks.start;
    let at = sentences.partition_point(|sentence| sentence.end <= opening);
    let previous = *sentences.get(at.checked_sub(1)?)?;
    let earlier_quote_end = index.checked_sub(1).map_or(0, |i| spans[i].marks.end);
    if earlier_quote_end > previous.start {
        return None;
    }
    let core = text[previous.start..previous.end].trim_end_matches(['.', '!', '?']);
    // "Both A and B spoke to the farmers.": two people, neither alone.
    if subject_people(
        text,
        TextRange::new(previous.start, previous.start + core.len()),
    )
    .is_some_and(|people| people.len() > 1)
    {
        return None;
    }
    speaker_earlier(text, previous.start, core).or_else(|| {
        // "For NAME, ROLE, the most useful part was …": whose view it is.
        // "NAME presented the survey's results. “…”": who presented it.
        let opens_for = core.starts_with("For ");
        // "For her, the protocol closes a gap. “…”": whose view it is, by
        // a pronoun.
        if let Some(word) = core
            .strip_prefix("For ")
            .and_then(|rest| rest.split_once(", "))
            .map(|(word, _)| word)
            .filter(|word| ["her", "him", "them"].contains(word))
        {
            return Some(pronoun(match word {
                "her" => "she",
                "him" => "he",
                _ => "they",
            }));
        }
        // "The conference was opened by NAME, ROLE. „…“": who opened it.
        if let Some(by) = core.find(" opened by ") {
            let at = previous.start + by + " opened by ".len();
            let end = previous.start + core.len();
            if let Some(person) = person_at(text, at, end).filter(|person| person.full) {
                return Some(Attribution::Named(with_role_after(text, person, end)));
            }
        }
        let presents = PRESENTS.iter().any(|verb| core.contains(verb));
        match subject_people(
            text,
            TextRange::new(previous.start, previous.start + core.len()),
        ) {
            Some(people) if (opens_for || presents) && people.len() == 1 && people[0].full => {
                Some(Attribution::Named(people[0]))
            }
            _ => None,
        }
    })
}

/// Verbs of presenting, which are no speech verbs (a title "presented"
/// is read, not said), but whose subject speaks the quotation that opens
/// the next sentence.
const PRESENTS: [&str; 3] = [" presented ", " introduced ", " shared "];

/// The speaker of the last sentence of a paragraph that quotes no one in
/// it ("NAME recalled a case from her own first years."): the speaker of a
/// paragraph of quotation that follows.
pub(crate) fn closing_speaker(text: &str) -> Option<Attribution> {
    let last = *sentences(text).last()?;
    let sentence = last.of(text);
    // "NAME spoke of the «silent exodus» …": a quoted term is no quotation.
    let spans = quoted_spans(sentence, false);
    let quotes_someone = spans.iter().any(|quoted| !quoted.short);
    let mark_left_open = spans.is_empty() && sentence.contains(['"', '“', '”', '«', '»', '„']);
    if quotes_someone || mark_left_open {
        return None;
    }
    let core = sentence.trim_end_matches(['.', '!', '?']);
    // "NAME made the following comment:", "Comments attributed to ROLE
    // NAME:": a colon that closes the paragraph hands the next one to the
    // person it names, with or without a speech verb.
    // "NAME, ROLE, gave the following greeting.": so does a stop after
    // "the following".
    let found = speaker_earlier(text, last.start, core).or_else(|| {
        let colon = core
            .strip_suffix(':')
            .or_else(|| core.contains(" the following ").then_some(core))?;
        colon_subject(text, last.start, last.start + colon.len())
    });
    match found? {
        found @ (Attribution::Named(Person { full: true, .. }) | Attribution::Pronoun(_)) => {
            Some(found)
        }
        _ => None,
    }
}

/// A paragraph's passages in order, and the ranges that are quoted words.
pub(crate) fn candidates(text: &str, runs_on: bool) -> Passages {
    let spans = quoted_spans(text, runs_on);
    let sentences = sentences(text);
    let sentence_start = |at: usize| sentence_at(&sentences, at).map_or(0, |found| found.start);
    let sentence_end =
        |at: usize| sentence_at(&sentences, at).map_or(text.len(), |found| found.end.max(at));
    let mut covered: Vec<TextRange> = Vec::new();
    let mut out = Vec::new();
    let mut previous_attributed = None;
    // The last attribution of the paragraph, for a passage that goes on
    // from it ("adding: “…”").
    let mut previous_attribution: Option<Attribution> = None;
    for (index, quoted) in spans.iter().enumerate() {
        let limit = spans
            .get(index + 1)
            .map_or(text.len(), |next| next.marks.start);
        // "President of the Association „Drina Valley“, said: „…“": a name
        // in marks is part of the lead-in, not a passage before it.
        let previous_end = spans[..index]
            .iter()
            .rev()
            .find(|earlier| !names_in_marks(text, earlier))
            .map_or(0, |earlier| earlier.marks.end);
        let clause_start = sentence_start(quoted.marks.start).max(previous_end);
        let before = text[clause_start..quoted.marks.start].trim_end();
        // A passage that ends its sentence is followed by the next one, not
        // by its attribution.
        // ("“We will see…” she said" still has its attribution.)
        // ("“We will see.” – NAME, ROLE" still has its attribution, and so
        // has "“We will see.”\n- NAME, ROLE".)
        let after_marks = text[quoted.marks.end..limit].trim_start();
        let complete = quoted.words.of(text).ends_with(['.', '…'])
            && !after_marks.starts_with("- ")
            && !after_marks.starts_with(|c: char| c.is_lowercase() || matches!(c, ',' | '–' | '—'));
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
        // "“…,” said NAME, ROLE, adding: “…”": the same speaker goes on.
        let adding = [
            "adding:",
            "adding that",
            "adding,",
            "he added:",
            "she added:",
        ]
        .iter()
        .any(|tail| before.ends_with(tail));
        if adding && matches!(attribution, Attribution::Unknown) {
            if let Some(previous) = previous_attribution {
                attribution = previous;
            }
        }
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
        // "“…,” NAME said ahead of the event, “…”": a few words of when or
        // where between still leave the second part the speaker's.
        let goes_on = previous_attributed.is_some_and(|end: usize| {
            text.get(end..quoted.marks.start).is_some_and(|gap| {
                !gap.chars().any(char::is_alphanumeric)
                    || (gap.trim_end().ends_with(',')
                        && !gap.contains(['.', ';', ':'])
                        && gap.split_whitespace().count() <= MOST_ASIDE_WORDS)
            })
        });
        previous_attributed =
            (!matches!(attribution, Attribution::Unknown)).then_some(attribution_end);
        if !matches!(attribution, Attribution::Unknown) {
            previous_attribution = Some(attribution);
        }
        let mut inside_sentence =
            lead.is_none() && !goes_on && before.chars().any(char::is_alphanumeric);
        let ends_sentence = !text[quoted.marks.end..sentence_end(quoted.marks.end)]
            .chars()
            .any(char::is_alphanumeric);
        // "turn platforms into a “ministry of truth”": a few words after a
        // determiner name a thing, whoever speaks.
        let term = before
            .rsplit(' ')
            .next()
            .is_some_and(|word| TERM_LEADS.contains(&word.to_lowercase().as_str()))
            && quoted.words.of(text).split_whitespace().count() <= MOST_TERM_WORDS;
        // "He called on families …, in the framework of the campaign “…”":
        // a title, whoever speaks.
        if inside_sentence
            && ends_sentence
            && !term
            && matches!(attribution, Attribution::Unknown)
            && !title_word_just_before(before)
        {
            // "NAME said the plan was ‘…’": the sentence's speaker.
            if let Some(found) = speaker_earlier(text, clause_start, before) {
                attribution = found;
                inside_sentence = false;
            }
        }
        // "“…,” one of them said": an attribution that names no one.
        // Read up to the next quotation and a few words at most, so that
        // many quotations in one sentence cost no square.
        let after_end = text.floor_char_boundary(
            sentence_end(quoted.marks.end)
                .min(limit)
                .min(quoted.marks.end + MOST_ATTRIBUTION_BYTES),
        );
        let said_after = text[quoted.marks.end..after_end.max(quoted.marks.end)]
            .split(|c: char| !c.is_alphabetic())
            .any(is_verb);
        if matches!(attribution, Attribution::Unknown)
            && lead.is_none()
            && before.is_empty()
            && !said_after
        {
            // "NAME, ROLE, told the summit that threats came online. “…”":
            // the speaker of the sentence just before, when it quotes no one.
            if let Some(found) = previous_sentence_speaker(text, &sentences, &spans, index) {
                attribution = found;
            }
        }
        let unattributed = matches!(attribution, Attribution::Unknown);
        if unattributed && (inside_sentence || reads_as_title(text, quoted, before)) {
            continue;
        }
        // A word or two in marks is someone's only as the first part of a
        // quotation its attribution breaks: “This,” she said, “is …”
        let broken_first_part = !unattributed
            && !inside_sentence
            && (text[quoted.words.end..quoted.marks.end].contains(',')
                || text[quoted.marks.end..].starts_with(','))
            && spans.get(index + 1).is_some_and(|next| {
                !text[attribution_end.min(next.marks.start)..next.marks.start]
                    .chars()
                    .any(char::is_alphanumeric)
            });
        if quoted.short && !broken_first_part {
            continue;
        }
        covered.push(quoted.marks);
        out.push(Candidate {
            range: quoted.words,
            paraphrase: false,
            attribution,
            led_in: lead.is_some(),
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
                    led_in: false,
                });
            }
            continue;
        }
        // "Director of the Group, NAME, said:": a lead into a quotation,
        // whose role is no paraphrase.
        if text[start..end].trim_end().ends_with(':') {
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
                found @ (Attribution::Pronoun(_)
                | Attribution::They
                | Attribution::Named(Person { full: true, .. })),
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
                led_in: true,
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
                led_in: false,
            });
        }
        return None;
    }
    None
}

/// Whether a short passage is a name in marks ("„Drina Valley“",
/// "«Kyma»"): capitalised words after a word of the sentence, with no
/// stop or comma of a quotation.
fn names_in_marks(text: &str, quoted: &Quoted) -> bool {
    let words = quoted.words.of(text);
    // Inside its sentence, after a word: "“Frankly,” she added" opens one.
    let after_word = text[..quoted.marks.start]
        .trim_end()
        .ends_with(char::is_alphanumeric);
    quoted.short
        && after_word
        && !words.ends_with(['.', ',', '!', '?', '…'])
        && words
            .split(' ')
            .all(|word| word.starts_with(char::is_uppercase) || NAME_LINKS.contains(&word))
}
