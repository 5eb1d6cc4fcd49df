//! Who organises, read from the event's own name: "the annual meeting of
//! X", "the Municipal Climate Congress of X", "X's Safe Staffing Summit",
//! "held on 10–12 August by X".

use conference_summary_model::ENGLISH_MONTHS;

use super::backers::{clause_end, CLAUSE_ENDS};
use super::dateline::weekday_number;
use super::focus::{launched_at_an_event, COURSE_NOUNS, EVENT_NOUNS};
use super::organiser_bodies::MOST_BODY_WORDS;
use super::organiser_gatherings::GATHERS;
use super::organiser_names::{name_end, name_with_acronym, starts_name, NAME_LINKS};
use super::organiser_subjects::ORGANISES;
use super::paragraphs::{find_all, starts_with_ci, trim_end_marks};
use super::role_words::{is_body_word, is_role_word};
use super::span::TextRange;

/// "The annual meeting of the International Network of Prosecutors
/// (INEP) ended today": the body whose event it is, named after the
/// event's noun and "of".
pub(crate) fn body_of_event(
    text: &str,
    start: usize,
    core: usize,
    place: &str,
) -> Option<TextRange> {
    let lower = text[start..core].to_ascii_lowercase();
    let at = EVENT_NOUNS
        .iter()
        .filter_map(|noun| {
            let phrase = format!("{noun} of ");
            // "the Parliamentary Assembly of X" is a name, not an event;
            // "for the Municipal Climate Congress of X" names one.
            find_all(&lower, &phrase)
                .into_iter()
                .find(|&at| {
                    text[start + at..].starts_with(char::is_lowercase)
                        || names_an_event(&text[start..start + at])
                })
                .map(|at| start + at + phrase.len())
        })
        // "The 19th Senior Officials' Meeting on Transnational Crime
        // (SOMTC) of the Organisation": the event's own name, then "of".
        .chain(EVENT_NOUNS.iter().filter_map(|noun| {
            find_all(&lower, noun).into_iter().find_map(|at| {
                let name_end = start + at + noun.len();
                let of = of_after_event_name(&text[name_end..core])?;
                (text[start + at..].starts_with(char::is_uppercase)
                    && names_an_event(&text[start..start + at]))
                .then_some(name_end + of)
            })
        }))
        // "the annual Training Week of the Clinic": a named week or day.
        .chain(
            ["week of ", "day of ", "days of "]
                .iter()
                .filter_map(|phrase| {
                    find_all(&text[start..core], phrase)
                        .into_iter()
                        .find(|&at| {
                            text[start + at..].starts_with(char::is_uppercase)
                                && names_an_event(&text[start..start + at])
                        })
                        .map(|at| start + at + phrase.len())
                }),
        )
        .min();
    let Some(at) = at else {
        return owner_of_event(text, start, core)
            .or_else(|| school_of_course(text, start, core, place));
    };
    let mut from = at;
    if starts_with_ci(&text[from..core], "the ") {
        from += 4;
    }
    if !text[from..core].starts_with(char::is_uppercase) {
        return None;
    }
    let to = match name_with_acronym(text, from, core) {
        Some(end) => end,
        None => {
            let to = clause_end(text, from, core, &CLAUSE_ENDS);
            name_end(text, from, to, place)
        }
    };
    let range = trim_end_marks(text, from, to, &['.', ',', ';', ':']);
    // "the 7th National Meeting of Juvenile Court Judges": its members,
    // people, not a body.
    let people = range.of(text).split(' ').any(|word| {
        word.trim_end_matches([',', '.'])
            .strip_suffix('s')
            .is_some_and(is_role_word)
    }) && !range.of(text).split(' ').next().is_some_and(is_body_word)
        // "the Society of Children's Nurses" names a body of them.
        && !range.of(text).contains(" of ");
    // "of Cymdeithas Ysgolion Cymraeg, the Welsh-medium schools’
    // association,": a name the apposition after it says is a body's.
    // "of SAFEPATH, a three-year research project,": a project's name.
    let described = [", the ", ", a ", ", an "]
        .iter()
        .find_map(|lead| text[range.end..core].strip_prefix(lead))
        .is_some_and(|apposition| {
            apposition
                .split([' ', ','])
                .take(MOST_APPOSITION_WORDS)
                .any(|word| APPOSITION_KINDS.contains(&word))
        });
    let named = (range.of(text).split(' ').any(is_body_word) || described) && !people;
    (named && !range.is_empty()).then_some(range)
}

/// The most words of an apposition read for a body's kind.
const MOST_APPOSITION_WORDS: usize = 5;

/// Kinds of body an apposition names in lower case.
const APPOSITION_KINDS: [&str; 11] = [
    "project",
    "consortium",
    "association",
    "organisation",
    "organization",
    "charity",
    "union",
    "network",
    "federation",
    "society",
    "foundation",
];

/// "held on 10–12 August by X", "held in Oslo by X", "launched today by X
/// at a workshop": where the words after "held", a time or a place, end
/// with "by".
/// The most bytes between "held" and its "by" ("held in Djibouti City from
/// Monday to Wednesday last week by").
const MOST_HELD_BY_BYTES: usize = 80;

pub(crate) fn held_by(sentence: &str) -> Option<TextRange> {
    [
        "held ",
        "convened ",
        "organised ",
        "organized ",
        "hosted ",
        "launched ",
    ]
    .iter()
    .flat_map(|verb| {
        find_all(sentence, verb)
            .into_iter()
            .map(move |at| (at, *verb))
    })
    .find_map(|(at, verb)| {
        let verb_length = verb.len();
        // From the space after the verb: "held by X" has nothing between.
        let from = at + verb_length - 1;
        let window = &sentence
            [from..sentence.floor_char_boundary((from + MOST_HELD_BY_BYTES).min(sentence.len()))];
        let by = find_all(window, " by ").first().copied()?;
        // "hosted by X" names a host, read as one elsewhere.
        if by == 0 && verb != "held " {
            return None;
        }
        // "a report launched today by X at a workshop": who launches
        // at an event holds it; a report launched anywhere else, no.
        if verb == "launched " && !launched_at_an_event(&sentence[from + by + " by".len()..]) {
            return None;
        }
        let aside = window[..by].split([' ', ',']).all(|word| {
            word.is_empty()
                || starts_name(word)
                || NAME_LINKS.contains(&word)
                || [
                    "on",
                    "in",
                    "at",
                    "from",
                    "to",
                    "the",
                    "and",
                    "–",
                    "-",
                    "yesterday",
                    "today",
                    "tomorrow",
                    // "held in Djibouti City from Monday to Wednesday
                    // last week by X".
                    "last",
                    "next",
                    "this",
                    "week",
                ]
                .contains(&word)
        });
        aside.then(|| TextRange::new(at, from + by + " by ".len()))
    })
}

/// Where the owner's name starts when an event's noun is followed by the
/// rest of its name and "of": " on Transnational Crime (SOMTC) of the …",
/// " (SOMTC) of …". The offset in `after` past "of "; `None` when
/// anything else follows, or "of" directly, which the caller reads.
fn of_after_event_name(after: &str) -> Option<usize> {
    let mut rest = after;
    if let Some(subject) = rest.strip_prefix(" on ") {
        let mut words = 0;
        rest = subject;
        while let Some((word, more)) = rest.split_once(' ') {
            let named = word.starts_with(char::is_uppercase) || NAME_LINKS.contains(&word);
            if word == "of" || !named || words == MOST_EVENT_NAME_WORDS {
                break;
            }
            words += 1;
            rest = more;
        }
        rest = &after[after.len() - rest.len() - 1..];
    }
    if let Some(bracket) = rest.strip_prefix(" (") {
        let (acronym, more) = bracket.split_once(')')?;
        if !acronym.chars().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        rest = more;
    }
    if rest.len() == after.len() {
        return None;
    }
    let owner = rest.strip_prefix(" of ")?;
    Some(after.len() - owner.len())
}

/// Whether the capitalised words that `before` ends with are an event's
/// name: opened by an article that no "of" precedes ("for the Municipal
/// Climate", but not "of the Parliamentary").
pub(crate) fn names_an_event(before: &str) -> bool {
    let before = before.trim_end();
    let mut words = before.rsplit(' ');
    for word in words.by_ref().take(MOST_EVENT_NAME_WORDS) {
        // "The 19th Senior Officials' Meeting" opening the sentence.
        let opens_sentence = word == "The" && before.starts_with("The ");
        if ["the", "a", "an", "its", "their"].contains(&word) || opens_sentence {
            // "of the Parliamentary Assembly of X" names a body; "the
            // opening of the 12th Congress of X" an event.
            return match words.next() {
                Some("of") => words
                    .next()
                    .is_some_and(|noun| EVENT_MOMENTS.contains(&noun)),
                _ => true,
            };
        }
        // "the 12th Congress of X": an ordinal belongs to the name; "the
        // annual Moot Court and Training Week of X": so do a link and an
        // event's recurrence.
        if !word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && !NAME_WORDS_IN_LOWER_CASE.contains(&word)
        {
            return false;
        }
    }
    false
}

/// Words in lower case within or before an event's name.
const NAME_WORDS_IN_LOWER_CASE: [&str; 6] =
    ["and", "&", "annual", "final", "inaugural", "biennial"];

/// The most capitalised words of a person's name as releases write it
/// ("Anna Maria Berg"): more name a body.
const MOST_PERSON_NAME_WORDS: usize = 3;

/// Moments of an event named before it with "of" ("the opening of the
/// 12th Congress of X").
const EVENT_MOMENTS: [&str; 8] = [
    "opening",
    "start",
    "close",
    "closing",
    "end",
    "eve",
    "sidelines",
    "margins",
];

/// The most capitalised words of an event's name before its noun.
pub(crate) const MOST_EVENT_NAME_WORDS: usize = 6;

/// The most words in lower case of an event's name after its owner's
/// possessive.
pub(crate) const MOST_EVENT_NAME_WORDS_AFTER_OWNER: usize = 3;

/// Small words inside an owner's name ("Union of Nursing Professionals").
pub(crate) const OWNER_LINKS: [&str; 5] = ["of", "for", "and", "the", "de"];

/// The most bytes between a course's noun and the "at" of its school.
const MOST_COURSE_TO_SCHOOL_BYTES: usize = 160;

/// Schools whose rooms hold their own courses ("a five-day course at the
/// East African Aviation Security Training Centre").
const SCHOOLS: [&str; 7] = [
    "Academy",
    "University",
    "College",
    "School",
    "Institute",
    "Faculty",
    "Training",
];

/// "graduated from a five-day course at the Aviation Security Training
/// Centre (EAASTC)": a school where its course is held, when nothing else
/// in the sentence names who gives it.
fn school_of_course(text: &str, start: usize, core: usize, place: &str) -> Option<TextRange> {
    COURSE_NOUNS.iter().find_map(|noun| {
        let at = *find_all(&text[start..core], noun).first()?;
        // "a course on X started on Monday at Pohjoisranta University of
        // Applied Sciences": its topic and its day may stand between.
        let noun_end = start + at + noun.len();
        let window = &text
            [noun_end..text.floor_char_boundary(core.min(noun_end + MOST_COURSE_TO_SCHOOL_BYTES))];
        let at_school = find_all(window, " at ").first().copied()?;
        // Not past a clause ("…, hosted by the Clinic at the University"),
        // nor a venue that holds another's course ("was held at the
        // Training Centre").
        let gap = &window[..at_school];
        if gap.contains(',') || gap.contains(" by ") || gap.contains(" held") {
            return None;
        }
        let mut from = noun_end + at_school + " at ".len();
        if starts_with_ci(&text[from..core], "the ") {
            from += "the ".len();
        }
        if !text[from..core].starts_with(char::is_uppercase) {
            return None;
        }
        let to = name_with_acronym(text, from, core).unwrap_or_else(|| {
            let to = clause_end(text, from, core, &CLAUSE_ENDS);
            name_end(text, from, to, place)
        });
        let range = trim_end_marks(text, from, to, &['.', ',', ';', ':']);
        range
            .of(text)
            .split(' ')
            .any(|word| SCHOOLS.contains(&word))
            .then_some(range)
    })
}

/// "the Ontario Union of Nursing Professionals' (OUNP) Safe Staffing
/// Summit": the body before the possessive of an event's name.
pub(crate) fn owner_of_event(text: &str, start: usize, core: usize) -> Option<TextRange> {
    let sentence = &text[start..core];
    for (at, mark) in sentence.match_indices(['\'', '’']) {
        let after = &sentence[at + mark.len()..];
        let after = after.strip_prefix('s').unwrap_or(after);
        let owned: String = after
            .split(' ')
            .take(MOST_EVENT_NAME_WORDS + 1)
            .collect::<Vec<_>>()
            .join(" ")
            .to_ascii_lowercase();
        let Some(noun_at) = EVENT_NOUNS
            .iter()
            .filter_map(|noun| find_all(&owned, noun).first().copied())
            .min()
        else {
            continue;
        };
        // "the Students' Union's hearing": the last possessive before the
        // event is its owner's.
        // Only a few words of the event's name between ("annual", "Safe
        // Staffing"), and no verb: "the Court's Registry held two days of
        // sessions" is the Registry's doing.
        // "the Bishops’ Conference hosted a round table": a body named
        // with an event's word, which itself holds the event.
        let after_noun = &owned[noun_at..];
        let after_noun = after_noun
            .find(' ')
            .map_or("", |space| &after_noun[space..]);
        // "X's annual conference opened today" is X's event, though: the
        // verb holds another event only when one follows it.
        let holds = ORGANISES
            .iter()
            .chain(GATHERS.iter())
            .find(|verb| after_noun.starts_with(*verb))
            .is_some_and(|verb| {
                let object = &sentence[(at + mark.len()).min(sentence.len())..];
                let object = object.to_ascii_lowercase();
                // The verb's trimmed length: its spaces may stand on
                // letters of more than one byte ("organised „by").
                let object_at = object
                    .find(verb.trim())
                    .map_or(0, |found| found + verb.trim().len());
                let object: String = object[object_at.min(object.len())..]
                    .split(' ')
                    .take(MOST_EVENT_NAME_WORDS + 2)
                    .collect::<Vec<_>>()
                    .join(" ");
                EVENT_NOUNS
                    .iter()
                    .any(|noun| !find_all(&object, noun).is_empty())
            });
        if holds {
            continue;
        }
        let between = &owned[..noun_at];
        let verb = ORGANISES
            .iter()
            .chain(GATHERS.iter())
            .any(|verb| !find_all(&format!(" {between}"), verb).is_empty());
        // "the Service's first National Family Violence Prevention Forum":
        // an event's capitalised name may be long; its plain words few.
        let written_between = &after[..between.len().min(after.len())];
        let plain_words = written_between
            .split_whitespace()
            .filter(|word| !word.starts_with(char::is_uppercase))
            .count();
        // "the Students' Union's hearing": another owner between; but "the
        // Association's (DHAA) National Children's Oral Health Summit": a
        // possessive inside the event's capitalised name.
        let other_owner = written_between.split_whitespace().any(|word| {
            let owner = word.trim_end_matches(['\'', '’', 's']);
            word.contains(['\'', '’'])
                && (!word.starts_with(char::is_uppercase) || is_body_word(owner))
        }) || written_between
            .split_whitespace()
            .last()
            .is_some_and(|word| word.contains(['\'', '’']));
        if other_owner
            || verb
            || plain_words > MOST_EVENT_NAME_WORDS_AFTER_OWNER
            || between.split_whitespace().count() > MOST_EVENT_NAME_WORDS
        {
            continue;
        }
        // The owner: capitalised words and the small words inside a name,
        // back from the mark, up to a time ("on Thursday for X's").
        let before = &sentence[..at];
        let mut owner_length = 0;
        let mut name_length = 0;
        for word in before.rsplit(' ').take(MOST_BODY_WORDS) {
            let capitalised = word.starts_with(char::is_uppercase)
                && weekday_number(word).is_none()
                && !ENGLISH_MONTHS.contains(&word);
            // "This year's Tide Forum, the Institute's flagship event": the
            // owner's name holds no comma.
            if !(capitalised || OWNER_LINKS.contains(&word)) || word.ends_with(',') {
                break;
            }
            owner_length += word.len() + 1;
            if capitalised {
                name_length = owner_length;
            }
        }
        let owner_start = at + 1 - name_length.max(1);
        let mut owner = TextRange::new(start + owner_start, start + at);
        if starts_with_ci(owner.of(text), "the ") {
            owner.start += 4;
        }
        // "Professionals' (OUNP)": the plural's own mark is no part of it.
        // "Hearth Fostering Scotland's annual conference": a body's word,
        // or a name of several capitalised words, which no person's is.
        let words = owner.of(text).split(' ');
        let capitalised = words
            .clone()
            .filter(|word| word.starts_with(char::is_uppercase))
            .count();
        // "X Y Z's annual conference": no one person holds an annual one.
        let recurring = between
            .split(' ')
            .any(|word| ["annual", "national", "yearly", "biennial"].contains(&word));
        let named = !owner.is_empty()
            && (words.clone().any(is_body_word)
                || capitalised > MOST_PERSON_NAME_WORDS
                || (recurring && capitalised >= 2));
        if named {
            return Some(owner);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{body_of_event, owner_of_event};

    #[test]
    fn the_owner_after_an_events_whole_name() {
        for text in [
            "The 19th Senior Officials' Meeting on Transnational Crime (SOMTC) of the Cooperation Organisation (SEACO) concluded today",
            "The 19th Senior Officials' Meeting (SOMTC) of the Cooperation Organisation (SEACO) concluded today",
        ] {
            assert_eq!(
                body_of_event(text, 0, text.len(), "").map(|owner| owner.of(text)),
                Some("Cooperation Organisation (SEACO)"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_verb_before_a_mark_of_several_bytes_is_read_whole() {
        // Found by the draft's mutation test: a panic on a char boundary.
        let text = "The Ghana Bar's forum organised „by the commission in Kumasi yesterday";
        assert_eq!(
            owner_of_event(text, 0, text.len()).map(|owner| owner.of(text)),
            None
        );
    }
}
