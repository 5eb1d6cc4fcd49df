//! Where an organiser's name ends: at its acronym when its own words hold
//! a comma, after a list of co-organisers, at a lower-case word that links
//! nothing, keeping a seat ("the Programme Office in Bishkek") and the
//! words a possessive owns ("the Committee's secretariat").

use conference_summary_model::ENGLISH_MONTHS;

use super::backers::{clause_end, CLAUSE_ENDS};
use super::dateline::weekday_number;
use super::lists::split_list;
use super::organiser_bodies::{BODY_KINDS, REGION_WORDS};
use super::paragraphs::{find_all, is_opener};
use super::role_words::is_body_word;
use super::span::TextRange;
use super::work::charge;

/// Linking words inside an organisation's name: "Office on Drugs and
/// Crime", "Centre at the University", "Te Rōpū Hauora o Waiaroha",
/// "Fundació Mar i Terra", "Voces por la Justicia".
pub(crate) const NAME_LINKS: [&str; 25] = [
    "of", "for", "and", "the", "at", "on", "in", "to", "de", "du", "against", "&", "sa", "del",
    "des", "la", "di", "da", "with", "ad", "an", "o", "i", "y", "por",
];

/// "organised by A, B and C": where a list of organisers that goes on
/// after the first name's comma at `first_end` ends, when every item is a
/// name and an "and" closes it.
pub(crate) fn listed_organisers_end(
    text: &str,
    from: usize,
    first_end: usize,
    core: usize,
    place: &str,
) -> Option<usize> {
    let rest = text[first_end..core].strip_prefix(", ")?;
    let list_end = clause_end(text, core - rest.len(), core, &CLAUSE_ENDS[1..]);
    let items = split_list(text, from, list_end);
    let named = |item: &TextRange| {
        let written = item.of(text);
        let words = written.strip_prefix("the ").unwrap_or(written);
        // From the name's first capital: name_end reads nothing that opens
        // in lower case ("the Police on Tuesday").
        let name_start = item.end - words.len();
        words.starts_with(char::is_uppercase)
            && name_end(text, name_start, item.end, place) >= item.end
    };
    let closed = text[from..list_end].contains(" and ");
    (items.len() >= 3 && closed && items.iter().all(named))
        .then(|| items.last().map(|last| last.end))
        .flatten()
}

/// "Federation of Agricultural, Food and Construction Workers (FATC)": a
/// name whose own words hold a comma, closed by its acronym in brackets;
/// where it ends, when the words from `from` are such a name.
pub(crate) fn name_with_acronym(text: &str, from: usize, core: usize) -> Option<usize> {
    let mut at = from;
    for _ in 0..MOST_ACRONYM_NAME_WORDS {
        let rest = &text[at..core];
        if let Some(inside) = rest.strip_prefix('(') {
            let acronym = inside.split(')').next()?;
            let is_acronym = acronym.len() >= 2
                && acronym.len() < inside.len()
                && acronym
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
            // Only a name holding a comma needs its acronym to end it.
            let holds_comma = text[from..at].contains(',');
            return (is_acronym && holds_comma).then_some(at + 1 + acronym.len() + 1);
        }
        let word_length = rest.find(' ').unwrap_or(rest.len());
        let word = &rest[..word_length];
        charge(word_length + 1);
        let bare = word.strip_suffix(',').unwrap_or(word);
        // "Harbour Watch, Lakeside College (LC)" is a list: a body's own
        // word before the comma closes a name.
        let closes_name = bare.len() < word.len() && is_body_word(bare);
        let fits = bare.starts_with(char::is_uppercase) && bare.chars().all(char::is_alphabetic)
            || NAME_LINKS.contains(&bare);
        if closes_name {
            return None;
        }
        if !fits || word_length == rest.len() {
            return None;
        }
        at += word_length + 1;
    }
    None
}

/// The most capitalised words between an inner body's acronym and the
/// office of it the name is ("(UNDA) Pacific Office").
const MOST_WORDS_BEFORE_INNER_OFFICE: usize = 2;

/// The most words of a name closed by its acronym.
pub(crate) const MOST_ACRONYM_NAME_WORDS: usize = 12;

/// The most lower-case words after a possessive that still name the body
/// ("the Ministry's legal department").
pub(crate) const MOST_OWNED_WORDS: usize = 2;

/// The most lower-case words that say what kind of body follows ("the
/// environmental organisation").
pub(crate) const MOST_DESCRIPTOR_WORDS: usize = 3;

/// Bodies whose name holds the city they sit in ("the Programme Office in
/// Bishkek").
pub(crate) const SEATED_KINDS: [&str; 6] = [
    "Office",
    "Mission",
    "Embassy",
    "Delegation",
    "Presence",
    "Representation",
];

/// Where a body's portfolio list ends when the name from `from` stops at a
/// comma `to` inside it: "the Ministry of Women, Children and Senior
/// Citizens", "the Ministry of Social Action, Promotion of Women and
/// Literacy". The name
/// before the comma ends "of" and a capitalised word or few; after it come capitalised words up to
/// an "and" and the list's last capitalised words. `None` otherwise.
pub(crate) fn portfolio_list_end(text: &str, from: usize, to: usize, core: usize) -> Option<usize> {
    let before = &text[from..to];
    let (_, portfolio) = before.rsplit_once(" of ")?;
    // "of the Promotion of the Woman, the Family and …".
    let portfolio = portfolio.strip_prefix("the ").unwrap_or(portfolio);
    let words = portfolio.split(' ').count();
    if words > MOST_PORTFOLIO_WORDS_BEFORE_COMMA
        || !portfolio
            .split(' ')
            .all(|word| word.starts_with(char::is_uppercase) || word == "of" || word == "the")
    {
        return None;
    }
    let rest = text[to..core].strip_prefix(", ")?;
    let mut at = core - rest.len();
    let mut joined = false;
    let mut end = None;
    let mut end_after_and = None;
    for word in rest.split(' ').take(MOST_PORTFOLIO_WORDS) {
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        // "the Ministry of Health, UNICEF and Plan International": a list
        // of bodies, each with its acronym or a body's word.
        let capitalised = bare.starts_with(char::is_uppercase)
            && !bare.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
            && !is_body_word(bare);
        if word == "and" && !joined && end.is_some() {
            joined = true;
        } else if (word == "of" && end == Some(at - 1)) || word == "the" {
            // "Promotion of Women", "the Family": links inside the list's names.
        } else if capitalised {
            end = Some(at + bare.len());
            if joined {
                end_after_and = end;
                if bare.len() < word.len() {
                    break;
                }
            }
        } else {
            break;
        }
        at += word.len() + 1;
    }
    end_after_and
}

/// The most words of a portfolio before its list's comma ("of Social
/// Action,").
const MOST_PORTFOLIO_WORDS_BEFORE_COMMA: usize = 5;

/// The most words of a portfolio's list after its comma.
const MOST_PORTFOLIO_WORDS: usize = 10;

/// Where the name that starts at `from` ends, before `to`: at " in PLACE"
/// (the event's place), a weekday or month, or a lower-case word that
/// links nothing ("Harbour Watch in Oslo on Monday discussed …").
pub(crate) fn name_end(text: &str, from: usize, to: usize, place: &str) -> usize {
    let mut end = to;
    if !place.is_empty() {
        if let Some(at) =
            find_all(&text[from..to], &format!(" in {}", place.to_lowercase())).first()
        {
            // "the OSCE Programme Office in Bishkek" is a name.
            let seat = text[from..from + at]
                .rsplit(' ')
                .next()
                .is_some_and(|word| SEATED_KINDS.contains(&word));
            if !seat {
                end = from + at;
            }
        }
    }
    let words = &text[from..end];
    charge(words.len());
    if !words.starts_with(char::is_uppercase) {
        return end;
    }
    let mut last_kept = from;
    let mut offset = 0;
    // Lower-case words a possessive still owns ("the Committee's secretariat").
    let mut owned = 0;
    for word in words.split(' ') {
        let word_start = from + offset;
        offset += word.len() + 1;
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let is_time = weekday_number(bare).is_some() || ENGLISH_MONTHS.contains(&bare);
        // "… at Dublin Castle", "… on Safer Internet Day": a venue or a
        // named day after the name is none of it.
        if ["at", "on"].contains(&bare) && names_venue_or_day(&text[word_start + word.len()..end]) {
            break;
        }
        // "the Namibian Police Force in the Zambezi Region": where the body
        // works, none of its name.
        if bare == "in" && in_a_region(&text[word_start + word.len()..end]) {
            break;
        }
        // "… Development Agency on 30 September": a date after the name.
        if bare == "on"
            && text[word_start + word.len()..end]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
        {
            break;
        }
        // "Children with Cancer", but not "X with the Ministry of Y".
        let partner = bare == "with"
            && !text[word_start + word.len()..end]
                .trim_start()
                .starts_with(|c: char| c.is_uppercase());
        let linking = (NAME_LINKS.contains(&bare) || word == "&") && !partner;
        let capital = starts_name(word);
        // "the Commissioner's office", but not "… Commissioner that closed".
        let clause_word = ["that", "which", "who", "whose"].contains(&bare) || bare.ends_with("ed");
        let owned_word = owned > 0
            && !linking
            && !capital
            && !clause_word
            && word.chars().all(char::is_alphabetic);
        // "Stratocloud's Civic Technology team": a body's kind after its name.
        let kind = BODY_KINDS.contains(&bare) && last_kept > from;
        // "The Town Hall of the commune of Akoupé-Lagune": a place's kind
        // between "of the" and the place's own name.
        let place_kind = is_place_kind_in_name(
            &text[from..word_start],
            bare,
            &text[word_start + word.len()..end],
        );
        let named = owned_word || kind || place_kind || capital;
        if is_time || !(linking || named) {
            break;
        }
        if named {
            last_kept = word_start + word.len();
        }
        // "the Alliance of Teachers (APT) in Quezon City": the acronym
        // closes the name.
        let joined = text[word_start + word.len()..end].starts_with(" and ");
        // "… of the Caribbean Community of States (CCS) Secretariat": an
        // inner body's acronym, then the office of it the name is.
        // "… (UNDA) Pacific Office in Fiji": a region's word or two before it.
        let office_after = text[word_start + word.len()..end]
            .strip_prefix(' ')
            .is_some_and(|after| {
                after
                    .split([' ', ',', '.'])
                    .take(MOST_WORDS_BEFORE_INNER_OFFICE + 1)
                    .take_while(|next| next.starts_with(char::is_uppercase))
                    .any(is_body_word)
            });
        // "the United Nations Development Programme (UNDP) in Georgia": a
        // UN body's country office, named by its country.
        let country_office =
            country_office_after(&text[from..word_start], &text[word_start + word.len()..end]);
        if word.starts_with('(')
            && word.ends_with(')')
            && last_kept > word_start
            && !joined
            && !office_after
            && !country_office
        {
            break;
        }
        owned = if word.ends_with("'s") || word.ends_with("’s") {
            MOST_OWNED_WORDS
        } else if owned_word {
            owned - 1
        } else if capital {
            owned
        } else {
            0
        };
    }
    let end = last_kept.max(from);
    // "the Wales Blood and Tissue Service (Gwasanaeth Gwaed a …)": a
    // bracket the name leaves open is none of it.
    let kept = &text[from..end];
    if kept.matches('(').count() > kept.matches(')').count() {
        if let Some(open) = kept.rfind(" (") {
            return from + open;
        }
    }
    end
}

/// Whether `after` an acronym names the country of a UN body's office
/// (`before` the acronym): " in Georgia" and no more capitalised words.
fn country_office_after(before: &str, after: &str) -> bool {
    let un_body =
        before.contains("United Nations") || before.starts_with("UN ") || before.contains(" UN ");
    let Some(country) = after.strip_prefix(" in ") else {
        return false;
    };
    let mut words = country.split(' ');
    let first = words.next().unwrap_or("");
    let bare = first.trim_end_matches([',', '.', ';']);
    let alone = bare.len() < first.len()
        || words
            .next()
            .is_none_or(|next| !next.starts_with(char::is_uppercase));
    un_body && bare.starts_with(char::is_uppercase) && alone
}

/// Whether `after` "in" names a region: "the Zambezi Region", "the
/// Central Province", capitalised words that a region's word closes.
fn in_a_region(after: &str) -> bool {
    let Some(place) = after.trim_start().strip_prefix("the ") else {
        return false;
    };
    for word in place.split(' ').take(MOST_REGION_WORDS) {
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        if REGION_WORDS.contains(&bare) {
            return true;
        }
        if !bare.starts_with(char::is_uppercase) {
            return false;
        }
    }
    false
}

/// The most words of a region's name after "in the".
const MOST_REGION_WORDS: usize = 4;

/// Lower-case kinds of place inside a body's name ("the commune of X").
const PLACE_KINDS: [&str; 9] = [
    "commune",
    "district",
    "region",
    "county",
    "prefecture",
    "city",
    "town",
    "canton",
    "governorate",
];

/// Whether `word`, between `before` and `after`, is a place's kind inside
/// a body's name: "The Town Hall of the commune of Akoupé-Lagune".
pub(crate) fn is_place_kind_in_name(before: &str, word: &str, after: &str) -> bool {
    PLACE_KINDS.contains(&word)
        && before.ends_with(" of the ")
        && after
            .strip_prefix(" of ")
            .is_some_and(|place| place.starts_with(char::is_uppercase))
}

/// Whether `name` is an event's ("The Cyber Resilience Week", "Farm
/// Safety Day"): a named day or week is never its own organiser.
pub(crate) fn names_a_day_or_week(name: &str) -> bool {
    name.rsplit(' ')
        .next()
        .is_some_and(|last| ["Week", "Day", "Days"].contains(&last))
}

/// Whether `word` may stand in a body's name as one of its capitalised
/// words: "Council", "108", "(ICJ)", and the elided French article before
/// a capital ("d'Europe", "l’Enfance").
pub(crate) fn starts_name(word: &str) -> bool {
    let elided = ["d'", "l'", "d’", "l’"]
        .iter()
        .find_map(|article| word.strip_prefix(article));
    let word = elided.unwrap_or(word);
    // "… with Cancer «Kyma»": a name in marks after the body's.
    let word = word.trim_start_matches(is_opener);
    // "the Nordic-Baltic e-Democracy Academy", "the eSafety Commissioner":
    // a lower-case prefix before the capital.
    let word = ["e-", "e"]
        .iter()
        .find_map(|prefix| {
            word.strip_prefix(prefix)
                .filter(|rest| rest.starts_with(char::is_uppercase))
        })
        .unwrap_or(word);
    word.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
        || (elided.is_none() && word.starts_with('('))
}

/// Whether the capitalised words that open `after` end with a venue's or
/// a named day's word ("the Matawhero Hall", "Safer Internet Day").
fn names_venue_or_day(after: &str) -> bool {
    let after = after.trim_start();
    let after = after.strip_prefix("the ").unwrap_or(after);
    let words: Vec<&str> = after
        .split(' ')
        .take(MOST_VENUE_WORDS)
        .take_while(|word| word.starts_with(char::is_uppercase))
        .map(|word| word.trim_end_matches([',', '.', ';', ':']))
        .collect();
    // "the Hotel Continental", "the Radisson Hotel": a hotel's word may
    // come first.
    // "the Red River Conference Centre": a centre for meetings, not a body.
    let meeting_centre = matches!(
        words.as_slice(),
        [.., kind, "Centre" | "Center" | "Centres"] if MEETING_PLACES.contains(kind)
    );
    // "at the Bourran agricultural high school", "at the University of
    // Adelaide's dental school": a place's kind in lower case.
    let lower_venue = after
        .split(' ')
        .take(MOST_VENUE_WORDS + 2)
        .map(|word| word.trim_end_matches([',', '.', ';', ':']))
        .any(|word| LOWER_VENUES.contains(&word));
    words.last().is_some_and(|word| VENUE_WORDS.contains(word))
        || words.first().is_some_and(|&word| word == "Hotel")
        || meeting_centre
        || lower_venue
}

/// Kinds of places written in lower case after their names.
const LOWER_VENUES: [&str; 8] = [
    // "at the Kipinä youth centre".
    "centre",
    "center",
    "school",
    "campus",
    "headquarters",
    "premises",
    "hall",
    "showground",
];

/// Words before "Centre" that make it a venue.
const MEETING_PLACES: [&str; 8] = [
    "Conference",
    "Convention",
    "Congress",
    "Community",
    "Civic",
    "Cultural",
    "Exhibition",
    "Events",
];

/// The most words of a venue's name after a body's.
const MOST_VENUE_WORDS: usize = 5;

/// Last words of venues and named days: never the end of a body's name.
const VENUE_WORDS: [&str; 18] = [
    "Castle",
    // "at the Warrens Office Complex", "at the Marina Plaza".
    "Complex",
    "Plaza",
    "Hall",
    "House",
    "Palace",
    "Hotel",
    "Theatre",
    "Library",
    "Museum",
    "Chambers",
    "Stadium",
    "Arena",
    "Cathedral",
    "Auditorium",
    "Pavilion",
    "Day",
    "Week",
];

/// Whether `word` owns what follows it ("the Committee's secretariat").
pub(crate) fn is_possessive_word(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}
