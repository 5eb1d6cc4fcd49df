//! Who takes part: the subject of "met", "gathered", "took part", "are
//! attending" ("Judges from ten countries met in Oslo today"), and what
//! follows "attended by" or "together with"; "brings together" is read with
//! the aims ([`super::facts`]).

use super::backers::earliest;
use super::focus::EVENT_NOUNS;
use super::lists::split_list;
use super::paragraphs::{find_all, starts_with_ci, trim, trim_end_marks};
use super::participant_lists::listed_beside;
use super::span::TextRange;
use super::work::charge;

/// Verbs whose subject is the participants.
const TAKE_PART: [&str; 20] = [
    " met",
    " meet",
    " are meeting",
    " gathered",
    " gather",
    " are gathering",
    " took part",
    " take part",
    " are taking part",
    " will take part",
    " participated",
    " are participating",
    " will participate",
    " attended",
    " are attending",
    " will attend",
    " attend",
    " came together",
    " come together",
    " discussed",
];

/// Verbs that make their subject participants when it is counted.
const EXPECTED: [&str; 3] = [" are expected", " were expected", " have registered"];

/// Leads of a subject whose places are the participants: "Delegations from
/// Chile, Peru and Fiji are expected" lists three delegations, one a place.
const DELEGATIONS_FROM: [&str; 3] = [
    "delegations from ",
    "delegations of ",
    "national delegations from ",
];

/// Auxiliaries that may stand between participants and their verb.
const AUXILIARIES: [&str; 12] = [
    " will",
    " are",
    " were",
    " have",
    " had",
    " would",
    " also",
    " expected to",
    " due to",
    " set to",
    " invited to",
    " all",
];

/// Verbs whose object is the participants when the event is their subject.
const GATHERS_GUESTS: [&str; 6] = [
    " gathered ",
    " gathers ",
    " will gather ",
    " attracted ",
    " attracts ",
    " drew ",
];

/// Phrases after which participants are listed.
const LISTED_AFTER: [&str; 6] = [
    "attended by ",
    "together with ",
    "participants included ",
    "participants include ",
    "participants will include ",
    "with the participation of ",
];

/// Words that end a list of participants where they start.
const LIST_ENDS: [&str; 14] = [
    ", and was ",
    ", and is ",
    ", and will ",
    ", and has ",
    " and was ",
    " and is ",
    " and will ",
    ", which ",
    ", who ",
    ", where ",
    " to discuss ",
    " for a ",
    " for the ",
    " in order to ",
];

/// Words that say how many; the participants are the same without them
/// ("More than 200 teachers" → "teachers").
pub(crate) const QUANTIFIERS: [&str; 11] = [
    "more than ",
    "over ",
    "some ",
    "about ",
    "around ",
    "nearly ",
    "almost ",
    "up to ",
    "at least ",
    "approximately ",
    "roughly ",
];
const NUMBER_WORDS: [&str; 28] = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "dozens",
];

/// The participants of the sentence `start..core` of `text`: the subject
/// of a verb of [`TAKE_PART`] (when `subject` allows it) and the lists
/// after [`LISTED_AFTER`].
pub(crate) fn participants_in(
    text: &str,
    start: usize,
    core: usize,
    subject: bool,
) -> Vec<TextRange> {
    let sentence = &text[start..core];
    let mut out = Vec::new();
    let counted_subject = |at: usize| {
        let head = &sentence[..at];
        let head = QUANTIFIERS
            .iter()
            .find(|lead| starts_with_ci(head, lead))
            .map_or(head, |lead| &head[lead.len()..]);
        head.starts_with(|c: char| c.is_ascii_digit()) || delegations_lead(head).is_some()
    };
    // "Around 120 participants are expected": a count says they are people.
    let expected = EXPECTED
        .iter()
        .filter_map(|verb| find_all(sentence, verb).first().copied())
        .filter(|&at| counted_subject(at))
        .min();
    let verb = TAKE_PART
        .iter()
        .filter_map(|verb| find_all(sentence, verb).first().copied())
        .chain(expected)
        .min()
        .filter(|_| subject);
    if let Some(verb) = verb {
        let mut from = start;
        // "Today, judges met …", "From 9 to 11 March, experts will gather …"
        if let Some(comma) = find_all(&sentence[..verb], ", ").first() {
            let lead = sentence[..*comma].to_ascii_lowercase();
            let is_time = [
                "today",
                "yesterday",
                "tomorrow",
                "this morning",
                "this week",
            ]
            .contains(&lead.as_str())
                || [
                    "on ", "from ", "between ", "in ", "during ", "at ", "over ", "for ",
                ]
                .iter()
                .any(|preposition| lead.starts_with(preposition));
            if is_time {
                from = start + comma + 2;
            }
        }
        let mut subject = without_auxiliaries(text, trim(text, from, start + verb));
        if let Some(lead) = delegations_lead(subject.of(text)) {
            subject.start += lead;
        }
        if is_people(subject.of(text)) {
            out.extend(split_list(text, subject.start, subject.end));
        }
    }
    out.extend(listed_beside(text, start, core, verb, subject));
    // "The forum gathered 60 experts": the event's guests follow the verb.
    if let Some(verb) = earliest(sentence, &GATHERS_GUESTS) {
        let subject = sentence[..verb.start].to_ascii_lowercase();
        let is_event = EVENT_NOUNS
            .iter()
            .any(|noun| !find_all(&subject, noun).is_empty());
        if is_event {
            let from = start + verb.end;
            out.extend(split_list(text, from, list_end(text, from, core)));
        }
    }
    for phrase in LISTED_AFTER {
        // "together with" lists people only beside a verb of taking part.
        if phrase == "together with " && verb.is_none() {
            continue;
        }
        if let Some(at) = find_all(sentence, phrase).first() {
            let from = start + at + phrase.len();
            let to = list_end(text, from, core);
            out.extend(split_list(text, from, to));
        }
    }
    out.into_iter()
        .map(|item| without_quantity(text, item))
        .collect()
}

/// The length of a lead of [`DELEGATIONS_FROM`] that `subject` opens with.
fn delegations_lead(subject: &str) -> Option<usize> {
    DELEGATIONS_FROM
        .iter()
        .find(|lead| starts_with_ci(subject, lead))
        .map(|lead| lead.len())
}

/// `subject` without the auxiliaries before its verb: "… will meet", "…
/// are expected to attend".
fn without_auxiliaries(text: &str, mut subject: TextRange) -> TextRange {
    let mut trimmed = true;
    while trimmed {
        trimmed = false;
        for auxiliary in AUXILIARIES {
            let words = subject.of(text);
            charge(auxiliary.len());
            let ends = words
                .len()
                .checked_sub(auxiliary.len())
                .and_then(|at| words.get(at..))
                .is_some_and(|tail| tail.eq_ignore_ascii_case(auxiliary));
            if ends && words.len() > auxiliary.len() {
                subject.end -= auxiliary.len();
                trimmed = true;
            }
        }
    }
    subject
}

/// Where a list of participants that starts at `from` ends.
pub(crate) fn list_end(text: &str, from: usize, core: usize) -> usize {
    LIST_ENDS
        .iter()
        .filter_map(|end| find_all(&text[from..core], end).first().map(|at| from + at))
        .min()
        .unwrap_or(core)
}

/// Whether `subject` names people: capitalised words or a plural, not the
/// event itself nor a pronoun.
fn is_people(subject: &str) -> bool {
    charge(subject.len());
    let lower = subject.to_ascii_lowercase();
    let first = lower.split_whitespace().next().unwrap_or("");
    // "Participants discussed …" says who spoke, not who they are.
    let generic = [
        "participants",
        "the participants",
        "delegates",
        "the delegates",
        "attendees",
    ];
    if subject.is_empty()
        || generic.contains(&lower.as_str())
        || subject.split_whitespace().count() > 40
        || [
            "it", "they", "we", "he", "she", "this", "that", "which", "who",
        ]
        .contains(&first)
    {
        return false;
    }
    !EVENT_NOUNS
        .iter()
        .any(|noun| !find_all(&lower, noun).is_empty())
}

/// `item` without a leading count: "More than 120 judges" → "judges".
pub(crate) fn without_quantity(text: &str, item: TextRange) -> TextRange {
    let mut from = item.start;
    let words = &text[from..item.end];
    if let Some(lead) = QUANTIFIERS.iter().find(|lead| starts_with_ci(words, lead)) {
        from += lead.len();
    }
    // "120", "Thirty", "Two hundred", "twenty-five": a few words at most.
    let mut counted = from;
    for _ in 0..3 {
        let rest = &text[counted..item.end];
        let Some(count_end) = rest.find(' ') else {
            break;
        };
        let count = rest[..count_end].to_ascii_lowercase();
        let is_number = !count.is_empty()
            && (count.chars().all(|c| c.is_ascii_digit() || c == ',')
                || count
                    .split('-')
                    .all(|part| NUMBER_WORDS.contains(&part) || part == "one"));
        if !is_number {
            break;
        }
        counted += count_end + 1;
    }
    if counted > from && text[counted..item.end].starts_with(char::is_alphabetic) {
        let kept = trim_end_marks(text, counted, item.end, &['.', ',', ';']);
        // "120 participants" says nothing without its count.
        let generic = ["participants", "delegates", "attendees", "people", "guests"]
            .contains(&kept.of(text).to_ascii_lowercase().as_str());
        if !kept.of(text).starts_with("of ") && !kept.is_empty() && !generic {
            return kept;
        }
    }
    item
}

#[cfg(test)]
mod tests {
    use super::super::span::texts;
    use super::*;

    fn people(sentence: &str) -> Vec<&str> {
        texts(
            sentence,
            &participants_in(sentence, 0, sentence.len(), true),
        )
    }

    #[test]
    fn delegations_from_places_list_the_places() {
        assert_eq!(
            people(
                "Delegations from Fiji, Antigua and Barbuda and several Andean states are expected"
            ),
            ["Fiji", "Antigua and Barbuda", "several Andean states"]
        );
        assert_eq!(
            people("Delegations of Chile and Peru met in Lima"),
            ["Chile", "Peru"]
        );
    }

    #[test]
    fn the_subject_of_met_or_took_part() {
        assert_eq!(
            people("Midwives and nurses from nine regions met in Oslo today for a course"),
            ["Midwives", "nurses from nine regions"]
        );
        assert_eq!(
            people("More than 80 mayors, planners and engineers took part"),
            ["mayors", "planners", "engineers"]
        );
        assert_eq!(
            people("From 9 to 11 March, glaziers will gather in Oslo"),
            ["glaziers"]
        );
        assert_eq!(
            people("Two hundred cadets and twenty-five instructors took part"),
            ["cadets", "instructors"]
        );
        assert_eq!(
            people("Today, some 40 archivists gathered in Oslo"),
            ["archivists"]
        );
        assert_eq!(
            people("Pilots, engineers and inspectors will meet in Oslo"),
            ["Pilots", "engineers", "inspectors"]
        );
        assert_eq!(
            people("Over 90 planners from 12 cities are expected to attend the forum"),
            ["planners from 12 cities"]
        );
        assert_eq!(
            people("Glaziers and roofers from the region will attend"),
            ["Glaziers", "roofers from the region"]
        );
        assert_eq!(
            people("The forum gathered 60 curators and conservators"),
            ["curators", "conservators"]
        );
        assert_eq!(people("The seminar met with approval"), Vec::<&str>::new());
        assert_eq!(
            people("Participants discussed the plan"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn lists_after_attended_by_and_together_with() {
        assert_eq!(
            people("It was attended by pilots, air traffic controllers and inspectors"),
            ["pilots", "air traffic controllers", "inspectors"]
        );
        assert_eq!(
            people("Engineers are taking part, together with representatives of insurers"),
            ["Engineers", "representatives of insurers"]
        );
    }

    #[test]
    fn counted_groups_and_their_lists() {
        assert_eq!(
            people("Some 70 participants are expected, including glaziers, roofers and architects"),
            ["Some 70 participants", "glaziers", "roofers", "architects"]
        );
        assert_eq!(people("Results are expected next year"), Vec::<&str>::new());
        assert_eq!(
            people("The Guild opened a course today for 14 tram drivers and depot managers from Bergen"),
            ["tram drivers", "depot managers from Bergen"]
        );
        assert_eq!(
            people("Nurses took part in a course for 3 days"),
            ["Nurses"]
        );
        assert_eq!(
            people("Nurses took part in a course for about 40 hours in Oslo"),
            ["Nurses"]
        );
        assert_eq!(
            people("It set aside funds for 14 schools"),
            Vec::<&str>::new()
        );
        assert_eq!(
            people("Pilots from Oslo are joined by observers from two airlines"),
            ["observers from two airlines"]
        );
        assert_eq!(
            people("Pilots from Oslo are joined this spring by observers from two airlines"),
            ["observers from two airlines"]
        );
    }
}
