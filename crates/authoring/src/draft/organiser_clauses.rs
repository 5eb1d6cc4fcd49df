//! Who organises, read from the clause around the event: a relative
//! clause ("the forum, which the Institute hosts", "the Institute, which
//! organised it"), a pronoun ("X announced that it will hold …"), and the
//! body that speaks of its own event ("…, the Union said after its
//! conference"; "…, the Agency announced").

use super::backers::Organiser;
use super::dateline::weekday_number;
use super::focus::EVENT_NOUNS;
use super::organiser_bodies::{reads_as_body, subject_body, MOST_BODY_WORDS};
use super::organiser_names::{starts_name, NAME_LINKS};
use super::organiser_subjects::{earliest_lower, without_time};
use super::paragraphs::{find_all, last_words};
use super::span::TextRange;

/// "The conference concluded at the Institute (ILSS), which organised it",
/// "The Foundation, which organised the conference, said …": the name
/// before "which" holds the event.
pub(crate) fn holder_of_it(text: &str, start: usize, core: usize) -> Option<TextRange> {
    let sentence = &text[start..core];
    HOLDS.iter().find_map(|verb| {
        let phrase = format!(", which{verb}");
        let at = find_all(sentence, &phrase).into_iter().find(|&at| {
            // "which organised it", "which organised the conference,".
            let after = sentence[at + phrase.len()..].to_ascii_lowercase();
            let it = after == "it" || after.starts_with("it ") || after.starts_with("it,");
            let event = after.starts_with("the ") && names_event_after_article(&after);
            it || event
        })?;
        name_before(text, start, start + at)
    })
}

/// Whether `after`, opened by "the", names an event within a few words
/// ("the conference", "the two-day regional forum").
fn names_event_after_article(after: &str) -> bool {
    let words: String = after
        .split(' ')
        .take(MOST_EVENT_WORDS_BEFORE_CLAUSE)
        .collect::<Vec<_>>()
        .join(" ");
    EVENT_NOUNS
        .iter()
        .any(|noun| !find_all(&words, noun).is_empty())
}

/// The body's name that ends at `end`, read back over capitalised words,
/// acronyms and the small words inside a name ("at the Institute for
/// Labour and Social Studies (ILSS)").
pub(crate) fn name_before(text: &str, start: usize, end: usize) -> Option<TextRange> {
    // Where the name's first word starts: each word read back moves it to
    // that word's start.
    let mut from = end;
    for word in text[start..end].rsplit(' ').take(MOST_BODY_WORDS) {
        if !(starts_name(word) || NAME_LINKS.contains(&word)) {
            break;
        }
        from = from.saturating_sub(word.len()).max(start);
        if from > start {
            from -= 1;
        }
    }
    // `from` stands on the space before the name, or at the sentence's start.
    let first = if from > start || text[from..].starts_with(' ') {
        from + 1
    } else {
        from
    };
    // The small words before the name ("at the") are none of it.
    let mut range = TextRange::new(first.min(end), end);
    while let Some((first, rest)) = range.of(text).split_once(' ') {
        if starts_name(first) {
            break;
        }
        range.start = range.end - rest.len();
    }
    (reads_as_body(range.of(text)) && range.of(text).starts_with(char::is_uppercase))
        .then_some(range)
}

/// Verbs by which a relative clause's subject holds the event it follows
/// ("the forum, which the Institute hosts"): not "opened", which a guest
/// of honour does.
pub(crate) const HOLDS: [&str; 14] = [
    " held ",
    " holds ",
    " will hold ",
    " is holding ",
    " hosted ",
    " hosts ",
    " will host ",
    " is hosting ",
    " organised ",
    " organized ",
    " organises ",
    " organizes ",
    " is organising ",
    " is organizing ",
];

/// Whether the last few words of `before` name an event ("taking part in
/// the annual conference").
pub(crate) fn names_event_before(before: &str) -> bool {
    let last = last_words(before, MOST_EVENT_WORDS_BEFORE_CLAUSE);
    // "the 4th Rail Security Days, which the Academy will hold": a named
    // day or week, capitalised.
    let named_day = last
        .split(' ')
        .any(|word| ["Day", "Days", "Week"].contains(&word.trim_end_matches([',', '.', ';'])));
    let last = last.to_ascii_lowercase();
    named_day
        || EVENT_NOUNS
            .iter()
            .any(|noun| !find_all(&last, noun).is_empty())
}

/// The most words between an event's noun and the relative clause after it.
const MOST_EVENT_WORDS_BEFORE_CLAUSE: usize = 12;

/// Verbs that report what a body says it will do ("The Ministry announced
/// today that it will hold …").
const REPORTS: [&str; 7] = [
    " announced ",
    " has announced ",
    " said ",
    " confirmed ",
    " stated ",
    " declared ",
    " revealed ",
];

/// `subject` up to the body that a closing "it" or "they" stands for: "The
/// Ministry announced today that it" is "The Ministry". Any other subject
/// is itself.
pub(crate) fn before_pronoun(subject: &str) -> &str {
    let Some(rest) = subject
        .strip_suffix(" it")
        .or_else(|| subject.strip_suffix(" they"))
    else {
        return subject;
    };
    let rest = format!("{rest} ");
    match earliest_lower(&rest, &REPORTS) {
        Some(report) => &subject[..report.start],
        None => subject,
    }
}

/// The most words from "its" to the event's noun ("its one-day health and
/// safety conference").
const MOST_OWN_EVENT_WORDS: usize = 7;

/// "Heat limits are needed, the Union said after its conference": the body
/// that speaks at or after its own event.
pub(crate) fn reporter_of_own_event(text: &str, start: usize, core: usize) -> Option<Organiser> {
    let sentence = &text[start..core];
    let verb = earliest_lower(sentence, &REPORTS)?;
    let after = sentence[verb.end..].to_ascii_lowercase();
    let own = [
        "after its ",
        "at its ",
        "during its ",
        "following its ",
        "ahead of its ",
        "at the close of its ",
        "at the end of its ",
        "at the opening of its ",
    ]
    .iter()
    .find_map(|lead| {
        let rest = without_time(&after);
        rest.strip_prefix(lead)
    })
    .or_else(|| event_it_held(without_time(&after)))?;
    let event: String = own
        .split(' ')
        .take(MOST_OWN_EVENT_WORDS)
        .collect::<Vec<_>>()
        .join(" ");
    if !EVENT_NOUNS
        .iter()
        .any(|noun| !find_all(&event, noun).is_empty())
    {
        return None;
    }
    // "Limits are needed, the Union said": the subject after the clause.
    let subject_start = sentence[..verb.start]
        .rfind(", ")
        .map_or(start, |comma| start + comma + 2);
    subject_body(text, subject_start, start + verb.start).map(|range| Organiser {
        range,
        by_phrase: false,
    })
}

/// "after a round table it hosted in Birmingham": the event, before "it
/// hosted", that the subject held; `after` is in lower case.
fn event_it_held(after: &str) -> Option<&str> {
    let rest = [
        "after a ",
        "after the ",
        "at a ",
        "at the ",
        "following a ",
        "following the ",
    ]
    .iter()
    .find_map(|lead| after.strip_prefix(lead))?;
    let held = [
        " it hosted",
        " it held",
        " it organised",
        " it organized",
        " it convened",
    ]
    .iter()
    .filter_map(|verb| rest.find(verb))
    .min()?;
    (rest[..held].split(' ').count() <= MOST_OWN_EVENT_WORDS).then_some(&rest[..held])
}

/// "Investigators will gather next week for a course on X, the Agency for
/// Police Learning (EUPOL-L) announced": the body that announces the event
/// it runs, at the sentence's end.
pub(crate) fn announcer(text: &str, start: usize, core: usize) -> Option<Organiser> {
    let sentence = &text[start..core];
    // "…, the Program announced Thursday": a day after the verb.
    let timed = sentence.rsplit_once(' ').and_then(|(before, last)| {
        let day = weekday_number(last).is_some() || ["yesterday", "today"].contains(&last);
        day.then(|| before.strip_suffix(" on").unwrap_or(before))
    });
    let said = timed.unwrap_or(sentence);
    let verb_at = [
        " announced today",
        " has announced",
        " have announced",
        " announced",
        " said today",
    ]
    .iter()
    .find(|verb| said.ends_with(*verb))
    .map(|verb| said.len() - verb.len())?;
    let comma = sentence[..verb_at].rfind(", ")?;
    let mentions_event = EVENT_NOUNS
        .iter()
        .any(|noun| !find_all(&sentence[..comma], noun).is_empty());
    if !mentions_event {
        return None;
    }
    subject_body(text, start + comma + 2, start + verb_at).map(|range| Organiser {
        range,
        by_phrase: false,
    })
}

#[cfg(test)]
mod tests {
    use super::super::backers::organiser_in;

    fn organiser(sentence: &str) -> Option<&str> {
        organiser_in(sentence, 0, sentence.len(), "Oslo").map(|found| found.range.of(sentence))
    }

    #[test]
    fn a_relative_clause_names_who_holds_the_event() {
        assert_eq!(
            organiser("Eighty judges are taking part in the conference, which the Tide Academy is hosting in Bergen"),
            Some("the Tide Academy")
        );
        assert_eq!(
            organiser("A two-day conference on fjords concluded today at the Institute for Tide Studies (ITS), which organised it jointly with the Harbour Centre"),
            Some("Institute for Tide Studies (ITS)")
        );
        assert_eq!(
            organiser("The Tide Foundation, which organised the conference, said it would publish the findings"),
            Some("The Tide Foundation")
        );
        // A guest opens an event; opening is no holding.
        assert_eq!(
            organiser("Delegates met at the forum, which the Minister opened"),
            None
        );
    }

    #[test]
    fn it_stands_for_the_body_that_announces() {
        assert_eq!(
            organiser("The Fjord Institute announced today that it will hold a two-day conference on tides"),
            Some("The Fjord Institute")
        );
        assert_eq!(
            organiser("The Fjord Institute said that it was pleased"),
            None
        );
    }

    #[test]
    fn a_body_speaking_after_its_own_event_held_it() {
        assert_eq!(
            organiser("Heat limits are needed, the Union of Harbour Workers said after its one-day health and safety conference in Bergen"),
            Some("the Union of Harbour Workers")
        );
        assert_eq!(
            organiser(
                "Heat limits are needed, the Union of Harbour Workers said after the conference"
            ),
            None,
            "not its own event"
        );
        assert_eq!(
            organiser("Heat limits are needed, the Union said at its headquarters in Bergen"),
            None,
            "no event"
        );
    }
}
