//! Who said a passage: the attribution after it (`said NAME, ROLE.`,
//! `he said`, `Carty added`, `the Minister added`, `according to NAME`),
//! and the words and roles that attributions share; the attribution before
//! a passage is [`super::attribution_before`]'s.

use super::attribution_before::trailing_person;
use super::attribution_roles::{lower_case_role, of_body, role_person_verb, who_role};
use super::name_context::age_length;
use super::names::{person_at, Person};
use super::paragraphs::{is_opener, sentence_at, starts_with_ci, trim};
use super::role_words::{is_role_letters, is_role_word};
use super::span::TextRange;
use super::titles::{after_post_nominal, is_rank, is_title};
use super::work::charge;

/// Verbs that report speech, in lower case.
const SPEECH_VERBS: [&str; 100] = [
    "said",
    "described",
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
    // "“…,” she denounced." as Spanish-speaking houses translate it.
    "denounced",
    "stresses",
    "emphasized",
    "emphasised",
    "emphasizes",
    "emphasises",
    "underlined",
    "underlines",
    "underscored",
    "highlighted",
    "highlights",
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
    "recalls",
    "indicated",
    "expressed",
    "insists",
    "argues",
    "remarks",
    "comments",
    "reflects",
    "urges",
    "admits",
    "acknowledges",
    "declares",
    "argued",
    "insisted",
    "affirmed",
    "announced",
    "told",
    "tells",
    "pointed",
    "reminded",
    "acknowledged",
    "cautioned",
    "asserted",
    "maintained",
    "reiterated",
    "confirmed",
    "replied",
    "answered",
    "asked",
    "summed",
    "went",
    "wrote",
    "writes",
    "admitted",
    "agreed",
    "suggested",
    "believes",
    "observes",
    "concludes",
    "reflected",
    "appealed",
    "recounted",
    "summarised",
    "summarized",
    "responded",
    "assured",
    "promised",
    "pledged",
    "conceded",
    "mentioned",
    "shared",
    "testified",
    "testifies",
    "spoke",
    "reported",
    "reports",
    "specified",
    "clarified",
    "elaborated",
    "underscores",
    "continues",
    // "“…,” manifested NAME", as Spanish-speaking houses translate it.
    "manifested",
    "informed",
    // "sustained the Commissioner", "precised NAME": Spanish and French
    // calques of "sostuvo" and "a précisé".
    "sustained",
    "precised",
    "revealed",
    // "NAME, ROLE, called for a common register. «…»".
    "called",
];

/// Words that complete a verb of two words ("pointed out", "went on").
const VERB_PARTICLES: [&str; 3] = ["out", "on", "up"];

const PRONOUNS: [&str; 3] = ["he", "she", "they"];

/// The most bytes an attribution before a passage is read over, back from
/// its colon: enough for a name, a long role and a few words after the verb.
pub(crate) const MOST_CLAUSE_BYTES: usize = 400;
/// The most words between a verb and the colon ("told the participants of
/// the meeting:").
pub(crate) const MOST_WORDS_AFTER_VERB: usize = 8;

/// The most words of a role that opens with "its" ("its lead author"),
/// counting "its".
const MOST_WORDS_AFTER_ITS: usize = 4;

/// Which of "he" and "she" a pronoun is: a person once called one is not
/// the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    He,
    She,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Attribution {
    /// A person by name, with the role the text gives next to it.
    Named(Person),
    /// "she said": someone named before, whom the pronoun fits.
    Pronoun(Gender),
    /// "they said": several people named before, never one alone.
    They,
    /// "the Minister added": someone named before with that role.
    Role(TextRange),
    /// "said NAME and NAME": two people, neither of them alone.
    Pair(Person, Person),
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
pub(crate) fn word_at(text: &str, from: usize) -> Option<TextRange> {
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

pub(crate) fn is_verb(word: &str) -> bool {
    is_one_of(word, &SPEECH_VERBS)
}

pub(crate) fn is_pronoun(word: &str) -> bool {
    is_one_of(word, &PRONOUNS)
}

/// The attribution a pronoun makes: "they" refers to several people.
pub(crate) fn pronoun(word: &str) -> Attribution {
    if word.eq_ignore_ascii_case("they") {
        Attribution::They
    } else if word.eq_ignore_ascii_case("she") {
        Attribution::Pronoun(Gender::She)
    } else {
        Attribution::Pronoun(Gender::He)
    }
}

/// The verb at `word` and its particle ("pointed out"): where it ends.
pub(crate) fn verb_end(text: &str, word: TextRange) -> usize {
    match word_at(text, word.end) {
        Some(next) if next.start == word.end + 1 && VERB_PARTICLES.contains(&next.of(text)) => {
            next.end
        }
        _ => word.end,
    }
}

/// Where the sentence around `from` ends, at most at `limit`.
fn sentence_end(sentences: &[TextRange], from: usize, limit: usize) -> usize {
    sentence_at(sentences, from).map_or(limit, |sentence| sentence.end.min(limit))
}

/// The largest char boundary of `text` at or before `at`.
pub(crate) fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The end of the clause that starts at `from`, as far as an attribution
/// is read: `end`, or [`MOST_CLAUSE_BYTES`] on.
pub(crate) fn clause_window_end(text: &str, from: usize, end: usize) -> usize {
    floor_boundary(text, from.saturating_add(MOST_CLAUSE_BYTES).min(end)).max(from)
}

/// A role in `from..to`: without a leading "the" and the final stop.
pub(crate) fn role_in(text: &str, from: usize, to: usize) -> Option<TextRange> {
    let mut start = trim(text, from, to).start;
    // "According to the Chairperson of the Union, NAME,", "In presence of
    // Mister the Councillor of Government, NAME,": the lead is no role.
    for lead in ROLE_LEADS {
        if starts_with_ci(&text[start..to], lead) {
            start += lead.len();
        }
    }
    // "H.E. the Assistant Secretary-General": the honorific is no role.
    let words = &text[start..to];
    if let Some((first, rest)) = words.split_once(' ') {
        if is_title(first) && rest.starts_with("the ") {
            start += first.len() + 1;
        }
    }
    if starts_with_ci(&text[start..to], "the ") {
        start += 4;
    }
    let kept = text[start..to].trim_end_matches(|c: char| c.is_whitespace() || ",.;:".contains(c));
    (!kept.is_empty()).then_some(TextRange::new(start, start + kept.len()))
}

/// Words that lead into a role and are none of it.
const ROLE_LEADS: [&str; 5] = [
    "according to ",
    "in the presence of ",
    "in presence of ",
    "mister ",
    "madam ",
];

/// Whether the words at `from` read as a role: "the …", "a …", "an …", a
/// capitalised word or a word that opens roles ("head of …").
pub(crate) fn reads_as_role(text: &str, from: usize, to: usize) -> bool {
    let TextRange { start, end } = trim(text, from, to);
    let words = &text[start..end];
    let first_word = words.split([' ', ',']).next().unwrap_or("");
    // "Its lead author, NAME,": "its" points to a body or a document the
    // release has just named, and the few words after it say the office.
    if first_word.eq_ignore_ascii_case("its") {
        let phrase = words.split(',').next().unwrap_or("");
        return phrase.split(' ').count() <= MOST_WORDS_AFTER_ITS;
    }
    // "Her deputy, NAME,": a person's possessive says whose, not what.
    if ["his", "her", "their", "our"]
        .iter()
        .any(|possessive| first_word.eq_ignore_ascii_case(possessive))
    {
        return false;
    }
    // "NAME, 17, one of the youth delegates": one of a group is a role.
    [
        "the ",
        "a ",
        "an ",
        "one of the ",
        "one of its ",
        "one of their ",
    ]
    .iter()
    .any(|article| starts_with_ci(words, article))
        || words.starts_with(|c: char| c.is_uppercase())
        || is_role_word(first_word)
}

/// The role after a name that a comma follows ("NAME, Director of X, in
/// her opening address"): up to the first comma before a lower-case word,
/// or `end`.
pub(crate) fn role_after_name(text: &str, comma: usize, end: usize) -> Option<TextRange> {
    let from = comma + 1;
    let end = clause_window_end(text, from, end);
    if from >= end {
        return None;
    }
    if !reads_as_role(text, from, end) {
        return lower_case_role(text, from, end).or_else(|| who_role(text, from, end));
    }
    // A role stops before a quotation mark: "NAME, the envoy, « … »"; an
    // apostrophe after a letter ("the Council's", "tenants'") is the role's.
    let end = opening_mark(text, from, end).unwrap_or(end);
    let mut role_end = end;
    let mut at = from;
    while let Some(found) = text[at..end].find(", ") {
        charge(found + 2);
        let next = at + found + 2;
        if text[next..end].starts_with(|c: char| c.is_lowercase()) {
            role_end = at + found;
            break;
        }
        at = next;
    }
    role_in(text, from, role_end)
}

/// Where the first quotation mark opens in `from..end`: a mark that does
/// not follow a letter or a digit.
fn opening_mark(text: &str, from: usize, end: usize) -> Option<usize> {
    let mut previous = None;
    for (at, c) in text[from..end].char_indices() {
        if is_opener(c) && !previous.is_some_and(char::is_alphanumeric) {
            charge(at + 1);
            return Some(from + at);
        }
        previous = Some(c);
    }
    charge(end - from);
    None
}

/// `person` with the role after it when a comma follows its name, past an
/// age ("NAME, 22, a youth delegate from Khulna"), or the body it is of
/// ("NAME of the Alpine Research Centre").
pub(crate) fn with_role_after(text: &str, mut person: Person, end: usize) -> Person {
    // "Captain NAME, chairman of the Pilots' Association": a rank before
    // the name, and the office after it, which says more.
    // "Police Lieutenant General Dr. NAME, National Police Chief".
    let rank = person.role.is_some_and(|role| is_rank(role.of(text)));
    if person.role.is_some() && !rank {
        return person;
    }
    let mut comma = after_post_nominal(text, person.name.end);
    if let Some(age) = age_length(&text[comma..end]) {
        comma += age;
    }
    if text[comma..end].starts_with(',') {
        person.role = role_after_name(text, comma, end).or(person.role);
    } else if let Some((body, body_end)) = of_body(text, comma + 1, end) {
        // "Judge NAME of the Court, President of the Association": the
        // role after the body's comma says more.
        let role_after = text[body_end..end]
            .starts_with(',')
            .then(|| role_after_name(text, body_end, end))
            .flatten();
        person.role = role_after.or((person.office.is_none()).then_some(body));
    }
    person
}

/// The attribution that follows a passage at `from` ("said NAME, ROLE.",
/// "he said", "Carty added", "the Minister added", "according to NAME"),
/// running at most to `limit`, and where it ends. `sentences` are those of
/// `text`.
pub(crate) fn attribution_after(
    text: &str,
    sentences: &[TextRange],
    from: usize,
    limit: usize,
) -> Attributed {
    let attributed = |attribution, end| Attributed { attribution, end };
    let unknown = attributed(Attribution::Unknown, from);
    // "“…” – NAME, ROLE.": a dash and the speaker to the sentence's end.
    let rest = text[from..limit].trim_start();
    // "«…», – noted NAME": a comma before the dash, as Russian has it.
    let rest = rest
        .strip_prefix(',')
        .map(str::trim_start)
        .filter(|after| after.starts_with(['–', '—']) || after.starts_with("- "))
        .unwrap_or(rest);
    // "“…”\n- Danielle Fortier, Minister …": a hyphen as a signature's dash.
    if let Some(after_dash) = ["– ", "— ", "- "]
        .iter()
        .find_map(|dash| rest.strip_prefix(dash))
    {
        let at = limit - after_dash.len();
        // "„…” – said NAME, ROLE.": the dash, then the usual attribution.
        // "„…” – he stressed.": a pronoun and its verb, likewise.
        let verb = after_dash.split([' ', ',']).next().unwrap_or("");
        if verb.starts_with(char::is_lowercase) && (is_verb(verb) || is_pronoun(verb)) {
            return attribution_after(text, sentences, at, limit);
        }
        let end = sentence_end(sentences, at, limit);
        if let Some(person) = person_at(text, at, end).filter(|person| person.full) {
            let person = with_role_after(text, person, end);
            // The role may stand before the name ("– Director NAME").
            let spoken_to = person
                .role
                .map_or(person.name.end, |role| role.end.max(person.name.end));
            let closes = !text[spoken_to..end].chars().any(char::is_alphanumeric);
            if closes {
                return attributed(Attribution::Named(person), end);
            }
        }
        // "«…», – B. Toktogulov emphasized.": a name and its verb after the
        // dash, read as without it; "«…», - the Vice Minister emphasized."
        // likewise.
        if after_dash.starts_with(char::is_uppercase) || after_dash.starts_with("the ") {
            return attribution_after(text, sentences, at, limit);
        }
    }
    let Some(first) = word_at(text, from).filter(|word| word.end <= limit) else {
        return unknown;
    };
    // "«…», has declared the Minister": the perfect's auxiliary before the
    // verb, as French houses translate "a déclaré".
    let first = match word_at(text, first.end) {
        Some(verb)
            if ["has", "have"].contains(&first.of(text))
                && verb.end <= limit
                && is_verb(verb.of(text)) =>
        {
            verb
        }
        _ => first,
    };
    let end = sentence_end(sentences, first.start, limit);
    let first_word = first.of(text);
    if is_verb(first_word) {
        let mut after_verb = verb_end(text, first);
        // "underlined, for her part, Judge NAME": an aside before the name.
        for aside in PART_ASIDES {
            if let Some(rest) = text[after_verb..end].strip_prefix(aside) {
                after_verb = end - rest.len();
                break;
            }
        }
        // "said 21st Judicial District Attorney NAME", "tells 17-year-old
        // team member NAME": an ordinal or an age opens the role.
        let numbered = numbered_word(text, after_verb, end);
        let Some(second) = word_at(text, numbered.map_or(after_verb, |word| word.end))
            .filter(|word| word.end <= end)
        else {
            return unknown;
        };
        if is_pronoun(second.of(text)) && numbered.is_none() {
            return attributed(pronoun(second.of(text)), second.end);
        }
        if let Some(person) = role_then_person(text, second.start, end)
            .or_else(|| lower_role_then_person(text, second.start, end))
        {
            let person = with_numbered_role(person, numbered);
            return attributed(Attribution::Named(person), person.name.end);
        }
        if numbered.is_some() {
            // "said 21st Judicial District Attorney NAME": a role in capitals.
            return match person_at(text, second.start, end).filter(|person| person.role.is_some()) {
                Some(person) => {
                    let person = with_numbered_role(with_role_after(text, person, end), numbered);
                    attributed(Attribution::Named(person), words_end(person))
                }
                None => unknown,
            };
        }
        // "said the director of the hospice NAME, opening …": a role in
        // lower case up to a full name.
        if second.of(text) == "the" {
            let clause_end = text[second.start..end]
                .find([',', '.', ';'])
                .map_or(end, |at| second.start + at);
            let named = trailing_person(text, second.start, clause_end).filter(|person| {
                person.full
                    && person.role.is_none()
                    && text[second.start..person.name.start]
                        .trim_end()
                        .rsplit(' ')
                        .next()
                        .is_some_and(|before| {
                            // "the Secretary of Criminal Policy": after a
                            // small word, capitals name a body, not a person.
                            before.starts_with(char::is_lowercase)
                                && !["of", "for", "the", "and", "on", "in", "at"].contains(&before)
                        })
            });
            if let Some(person) = named {
                let role = role_in(text, second.start, person.name.start);
                return attributed(
                    Attribution::Named(Person { role, ..person }),
                    person.name.end,
                );
            }
            // "said the Minister."
            if let Some(role) = role_to_end(text, second.start, end) {
                return attributed(Attribution::Role(role), role.end);
            }
        }
        return match person_at(text, second.start, end) {
            Some(person) => {
                // "said NAME and NAME": both, and neither alone.
                let pair = text[person.name.end..end]
                    .strip_prefix(" and ")
                    .and_then(|rest| person_at(text, end - rest.len(), end));
                if let Some(other) = pair {
                    // "said Saskatchewan Privacy and Data Commissioner NAME":
                    // the "and" joins the words of one role, before one name.
                    if let (Some(role), None, false) = (other.role, person.role, person.introduced)
                    {
                        let one = Person {
                            role: Some(TextRange::new(person.name.start, role.end)),
                            ..other
                        };
                        return attributed(Attribution::Named(one), one.name.end);
                    }
                    return attributed(Attribution::Pair(person, other), other.name.end);
                }
                let person = with_role_after(text, person, end);
                attributed(Attribution::Named(person), words_end(person))
            }
            None => unknown,
        };
    }
    if is_pronoun(first_word) {
        // "», he has insisted.": a perfect, as French houses translate.
        let verb = word_at(text, first.end).and_then(|next| {
            if ["has", "have", "had"].contains(&next.of(text)) {
                word_at(text, next.end)
            } else {
                Some(next)
            }
        });
        return match verb {
            Some(verb) if verb.end <= end && is_verb(verb.of(text)) => {
                attributed(pronoun(first_word), verb_end(text, verb))
            }
            _ => unknown,
        };
    }
    if first_word.eq_ignore_ascii_case("according") && text[first.end..].starts_with(" to ") {
        let at = first.end + 4;
        // "According to her, “…”": the person the release spoke of last.
        if let Some(object) = word_at(text, at).filter(|word| word.end <= end) {
            let subject = match object.of(text) {
                "her" => Some("she"),
                "him" => Some("he"),
                "them" => Some("they"),
                _ => None,
            };
            if let Some(subject) = subject {
                return attributed(pronoun(subject), object.end);
            }
        }
        // "According to the Head of X, NAME, “…”": the role first.
        if let Some(person) = role_then_person(text, at, end) {
            return attributed(Attribution::Named(person), person.name.end);
        }
        return match person_at(text, at, end) {
            Some(person) => {
                let person = with_role_after(text, person, end);
                attributed(Attribution::Named(person), words_end(person))
            }
            None => unknown,
        };
    }
    // "Sweden’s Ambassador to Kenya, NAME, said": the role after a
    // possessive, as after "the".
    let possessive_role = ["'s ", "’s "]
        .iter()
        .find_map(|ending| text[first.end..end].strip_prefix(ending))
        .filter(|rest| rest.split(' ').next().is_some_and(is_role_word))
        .map(|rest| end - rest.len());
    if let Some(role_start) = possessive_role {
        if let Some((person, verb_end)) = role_person_verb(text, role_start, end) {
            return attributed(Attribution::Named(person), verb_end);
        }
    }
    if first_word == "the" {
        // "the Head of X, NAME, told participants."
        if let Some((person, verb_end)) = role_person_verb(text, first.start, end) {
            return attributed(Attribution::Named(person), verb_end);
        }
        // "the Minister added."
        if let Some(role) = role_before_verb(text, first.start, end) {
            return attributed(Attribution::Role(role.0), role.1);
        }
        return unknown;
    }
    // "committee chair Sen. NAME said": a role in lower case first.
    if first_word.starts_with(char::is_lowercase) {
        let Some(person) = lower_role_then_person(text, first.start, end) else {
            return unknown;
        };
        return match word_at(text, person.name.end) {
            Some(verb) if verb.end <= end && is_verb(verb.of(text)) => {
                attributed(Attribution::Named(person), verb_end(text, verb))
            }
            _ => unknown,
        };
    }
    let Some(person) = person_at(text, first.start, end) else {
        return unknown;
    };
    // "NAME said" or "NAME, ROLE, said"; "NAME of the Court told": the
    // body after the name goes with it.
    let mut after = person.name.end;
    if let Some(body) = text[after..end].strip_prefix(" of ") {
        let body_start = end - body.len();
        let body_end = body
            .split(' ')
            .scan(body_start, |at, word| {
                let word_at = *at;
                *at += word.len() + 1;
                Some((word_at, word))
            })
            .take_while(|(_, word)| {
                word.starts_with(char::is_uppercase) || ["of", "the", "and", "for"].contains(word)
            })
            .filter(|(_, word)| word.starts_with(char::is_uppercase))
            .last()
            .map(|(at, word)| at + word.len());
        if let Some(body_end) = body_end {
            after = body_end;
        }
    }
    if let Some(verb) = word_at(text, after) {
        // "NAME has pointed out": the auxiliary before the verb.
        let verb = match word_at(text, verb.end) {
            Some(next)
                if ["has", "have"].contains(&verb.of(text)) && next.start == verb.end + 1 =>
            {
                next
            }
            _ => verb,
        };
        if verb.start > after
            && verb.end <= end
            && is_verb(verb.of(text))
            && !text[after + 1..verb.start].contains([',', '.'])
        {
            return attributed(Attribution::Named(person), verb_end(text, verb));
        }
    }
    if text[after..end].starts_with(',') {
        // The role between the commas is a few words long: a verb far
        // after the name is another clause's.
        let end = clause_window_end(text, after, end);
        let mut at = after + 1;
        while let Some(found) = text[at..end].find(", ") {
            charge(found + 2);
            let verb_at = at + found + 2;
            if let Some(verb) = word_at(text, verb_at) {
                if verb.start == verb_at && is_verb(verb.of(text)) {
                    let role = role_in(text, after + 1, at + found);
                    let named = Person { role, ..person };
                    return attributed(Attribution::Named(named), verb_end(text, verb));
                }
            }
            at = verb_at;
        }
    }
    unknown
}

/// Where the words naming `person` end: after the role when it follows
/// the name, else after the name.
fn words_end(person: Person) -> usize {
    person
        .role
        .map_or(person.name.end, |role| role.end.max(person.name.end))
}

/// "the Head of X, NAME" at `from`, to `end`: the person with that role.
fn role_then_person(text: &str, from: usize, end: usize) -> Option<Person> {
    let end = clause_window_end(text, from, end);
    if !reads_as_role(text, from, end) {
        return None;
    }
    let comma = text[from..end].find(", ")? + from;
    charge(comma - from);
    // A name in full: "Dean" alone in "…, Dean of APIDP." names no one.
    let person = person_at(text, comma + 2, end).filter(|person| person.full)?;
    // "…, PhDr. Mgr. NAME, PhD., MPH.": letters after the name.
    let rest = text[after_post_nominal(text, person.name.end).min(end)..end]
        .trim_end_matches(|c: char| c.is_whitespace() || ",.;:".contains(c));
    // "said the chair, Senator NAME (Brazil).": a country or a party in
    // brackets belongs to the name's mention.
    let rest = rest
        .strip_prefix(" (")
        .and_then(|inside| inside.strip_suffix(')'))
        .filter(|inside| !inside.contains(['(', ')']))
        .map_or(rest, |_| "");
    // "…, NAME, who opened the session.": a clause about the speaker.
    // ", opening the seminar", ", speaking for …": a participle's clause.
    let participle = rest
        .strip_prefix(", ")
        .and_then(|clause| clause.split(' ').next())
        .is_some_and(|word| word.ends_with("ing") && word.starts_with(char::is_lowercase));
    // "…, Mayor NAME of Ribe, as she opened …": where they are from.
    let rest = match rest.strip_prefix(" of ") {
        Some(place) if place.starts_with(char::is_uppercase) => {
            place.find(", ").map_or("", |comma| &place[comma..])
        }
        _ => rest,
    };
    // "…, NAME, Deputy Director of X.": a second role after the name.
    let second_role = rest
        .strip_prefix(", ")
        .is_some_and(|role| role.starts_with(char::is_uppercase) && !role.contains(", "));
    let about_them = participle
        || second_role
        || [
            ", who ",
            ", as ",
            ", when ",
            ", adding ",
            ", before ",
            ", ahead of ",
            ", after ",
            ", during ",
            ", at the ",
            // "…, NAME, in her closing speech this afternoon."
            ", in ",
            ", on ",
            ", while ",
            ", following ",
        ]
        .iter()
        .any(|clause| rest.starts_with(clause));
    let rest = if about_them { "" } else { rest };
    // "said the President of the Federation, Mayor NAME": a one-word rank
    // or office before the name gives way to the role before it. A longer
    // one is a body's name read as a role and a name ("said NAME, Chief
    // Executive of Kestrel Maritime Lines"), unless "the" opens the first
    // role ("stated the co-chair of the Council, Secretary of State NAME").
    let second_office = person.role.is_some_and(|role| role.of(text).contains(' '))
        && !text[from..].starts_with("the ");
    if !rest.is_empty() || second_office {
        return None;
    }
    Some(Person {
        role: role_in(text, from, comma),
        full: true,
        ..person
    })
}

/// `person` with `numbered`, the ordinal or age before the role, opening
/// it.
fn with_numbered_role(mut person: Person, numbered: Option<TextRange>) -> Person {
    if let (Some(word), Some(role)) = (numbered, person.role.as_mut()) {
        role.start = word.start;
    }
    person
}

/// The ordinal ("21st") or the age ("17-year-old") that opens the words
/// at `from`, before `end`.
fn numbered_word(text: &str, from: usize, end: usize) -> Option<TextRange> {
    let words = text.get(from..end)?;
    let start = from + (words.len() - words.trim_start().len());
    let written = text[start..end].split(' ').next()?;
    let digits = written.len()
        - written
            .trim_start_matches(|c: char| c.is_ascii_digit())
            .len();
    let rest = &written[digits..];
    let ordinal = ["st", "nd", "rd", "th"].contains(&rest);
    let age = rest == "-year-old";
    (digits > 0 && (ordinal || age)).then(|| TextRange::new(start, start + written.len()))
}

/// "warned media lawyer NAME": a role of a few lower-case words, one of
/// them a role's, and a name after it.
fn lower_role_then_person(text: &str, from: usize, end: usize) -> Option<Person> {
    let mut at = from;
    let mut has_role_word = false;
    for _ in 0..MOST_LOWER_ROLE_WORDS {
        let word = word_at(text, at).filter(|word| word.end <= end)?;
        if word.start != at && at != from {
            return None;
        }
        let written = word.of(text);
        if written.starts_with(char::is_uppercase) {
            // "one prosecutor from Central America said": a place, not a name.
            let last = text[from..word.start]
                .trim_end()
                .rsplit(' ')
                .next()
                .unwrap_or("");
            if ["from", "of", "in", "at", "for", "with", "to", "by"].contains(&last) {
                return None;
            }
            let Some(person) = person_at(text, word.start, end).filter(|person| person.full) else {
                // "says Havenbond chair NAME", "said Honduran journalist
                // NAME": a body's name or a nationality opens the role.
                let only_capitals = text[from..word.start]
                    .split_whitespace()
                    .all(|before| before.starts_with(char::is_uppercase));
                if has_role_word || !only_capitals {
                    return None;
                }
                at = word.end + 1;
                continue;
            };
            let role = TextRange::new(from, at.saturating_sub(1).max(from));
            // "said the Rt Revd NAME": an article before titles is no role;
            // nor are titles alone ("said dr NAME", as Polish houses write).
            if ["the", "a", "an"].contains(&role.of(text)) || role.of(text).split(' ').all(is_title)
            {
                return Some(with_role_after(text, person, end));
            }
            // "said conductor Aled Price": a word or two and a full name.
            let short = role.of(text).split(' ').count() <= 2 && person.name.of(text).contains(' ');
            return ((has_role_word || short) && !role.is_empty()).then_some(Person {
                role: Some(role),
                ..person
            });
        }
        has_role_word |= is_role_word(written);
        // A hyphenated word ("incident-response") goes on after its hyphen.
        at = if text[word.end..].starts_with('-') {
            word_at(text, word.end + 1).map_or(word.end, |next| next.end) + 1
        } else {
            word.end + 1
        };
    }
    None
}

/// The most lower-case words of a role before a name after a verb.
const MOST_LOWER_ROLE_WORDS: usize = 4;

/// "the Minister." at `from`: a few words, one of them a role's, to the
/// sentence's end.
fn role_to_end(text: &str, from: usize, end: usize) -> Option<TextRange> {
    if end - from > MOST_CLAUSE_BYTES {
        return None;
    }
    let role = trim(text, from, end);
    let words = role.of(text).trim_end_matches(['.', '!', '?']);
    // "emphasised the vice minister, who called to …": the relative
    // clause after the role is none of it.
    let words = words.split(", who ").next().unwrap_or(words);
    // "expressed the Secretary during the opening on Monday": when and
    // where it was said are none of it either.
    let words = [" during ", " at the ", " in her ", " in his ", " on "]
        .iter()
        .filter_map(|lead| words.find(lead))
        .min()
        .map_or(words, |at| &words[..at]);
    charge(words.len());
    let count = words.split(' ').count();
    let fits = count <= MOST_WORDS_AFTER_VERB
        && !words.contains(',')
        && words.split(' ').any(is_role_word);
    fits.then_some(TextRange::new(role.start, role.start + words.len()))
}

/// "the Minister added" at `from`: the role's words and where the verb
/// ends, when a verb follows a few capitalised words.
fn role_before_verb(text: &str, from: usize, end: usize) -> Option<(TextRange, usize)> {
    let mut at = from;
    let mut role_words = 0;
    for index in 0..MOST_WORDS_AFTER_VERB {
        let word = word_at(text, at).filter(|word| word.end <= end)?;
        let written = word.of(text);
        if is_verb(written) && role_words > 0 {
            return Some((TextRange::new(from, at), verb_end(text, word)));
        }
        // "the DCE stated": a role's letters, which the people read before
        // may hold, right after the article.
        let letters = index == 1 && is_role_letters(written);
        if is_role_word(written) || letters {
            role_words += 1;
        }
        // "the Children's Advocate said": a possessive's ending is the
        // role's.
        at = ["'s", "’s"]
            .iter()
            .find(|ending| text[word.end..end].starts_with(*ending))
            .map_or(word.end, |ending| word.end + ending.len());
    }
    None
}

/// Asides between a speech verb and the speaker's name.
const PART_ASIDES: [&str; 6] = [
    ", for her part,",
    ", for his part,",
    ", for their part,",
    " for her part",
    " for his part",
    " for their part",
];

/// "According to NAME, ROLE, CLAUSE." at `start..end`: the attribution and
/// the clause, the source's account of what NAME said. The role runs to the
/// next comma.
pub(crate) fn according_to(text: &str, start: usize, end: usize) -> Option<Reported> {
    if !starts_with_ci(&text[start..end], "according to ") {
        return None;
    }
    let name_start = start + "according to ".len();
    let person = person_at(text, name_start, end)?;
    let after_name = text[person.name.end..end].strip_prefix(", ")?;
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
    (!clause.is_empty()).then_some(Reported {
        attribution: Attribution::Named(Person {
            role: person.role.or(role),
            ..person
        }),
        clause,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::super::paragraphs::sentences;
    use super::*;

    /// (name, role) or "pronoun", "role: …", "unknown": an attribution as
    /// the tests of both directions compare it.
    pub(crate) fn describe(text: &str, attribution: Attribution) -> String {
        match attribution {
            Attribution::Named(person) => match person.role {
                Some(role) => format!("{} | {}", person.name.of(text), role.of(text)),
                None => person.name.of(text).to_string(),
            },
            Attribution::Pronoun(_) => "pronoun".to_string(),
            Attribution::They => "they".to_string(),
            Attribution::Role(role) => format!("role: {}", role.of(text)),
            Attribution::Pair(one, other) => {
                format!("{} & {}", one.name.of(text), other.name.of(text))
            }
            Attribution::Unknown => "unknown".to_string(),
        }
    }

    fn after(text: &str) -> String {
        describe(
            text,
            attribution_after(text, &sentences(text), 0, text.len()).attribution,
        )
    }

    #[test]
    fn attributions_after_a_passage() {
        assert_eq!(
            after(", expressed the Secretary of Criminal Policy."),
            "role: the Secretary of Criminal Policy"
        );
        assert_eq!(
            after(", stated the governmental co-chair of the Council, Secretary of State Veronica Ciobanu."),
            "Veronica Ciobanu | governmental co-chair of the Council"
        );
        assert_eq!(
            after(", said Elin Rhys, Chief Executive of Cymdeithas Ysgolion Cymraeg."),
            "Elin Rhys | Chief Executive of Cymdeithas Ysgolion Cymraeg"
        );
        assert_eq!(
            after(" said Elin Sandvik, Director of the Example Unit."),
            "Elin Sandvik | Director of the Example Unit"
        );
        assert_eq!(
            after(
                " stressed Elin Sandvik, Director of the Example Unit, as she opened the session."
            ),
            "Elin Sandvik | Director of the Example Unit"
        );
        assert_eq!(after(" said Ambassador Rui Faria."), "Rui Faria");
        assert_eq!(after(", she added."), "pronoun");
        assert_eq!(after(" he told the plenary."), "pronoun");
        assert_eq!(after(", said Sandvik."), "Sandvik");
        assert_eq!(after(", Sandvik said."), "Sandvik");
        assert_eq!(after(", the Minister added."), "role: the Minister");
        assert_eq!(after(", said the minister."), "role: the minister");
        assert_eq!(after(", said one participant."), "unknown");
        assert_eq!(
            after(", said Rui Faria and Elin Sandvik."),
            "Rui Faria & Elin Sandvik"
        );
        assert_eq!(
            after(" said the Head of the Example Unit, Elin Sandvik."),
            "Elin Sandvik | Head of the Example Unit"
        );
        assert_eq!(
            after(", Elin Sandvik, Director of the Example Unit, pointed out."),
            "Elin Sandvik | Director of the Example Unit"
        );
        assert_eq!(
            after(" said Minister of Labour Aino Kettu."),
            "Aino Kettu | Minister of Labour"
        );
        assert_eq!(after(", which will run until May."), "unknown");
        assert_eq!(
            after(" declared the Head of the Unit, Dr Aminata Kaboré, in her closing speech."),
            "Aminata Kaboré | Head of the Unit"
        );
        assert_eq!(after(" Staff Sgt. Dhillon told the students."), "Dhillon");
        assert_eq!(after(" Major Kellaway said."), "Kellaway | Major");
        assert_eq!(
            after(" says Mag. Thomas Leitgeb, Secretary General of the Union."),
            "Thomas Leitgeb | Secretary General of the Union"
        );
        assert_eq!(after(", she recalls."), "pronoun");
        assert_eq!(
            after(" said Nordland Privacy and Data Commissioner Marit Dahl."),
            "Marit Dahl | Nordland Privacy and Data Commissioner"
        );
    }

    #[test]
    fn a_role_after_the_name_runs_to_the_clause_end() {
        assert_eq!(
            after(
                " said Dr Elena Marsh, the Institute's Chief Data Officer, who leads the review."
            ),
            "Elena Marsh | Institute's Chief Data Officer"
        );
        assert_eq!(
            after(", said Tomas Brink, coordinator of the Lakeside tenants' network."),
            "Tomas Brink | coordinator of the Lakeside tenants' network"
        );
    }
}
