//! The draft reads the genre's sentence shapes, whatever fills them: an
//! organiser, a date or a speaker put together from parts (a body, what
//! stands between it and its verb, the verb, the event, a tail), each part
//! in the ways releases write it. The corpus (`tests/draft-corpus`) measures
//! the draft on whole releases; these shapes hold it to the patterns, so
//! that what it learnt from one release's sentence works in its neighbours.

use conference_summary_authoring::draft::draft;
use proptest::prelude::*;
use serde_json::Value;

/// The draft of a release whose first paragraph, after a dateline of
/// Wednesday 8 October 2025, is `paragraph`, and whose next are `more`.
fn drafted(paragraph: &str, more: &[&str]) -> Value {
    let mut text = format!("Title\n\nBergen, 8 October 2025 – {paragraph}");
    for next in more {
        text.push_str("\n\n");
        text.push_str(next);
    }
    text.push_str("\n\nThis release is fictional.\n");
    serde_json::from_str(&draft(&text).to_json()).unwrap_or(Value::Null)
}

/// `text` without a leading "the ", in lower case, as the corpus's scorer
/// compares.
fn compared(text: &str) -> String {
    let lower = text.to_lowercase();
    lower.strip_prefix("the ").unwrap_or(&lower).to_string()
}

const BODIES: [&str; 8] = [
    "The Nordic Institute for Maritime Law",
    "The Ministry of Labour and Social Affairs",
    "The Association of Harbour Pilots (AHP)",
    "UNESCO's Regional Office for Southern Africa",
    "The European Network of Port Authorities",
    "Tidewater County Public Health Department",
    "The Centre for the Study of Violence and Reconciliation",
    "The Women's Legal Centre",
];

/// What may stand between a body and its verb.
const BETWEEN: [&str; 12] = [
    "",
    " today",
    " on Monday",
    " yesterday",
    " this week",
    " once again",
    ", in partnership with the City of Bergen,",
    ", together with local partners,",
    ", with support from the Tide Fund,",
    " jointly with the Coastal Trust",
    " (Tuesday, 7 October)",
    ", a Geneva-based organisation,",
];

const VERBS: [&str; 20] = [
    "hosted",
    "held",
    "organised",
    "convened",
    "opened",
    "launched",
    "is hosting",
    "will host",
    "will hold",
    "has organised",
    "will convene",
    "brought together 80 inspectors for",
    "welcomed 60 judges to",
    "kicked off",
    "concluded",
    "co-hosted",
    "is holding",
    "gathered experts for",
    "will run",
    "commenced",
];

const EVENTS: [&str; 7] = [
    "a two-day workshop on port safety",
    "its annual conference on maritime law",
    "the third Regional Forum on Tides",
    "a training course for harbour inspectors",
    "a round table on seafarers' rights",
    "a public hearing on dock labour",
    "a three-day seminar in Bergen on pilotage",
];

const TAILS: [&str; 5] = [
    ".",
    " in Bergen.",
    " at its headquarters in Oslo.",
    ", the Institute said.",
    " for 40 participants from 12 countries.",
];

/// Passive and other shapes, `{B}` the body, `{E}` the event.
const PASSIVES: [&str; 8] = [
    "{E} was organised by {b}.",
    "{E}, organised by {b}, took place in Bergen.",
    "Organised by {b}, {e} brought together 40 judges.",
    "{E} was hosted by {b} at the Hotel Continental.",
    "{E} was convened by {b} with the support of the Tide Fund.",
    "Some 60 prosecutors attended {e} organised by {b}.",
    "{E}, which was organised by {b}, ended today.",
    "{E}, held at the initiative of {b}, gathered 50 experts.",
];

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

proptest! {
    #[test]
    fn the_subject_of_a_verb_that_runs_the_event_organises_it(
        body in prop::sample::select(&BODIES[..]),
        between in prop::sample::select(&BETWEEN[..]),
        verb in prop::sample::select(&VERBS[..]),
        event in prop::sample::select(&EVENTS[..]),
        tail in prop::sample::select(&TAILS[..]),
    ) {
        let sentence = format!("{body}{between} {verb} {event}{tail}");
        let summary = drafted(&sentence, &[]);
        let organiser = summary["organiser"]["text"].as_str().unwrap_or("");
        prop_assert_eq!(compared(organiser), compared(body), "{}", sentence);
    }

    #[test]
    fn the_body_after_organised_by_and_its_kin_organises(
        body in prop::sample::select(&BODIES[..]),
        shape in prop::sample::select(&PASSIVES[..]),
        event in prop::sample::select(&EVENTS[..]),
    ) {
        let body = body.strip_prefix("The ").map_or(body.to_string(), |rest| format!("the {rest}"));
        let sentence = shape
            .replace("{E}", &capitalised(event))
            .replace("{e}", event)
            .replace("{b}", &body);
        let summary = drafted(&sentence, &[]);
        let organiser = summary["organiser"]["text"].as_str().unwrap_or("");
        prop_assert_eq!(compared(organiser), compared(&body), "{}", sentence);
    }
}

/// Sentences that date an event, with its first and last day, against a
/// dateline of Wednesday 8 October 2025.
const DATED: [(&str, &str, &str); 24] = [
    ("The Institute today opened a two-day workshop in Bergen.", "2025-10-08", "2025-10-09"),
    ("The Institute will tomorrow open a three-day workshop in Bergen.", "2025-10-09", "2025-10-11"),
    ("A five-day course organised by the Institute opens tomorrow in Bergen.", "2025-10-09", "2025-10-13"),
    ("A two-day course organised by the Institute closed today in Bergen.", "2025-10-07", "2025-10-08"),
    ("A three-day course organised by the Institute ended yesterday in Bergen.", "2025-10-05", "2025-10-07"),
    ("The Institute will hold a two-day workshop starting on Monday in Bergen.", "2025-10-13", "2025-10-14"),
    ("The Institute held a two-day workshop that began on Monday in Bergen.", "2025-10-06", "2025-10-07"),
    ("On Friday, the Institute will open a one-day workshop in Bergen.", "2025-10-10", "2025-10-10"),
    ("The Institute will hold a workshop from 20 to 22 October in Bergen.", "2025-10-20", "2025-10-22"),
    ("The Institute will hold a workshop on 20–22 October 2025 in Bergen.", "2025-10-20", "2025-10-22"),
    ("The Institute will hold a workshop on 20 and 21 October in Bergen.", "2025-10-20", "2025-10-21"),
    ("The Institute will hold a workshop from Monday 20 to Wednesday 22 October.", "2025-10-20", "2025-10-22"),
    ("The workshop, organised by the Institute, will take place in Bergen on 20 October.", "2025-10-20", "2025-10-20"),
    ("The Institute hosted a workshop in Bergen on Monday and Tuesday.", "2025-10-06", "2025-10-07"),
    ("Judges met in Bergen on Monday for a round table hosted by the Institute.", "2025-10-06", "2025-10-06"),
    ("The Institute will host a round table next Monday in Bergen.", "2025-10-13", "2025-10-13"),
    ("The Institute will hold a workshop this Thursday and Friday in Bergen.", "2025-10-09", "2025-10-10"),
    ("The Institute will hold a workshop from October 14 through 16 in Bergen.", "2025-10-14", "2025-10-16"),
    ("The Institute will hold a workshop Oct. 14-16 in Bergen.", "2025-10-14", "2025-10-16"),
    ("The Institute will hold a workshop on the 14th and 15th of October.", "2025-10-14", "2025-10-15"),
    ("The Institute will hold a workshop from the 14th to the 16th of October.", "2025-10-14", "2025-10-16"),
    ("The Institute is hosting a workshop in Bergen today and tomorrow.", "2025-10-08", "2025-10-09"),
    ("Pilots will meet officials at a round table in Bergen tomorrow (Thursday 9 October).", "2025-10-09", "2025-10-09"),
    ("Pilots will describe their work at a two-day summit hosted by the Guild on Thursday and Friday.", "2025-10-09", "2025-10-10"),
];

#[test]
fn the_days_of_an_event_as_releases_date_them() {
    for (sentence, first, last) in DATED {
        let summary = drafted(sentence, &[]);
        let day = |which: &str| {
            summary["dates"][which]["date"]
                .as_str()
                .unwrap_or("")
                .to_string()
        };
        assert_eq!(
            (day("start"), day("end")),
            (first.to_string(), last.to_string()),
            "{sentence}"
        );
    }
}

/// Names as releases write them (with a title) and the name the draft gives.
const NAMES: [(&str, &str); 10] = [
    ("Dr Ana Lima", "Ana Lima"),
    ("Ambassador Piotr Nowak", "Piotr Nowak"),
    ("Ms. Grace Mensah", "Grace Mensah"),
    ("Jean-Pierre Dubois", "Jean-Pierre Dubois"),
    ("Maria de los Santos", "Maria de los Santos"),
    ("Professor Ingrid van der Berg", "Ingrid van der Berg"),
    ("Ahmed Al-Rashid", "Ahmed Al-Rashid"),
    ("Judge Tomás Ferreira", "Tomás Ferreira"),
    ("H.E. Mr Kofi Asante", "Kofi Asante"),
    ("Sister Mary O'Connor", "Mary O'Connor"),
];

const ROLES: [&str; 8] = [
    "Director of the Harbour Institute",
    "the Institute's head of research",
    "a senior lawyer at the Tide Clinic",
    "Deputy Minister of Justice",
    "programme officer at the Coastal Fund",
    "who chairs the Pilots' Council",
    "head of the OSCE Mission to Skopje",
    "a survivor and advocate",
];

const SPEECH: [&str; 8] = [
    "said",
    "stressed",
    "noted",
    "emphasized",
    "warned",
    "explained",
    "underlined",
    "told participants",
];

/// Attributions, `{N}` the name, `{R}` the role, `{V}` the verb, `{Q}` the
/// quote.
const ATTRIBUTIONS: [&str; 9] = [
    "“{Q},” {V1} {N}, {R}.",
    "{N}, {R}, {V}: “{Q}.”",
    "“{Q},” {N}, {R}, {V1}.",
    "{N}, {R}, {V} that reports had doubled. “{Q},” she said.",
    "According to {N}, {R}, “{Q}”.",
    "Opening the meeting, {N}, {R}, {V}: “{Q}.”",
    "“{Q}”, {N}, {R}, {V1} in her opening remarks.",
    "“{Q}” – {N}, {R}.",
    "In her keynote, {N}, {R}, reminded participants that “{Q}”.",
];

proptest! {
    #[test]
    fn a_speaker_named_with_a_title_and_a_role_says_the_quote(
        (written, name) in prop::sample::select(&NAMES[..]),
        role in prop::sample::select(&ROLES[..]),
        verb in prop::sample::select(&SPEECH[..]),
        shape in prop::sample::select(&ATTRIBUTIONS[..]),
    ) {
        let quote = "We cannot protect children we do not see";
        let paragraph = shape
            .replace("{Q}", quote)
            .replace("{N}", written)
            .replace("{R}", role)
            .replace("{V1}", verb.split(' ').next().unwrap_or(verb))
            .replace("{V}", verb);
        let summary = drafted("The Harbour Institute held a workshop on port safety today.", &[&paragraph]);
        let speaker = summary["quotes"][0]["speaker"].as_str().unwrap_or("");
        let named = summary["speakers"]
            .as_array()
            .and_then(|speakers| speakers.iter().find(|found| found["id"] == speaker));
        prop_assert_eq!(
            named.and_then(|found| found["name"].as_str()),
            Some(name),
            "{}",
            paragraph
        );
        prop_assert!(named.is_some_and(|found| found["role"].is_string()), "{}", paragraph);
    }
}
