//! What the event is about, in the release's words: "X is the focus of",
//! "focuses on X", "dedicated to X", "a two-day workshop on X", "aimed at
//! X", "to discuss X", and where the words end.

use conference_summary_model::IsoDate;

use super::focus_words::focus_words;
use super::organiser_subjects::NUMBER_WORDS;
use super::paragraphs::{find_all, is_opener, starts_with_ci, trim, trim_end_marks};
use super::span::TextRange;
use super::when::times;

/// Words that name an event, singular and plural: "a workshop on X".
pub(crate) const EVENT_NOUNS: [&str; 93] = [
    "conference",
    "conferences",
    "workshop",
    "workshops",
    "meeting",
    "meetings",
    "training",
    "trainings",
    "training course",
    "course",
    "seminar",
    "seminars",
    // "its third annual Grantee Convening": a foundation's gathering.
    "convening",
    // Gatherings by their own names in Southern and East Africa: "a
    // community imbizo on gender-based violence", "a county baraza".
    "imbizo",
    // "a series of talks on children's rights for secondary students".
    "series of talks",
    "indaba",
    "lekgotla",
    "baraza",
    "round table",
    "round-table",
    "roundtable",
    "forum",
    "symposium",
    "summit",
    "consultation",
    "dialogue",
    "webinar",
    "colloquium",
    "congress",
    "retreat",
    "event",
    "session",
    "debate",
    "hearing",
    "panel",
    "discussion",
    "discussions",
    "study visit",
    "study day",
    "orientation programme",
    "training programme",
    // "a two-day capacity building programme", "an interaction programme",
    // as South Asian and African houses name a training.
    "capacity building programme",
    "capacity-building programme",
    "interaction programme",
    "awareness programme",
    "sensitisation programme",
    "sensitization programme",
    "socialization",
    "summer school",
    "sitting",
    "convention",
    "bootcamp",
    "information evening",
    // "an expert evening for parents", "a free Internet Safety Night": the
    // evening events of schools, councils and police for parents.
    "expert evening",
    "parents' evening",
    "safety night",
    "information night",
    "lecture evening",
    // "launched the provincial awareness campaign at a ceremony".
    "awareness campaign",
    // "a week-long school tour across the parishes": an office's visits to
    // schools, one event.
    "school tour",
    "hui",
    "information session",
    "open day",
    "hackathon",
    "masterclass",
    "gathering",
    "hearings",
    "sessions",
    "briefing",
    "assembly",
    "exercise",
    "plenary",
    // South Africa's word for a gathering that deliberates, India's for a
    // sector's meeting.
    "indaba",
    "conclave",
    "field school",
    "training camp",
    "awareness day",
    "readiness day",
    "information day",
    "outreach day",
    "safety day",
    "education day",
    "training day",
    "town hall",
    // "a formation of five days", "the 3rd Scientific Journeys", "a day of
    // sensitisation": French and Portuguese nouns as English versions keep
    // them; the Māori word for a gathering to learn.
    "formation",
    "journeys",
    "day of sensitisation",
    "sensitisation day",
    "wānanga",
    // A court's or commission's visit to hear and inform: an event, where
    // "mission" alone is often a body.
    "sensitisation mission",
    "sensitization mission",
    "awareness mission",
    "outreach mission",
];

/// The most bytes after "launched … at" that name the event ("at its
/// inaugural Safer Communities Summit", "at an expert panel").
const MOST_LAUNCH_EVENT_BYTES: usize = 50;

/// Whether the words after "launched" name the event it was launched at,
/// however long what was launched ("its $25 million … Program at its
/// inaugural Summit", "its flagship “…” at an expert panel").
pub(crate) fn launched_at_an_event(after_verb: &str) -> bool {
    after_verb.find(" at ").is_some_and(|at| {
        let place = after_verb[at + " at ".len()..].to_ascii_lowercase();
        let head = &place[..place.floor_char_boundary(MOST_LAUNCH_EVENT_BYTES)];
        ["its ", "the ", "a ", "an "]
            .iter()
            .any(|article| head.starts_with(article))
            && EVENT_NOUNS
                .iter()
                .any(|noun| !find_all(head, noun).is_empty())
    })
}

/// How surely a phrase gives the focus: lower is surer.
pub(crate) type Rank = u8;

const FOCUS_OF: [&str; 4] = [
    " is the focus of ",
    " are the focus of ",
    " is the main focus of ",
    " is the central focus of ",
];
/// Phrases after which the focus follows, with their rank.
const FOCUS_BEFORE: [(&str, Rank); 31] = [
    ("focuses on ", 1),
    ("focusses on ", 1),
    ("focused on ", 1),
    ("focussed on ", 1),
    ("focusing on ", 1),
    ("focussing on ", 1),
    ("will focus on ", 1),
    ("with a focus on ", 1),
    ("with a particular focus on ", 1),
    ("dedicated to ", 2),
    ("devoted to ", 2),
    // "the first global meeting dedicated entirely to X".
    ("dedicated entirely to ", 2),
    ("dedicated exclusively to ", 2),
    ("devoted entirely to ", 2),
    ("devoted exclusively to ", 2),
    ("on the theme of ", 2),
    ("aimed at ", 4),
    ("aiming at ", 4),
    ("with the aim of ", 4),
    ("to discuss ", 5),
    ("discussed ", 5),
    ("will discuss ", 5),
    ("discussing ", 5),
    ("will examine ", 5),
    ("examined ", 5),
    ("to examine ", 5),
    ("will address ", 5),
    ("addressed ", 5),
    ("to address ", 5),
    ("aims to ", 5),
    ("seeks to ", 5),
];
/// Words of time that may stand between an event and its topic: "a round
/// table tomorrow on X".
const TIME_BETWEEN: [&str; 7] = [
    "today",
    "tomorrow",
    "yesterday",
    "this week",
    "next week",
    "this morning",
    "this afternoon",
];
/// The most bytes between an event's noun and the "on" of its topic.
const MOST_ASIDE_BYTES: usize = 90;

/// Small words an aside between an event and its topic may hold.
const ASIDE_WORDS: [&str; 20] = [
    "in",
    "at",
    "the",
    "of",
    "for",
    "a",
    "an",
    "its",
    "their",
    "today",
    "tomorrow",
    "yesterday",
    "this",
    "next",
    "week",
    "morning",
    "held",
    "from",
    "to",
    "until",
];

/// The most other lower-case words in such an aside ("of mayors").
const MOST_OTHER_ASIDE_WORDS: usize = 2;

/// Whether `between` (the words between an event's noun and " on ") only
/// say where, when or whose: capitalised names, dates and small words.
fn reads_as_aside(between: &str) -> bool {
    if between.contains(['.', ';', ':', '(']) {
        return false;
    }
    let other = between
        .split([' ', ','])
        .filter(|word| !word.is_empty())
        .filter(|word| {
            !(word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || ASIDE_WORDS.contains(word))
        })
        .count();
    other <= MOST_OTHER_ASIDE_WORDS
}

/// The most bytes between "a course for" or "the conference of" and the
/// "on" of its topic ("a ten-day training for members of the border police
/// and regional police officers on …").
const MOST_FOR_OR_OF_BYTES: usize = 90;

/// Events that teach: a field is named after "in" ("a training in explosive
/// ordnance risk education"), and a school holds its own ("a course at the
/// Academy").
pub(crate) const COURSE_NOUNS: [&str; 6] = [
    "training",
    "trainings",
    "course",
    "courses",
    "specialisation",
    "specialization",
];

/// Lower-case words after "a training in" that open no field: an article,
/// a manner or a place ("in partnership with", "in regional Queensland").
const NOT_A_FIELD: [&str; 15] = [
    "the",
    "a",
    "an",
    "its",
    "their",
    "which",
    "order",
    "person",
    "line",
    "partnership",
    "cooperation",
    "co-operation",
    "collaboration",
    "regional",
    "these",
];

/// The rank of "a workshop on X".
const EVENT_ON: Rank = 3;
/// The rank at and after which a phrase counts only when no surer one is
/// found anywhere.
pub(crate) const WEAK: Rank = 5;

/// A title in quotation marks may say what the event is about ("Clean
/// Procurement, Fair Competition") or only call for it ("Every Child,
/// Every Mind"): less surely than "a seminar on …".
const TITLED: Rank = 4;

/// The words in quotation marks after "titled" or "entitled" in
/// `start..core`, where the title names an event.
fn titled(text: &str, start: usize, core: usize) -> Option<TextRange> {
    let sentence = &text[start..core];
    let lead = ["titled ", "entitled ", "under the theme "]
        .iter()
        .find_map(|lead| find_all(sentence, lead).first().map(|&at| at + lead.len()))?;
    let before = sentence[..lead].to_ascii_lowercase();
    if !EVENT_NOUNS.iter().any(|noun| before.contains(noun)) {
        return None;
    }
    title_at(text, start, core, lead)
}

/// "the international conference „Following the money: …” took place",
/// "the course ”Identification of victims” started": the title in marks
/// right after the event's noun, as surely as a title after "titled"; not an
/// exercise's code name ("SCHIENE 25", "Tai Loa
/// 2025"), which ends with a number or is written in capitals.
fn named_after_noun(text: &str, start: usize, core: usize) -> Option<TextRange> {
    let sentence = &text[start..core];
    let lead = EVENT_NOUNS
        .iter()
        .filter_map(|noun| {
            find_all(sentence, &format!("{noun} "))
                .into_iter()
                .map(|at| at + noun.len() + 1)
                .find(|&after| sentence[after..].starts_with(is_opener))
        })
        .min()?;
    let title = title_at(text, start, core, lead)?;
    let words = title.of(text);
    let last = words.rsplit(' ').next().unwrap_or("");
    let code_name = last.chars().all(|c| c.is_ascii_digit())
        || words
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    (!code_name).then_some(title)
}

/// The words in the quotation marks that open at `lead` of `start..core`.
fn title_at(text: &str, start: usize, core: usize, lead: usize) -> Option<TextRange> {
    let sentence = &text[start..core];
    let rest = &sentence[lead..];
    let open = rest.chars().next().filter(|&c| is_opener(c))?;
    let inner = lead + open.len_utf8();
    let close = sentence[inner..].find(['"', '”', '“', '»', '’', '\''])? + inner;
    let title = trim_end_marks(text, start + inner, start + close, &[',', '.', ';']);
    (!title.is_empty()).then_some(title)
}

/// The focus a sentence gives (`start..core` of `text`), and how surely.
pub(crate) fn focus_in(
    text: &str,
    start: usize,
    core: usize,
    place: &str,
    dateline: IsoDate,
) -> Option<(Rank, TextRange)> {
    let sentence = &text[start..core];
    if let Some(at) = FOCUS_OF
        .iter()
        .filter_map(|phrase| find_all(sentence, phrase).first().copied())
        .min()
    {
        let range = trim_end_marks(text, start, start + at, &[',', ';']);
        return (!range.is_empty()).then_some((0, range));
    }
    // "a seminar titled “Clean Procurement, Fair Competition”": its title,
    // when no surer phrase says more.
    let mut best: Option<(Rank, TextRange)> = titled(text, start, core)
        .or_else(|| named_after_noun(text, start, core))
        .map(|title| (TITLED, title));
    let mut consider = |rank: Rank, from: usize| {
        if best.is_some_and(|(known, _)| known <= rank) {
            return;
        }
        if let Some(range) = focus_words(text, from, core, place, dateline) {
            best = Some((rank, range));
        }
    };
    for (phrase, rank) in FOCUS_BEFORE {
        if let Some(at) = find_all(sentence, phrase).first() {
            consider(rank, start + at + phrase.len());
        }
    }
    // "last week trained 34 caseworkers, volunteers and imams from Cox’s
    // Bazar on child protection": those trained, then the topic.
    for verb in [" trained ", " will train ", " trains "] {
        if let Some(&at) = find_all(sentence, verb).first() {
            let from = at + verb.len();
            let window = &sentence[from..sentence.floor_char_boundary(from + MOST_ASIDE_BYTES)];
            if let Some(&on) = find_all(window, " on ").first() {
                consider(EVENT_ON, start + from + on + " on ".len());
            }
        }
    }
    for noun in EVENT_NOUNS {
        // A few candidates at most: "a meeting on Monday" may come first.
        for at in find_all(sentence, &format!("{noun} on "))
            .into_iter()
            .take(3)
        {
            let from = start + at + noun.len() + 4;
            consider(EVENT_ON, from);
            // "a forum on Thursday on X": the day first, then the topic.
            if let Some(day) = times(text, TextRange::new(from, core), dateline).first() {
                let after = day.text.end;
                if day.text.start == from && text[after..core].starts_with(" on ") {
                    consider(EVENT_ON, after + " on ".len());
                }
            }
        }
        // "a course in Vienna today on X", "a Forum, held from 22 to 24
        // October, on X": a place, a day or an aside, then the topic.
        if let Some(&at) = find_all(sentence, noun).first() {
            let from = at + noun.len();
            let window = &sentence[from..sentence.floor_char_boundary(from + MOST_ASIDE_BYTES)];
            if let Some(on) = find_all(window, " on ")
                .into_iter()
                .take(3)
                .find(|&on| reads_as_aside(&window[..on]))
            {
                consider(EVENT_ON, start + from + on + " on ".len());
            }
        }
        // "public hearings into the living conditions of tenants", "a
        // workshop for the analysis of the food situation": an inquiry's
        // "into", a purpose named by a noun of doing.
        if let Some(&at) = find_all(sentence, &format!("{noun} into ")).first() {
            consider(EVENT_ON, start + at + noun.len() + " into ".len());
        }
        if let Some(&at) = find_all(sentence, &format!("{noun} for the ")).first() {
            let from = at + noun.len() + " for the ".len();
            let head = sentence[from..].split(' ').next().unwrap_or("");
            if head.len() > 4
                && ["tion", "sis", "ment"]
                    .iter()
                    .any(|end| head.ends_with(end))
            {
                consider(EVENT_ON, start + from - "the ".len());
            }
        }
        // "a four-day training in explosive ordnance risk education": a
        // field in lower case ("a course in Vienna" names a place).
        if let Some(&at) = find_all(sentence, &format!("{noun} in "))
            .first()
            .filter(|_| COURSE_NOUNS.contains(&noun))
        {
            let from = at + noun.len() + " in ".len();
            let head = sentence[from..].split(' ').next().unwrap_or("");
            if head.starts_with(char::is_lowercase) && !NOT_A_FIELD.contains(&head) {
                consider(EVENT_ON, start + from);
            }
        }
        // "a round table tomorrow on X": a relative day, then the topic.
        for time in TIME_BETWEEN {
            let phrase = format!("{noun} {time} on ");
            if let Some(&at) = find_all(sentence, &phrase).first() {
                consider(EVENT_ON, start + at + phrase.len());
            }
        }
        // "a course for border guards on X": who it is for, then the topic;
        // "the conference of the Rim Council on X": whose event, then the topic.
        for link in [" for ", " of ", " with "] {
            if let Some(&at) = find_all(sentence, &format!("{noun}{link}")).first() {
                let from = at + noun.len() + link.len();
                let window =
                    &sentence[from..sentence.floor_char_boundary(from + MOST_FOR_OR_OF_BYTES)];
                let on = find_all(window, " on ").first().copied();
                // "a formation of two days on X": its length, then the topic.
                let first = window.split(' ').next().unwrap_or("").to_ascii_lowercase();
                let length = (NUMBER_WORDS.contains(&first.as_str())
                    || first.chars().all(|c| c.is_ascii_digit()))
                    && window[first.len()..].starts_with(" days");
                let owner_named = link != " of "
                    || length
                    || window
                        .strip_prefix("the ")
                        .unwrap_or(window)
                        .starts_with(char::is_uppercase);
                // "for the benefit of border police, social workers and
                // community leaders on X": a list may hold commas.
                let aside = |on: usize| {
                    let before = &window[..on];
                    before
                        .rfind(',')
                        .is_none_or(|comma| before[comma..].contains(" and "))
                };
                if let Some(on) = on.filter(|&on| owner_named && aside(on)) {
                    consider(EVENT_ON, start + from + on + " on ".len());
                }
            }
        }
    }
    best.map(|(rank, range)| (rank, unquoted(text, range)))
}

/// A focus without the marks around a title ("the topic „One Health“",
/// "“Ending Child Marriage”", "'Electronic Evidence' for judges"): the
/// title alone, as the summary shows it.
fn unquoted(text: &str, range: TextRange) -> TextRange {
    let words = range.of(text);
    let lead = ["the topic ", "the theme ", "the title ", "the subject "]
        .iter()
        .find(|lead| starts_with_ci(words, lead) && words[lead.len()..].starts_with(is_opener))
        .map_or(0, |lead| lead.len());
    let rest = &words[lead..];
    let Some(open) = rest.chars().next().filter(|&c| is_opener(c)) else {
        // "… in Small-Scale and Artisanal Mining”": a mark the title's
        // opening one stood before.
        if words.contains(is_opener) {
            return range;
        }
        let trimmed = words.trim_end_matches(['"', '”', '“', '»', '’']);
        return TextRange::new(range.start, range.start + trimmed.len());
    };
    let inner = range.start + lead + open.len_utf8();
    let Some(close) = text[inner..range.end].find(['"', '”', '“', '»', '’', '\'', '«'])
    else {
        return range;
    };
    let title = trim(text, inner, inner + close);
    if title.is_empty() {
        range
    } else {
        title
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn focus(sentence: &str) -> Option<(Rank, &str)> {
        let Some(dateline) = IsoDate::parse("2026-02-11") else {
            panic!("a date")
        };
        focus_in(sentence, 0, sentence.len(), "Oslo", dateline)
            .map(|(rank, range)| (rank, range.of(sentence)))
    }

    #[test]
    fn a_title_after_the_event_its_aim_its_length_or_who_it_is_for() {
        fn words(sentence: &str) -> Option<&str> {
            focus(sentence).map(|(_, words)| words)
        }
        assert_eq!(
            words("In Sinaia the works of the international conference „Following the money: parallel financial investigations” took place"),
            Some("Following the money: parallel financial investigations")
        );
        // An exercise's code name says nothing of what it is about.
        assert_eq!(
            words("The exercise “SCHIENE 25” tested the alarm chain"),
            None
        );
        assert_eq!(
            words("The Police held a “Crime Prevention Seminar” yesterday, with the aim of preventing residents from becoming victims of fraud"),
            Some("preventing residents from becoming victims of fraud")
        );
        assert_eq!(
            words("The Police organised a seminar of two days on the intervention in cases of domestic violence, destined to agents"),
            Some("the intervention in cases of domestic violence")
        );
        assert_eq!(
            words("The Commission is providing a ten-day training for members of the federal border police and regional police officers on the investigation of human trafficking"),
            Some("the investigation of human trafficking")
        );
        // An imbizo is an event; an adverb inside "dedicated to"; those
        // trained, then what on.
        assert_eq!(
            words("The MEC on Saturday led a community imbizo on gender-based violence and femicide (GBVF) at the Hall"),
            Some("gender-based violence and femicide (GBVF)")
        );
        assert_eq!(
            words("The conference is the Union's first global meeting dedicated entirely to protecting children in football"),
            Some("protecting children in football")
        );
        assert_eq!(
            words("The charity last week trained 34 caseworkers, camp volunteers and imams from Cox’s Bazar on child protection in emergencies, at a workshop"),
            Some("child protection in emergencies")
        );
        assert_eq!(
            words("The Ombudsperson launched, yesterday, a series of talks on children's rights and online safety for secondary school students"),
            Some("children's rights and online safety for secondary school students")
        );
        // A relative clause of who held it, or of the event's own works.
        assert_eq!(
            words("This was the message of the seminar on language rights in schools which the Sámi People’s Assembly held on Tuesday"),
            Some("language rights in schools")
        );
        assert_eq!(
            words("The Office opened a seminar on the registration of births, whose works will continue until Thursday"),
            Some("the registration of births")
        );
    }

    #[test]
    fn a_title_in_marks_is_the_focus_without_them() {
        assert_eq!(
            focus("The Chamber held a congress on the topic „One Health – resistance in animals and humans“ in Salzburg").map(|(_, words)| words),
            Some("One Health – resistance in animals and humans")
        );
        assert_eq!(
            focus(
                "The Academy held a workshop on 'Electronic Evidence and Cyber Crimes' for judges"
            )
            .map(|(_, words)| words),
            Some("Electronic Evidence and Cyber Crimes")
        );
        assert_eq!(
            focus("The Council held a round table on the charity’s new report, ‘Home Too Soon’")
                .map(|(_, words)| words),
            Some("the charity’s new report, ‘Home Too Soon’"),
            "a title inside the focus keeps its marks"
        );
    }

    #[test]
    fn an_inquiry_into_a_purpose_for_and_a_title() {
        assert_eq!(
            focus("The Commission opened public hearings into the living conditions of tenants"),
            Some((EVENT_ON, "the living conditions of tenants"))
        );
        assert_eq!(
            focus("The regional workshop for the analysis of the food situation closed today"),
            Some((EVENT_ON, "the analysis of the food situation"))
        );
        assert_eq!(
            focus("The Committee organised a seminar titled \"Clean Procurement, Fair Competition\" today"),
            Some((TITLED, "Clean Procurement, Fair Competition"))
        );
        assert_eq!(focus("The workshop for the police closed today"), None);
    }

    #[test]
    fn an_event_on_a_topic() {
        assert_eq!(
            focus("The Ombudsman held a meeting with representatives of organisations of persons with disabilities on the right to independent living"),
            Some((EVENT_ON, "the right to independent living"))
        );
        assert_eq!(
            focus("It organised a workshop for the benefit of border police officers, social workers and community leaders on the identification of victims"),
            Some((EVENT_ON, "the identification of victims"))
        );
        assert_eq!(
            focus("Teachers completed a four-day training in explosive ordnance risk education on Thursday"),
            Some((EVENT_ON, "explosive ordnance risk education"))
        );
        assert_eq!(
            focus(
                "The Bank held a training in partnership with the Fjord Agency on money laundering"
            ),
            Some((EVENT_ON, "money laundering"))
        );
        assert_eq!(
            focus("Nurses met in Oslo today for a four-day course on triage in mass casualty incidents"),
            Some((EVENT_ON, "triage in mass casualty incidents"))
        );
        assert_eq!(
            focus("A seminar on rural broadband opened in Oslo today"),
            Some((EVENT_ON, "rural broadband"))
        );
        assert_eq!(
            focus("A symposium on water law, hosted by the Fjord Institute, ended"),
            Some((EVENT_ON, "water law"))
        );
        assert_eq!(
            focus("A retreat on prevention, care and recovery was held in Oslo"),
            Some((EVENT_ON, "prevention, care and recovery"))
        );
        assert_eq!(
            focus("It held a seminar on archive access on 9–10 March"),
            Some((EVENT_ON, "archive access"))
        );
        assert_eq!(focus("The meeting on Monday was short"), None);
        assert_eq!(
            focus("It convened a panel on coastal erosion at the Maritime Museum"),
            Some((EVENT_ON, "coastal erosion"))
        );
        assert_eq!(
            focus("Cooks attended a forum on school meals that ended today"),
            Some((EVENT_ON, "school meals"))
        );
        assert_eq!(
            focus("The forum, which focused on school meals, was held in May"),
            Some((1, "school meals"))
        );
        assert_eq!(
            focus("A course for harbour pilots on night navigation will be held"),
            Some((EVENT_ON, "night navigation"))
        );
    }

    #[test]
    fn a_place_a_day_or_an_aside_between_the_event_and_its_topic() {
        assert_eq!(
            focus("Judges began a five-day training workshop in Oslo today on court interpreting"),
            Some((EVENT_ON, "court interpreting"))
        );
        assert_eq!(
            focus("The Guild concluded a three-day Forum, held from 22 to 24 October, on safe tram depots"),
            Some((EVENT_ON, "safe tram depots"))
        );
        assert_eq!(
            focus("Mayors attended a conference of mayors on housing"),
            Some((EVENT_ON, "housing"))
        );
        assert_eq!(
            focus("A seminar opened and the ministers agreed later that evening on a plan"),
            None
        );
    }

    #[test]
    fn a_day_or_an_owner_between_the_event_and_its_topic() {
        assert_eq!(
            focus("The Guild will hold a one-day seminar on Friday on safe tram depots"),
            Some((EVENT_ON, "safe tram depots"))
        );
        assert_eq!(
            focus(
                "Pilots met for the yearly meeting of the Harbour Pilots Guild on night navigation"
            ),
            Some((EVENT_ON, "night navigation"))
        );
        assert_eq!(
            focus("The Guild will hold a round table tomorrow on safe tram depots"),
            Some((EVENT_ON, "safe tram depots"))
        );
        assert_eq!(
            focus("Judges met for a seminar this week on court interpreting"),
            Some((EVENT_ON, "court interpreting"))
        );
        // A lower-case owner is not a name: "the meeting of experts on …" stays
        // with what the sentence says first.
        assert_eq!(focus("The meeting of ministers was short"), None);
    }

    #[test]
    fn focus_phrases_outrank_the_event_noun() {
        assert_eq!(
            focus("A forum on safety focused on how apps report abuse"),
            Some((1, "how apps report abuse"))
        );
        assert_eq!(
            focus("A summit dedicated to clean ports opened in Oslo"),
            Some((2, "clean ports"))
        );
        assert_eq!(
            focus("a one-day training aimed at improving triage"),
            Some((4, "improving triage"))
        );
        assert_eq!(
            focus("Mayors met to discuss flood insurance"),
            Some((5, "flood insurance"))
        );
        assert_eq!(
            focus("Safer roads are the focus of a meeting"),
            Some((0, "Safer roads"))
        );
    }
}
