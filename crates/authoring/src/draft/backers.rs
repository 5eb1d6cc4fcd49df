//! Who organises: "organised/co-organised/hosted/convened by X", "X
//! held/hosted/opened a workshop"; and the clause ends that organisers and
//! funders ([`super::funders`]) share.

use super::event_owners::{body_of_event, held_by};
use super::focus::EVENT_NOUNS;
use super::names::person_at;
use super::organiser_names::{
    is_possessive_word, listed_organisers_end, name_end, name_with_acronym, portfolio_list_end,
    MOST_DESCRIPTOR_WORDS,
};
use super::organiser_subjects::subject_organiser;
use super::paragraphs::{find_all, is_opener, last_words, starts_with_ci, trim_end_marks};
use super::role_words::{is_role_head, is_role_word};
use super::span::TextRange;
use super::titles::is_title;

/// Phrases after which the organiser follows, surest first: a sentence
/// that names an organiser and a host ("hosted by A and organised by B")
/// gives the organiser.
const ORGANISED: [&str; 32] = [
    "organized by ",
    "organised by ",
    "arranged by ",
    "co-organized by ",
    "co-organised by ",
    "organized jointly by ",
    "organised jointly by ",
    "jointly organized by ",
    "jointly organised by ",
    "convened by ",
    "convoked by ",
    // "promoted by X", as Italian and Portuguese houses translate
    // "promosso da".
    "promoted by ",
    "co-convened by ",
    "jointly convened by ",
    "is an initiative of ",
    "a joint initiative of ",
    ", an initiative of ",
    "put together by ",
    "put on by ",
    "staged by ",
    "run by ",
    "delivered by ",
    "conducted by ",
    "coordinated by ",
    "co-ordinated by ",
    "implemented by ",
    "jointly by ",
    "at the initiative of ",
    // "in the organisation of X, the workshop was held", as Croatian and
    // Slovenian houses write "u organizaciji".
    "in the organisation of ",
    "in the organization of ",
    "under the organisation of ",
    "under the organization of ",
];
const HOSTED: [&str; 4] = [
    "hosted by ",
    "co-hosted by ",
    "jointly hosted by ",
    "facilitated by ",
];
/// Words that end an organiser or a list of funders where they start.
pub(crate) const CLAUSE_ENDS: [&str; 33] = [
    ", ",
    "; ",
    " and has ",
    " and funded",
    " and co-funded",
    " and co-financed",
    " and co-sponsored",
    " and financed",
    " and sponsored",
    " and supported",
    " and hosted",
    // "organized by the Division of Public Health and held Monday through
    // Thursday".
    " and held ",
    " and organi",
    " and is ",
    " and was ",
    " and will ",
    " and also ",
    " in co-operation with",
    " in cooperation with",
    " in partnership with",
    " in collaboration with",
    " in coordination with",
    " with the support",
    " with support",
    " with funding",
    " with the financial",
    " under the ",
    " under its ",
    " under a ",
    " under an ",
    " as part of ",
    " within the framework",
    // "through its Directorate", "funded by the Government of X through
    // IPCO’s Project Safe Horizon".
    " through ",
];

pub(crate) fn earliest(text: &str, phrases: &[&str]) -> Option<TextRange> {
    phrases
        .iter()
        .flat_map(|phrase| {
            find_all(text, phrase)
                .into_iter()
                .map(move |at| TextRange::new(at, at + phrase.len()))
        })
        .min_by_key(|phrase| (phrase.start, std::cmp::Reverse(phrase.end)))
}

/// Where the clause starting at `from` ends: at the first of `ends` or at
/// `limit`.
pub(crate) fn clause_end(text: &str, from: usize, limit: usize, ends: &[&str]) -> usize {
    earliest(&text[from..limit], ends).map_or(limit, |end| from + end.start)
}

/// Phrases of [`ORGANISED`] and [`HOSTED`] that run parts of an event as
/// often as the event: they name its organiser only after the event.
const LESSER_ORGANISED: [&str; 8] = [
    // "the approach promoted by the Task Force" names no event.
    "promoted by ",
    "run by ",
    "delivered by ",
    "conducted by ",
    "coordinated by ",
    "co-ordinated by ",
    "implemented by ",
    "facilitated by ",
];

/// Whether the last few words of `before` name the event or stand for it
/// ("the training, conducted by", "It is run by").
fn event_before(before: &str) -> bool {
    // "a two-day training on …, run by the charity X": set off by a comma,
    // the phrase may follow the event's whole description.
    let words = if before.trim_end().ends_with(',') {
        usize::MAX
    } else {
        MOST_WORDS_BEFORE_LESSER
    };
    let last = last_words(before, words).to_ascii_lowercase();
    EVENT_NOUNS
        .iter()
        .chain(["it", "which", "programme", "project", "course"].iter())
        .any(|noun| !find_all(&last, noun).is_empty())
}

/// The most words between an event's noun and a lesser verb's "by".
const MOST_WORDS_BEFORE_LESSER: usize = 6;

/// The most bytes of a body's own description before its name ("its pro
/// bono programme, NAME").
const MOST_OWN_BYTES: usize = 40;

/// An organiser a sentence names, and how.
pub(crate) struct Organiser {
    pub range: TextRange,
    /// Named after "organised by" and its kin, rather than as the subject
    /// of "held a workshop": the surer of the two.
    pub by_phrase: bool,
}

/// An organiser's words without what is none of the body: the possessive
/// mark that makes it the event's owner ("The Department of Social
/// Development's two-day Summit"), a person in brackets ("Gyeongdo City
/// (Mayor Park Jin-ho)"), a partner's joint left with no partner
/// ("… Federation together with"), and a bracket left open.
pub(crate) fn body_alone(written: &str) -> &str {
    let mut body = written
        .strip_suffix("'s")
        .or_else(|| written.strip_suffix("’s"))
        .unwrap_or(written);
    if let Some(open) = body.rfind(" (").filter(|_| body.ends_with(')')) {
        let first = body[open + 2..].split([' ', ')']).next().unwrap_or("");
        // "The Korea Patent and Trademark Office (KPTO, Commissioner NAME)":
        // the holder after the letters.
        let holder_after_letters = body[open + 2..]
            .split_once(", ")
            .and_then(|(_, holder)| holder.split(' ').next())
            .is_some_and(|word| is_role_head(word) || is_title(word));
        if is_role_head(first) || is_title(first) || holder_after_letters {
            body = &body[..open];
        }
    }
    for joint in [
        " together with",
        " jointly with",
        " in cooperation with",
        " with",
    ] {
        body = body.strip_suffix(joint).unwrap_or(body);
    }
    // "The Department of Family Services (DSF, by its Spanish acronym)",
    // cut at its comma: a bracket left open is none of the name.
    if let Some(open) = body.rfind(" (").filter(|&open| !body[open..].contains(')')) {
        body = &body[..open];
    }
    body
}

/// How a partner joins the organiser named after "organised by".
const PARTNERED_AFTER_BY: [&str; 2] = [" together with ", " jointly with "];

/// Offices whose holder a release may name as the organiser in the body's
/// place ("The Head of the Academy, NAME, closed the course").
const HEADS_OF_BODIES: [&str; 6] = [
    "Head",
    "Director",
    "Rector",
    "Dean",
    "Commandant",
    "Principal",
];

/// The bytes before the body in an organiser named by the office that heads
/// it ("The Head of the National Police Leadership Academy" → "the National
/// Police Leadership Academy"): 0 when it names none.
pub(crate) fn head_of_body(written: &str) -> usize {
    let office = written.strip_prefix("The ").unwrap_or(written);
    HEADS_OF_BODIES
        .iter()
        .find_map(|head| office.strip_prefix(head)?.strip_prefix(" of the "))
        .map_or(0, |body| written.len() - body.len() - "the ".len())
}

/// Whether a subject names people rather than a body: one plural word
/// ("Nurses", "Students") or plural roles ("the Judges").
fn names_people(words: &str) -> bool {
    let plural = words
        .strip_suffix('s')
        .and_then(|stem| stem.get(1..))
        .is_some_and(|rest| !rest.is_empty() && rest.chars().all(char::is_lowercase));
    plural
        || words.split(' ').all(|word| {
            word.strip_suffix('s').is_some_and(is_role_word) || word.eq_ignore_ascii_case("the")
        })
}

/// The organiser the sentence `start..core` of `text` names: after
/// "organised by" and its kin, or as the subject of "held/hosted/opened a
/// workshop".
pub(crate) fn organiser_in(
    text: &str,
    start: usize,
    core: usize,
    place: &str,
) -> Option<Organiser> {
    let sentence = &text[start..core];
    let organised = earliest(sentence, &ORGANISED).or_else(|| held_by(sentence));
    // "X will hold its conference …, hosted by Y": the holder organises,
    // the host lends its rooms; "X hosted the meeting of the Task Force":
    // the host, before the event's owner; but "Nurses wrapped up the
    // Union's Summit": people as the subject, and the owner the organiser.
    if organised.is_none() {
        if let Some(found) =
            subject_organiser(text, start, core).filter(|found| !names_people(found.range.of(text)))
        {
            return Some(found);
        }
        if let Some(range) = body_of_event(text, start, core, place) {
            return Some(Organiser {
                range,
                by_phrase: false,
            });
        }
    }
    if let Some(phrase) = organised.or_else(|| earliest(sentence, &HOSTED)) {
        // "legal aid desks run by students", "the keynote, delivered by
        // Professor X": what a lesser verb says is run need be the event.
        let lesser = LESSER_ORGANISED
            .iter()
            .any(|verb| text[start + phrase.start..].starts_with(verb));
        if lesser && !event_before(&text[start..start + phrase.start]) {
            return subject_organiser(text, start, core);
        }
        let mut from = start + phrase.end;
        if starts_with_ci(&text[from..core], "the ") {
            from += 4;
        }
        // "delivered by trainers from the Network": people, not a body;
        // "by the university's Centre" still names one.
        // "by the (environmental) organisation Blue Delta", though, names
        // one after its kind: the name is the organiser.
        let first_word = text[from..core].split(' ').next().unwrap_or("");
        // "run by its pro bono programme, Clausewell for Good,": the name
        // after the body's own description.
        if ["its", "their"].contains(&first_word) {
            let window = &text[from..text.floor_char_boundary((from + MOST_OWN_BYTES).min(core))];
            let named = window
                .find(", ")
                .filter(|&comma| window[comma + 2..].starts_with(char::is_uppercase));
            match named {
                Some(comma) => from += comma + 2,
                None => return None,
            }
        }
        // "by the Dutch foundation Climate Justice in Court": a nationality
        // and a kind in lower case describe the body that the name follows.
        let mut words = text[from..core].splitn(4, ' ');
        if let (Some(nationality), Some(kind), Some(name)) =
            (words.next(), words.next(), words.next())
        {
            if nationality.starts_with(char::is_uppercase)
                && DESCRIBED_KINDS.contains(&kind)
                && name.starts_with(char::is_uppercase)
            {
                from += nationality.len() + kind.len() + 2;
            }
        }
        let first_word = text[from..core].split(' ').next().unwrap_or("");
        if first_word.starts_with(char::is_lowercase) && !is_possessive_word(first_word) {
            let name = text[from..core]
                .split(' ')
                .take(MOST_DESCRIPTOR_WORDS + 1)
                .scan(from, |at, word| {
                    let word_at = *at;
                    *at += word.len() + 1;
                    Some((word_at, word))
                })
                // "the charitable institution «Warm Home» Children's
                // Hospice": a name may open with a mark.
                .find(|(_, word)| {
                    word.trim_start_matches(is_opener)
                        .starts_with(char::is_uppercase)
                });
            match name {
                // "trainers from the Network" are people, not a kind.
                Some((name_at, _))
                    if !text[from..name_at].contains(',')
                        && !text[from..name_at].split(' ').any(|word| {
                            ["from", "of", "at", "with", "by", "for", "in", "the"].contains(&word)
                        }) =>
                {
                    from = name_at
                }
                _ => return None,
            }
        }
        let to = match name_with_acronym(text, from, core) {
            Some(end) => end,
            None => {
                let to = clause_end(text, from, core, &CLAUSE_ENDS);
                // "the Ministry of Women, Children and Senior Citizens":
                // a portfolio's list is one name.
                let to = portfolio_list_end(text, from, to, core).map_or(to, |list_end| {
                    clause_end(text, list_end, core, &CLAUSE_ENDS)
                });
                // "by the Mayor's Office together with the Flood Group and
                // the crew of the Station": the first body leads, and the
                // partners' list may not end where a name would.
                let to = clause_end(text, from, to, &PARTNERED_AFTER_BY);
                let to = name_end(text, from, to, place);
                listed_organisers_end(text, from, to, core, place).unwrap_or(to)
            }
        };
        let range = trim_end_marks(text, from, to, &['.', ',', ';', ':']);
        // "delivered by the Minister Counsellor for Consular Affairs, NAME":
        // an office held by the person named after it, not a body.
        let office_holder = range.of(text).split(' ').next().is_some_and(is_role_head)
            && text[range.end..core]
                .strip_prefix(", ")
                .is_some_and(|rest| {
                    person_at(text, core - rest.len(), core).is_some_and(|person| person.full)
                });
        if office_holder {
            return None;
        }
        return (!range.is_empty()).then_some(Organiser {
            range,
            // A host may only lend its rooms, and what is "implemented by"
            // or "run by" may be a project beside the event: no surer than a
            // subject.
            by_phrase: organised.is_some() && !lesser,
        });
    }
    subject_organiser(text, start, core)
}

/// Kinds of body that a nationality and the body's name stand around:
/// "the Dutch foundation Climate Justice in Court".
const DESCRIBED_KINDS: [&str; 12] = [
    "foundation",
    "charity",
    "association",
    "organisation",
    "organization",
    "network",
    "group",
    "company",
    "firm",
    "union",
    "institute",
    "cooperative",
];
