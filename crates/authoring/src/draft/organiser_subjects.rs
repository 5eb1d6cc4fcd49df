//! Who organises, read from a sentence's subject: "The Institute held a
//! workshop", "X brought together experts for a forum", "The Committee
//! heard survivors", with the times, asides and partners around the
//! subject set apart.

use conference_summary_model::ENGLISH_MONTHS;

use super::backers::{earliest, Organiser};
use super::dateline::weekday_number;
use super::focus::EVENT_NOUNS;
use super::full_names::is_lower_kind_alone;
use super::names::{is_body_word, person_at};
use super::organiser_clauses::{
    announcer, before_pronoun, holder_of_it, names_event_before, reporter_of_own_event, HOLDS,
};
use super::organiser_gatherings::{gathering_body, hearing_body};
use super::organiser_names::{starts_name, MOST_OWNED_WORDS, NAME_LINKS};
use super::paragraphs::{find_all, starts_with_ci, trim, trim_end_marks};
use super::span::TextRange;
use super::work::charge;

/// What joins a partner to an organiser that is the subject of a verb.
pub(crate) const PARTNERED: [&str; 14] = [
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
    ", together with ",
    ", with the support of ",
    ", with support from ",
    ", supported by ",
];

/// Where the earliest of `phrases` stands in `text`, the longest at that place.
/// Where the earliest of `phrases` stands in `text` as written, in lower
/// case: "organised" the verb, not "Organised" in "Organised Crime Agency".
pub(crate) fn earliest_lower(text: &str, phrases: &[&str]) -> Option<TextRange> {
    phrases
        .iter()
        .flat_map(|phrase| {
            find_all(text, phrase)
                .into_iter()
                .filter(move |&at| text[at..].starts_with(phrase))
                .map(move |at| TextRange::new(at, at + phrase.len()))
        })
        .min_by_key(|phrase| (phrase.start, std::cmp::Reverse(phrase.end)))
}

/// Verbs whose subject organises when their object is the event: "The
/// Institute held a workshop".
pub(crate) const ORGANISES: [&str; 88] = [
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
    " will host,",
    " will hold,",
    " hosted,",
    " held,",
    " host ",
    " is hosting ",
    " organised ",
    " organized ",
    " will organise ",
    " will organize ",
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
    charge(object.len().min(60));
    // "held a two-day workshop": the event within a few words.
    let head: String = object
        .chars()
        .take(60)
        .collect::<String>()
        .to_ascii_lowercase();
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
    let is_event = (counted
        || plural_events
        || ["a ", "an ", "the ", "its ", "their "]
            .iter()
            .any(|article| head.starts_with(article)))
        && EVENT_NOUNS
            .iter()
            .any(|noun| !find_all(&head, noun).is_empty());
    // "the conference, which the Academy is hosting": the relative
    // clause's subject holds the event before it.
    // "a seminar that the Ombudsman hosted in Stockholm" too.
    let relative = [", which ", " that "]
        .iter()
        .filter_map(|lead| {
            sentence[..verb.start]
                .rfind(lead)
                .map(|at| (at, at + lead.len()))
        })
        .max()
        .filter(|&(which, _)| {
            HOLDS.contains(&&sentence[verb.start..verb.end])
                && names_event_before(&sentence[..which])
        });
    if !is_event && relative.is_none() {
        // "X will convene mayors and researchers for a meeting on …"
        return gathering_body(text, start, core);
    }
    let subject_start = relative.map_or(start, |(_, subject)| start + subject);
    let subject_end = start + before_pronoun(&sentence[..verb.start]).len();
    let range = subject_body(text, subject_start, subject_end)?;
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

/// The body named by the subject `start..end` of a verb that organises or
/// gathers: without a time before or after it ("Yesterday, X", "X on
/// Tuesday"), a partner ("X, in co-operation with Y,") or an apposition
/// ("X, the Estonian firm,").
pub(crate) fn subject_body(text: &str, start: usize, end: usize) -> Option<TextRange> {
    let mut subject = trim(text, start, end);
    // "Yesterday, Quillo's team hosted …"
    if let Some(comma) = subject.of(text).find(", ") {
        let opening = &subject.of(text)[..comma];
        // "On 18 and 19 September 2025, the team hosted …"
        // "On World Children's Day, the Office …": an opening phrase.
        let opener = [
            "On ",
            "At ",
            "In ",
            "During ",
            "After ",
            "Before ",
            "Ahead of ",
            "Under ",
            "With ",
            "Following ",
            "As part of ",
            "Within ",
            "Through ",
        ]
        .iter()
        .any(|lead| opening.starts_with(lead));
        if without_time(opening).is_empty() || opener {
            subject.start += comma + 2;
        }
    }
    // "Today the Agency opens …": a time before the subject, no comma.
    for time in [
        "Today ",
        "Yesterday ",
        "Tomorrow ",
        "This week ",
        "This morning ",
    ] {
        let Some(rest) = subject.of(text).strip_prefix(time) else {
            continue;
        };
        if rest.starts_with("the ") || rest.starts_with(char::is_uppercase) {
            subject.start += time.len();
        }
    }
    // "CASTRIES, Saint Lucia — The Command …", "Oslo, 06.10.2025: The
    // Office …", "Tuesday 12 November 2024 – The Council …": a dateline
    // the draft does not read as one.
    if let Some(dash) = earliest(
        &subject.of(text)[..subject
            .of(text)
            .floor_char_boundary(MOST_PLACE_BYTES.min(subject.of(text).len()))],
        &[" — ", " – ", ": "],
    ) {
        let place = &subject.of(text)[..dash.start];
        if place.split([' ', ',']).all(|word| {
            word.is_empty() || word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        }) {
            subject.start += dash.end;
        }
    }
    // "Members will meet on Saturday, when the club hosts …": the subject
    // of the last clause.
    for lead in [" when ", " where ", " as "] {
        if let Some(at) = subject.of(text).rfind(lead) {
            subject.start += at + lead.len();
        }
    }
    // "Members of the Committee heard …": the body they belong to.
    // "Sixty-four elected members of the Youth Parliament will gather …"
    for lead in [
        "members of the ",
        "delegates of the ",
        "representatives of the ",
    ] {
        let words = subject.of(text);
        let window = &words[..words.floor_char_boundary(MOST_LEAD_BYTES.min(words.len()))];
        if let Some(&at) = find_all(window, lead).first() {
            subject.start += at + lead.len();
        }
    }
    // "The Institute, in co-operation with the City, held …": the first.
    if let Some(partner) = earliest(subject.of(text), &PARTNERED) {
        subject.end = subject.start + partner.start;
    }
    // "Kilde Secure, the Estonian incident-response firm, today hosted …"
    if let Some(apposition) = earliest(
        subject.of(text),
        &[
            ", the ",
            ", a ",
            ", an ",
            ", which ",
            ", who ",
            ", aged ",
            ", through ",
        ],
    ) {
        subject.end = subject.start + apposition.start;
    }
    // "X (GFMW) and its Mexican affiliate, …": the body, not its partner.
    // "X (hereinafter "the Authority")": the name before the aside.
    for cut in [" and its ", " and their ", " (hereinafter"] {
        if let Some(at) = subject.of(text).find(cut) {
            subject.end = subject.start + at;
        }
    }
    // "The Commission (the Commission)": the short name it goes by.
    if let Some(open) = subject.of(text).find(" (the ") {
        if subject.of(text).ends_with(')') {
            subject.end = subject.start + open;
        }
    }
    let mut words = subject.of(text);
    // "The Institute today opened …", "The Centre on Tuesday hosted …"
    loop {
        let lower = words.to_ascii_lowercase();
        // The longest first: " will from tomorrow" before " tomorrow".
        let tail = [
            " will from tomorrow",
            " will from today",
            " today",
            " yesterday",
            " tomorrow",
            " this week",
            " this morning",
            " this afternoon",
            " this evening",
            " will",
            " has",
            " have",
            " is",
            " are",
            " jointly",
            " together",
        ]
        .iter()
        .find(|tail| lower.ends_with(*tail))
        .map(|tail| tail.len())
        .or_else(|| {
            let (before, last) = words.rsplit_once(' ')?;
            let on_weekday = weekday_number(last).is_some() && before.ends_with(" on");
            on_weekday.then_some(last.len() + " on ".len())
        });
        match tail {
            Some(length) => words = &words[..words.len() - length],
            None => break,
        }
    }
    let mut range = trim_end_marks(text, subject.start, subject.start + words.len(), &[',']);
    // "Kayleigh, 19, who …": a person and her age.
    let aged = range.of(text).split(", ").skip(1).any(|part| {
        part.trim_end_matches(',')
            .chars()
            .all(|c| c.is_ascii_digit())
    });
    if aged {
        return None;
    }
    // "The OSCE Representative on Media Freedom, NAME, closed …": the
    // office, not the person who holds it.
    if let Some(comma) = range.of(text).rfind(", ") {
        let holder = person_at(text, range.start + comma + 2, range.end)
            .is_some_and(|person| person.full && person.name.end >= range.end);
        if holder {
            range.end = range.start + comma;
        }
    }
    // "Judge NAME, President of the Court, will open the seminar": a
    // person, introduced by a title or a role.
    let person = person_at(text, range.start, range.end).is_some_and(|person| person.introduced);
    // "the unit will host": a kind alone, named in full elsewhere or not at all.
    // "the Dutch dockworkers' union Havenbond": a description, then the
    // name, which is the body.
    if !reads_as_body(range.of(text)) {
        if let Some(name_at) = described_name_at(range.of(text)) {
            range.start += name_at;
        }
    }
    let named = range
        .of(text)
        .split(' ')
        .any(|word| word.starts_with(char::is_uppercase))
        && reads_as_body(range.of(text));
    // "the unit will host": a kind alone names the body only where the
    // release named it in full before (`full_names`).
    let kind_alone = is_lower_kind_alone(range.of(text));
    ((named || kind_alone) && !range.is_empty() && !person).then_some(range)
}

/// Where the name starts in a subject that describes the body before
/// naming it ("the Dutch dockworkers' union Havenbond", "the charity Blue
/// Harbour"): after "the" and a few words, some in lower case, none a
/// link ("of", "from" …).
fn described_name_at(words: &str) -> Option<usize> {
    // "youth housing charity Tŷ Ni" may go without its article.
    let rest = words
        .strip_prefix("the ")
        .or_else(|| words.strip_prefix("The "))
        .or_else(|| words.starts_with(char::is_lowercase).then_some(words))?;
    let mut at = words.len() - rest.len();
    let mut lower_seen = false;
    for word in rest.split(' ').take(MOST_DESCRIPTION_WORDS + 1) {
        if word.starts_with(char::is_uppercase) && lower_seen {
            return reads_as_body(&words[at..]).then_some(at);
        }
        if NAME_LINKS.contains(&word) {
            return None;
        }
        lower_seen |= word.starts_with(char::is_lowercase);
        at += word.len() + 1;
    }
    None
}

/// The most words that describe a body before its name.
const MOST_DESCRIPTION_WORDS: usize = 4;

/// Whether the subject `words` of "held a workshop" names a body: a
/// capitalised name of a few words ("The Kasai Copper and Cobalt
/// Company", "the University's Centre for Law"), not the event ("The
/// seminar opened a debate"), a pronoun or a group of people
/// ("Independent experts of the Committee held …").
pub(crate) fn reads_as_body(words: &str) -> bool {
    charge(words.len());
    let mut owned = 0;
    // "The Manitoba government", "The HEATWISE research consortium": a
    // name, then a few lower-case words that end with a body's kind.
    let all: Vec<&str> = words.split(' ').collect();
    let kind_last = all
        .last()
        .is_some_and(|last| BODY_KINDS.contains(last) && all.len() >= 2);
    let kind_from = all.len().saturating_sub(MOST_KIND_WORDS + 1);
    let named = all.iter().enumerate().all(|(index, word)| {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let fits = owned > 0
            || NAME_LINKS.contains(&bare)
            || *word == "&"
            || (kind_last && index >= kind_from.max(1))
            || (index >= 1 && BODY_KINDS.contains(word))
            || starts_name(word);
        owned = if word.ends_with("'s") || word.ends_with("’s") {
            MOST_OWNED_WORDS
        } else {
            owned.saturating_sub(1)
        };
        fits
    });
    named
        && words.split(' ').count() <= MOST_BODY_WORDS
        && !["It ", "They ", "We ", "He ", "She ", "This "]
            .iter()
            .any(|pronoun| words.starts_with(pronoun))
        && !(all.len() > 1
            && all
                .iter()
                .skip(1)
                .all(|word| EVENT_NOUNS.contains(&word.to_lowercase().as_str())))
}

/// Lower-case nouns that end a body's name written with its kind ("the
/// Manitoba government", "Quillo's Trust & Safety team").
pub(crate) const BODY_KINDS: [&str; 20] = [
    "division",
    "directorate",
    "section",
    "bureau",
    "government",
    "ministry",
    "secretariat",
    "team",
    "department",
    "office",
    "consortium",
    "network",
    "coalition",
    "unit",
    "authority",
    "council",
    "agency",
    "group",
    "partnership",
    "alliance",
];

/// The most words of a body's name as a subject ("The Human Rights
/// Division of the United Nations Integrated Mission in … (UNIPSCAR)").
pub(crate) const MOST_BODY_WORDS: usize = 20;

/// The most bytes before "members of the" that say how many and which.
pub(crate) const MOST_LEAD_BYTES: usize = 50;

/// The most bytes of a dateline's place before its dash.
pub(crate) const MOST_PLACE_BYTES: usize = 60;

/// Numbers that may count an event's days or sessions.
pub(crate) const NUMBER_WORDS: [&str; 9] = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// The most lower-case words of a body's kind ("research consortium").
pub(crate) const MOST_KIND_WORDS: usize = 2;

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
        let range_word = (["from", "to", "until", "and", "between"].contains(&lower.as_str())
            && (next_is_number || next_is_month))
            || (lower == "and" && next_is_day);
        let time = range_word
            || ["today", "tomorrow", "yesterday"].contains(&lower.as_str())
            || weekday_number(word).is_some()
            || (!word.is_empty() && word.chars().all(|c| c.is_ascii_digit()))
            || ENGLISH_MONTHS.contains(&word);
        let this = ["this morning", "this week", "this afternoon"]
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

/// `object` without a place set off by commas before it ("concluded, at
/// the headquarters of the League in Cairo, a regional workshop").
pub(crate) fn without_aside(object: &str) -> &str {
    let opens_aside = ["at ", "in "].iter().any(|lead| object.starts_with(lead));
    if !opens_aside {
        return object;
    }
    // "opened in Dakar a five-day course": a place of capitalised words,
    // then the event's article.
    let mut at = object.find(' ').map_or(object.len(), |space| space + 1);
    for word in object[at..].split(' ').take(MOST_ASIDE_WORDS) {
        if ["a", "an"].contains(&word) && at > 3 {
            return &object[at..];
        }
        if !(starts_name(word) || NAME_LINKS.contains(&word)) {
            break;
        }
        at += word.len() + 1;
    }
    match object.find(", ") {
        Some(comma) if comma < MOST_ASIDE_BYTES => &object[comma + 2..],
        _ => object,
    }
}

/// The most words of a place set off without commas before an event.
const MOST_ASIDE_WORDS: usize = 6;

/// The most bytes of a place set off before an event.
pub(crate) const MOST_ASIDE_BYTES: usize = 120;

/// The most time words read before an event ("tomorrow, Thursday,").
pub(crate) const MOST_TIME_WORDS: usize = 8;
