//! Quotations and paraphrases, and the people they are attributed to:
//! `"…," said NAME, ROLE.`, `NAME, ROLE, told participants: "…"`, `NAME
//! underlined that "…"`, `"…," he said.`, `…, added Carty.`, `according to
//! NAME, …`. A passage in marks that no one is said to say and that stands
//! inside a sentence (a title, a term in scare quotes) is not a quotation.

use std::collections::HashMap;

use super::attribution::{with_role_after, Attribution, Gender};
use super::given_names::FullNames;
use super::mentions::{mentions, Mention};
use super::names::{person_at, Person};
use super::paragraphs::is_opener;
use super::passages::{candidates, closing_speaker, Passages};
pub(crate) use super::people::SpeakerFound;
use super::people::{People, Reference};
use super::role_holders::RoleHolders;
use super::role_words::is_role_letters;
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
}

/// The most people a paragraph's list of the people named keeps.
const MOST_NAMED_KEPT: usize = 4;

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
    /// The pronoun each person has been called by.
    genders: HashMap<usize, Gender>,
}

impl Context {
    /// Takes in the people a sentence of `text` names.
    fn meet(&mut self, text: &str, para: Paragraph, mention: Mention) {
        if mention.unnamed {
            // A pronoun now points to someone the release does not name.
            self.last_named.clear();
            self.last_named_in = Some(para);
            self.paragraph_speaker = None;
            return;
        }
        let mut indices: Vec<usize> = mention
            .people
            .into_iter()
            .filter_map(|person| self.people.named(text, para, person))
            .collect();
        // "He said that …": the person "he" refers to is still the one a
        // pronoun in the next paragraph refers to.
        if mention.pronoun {
            if let (Some(one), _) = self.pronoun(para) {
                self.last_named = vec![one];
                self.last_named_in = Some(para);
            }
            return;
        }
        // "the Minister recalled that …": the one person met with that role.
        if let Some(role) = mention.role.filter(|_| indices.is_empty()) {
            if let Reference::One(index) = self.people.by_role(role.of(text)) {
                indices.push(index);
            }
        }
        if indices.is_empty() {
            return;
        }
        if self.paragraph_speaker != indices.first().copied() || indices.len() > 1 {
            self.paragraph_speaker = None;
        }
        // A few are enough to say who could have said a passage.
        for &index in &indices {
            if self.named_here.len() < MOST_NAMED_KEPT && !self.named_here.contains(&index) {
                self.named_here.push(index);
            }
        }
        self.last_named = indices;
        self.last_named_in = Some(para);
    }

    /// Who "he" or "she" in paragraph `para` refers to: the person
    /// [`Context::pronoun`] names, unless the release has called them by
    /// the other pronoun before ("Dr Ingrid Solberg … she warned", then
    /// "he said" is someone else's).
    fn fitting(&mut self, para: Paragraph, gender: Gender) -> (Option<usize>, Vec<usize>) {
        let (one, several) = self.pronoun(para);
        match one {
            Some(index) => match self.genders.get(&index) {
                Some(known) if *known != gender => (None, Vec::new()),
                _ => {
                    self.genders.insert(index, gender);
                    (Some(index), several)
                }
            },
            None => (None, several),
        }
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

/// Finds the quotes, paraphrases and speakers of `paragraphs`.
pub(crate) fn find(paragraphs: &[String]) -> Quotes {
    let mut context = Context {
        people: People::default(),
        last_named: Vec::new(),
        last_named_in: None,
        paragraph_speaker: None,
        named_here: Vec::new(),
        genders: HashMap::new(),
    };
    let mut quotes: Vec<QuoteFound> = Vec::new();
    let mut previous_paragraph_speaker = None;
    // "„… We hear this every day." then "„This is why …” – said NAME": a
    // paragraph all quotation, left open, whose speaker the next one names.
    let mut left_open: Option<usize> = None;
    // Built at the first surname that names no one met so far.
    let mut full_names: Option<FullNames> = None;
    let mut role_holders = RoleHolders::default();
    // A paragraph all quotation whose speaker no one named: its quotes, for
    // a next paragraph that is only "- NAME, ROLE".
    let mut unsigned: Vec<usize> = Vec::new();
    for (para, text) in Paragraph::numbered(paragraphs) {
        // "“…”" then "- Danielle Fortier, Minister of Community Safety": a
        // signature line under the quotation.
        if let Some(signature) = ["- ", "– ", "— "]
            .iter()
            .find_map(|dash| text.strip_prefix(dash))
            .filter(|_| !unsigned.is_empty())
        {
            let at = text.len() - signature.len();
            if let Some(person) = person_at(text, at, text.len()).filter(|person| person.full) {
                let person = with_role_after(text, person, text.len());
                if let Some(speaker) = context.people.named(text, para, person) {
                    for &index in &unsigned {
                        if let Some(quote) = quotes.get_mut(index) {
                            quote.speaker = Some(speaker);
                        }
                    }
                }
            }
        }
        unsigned.clear();
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
        let waiting = left_open.take();
        let quotes_before_paragraph = quotes.len();
        let mut first_candidate = true;
        for candidate in candidates {
            while let Some(mention) = mentions.next_if(|found| found.at <= candidate.range.start) {
                context.meet(text, para, mention);
            }
            let (speaker, could_be) = match candidate.attribution {
                Attribution::Named(person) => match context.people.reference(text, para, person) {
                    Reference::One(one) => (Some(one), Vec::new()),
                    Reference::Several(several) => (None, several),
                    Reference::None => (
                        named_in_full(
                            &mut context.people,
                            full_names.get_or_insert_with(|| FullNames::new(paragraphs)),
                            paragraphs,
                            person.name.in_paragraph(para),
                        ),
                        Vec::new(),
                    ),
                },
                Attribution::Pronoun(gender) => context.fitting(para, gender),
                Attribution::They => match context.pronoun(para) {
                    (Some(_), _) => (None, Vec::new()),
                    several => several,
                },
                Attribution::Pair(one, other) => {
                    let both = [one, other]
                        .into_iter()
                        .filter_map(|person| context.people.named(text, para, person))
                        .collect();
                    (None, both)
                }
                Attribution::Role(role) => match context.people.by_role(role.of(text)) {
                    Reference::One(one) => (Some(one), Vec::new()),
                    Reference::Several(several) => (None, several),
                    // "affirmed the Controller General", introduced where
                    // no one is quoted.
                    // "the SWD said": letters no one's role is shortened
                    // to are a body's, which says it through no one.
                    Reference::None
                        if is_role_letters(
                            role.of(text).strip_prefix("the ").unwrap_or(role.of(text)),
                        ) =>
                    {
                        (None, Vec::new())
                    }
                    Reference::None => match role_holders
                        .holder(paragraphs, para, role.of(text))
                        .and_then(|(at, person)| {
                            let text = at.of(paragraphs)?;
                            context.people.named(text, at, person)
                        }) {
                        Some(holder) => (Some(holder), Vec::new()),
                        // "«…», the officer noted" right after one person
                        // was named: a role in lower case refers back as a
                        // pronoun does.
                        None if is_generic(role.of(text)) => context.pronoun(para),
                        None => (None, Vec::new()),
                    },
                },
                // A clause leads in but names no one the draft can tell.
                Attribution::Unknown if candidate.led_in => (None, Vec::new()),
                Attribution::Unknown if context.paragraph_speaker.is_some() => {
                    (context.paragraph_speaker, Vec::new())
                }
                Attribution::Unknown if entirely_quoted => (previous_paragraph_speaker, Vec::new()),
                Attribution::Unknown if context.named_here.len() > 1 => {
                    (None, context.named_here.clone())
                }
                Attribution::Unknown => (None, Vec::new()),
            };
            // A paraphrase is someone's account only when it names them:
            // "according to the survey" is the release's own.
            if candidate.paraphrase && speaker.is_none() {
                continue;
            }
            if let Some(speaker) = speaker {
                context.last_named = vec![speaker];
                context.last_named_in = Some(para);
                context.paragraph_speaker = Some(speaker);
            }
            let opens_paragraph = !text[..candidate.range.start]
                .chars()
                .any(char::is_alphanumeric);
            if let (Some(earlier), true, true) = (waiting, first_candidate, opens_paragraph) {
                if let Some(open) = quotes.get_mut(earlier) {
                    open.speaker = speaker;
                }
            }
            // "… «Many of these children …" and a next paragraph that goes
            // on in marks: the passage runs to the paragraph's end, where
            // the next paragraph's speaker is named.
            // No closing mark stands after it.
            let runs_to_end = text[candidate.range.end..]
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '.' | ',' | '!' | '?'));
            if runs_on
                && (entirely_quoted || runs_to_end)
                && speaker.is_none()
                && could_be.is_empty()
                && !candidate.paraphrase
            {
                left_open = Some(quotes.len());
            }
            first_candidate = false;
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
        if entirely_quoted {
            unsigned = (quotes_before_paragraph..quotes.len())
                .filter(|&index| {
                    quotes
                        .get(index)
                        .is_some_and(|quote| quote.speaker.is_none() && !quote.paraphrase)
                })
                .collect();
        }
        previous_paragraph_speaker = context.paragraph_speaker.or_else(|| {
            // "NAME recalled a case from her first years." and then a
            // paragraph that is all quotation: the one who recalled.
            match closing_speaker(text)? {
                Attribution::Named(person) => context.people.named(text, para, person),
                Attribution::Pronoun(gender) => context.fitting(para, gender).0,
                _ => None,
            }
        });
    }
    let people = context.people;
    // Only the people quoted word for word are speakers, numbered in the
    // order met; a paraphrase of anyone else is the release's own account.
    let mut quoted = vec![false; people.people.len()];
    for quote in quotes.iter().filter(|quote| !quote.paraphrase) {
        if let Some(slot) = quote.speaker.and_then(|speaker| quoted.get_mut(speaker)) {
            *slot = true;
        }
    }
    quotes
        .retain(|quote| !quote.paraphrase || quote.speaker.is_some_and(|speaker| quoted[speaker]));
    let mut speakers = Vec::new();
    let mut renumbered = vec![None; people.people.len()];
    let mut names: Vec<String> = Vec::new();
    for (index, mut person) in people.people.into_iter().enumerate() {
        if quoted[index] {
            // "Colonel Benmansour", named in full where no one is quoted.
            let full_names = full_names.get_or_insert_with(|| FullNames::new(paragraphs));
            if let Some(full) = full_names.of(paragraphs, person.name_span) {
                if !names.contains(&full.name) {
                    person.name = full.name;
                    person.name_span = full.span;
                    person.role = person.role.or(full.role);
                }
            }
            // An office title stands for the role only when no role is
            // given anywhere.
            person.role = person.role.or(person.office);
            names.push(person.name.clone());
            renumbered[index] = Some(speakers.len());
            speakers.push(person);
        }
    }
    for quote in &mut quotes {
        quote.speaker = quote
            .speaker
            .and_then(|index| renumbered.get(index).copied().flatten());
    }
    Quotes { speakers, quotes }
}

/// Whether `role` names a person by a role in lower case only ("the
/// officer", "the police authority"): no office's title, which would name
/// someone in particular.
fn is_generic(role: &str) -> bool {
    let words = role.strip_prefix("the ").unwrap_or(role);
    !words.is_empty() && !words.chars().any(char::is_uppercase)
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

/// "„…“, Radonjić emphasised" after "by the Judge of the Supreme Court
/// Dragan Radonjić and by …", a sentence read for no one: the person the
/// full name names, met now.
fn named_in_full(
    people: &mut People,
    full_names: &FullNames,
    paragraphs: &[String],
    surname: Span,
) -> Option<usize> {
    let full = full_names.of(paragraphs, surname)?;
    let text = full.span.paragraph.of(paragraphs)?;
    let person = Person {
        name: TextRange::new(full.span.start, full.span.end),
        role: full.role.map(|role| TextRange::new(role.start, role.end)),
        full: true,
        introduced: true,
        office: None,
    };
    people.named(text, full.span.paragraph, person)
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
