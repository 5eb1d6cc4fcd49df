//! Who organises, read from a body that gathers people for the event or
//! hears them: "The Office brought together 40 experts for a workshop",
//! "X invites residents to an information evening", "The Committee heard
//! survivors".

use super::backers::{earliest, Organiser};
use super::focus::EVENT_NOUNS;
use super::organiser_bodies::subject_body;
use super::organiser_subjects::without_time;
use super::paragraphs::find_all;

/// Verbs whose subject gathers people for the event: "The Office brought
/// together 40 experts for a workshop".
pub(crate) const GATHERS: [&str; 28] = [
    " brought together ",
    " brought ",
    " brings ",
    " will bring ",
    " hosted ",
    " hosts ",
    " will host ",
    " is hosting ",
    " will welcome ",
    " is welcoming ",
    " brings together ",
    " will bring together ",
    " will convene ",
    " convened ",
    " convenes ",
    " gathered ",
    " will gather ",
    " will meet ",
    " will train ",
    " trained ",
    " trains ",
    " met ",
    " gathers ",
    " welcomed ",
    " welcomes ",
    " is inviting ",
    " invites ",
    " invited ",
];

/// Words after "gathered" that open no object: "gathered in Oslo",
/// "gathered today for".
const NO_OBJECT: [&str; 23] = [
    "for",
    "in",
    "at",
    "on",
    "to",
    "from",
    "with",
    "online",
    "virtually",
    "today",
    "yesterday",
    "tomorrow",
    "here",
    "again",
    "once",
    "this",
    "last",
    "next",
    "later",
    "early",
    "together",
    "each",
    "every",
];

/// What leads from the people gathered to the event: "for a workshop".
pub(crate) const TO_THE_EVENT: [&str; 5] = [" for ", " to ", " at ", " in ", " during "];

/// Whether the words `after` a lead name an event: within a few words
/// ("a two-day workshop"), or after a title and its article ("‘Title’, a
/// three-day meeting").
fn names_event_after(after: &str) -> bool {
    let article = [" a ", " an ", " the "]
        .iter()
        .filter_map(|article| find_all(after, article).first().copied())
        .min()
        .filter(|&at| at < MOST_TITLE_BYTES);
    [Some(0), article].into_iter().flatten().any(|from| {
        let words: String = after[from..]
            .split(' ')
            .take(MOST_EVENT_LEAD_WORDS)
            .collect::<Vec<_>>()
            .join(" ");
        EVENT_NOUNS
            .iter()
            .any(|noun| !find_all(&words, noun).is_empty())
    })
}

/// The most bytes of a title between a lead and the event's article.
const MOST_TITLE_BYTES: usize = 100;

/// The most words from a lead through the event's noun ("to a two-day
/// national validation workshop").
const MOST_EVENT_LEAD_WORDS: usize = 7;

/// The most bytes between a gathering verb and the event it gathers for.
pub(crate) const MOST_GATHERING_BYTES: usize = 200;

/// "The Office brought together 40 experts for a workshop on …": the
/// subject, when it names a body.
pub(crate) fn gathering_body(text: &str, start: usize, core: usize) -> Option<Organiser> {
    let sentence = &text[start..core];
    let verb = earliest(sentence, &GATHERS)?;
    // "Investigators will gather for a course": people who gather organise
    // nothing, unless they gather as a body's members.
    let intransitive = [
        " gathered ",
        " gathers ",
        " will gather ",
        " met ",
        " will meet ",
    ]
    .contains(&&sentence[verb.start..verb.end]);
    let as_members = ["members of", "delegates of", "representatives of"]
        .iter()
        .any(|lead| !find_all(&sentence[..verb.start], lead).is_empty());
    // "X gathered some 200 seafarers for a forum", "X gathered experts for
    // a workshop": people gathered by X, an object after the verb ("met"
    // with one is meeting someone). "Judges gathered in Oslo" have none.
    // "gathered yesterday and today union representatives": the time
    // first, then the people.
    let object = &sentence[verb.end..];
    let object = if object.starts_with(|c: char| c.is_ascii_digit()) {
        object
    } else {
        without_time(object)
    };
    let gathers_people = object.split(' ').next().is_some_and(|word| {
        let meets = sentence[verb.start..verb.end].contains(" met");
        word.starts_with(|c: char| c.is_ascii_digit())
            || [
                "some", "more", "over", "around", "about", "nearly", "almost",
            ]
            .contains(&word)
            || (!meets
                && word.starts_with(char::is_lowercase)
                && !NO_OBJECT.contains(&word.trim_end_matches([',', '.'])))
    });
    if intransitive && !as_members && !gathers_people {
        return None;
    }
    let object_end =
        sentence.floor_char_boundary((verb.end + MOST_GATHERING_BYTES).min(sentence.len()));
    let object = sentence[verb.end..object_end].to_ascii_lowercase();
    // "for a workshop", or "for ‘Title’, a three-day meeting": any of the
    // leads may be the one ("invites residents to come to a seminar").
    let leads_to_event = TO_THE_EVENT.iter().any(|lead| {
        find_all(&object, lead)
            .into_iter()
            .any(|at| names_event_after(&object[at + lead.len()..]))
    });
    // "Campo Salud Network trained 60 health workers Wednesday in …": the
    // training is the event, and the verb names it.
    let trains_people = [" trained ", " trains ", " will train "]
        .contains(&&sentence[verb.start..verb.end])
        && gathers_people;
    if !leads_to_event && !trains_people {
        return None;
    }
    subject_body(text, start, start + verb.start).map(|range| Organiser {
        range,
        by_phrase: false,
    })
}

/// "The Senate Committee on Migrant Workers heard survivors …": a
/// committee or council that hears people holds the hearing.
pub(crate) fn hearing_body(text: &str, start: usize, core: usize) -> Option<Organiser> {
    let verb = earliest(&text[start..core], &[" heard ", " hears ", " will hear "])?;
    let range = subject_body(text, start, start + verb.start)?;
    let hears = range
        .of(text)
        .split(' ')
        .any(|word| HEARING_BODIES.contains(&word));
    hears.then_some(Organiser {
        range,
        by_phrase: false,
    })
}

/// Bodies that hold hearings: a parliament's "Cross-Party Group" too.
pub(crate) const HEARING_BODIES: [&str; 7] = [
    "Committee",
    "Group",
    "Commission",
    "Council",
    "Senate",
    "Parliament",
    "Assembly",
];

#[cfg(test)]
mod tests {
    use super::super::backers::organiser_in;

    fn organiser(sentence: &str) -> Option<&str> {
        organiser_in(sentence, 0, sentence.len(), "Oslo").map(|found| found.range.of(sentence))
    }

    #[test]
    fn a_body_that_gathers_people_for_the_event_holds_it() {
        assert_eq!(
            organiser("The Town Council of Valbrun invites all residents, owners and businesses to a public information evening on the map"),
            Some("The Town Council of Valbrun")
        );
        assert_eq!(
            organiser(
                "The Tide Institute will host 40 prosecutors from the region at a two-day workshop"
            ),
            Some("The Tide Institute")
        );
        assert_eq!(
            organiser(
                "The Tide Institute brought 40 experts to Bergen today for a two-day consultation"
            ),
            Some("The Tide Institute")
        );
        assert_eq!(
            organiser("The Tide Institute welcomes participants today to its annual conference"),
            Some("The Tide Institute")
        );
    }

    #[test]
    fn gathering_for_no_event_names_no_organiser() {
        assert_eq!(
            organiser("The Tide Institute welcomed the conclusions of the report"),
            None
        );
        assert_eq!(
            organiser("Investigators will gather for a course on tides"),
            None
        );
        assert_eq!(
            organiser("The Tide Institute brought 40 boats to the harbour"),
            None
        );
    }
}
