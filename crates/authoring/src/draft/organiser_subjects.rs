//! Who organises, read from a sentence's subject and its verb: "The
//! Institute held a workshop", "X will today open in Dakar a course", with
//! the times and places between the verb and the event set apart; the body
//! the subject names is read by [`super::organiser_bodies`].

use conference_summary_model::ENGLISH_MONTHS;

use super::backers::Organiser;
use super::dateline::weekday_number;
use super::focus::{launched_at_an_event, EVENT_NOUNS};
use super::names::person_at;
use super::organiser_bodies::{subject_body, BODY_KINDS};
use super::organiser_clauses::{
    announcer, before_pronoun, holder_of_it, names_event_before, reporter_of_own_event, HOLDS,
};
use super::organiser_gatherings::{gathering_body, hearing_body};
use super::organiser_names::{starts_name, NAME_LINKS};
use super::paragraphs::{find_all, starts_with_ci};
use super::role_words::is_body_word;
use super::span::TextRange;
use super::titles::after_post_nominal;
use super::work::charge;

/// What joins a partner to an organiser that is the subject of a verb.
pub(crate) const PARTNERED: [&str; 15] = [
    ", with funding from ",
    ", with financial support from ",
    ", with the financial support of ",
    ", funded by ",
    ", thanks to ",
    ", jointly with ",
    ", in co-operation with ",
    ", in cooperation with ",
    ", in partnership with ",
    ", in collaboration with ",
    ", in coordination with ",
    ", together with ",
    ", with the support of ",
    ", with support from ",
    ", supported by ",
];

/// Where the earliest of `phrases` stands in `text` as written, in lower
/// case: "organised" the verb, not "Organised" in "Organised Crime Agency".
/// A phrase that ends with a space stands before a comma too ("The
/// District organises, since Monday, a training").
pub(crate) fn earliest_lower(text: &str, phrases: &[&str]) -> Option<TextRange> {
    phrases
        .iter()
        .flat_map(|phrase| {
            let before_comma = phrase
                .strip_suffix(' ')
                .map(|verb| format!("{verb},"))
                .into_iter();
            std::iter::once((*phrase).to_string())
                .chain(before_comma)
                .flat_map(|phrase| {
                    find_all(text, &phrase)
                        .into_iter()
                        .filter(|&at| text[at..].starts_with(&phrase))
                        .map(|at| TextRange::new(at, at + phrase.len()))
                        .collect::<Vec<_>>()
                })
        })
        .min_by_key(|phrase| (phrase.start, std::cmp::Reverse(phrase.end)))
}

/// Verbs whose subject organises when their object is the event: "The
/// Institute held a workshop"; each also before a comma that sets off a
/// time or place ("organised, from 15 to 17 July in Niamey, a workshop"),
/// as [`earliest_lower`] reads them.
pub(crate) const ORGANISES: [&str; 118] = [
    " held ",
    " holds ",
    " will hold ",
    " is holding ",
    " hosted ",
    " hosts ",
    " will host ",
    " will stage ",
    " led ",
    " leads ",
    " will lead ",
    " open ",
    " staged ",
    " hold ",
    " host ",
    " is hosting ",
    " organised ",
    " organized ",
    " will organise ",
    " will organize ",
    // "realised from 24 to 26 November a workshop", as Spanish and
    // Portuguese houses translate "realizó".
    " realised ",
    " realized ",
    // "initiated yesterday, in the city of Gabú, a formation", as French
    // and Portuguese houses translate "a initié" and "iniciou".
    " initiated ",
    " initiates ",
    " will realise ",
    " will realize ",
    // "is providing a ten-day training".
    " is providing ",
    // "arranged on 23–24 September a seminar", as Nordic houses write it.
    " arranged ",
    " arranges ",
    " will arrange ",
    " provided ",
    " will provide ",
    // "is going to organize", as South Asian houses announce.
    " is going to organise ",
    " is going to organize ",
    " is going to hold ",
    " is going to conduct ",
    " convened ",
    " convenes ",
    " will convene ",
    " is convening ",
    " organises ",
    " organizes ",
    " opened ",
    " is organising ",
    " is organizing ",
    " are organising ",
    " are organizing ",
    " co-organised ",
    " co-organized ",
    " co-hosted ",
    " launched ",
    " will conduct ",
    " conducted ",
    " conducts ",
    " is conducting ",
    " ran ",
    " will run ",
    " launches ",
    " will launch ",
    " opens ",
    " will open ",
    " concluded ",
    " concludes ",
    " closed ",
    " closes ",
    " kicked off ",
    " kicks off ",
    " will kick off ",
    " wrapped up ",
    " wraps up ",
    " will wrap up ",
    " began ",
    " begins ",
    " will begin ",
    " started ",
    " starts ",
    " will start ",
    " is running ",
    " are running ",
    " runs ",
    " is staging ",
    " inaugurated ",
    " inaugurates ",
    " will inaugurate ",
    " co-hosts ",
    " will co-host ",
    " is co-hosting ",
    " co-organises ",
    " co-organizes ",
    // "carried out this Thursday the National Forum", "will carry out
    // from 3 to 5 June … the Forum": the Spanish "realizar" in English.
    " carried out ",
    " will carry out ",
    " carries out ",
    " will realise ",
    " will realize ",
    " is the organiser of ",
    " is the organizer of ",
    " is the host of ",
    " hosting ",
    " holding ",
    " organising ",
    " organizing ",
    " will offer ",
    " offers ",
    " offered ",
    " is offering ",
    " commenced ",
    " commences ",
    " will commence ",
    // After "will" set apart from its verb: "will tomorrow convene a
    // round table", "will, from Monday to Friday, conduct a training".
    " convene ",
    " conduct ",
    " organise ",
    " organize ",
    " commence ",
    // "the Council announced the realization of the First Communal Forum".
    " announced the holding of ",
    " announced the realization of ",
    " announced the organisation of ",
    " announced the organization of ",
    " announces the holding of ",
];
/// The organiser as the subject of a verb that organises, gathers or
/// hears: "The Institute held a workshop", "X brought together experts for
/// a forum".
pub(crate) fn subject_organiser(text: &str, start: usize, core: usize) -> Option<Organiser> {
    // "Young people will lead a summit …, youth charity X has announced":
    // the subject of the verb may be no body, and the announcer is.
    verb_subject(text, start, core)
        .or_else(|| announcer(text, start, core))
        .or_else(|| reporter_of_own_event(text, start, core))
}

/// The organiser as the subject of a verb that organises, gathers or
/// hears, or held by a relative clause's subject.
fn verb_subject(text: &str, start: usize, core: usize) -> Option<Organiser> {
    let sentence = &text[start..core];
    if let Some(range) = holder_of_it(text, start, core) {
        return Some(Organiser {
            range,
            by_phrase: false,
        });
    }
    let Some(verb) = earliest_lower(sentence, &ORGANISES) else {
        return gathering_body(text, start, core).or_else(|| hearing_body(text, start, core));
    };
    let object = without_aside(without_time(&sentence[verb.end..]));
    // "held a two-day workshop": the event within a few words; "will host
    // a one-day Flood Preparedness and Contingency Planning Workshop": a
    // name's words too.
    let head: String = object
        .split(' ')
        .take(MOST_EVENT_HEAD_WORDS)
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase();
    charge(head.len());
    // "held two days of dialogue sessions": a count for an article.
    let counted = head.split(' ').next().is_some_and(|word| {
        NUMBER_WORDS.contains(&word) || word.starts_with(|c: char| c.is_ascii_digit())
    });
    // "will hold public hearings": events in the plural need no article.
    let plural_events = head.split(' ').take(3).any(|word| {
        [
            "hearings",
            "sessions",
            "consultations",
            "workshops",
            "seminars",
        ]
        .contains(&word)
    });
    // "will hold its annual Farm Safety and Wellbeing Day": a named day or
    // week is an event when its name is capitalised.
    let named_day = object
        .split(' ')
        .take(MOST_EVENT_NAME_WORDS)
        .any(|word| ["Day", "Days", "Week"].contains(&word.trim_end_matches([',', '.', ';'])));
    let is_event = (counted
        || plural_events
        || ["a ", "an ", "the ", "its ", "their "]
            .iter()
            .any(|article| head.starts_with(article)))
        && (named_day
            || EVENT_NOUNS
                .iter()
                .chain(HELD_ONLY.iter())
                .any(|noun| !find_all(&head, noun).is_empty()));
    // "launched its $25 million Digital Safeguards Grant Program at its
    // inaugural Summit": what is launched at an event, however long its name.
    let launched_at_event =
        sentence[verb.start..verb.end].contains("launch") && launched_at_an_event(object);
    let is_event = is_event || launched_at_event;
    // "the conference, which the Academy is hosting": the relative
    // clause's subject holds the event before it.
    // "a seminar that the Ombudsman hosted in Stockholm" too, and "the
    // seminar on schools which the Assembly held".
    let relative = [", which ", " which ", " that "]
        .iter()
        .filter_map(|lead| {
            sentence[..verb.start]
                .rfind(lead)
                .map(|at| (at, at + lead.len()))
        })
        .max()
        .filter(|&(which, subject)| {
            HOLDS.contains(&&sentence[verb.start..verb.end])
                && names_event_before(&sentence[..which])
                // "announced that it will host": a pronoun, no subject of
                // its own.
                && subject < before_pronoun(&sentence[..verb.start]).len()
        });
    if !is_event && relative.is_none() {
        // "X will convene mayors and researchers for a meeting on …"
        return gathering_body(text, start, core);
    }
    // "Under the patronage of H.E. NAME, Chairman of X, the Centre will
    // hold …": the subject follows the opening clause's last comma, or its
    // last before an article ("…, the Department of Women, Family and
    // Childhood launched", whose name holds a comma).
    let after_opening = OPENING_CLAUSES
        .iter()
        .any(|lead| starts_with_ci(sentence, lead))
        .then(|| {
            let before_verb = &sentence[..verb.start];
            before_verb
                .rfind(", the ")
                .or_else(|| before_verb.rfind(", "))
                .map(|comma| comma + 2)
        })
        .flatten();
    let subject_start = relative
        .map(|(_, subject)| subject)
        .or(after_opening)
        .map_or(start, |subject| start + subject);
    let subject_end = start + before_pronoun(&sentence[..verb.start]).len();
    // "the Public Defender of Rights, JUDr. NAME, Ph.D., held": the
    // office's holder set off by commas is no part of the body.
    let subject_end = without_holder(text, subject_start, subject_end);
    // "the Ministry of Interior, represented by the Police Training
    // Institute, inaugurated": the body, not who stands in for it.
    let subject_end = find_all(&text[subject_start..subject_end], ", represented by ")
        .first()
        .map_or(subject_end, |&aside| subject_start + aside);
    let range = subject_body(text, subject_start, subject_end)?;
    // "The week closes in Cardiff with a session": the event itself.
    let written = range.of(text);
    let noun = written
        .strip_prefix("the ")
        .or_else(|| written.strip_prefix("The "))
        .unwrap_or(written);
    if EVENT_NOUNS.contains(&noun) {
        return None;
    }
    // "NAME, a pharmacist who leads the testing workshop": people lead
    // sessions; a body leads an event only when its name says it is one.
    let leads = [" led ", " leads ", " will lead "].contains(&&sentence[verb.start..verb.end]);
    let body = range
        .of(text)
        .split(' ')
        .any(|word| is_body_word(word.trim_end_matches([',', ')'])) || BODY_KINDS.contains(&word));
    (!leads || body).then_some(Organiser {
        range,
        by_phrase: false,
    })
}

/// `start..end` without a person named between commas at its end ("the
/// Public Defender of Rights, JUDr. NAME, Ph.D.,"): where the body ends.
fn without_holder(text: &str, start: usize, end: usize) -> usize {
    let clause = text[start..end].trim_end().trim_end_matches(',');
    let clause_end = start + clause.len();
    clause
        .rmatch_indices(", ")
        .take(MOST_HOLDER_COMMAS)
        .find(|&(comma, _)| {
            let name_at = start + comma + 2;
            // "…, the National Secretariat (SNRE)": a body, not a holder.
            let capitalised = text[name_at..].starts_with(char::is_uppercase);
            capitalised
                && person_at(text, name_at, clause_end).is_some_and(|person| {
                    person.full
                        && !person.name.of(text).split(' ').any(is_body_word)
                        && person.role.is_none()
                        && after_post_nominal(text, person.name.end) >= clause_end
                })
        })
        .map_or(end, |(comma, _)| start + comma)
}

/// The commas read back for a holder's name and the letters after it.
const MOST_HOLDER_COMMAS: usize = 2;

/// Events that name who holds them ("will host a two-day learning
/// festival") but not the dates of the event a release is about: a
/// film festival often frames a forum held during it.
const HELD_ONLY: [&str; 1] = ["festival"];

/// The most words read after an organising verb for the event.
const MOST_EVENT_HEAD_WORDS: usize = 10;

/// Clauses that open a sentence before its subject, and name someone
/// who is not the organiser.
const OPENING_CLAUSES: [&str; 4] = [
    "under the patronage of ",
    "under the high patronage of ",
    "under the auspices of ",
    "in the presence of ",
];

/// The most words of an event's name read for its "Day" or "Week".
const MOST_EVENT_NAME_WORDS: usize = 8;

/// Numbers that may count an event's days or sessions.
pub(crate) const NUMBER_WORDS: [&str; 9] = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// `object` without the time that may stand before it ("opened today a
/// workshop", "held on Monday a meeting", "will host tomorrow, Thursday, a
/// conference").
pub(crate) fn without_time(mut object: &str) -> &str {
    for _ in 0..MOST_TIME_WORDS {
        let rest = object.trim_start_matches([' ', ',']);
        let rest = if starts_with_ci(rest, "on ") {
            &rest[3..]
        } else {
            rest
        };
        let word = rest.split([' ', ',']).next().unwrap_or("");
        let lower = word.to_ascii_lowercase();
        // "Wednesday 28 May": a day's number and month go with it.
        // "from 3 to 5 June": a range's small words before its numbers.
        let next_is_number = rest[word.len()..]
            .trim_start_matches([' ', ','])
            .starts_with(|c: char| c.is_ascii_digit());
        // "tomorrow and on Friday": a second day.
        let next_word = rest[word.len()..].trim_start_matches([' ', ',']);
        let next_is_day = next_word.starts_with("on ")
            || weekday_number(next_word.split([' ', ',']).next().unwrap_or("")).is_some();
        // "from April 9 to 11, 2025": a month after the range's word.
        let next_is_month = ENGLISH_MONTHS
            .iter()
            .any(|month| next_word.starts_with(month));
        // "from Monday to Wednesday": a range of weekdays.
        let next_is_weekday =
            weekday_number(next_word.split([' ', ',']).next().unwrap_or("")).is_some();
        // "on the 14th and 15th of October": an ordinal day, as a date has
        // it ("the 7th National Meeting" is a name).
        let mut after_next = next_word.split([' ', ',']).filter(|word| !word.is_empty());
        let next_is_ordinal = after_next.next().is_some_and(is_ordinal_day)
            && after_next.next().is_some_and(|word| {
                ["of", "and", "to"].contains(&word) || ENGLISH_MONTHS.contains(&word)
            });
        // "from this Wednesday 3 to Friday 5 December".
        // "since Monday", "since yesterday".
        let next_is_deictic = ["this ", "next ", "last ", "yesterday", "today"]
            .iter()
            .any(|word| next_word.starts_with(word));
        let range_word = (["from", "to", "until", "and", "between", "since"]
            .contains(&lower.as_str())
            && (next_is_number || next_is_month || next_is_weekday || next_is_deictic))
            || (lower == "and" && (next_is_day || next_is_ordinal))
            || (lower == "the" && next_is_ordinal)
            || (lower == "of" && next_is_month)
            // "opened this Tuesday", "held last Friday".
            || (["this", "last", "next"].contains(&lower.as_str()) && next_is_weekday);
        // "12–13 May", "16/10": a day's numbers joined.
        let numbers = word.contains(|c: char| c.is_ascii_digit())
            && word
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '–' | '-' | '/'));
        // "Yesterday afternoon", "Monday morning": a part of the day.
        let time = range_word
            || [
                "today",
                "tomorrow",
                "yesterday",
                "morning",
                "afternoon",
                "evening",
            ]
            .contains(&lower.as_str())
            || weekday_number(word).is_some()
            || numbers
            || is_ordinal_day(word)
            || ENGLISH_MONTHS.contains(&word);
        let this = [
            "this morning",
            "this week",
            "this afternoon",
            "last week",
            "last month",
            "next week",
            "of next week",
            "of last week",
            "earlier this week",
            "earlier today",
            // "realized the past Friday, May 9,", as Spanish houses
            // translate "el pasado viernes".
            "the past",
        ]
        .iter()
        .find(|phrase| starts_with_ci(rest, phrase));
        object = match (time, this) {
            (_, Some(phrase)) => &rest[phrase.len()..],
            (true, None) => &rest[word.len()..],
            (false, None) => break,
        };
    }
    object.trim_start_matches([' ', ','])
}

/// Whether `word` is a day's ordinal ("14th", "1st").
fn is_ordinal_day(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && ["st", "nd", "rd", "th"].contains(&suffix)
}

/// `object` without a place set off by commas before it ("concluded, at
/// the headquarters of the League in Cairo, a regional workshop").
pub(crate) fn without_aside(object: &str) -> &str {
    let opens_aside = ["at ", "in "].iter().any(|lead| object.starts_with(lead));
    if !opens_aside {
        return object;
    }
    // "opened in Dakar a five-day course": a place of capitalised words,
    // then the event's article ("organised in Chișinău the Republican
    // Seminar").
    let mut at = object.find(' ').map_or(object.len(), |space| space + 1);
    for word in object[at..].split(' ').take(MOST_ASIDE_WORDS) {
        if ["a", "an", "the"].contains(&word) && at > 3 {
            return &object[at..];
        }
        if !(starts_name(word) || NAME_LINKS.contains(&word)) {
            break;
        }
        at += word.len() + 1;
    }
    match object.find(", ") {
        Some(comma) if comma < MOST_ASIDE_BYTES => &object[comma + 2..],
        // "held in the seat of the Office in Brno a round table": a longer
        // place, ended by its capitalised name, then the event's article.
        _ => {
            let window = &object[..object.floor_char_boundary(MOST_ASIDE_BYTES)];
            [" a ", " an "]
                .iter()
                .filter_map(|article| {
                    window.match_indices(article).map(|(at, _)| at).find(|&at| {
                        window[..at]
                            .rsplit(' ')
                            .next()
                            .is_some_and(|word| word.starts_with(char::is_uppercase))
                    })
                })
                .min()
                .map_or(object, |at| &object[at + 1..])
        }
    }
}

/// The most words of a place set off without commas before an event.
const MOST_ASIDE_WORDS: usize = 6;

/// The most bytes of a place set off before an event.
pub(crate) const MOST_ASIDE_BYTES: usize = 120;

/// The most time words read before an event ("tomorrow, Thursday,").
pub(crate) const MOST_TIME_WORDS: usize = 8;
