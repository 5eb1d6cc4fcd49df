//! The body a sentence's subject names, for the organiser: without the
//! times, openings, datelines, partners and appositions around it, a
//! body's name rather than a person, a group of people or the event.

use super::backers::earliest;
use super::dateline::weekday_number;
use super::focus::EVENT_NOUNS;
use super::full_names::is_lower_kind_alone;
use super::names::person_at;
use super::organiser_names::{is_place_kind_in_name, starts_name, MOST_OWNED_WORDS, NAME_LINKS};
use super::organiser_subjects::{without_time, PARTNERED};
use super::paragraphs::{find_all, starts_with_ci, trim, trim_end_marks};
use super::span::TextRange;
use super::work::charge;

/// The body named by the subject `start..end` of a verb that organises or
/// gathers: without a time before or after it ("Yesterday, X", "X on
/// Tuesday"), a partner ("X, in co-operation with Y,") or an apposition
/// ("X, the Estonian firm,").
/// The most opening phrases before a subject, each closed by a comma.
const MOST_OPENINGS: usize = 5;

pub(crate) fn subject_body(text: &str, start: usize, end: usize) -> Option<TextRange> {
    let mut subject = trim(text, start, end);
    // "CASTRIES, Saint Lucia — The Command …", "Oslo, 06.10.2025: The
    // Office …", "Magglingen, 24.06.2025 - On …", "Tuesday 12 November
    // 2024 – The Council …": a dateline
    // the draft does not read as one.
    if let Some(dash) = earliest(
        &subject.of(text)[..subject
            .of(text)
            .floor_char_boundary(MOST_PLACE_BYTES.min(subject.of(text).len()))],
        &[" — ", " – ", " - ", ": ", ".- ", " -- "],
    ) {
        // "ISLAMABAD, Jan 15 (APP): The Agency …", "SANTO DOMINGO.- The …",
        // "KUWAIT, Nov 24 (KUNA) -- The Association …".
        let place = &subject.of(text)[..dash.start];
        if place.split([' ', ',']).all(|word| {
            let word = word.trim_start_matches('(');
            word.is_empty() || word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        }) {
            subject.start += dash.end;
        }
    }
    // "March 14, 2025.– The Network …": the dash of a dateline that ends
    // with a stop, left before the subject.
    if let Some(rest) = ["– ", "— ", "-- "]
        .iter()
        .find_map(|dash| subject.of(text).strip_prefix(dash))
    {
        subject.start = subject.end - rest.len();
    }
    // "Yesterday, Quillo's team hosted …"; "On 24 March, on the occasion of
    // World Tuberculosis Day, the Programme held …".
    let mut after_place = false;
    let mut listing = false;
    for _ in 0..MOST_OPENINGS {
        let Some(comma) = subject.of(text).find(", ") else {
            break;
        };
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
            // "As the world marks International Women's Day today, the
            // Network concluded …"
            "As ",
        ]
        .iter()
        .any(|lead| starts_with_ci(opening, lead));
        // "On 28 January, Data Protection Day, the Office will hold …": a
        // named day is an opening too.
        let named_day = ["Day", "Week"].iter().any(|day| opening.ends_with(day));
        // "in Quy Nhon City, Binh Dinh Province,": the place's region.
        let region = after_place
            && opening
                .split(' ')
                .all(|word| word.starts_with(char::is_uppercase))
            && opening
                .rsplit(' ')
                .next()
                .is_some_and(|last| REGION_WORDS.contains(&last));
        // "With the participation of A, as well as B, C and D,": the list
        // of those taking part goes on in lower case.
        let list_goes_on = listing
            && opening.starts_with(char::is_lowercase)
            && !["the ", "a ", "an "]
                .iter()
                .any(|article| opening.starts_with(article));
        if without_time(opening).is_empty() || opener || named_day || region || list_goes_on {
            subject.start += comma + 2;
            after_place = ["In ", "At "]
                .iter()
                .any(|lead| starts_with_ci(opening, lead));
            listing = list_goes_on || starts_with_ci(opening, "With ");
        } else {
            break;
        }
    }
    // "Today the Agency opens …": a time before the subject, no comma;
    // "That is why the Service organises …": a reason, as a release that
    // opens with questions to parents goes on.
    for time in [
        "That is why ",
        "This is why ",
        "Today ",
        "Yesterday ",
        "Tomorrow ",
        "This week ",
        "This morning ",
        "Next week ",
        "Next month ",
        "Last week ",
    ] {
        let Some(rest) = subject.of(text).strip_prefix(time) else {
            continue;
        };
        if rest.starts_with("the ") || rest.starts_with(char::is_uppercase) {
            subject.start += time.len();
        }
    }
    // "On Thursday the Ministry of Justice will hold …": a weekday, no comma.
    if let Some(rest) = subject.of(text).strip_prefix("On ") {
        let (day, after) = rest.split_once(' ').unwrap_or((rest, ""));
        if weekday_number(day).is_some()
            && (after.starts_with("the ") || after.starts_with(char::is_uppercase))
        {
            subject.start = subject.end - after.len();
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
    // "The Institute, in co-operation with the City, held …": the first;
    // also without commas ("X jointly with Y will host …").
    if let Some(partner) = earliest(subject.of(text), &PARTNERED)
        .or_else(|| earliest(subject.of(text), &PARTNERED_WITHOUT_COMMAS))
    {
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
            // "The Foundation, established by Padana Gas to promote …, held".
            ", established ",
            ", founded ",
            ", set up ",
            ", created ",
            ", based ",
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
    // "The II Regular Session of the Forum concluded": the body whose
    // numbered or regular event the subject names.
    if let Some(of) = numbered_event_of(subject.of(text)) {
        subject.start += of;
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
            " last week",
            " next week",
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
        })
        .or_else(|| set_off_time(words))
        // "The Law Society (LSZ) will on Thursday and Friday host": a time
        // between the auxiliary and its verb.
        .or_else(|| {
            let will = words.rfind(" will ")?;
            let after = &words[will + " will ".len()..];
            without_time(after).is_empty().then_some(words.len() - will)
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
    // "Chief and Council of Kinosew Lake First Nation": a title joined to
    // another office's noun names the body they form.
    let offices_joined = range.of(text).split(' ').nth(1) == Some("and");
    let person = !offices_joined
        && person_at(text, range.start, range.end).is_some_and(|person| person.introduced);
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
        .or_else(|| words.starts_with(char::is_lowercase).then_some(words))
        // "Hearing loss charity HearWell NI": the description opens the
        // sentence, so its first word has a capital.
        .or_else(|| {
            let second = words.split(' ').nth(1)?;
            (second.starts_with(char::is_lowercase) && !NAME_LINKS.contains(&second))
                .then_some(words)
        })?;
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

/// The length of a time set off at the end of a subject: "X (OIRC)
/// yesterday (Wednesday, 18 June)", "X will, from Monday, 9 March to
/// Friday, 13 March," (the subject's tail words then go in turn).
fn set_off_time(words: &str) -> Option<usize> {
    let (open, aside) = match words.strip_suffix(')') {
        Some(inner) => {
            let open = inner.rfind(" (")?;
            (open, &inner[open + 2..])
        }
        None => {
            let inner = words.strip_suffix(',')?;
            let open = inner.find(", ")?;
            (open, &inner[open + 2..])
        }
    };
    let time = without_time(aside).is_empty()
        || ["from ", "between ", "on ", "until "]
            .iter()
            .any(|lead| aside.starts_with(lead));
    time.then_some(words.len() - open)
}

/// Where the body starts in a subject that names one of its events by
/// number or rhythm: "The II Regular Session of the Forum", "The 12th
/// annual meeting of the Network". An event's noun alone may name a body
/// ("the Conference of European Churches"), so the number or rhythm must
/// be there.
fn numbered_event_of(subject: &str) -> Option<usize> {
    let of = subject.find(" of ")?;
    let lead: Vec<&str> = subject[..of].split(' ').collect();
    if lead.len() > MOST_DESCRIPTION_WORDS + 1 {
        return None;
    }
    // "The three-day Austrian Veterinary Days of the Chamber": a named
    // Days or Week is an event too, and its length counts it.
    let event = lead.last().is_some_and(|last| {
        EVENT_NOUNS.contains(&last.to_lowercase().as_str())
            || ["Day", "Days", "Week"].contains(last)
    });
    let counted = lead.iter().any(|word| {
        let lower = word.to_lowercase();
        let length = lower.ends_with("-day") || lower.ends_with("-week");
        let ordinal = word.starts_with(|c: char| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"]
                .iter()
                .any(|end| lower.ends_with(end));
        let roman = word.len() <= 4 && word.chars().all(|c| "IVXL".contains(c));
        ordinal || roman || length || EVENT_RHYTHMS.contains(&lower.as_str())
    });
    (event && counted && subject[of + 4..].starts_with(|c: char| c == 't' || c.is_uppercase()))
        .then_some(of + 4)
}

/// Words that say an event recurs ("annual meeting", "Regular Session").
const EVENT_RHYTHMS: [&str; 8] = [
    "annual",
    "regular",
    "ordinary",
    "extraordinary",
    "biennial",
    "first",
    "second",
    "third",
];

/// The last words of a region named after a place ("Binh Dinh Province").
pub(crate) const REGION_WORDS: [&str; 9] = [
    "Province",
    "Region",
    "County",
    "State",
    "District",
    "Department",
    "Governorate",
    "Prefecture",
    "Oblast",
];

/// Partners joined to a subject without commas.
const PARTNERED_WITHOUT_COMMAS: [&str; 7] = [
    " jointly with ",
    " together with ",
    " in partnership with ",
    " in cooperation with ",
    " in co-operation with ",
    " in collaboration with ",
    " in association with ",
];

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
    let mut offset = 0;
    let named = all.iter().enumerate().all(|(index, word)| {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let at = offset;
        offset += word.len() + 1;
        let place_kind = is_place_kind_in_name(
            &words[..at],
            word,
            words.get(at + word.len()..).unwrap_or(""),
        );
        let fits = owned > 0
            || NAME_LINKS.contains(&bare)
            || *word == "&"
            || (kind_last && index >= kind_from.max(1))
            || (index >= 1 && BODY_KINDS.contains(word))
            || place_kind
            || starts_name(word);
        owned = if word.ends_with("'s") || word.ends_with("’s") {
            MOST_OWNED_WORDS
        } else {
            owned.saturating_sub(1)
        };
        fits
    });
    // "in Quy Nhon City": a place, for a link opens no name.
    let opens_with_link = all
        .first()
        .is_some_and(|first| NAME_LINKS.contains(first) && !["the", "The"].contains(first));
    named
        && !opens_with_link
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
pub(crate) const BODY_KINDS: [&str; 24] = [
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
    // "The Bălți chapter of Civic Integrity Watch".
    "chapter",
    "branch",
    // "the People's Committee of Phu Lam province": a place's kind.
    "province",
    "municipality",
];

/// The most words of a body's name as a subject ("The Human Rights
/// Division of the United Nations Integrated Mission in … (UNIPSCAR)").
pub(crate) const MOST_BODY_WORDS: usize = 20;

/// The most bytes before "members of the" that say how many and which.
pub(crate) const MOST_LEAD_BYTES: usize = 50;

/// The most bytes of a dateline's place before its dash.
pub(crate) const MOST_PLACE_BYTES: usize = 60;

/// The most lower-case words of a body's kind ("research consortium").
pub(crate) const MOST_KIND_WORDS: usize = 2;
