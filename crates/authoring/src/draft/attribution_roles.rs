//! Two attribution forms that name the role in a less common place: the
//! role before the name and the verb after both (`the Head of X, NAME,
//! told participants`), and a role in lower case that says where the
//! person works (`NAME, programme coordinator at ORG`).

use super::attribution::{clause_window_end, is_verb, reads_as_role, role_in, verb_end, word_at};
use super::names::{person_at, Person};
use super::organiser_bodies::BODY_KINDS;
use super::paragraphs::trim;
use super::role_words::is_role_word;
use super::span::TextRange;
use super::titles::is_title;
use super::work::charge;

/// The most lower-case words before the "at"/"of"/"with" of a lower-case
/// role ("senior legal adviser at").
const MOST_LOWER_ROLE_WORDS: usize = 3;

/// The words that tie a lower-case role to the body it belongs to.
const ROLE_LINKS: [&str; 5] = ["at", "of", "with", "for", "in"];

/// "the Head of X, NAME, told participants" at `from`, to `end`: the
/// person with the role before the name, and where the verb ends. Only
/// when the verb follows the name at once, so that a clause after the
/// name is never read as the person's.
pub(crate) fn role_person_verb(text: &str, from: usize, end: usize) -> Option<(Person, usize)> {
    let window = clause_window_end(text, from, end);
    if !reads_as_role(text, from, window) {
        return None;
    }
    let comma = text[from..window].find(", ")? + from;
    charge(comma - from);
    // "The Minister of Women, Family and Child Protection, Mrs NAME,
    // presided": a portfolio's list before the name's comma.
    let (comma, person) = std::iter::successors(Some(comma), |&at| {
        let next = text[at + 2..window].find(", ")? + at + 2;
        portfolio_piece(&text[at + 2..next]).then_some(next)
    })
    .take(MOST_PORTFOLIO_PIECES)
    .find_map(|comma| Some((comma, person_at(text, comma + 2, window)?)))?;
    if person.role.is_some() {
        return None;
    }
    let rest = &text[person.name.end..window];
    let after = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(' '))?;
    let verb_at = window - after.len();
    let verb = word_at(text, verb_at).filter(|word| word.start == verb_at && word.end <= window)?;
    if !is_verb(verb.of(text)) {
        return None;
    }
    let person = Person {
        role: role_in(text, from, comma),
        full: true,
        ..person
    };
    Some((person, verb_end(text, verb)))
}

/// The most pieces of a portfolio's list a role before a name is read
/// across.
const MOST_PORTFOLIO_PIECES: usize = 3;

/// Whether `piece`, between a role's commas, goes on a portfolio's list
/// ("Family and Child Protection"): capitalised words and "and".
fn portfolio_piece(piece: &str) -> bool {
    !piece.is_empty()
        && piece.split(' ').count() <= MOST_PORTFOLIO_WORDS
        && piece
            .split(' ')
            .all(|word| word == "and" || word.starts_with(char::is_uppercase))
        && !piece.split(" ").any(is_title)
}

/// The most words of one piece of a portfolio's list.
const MOST_PORTFOLIO_WORDS: usize = 5;

/// A lower-case role after a name's comma, at `from` to `end`: a few
/// lower-case words, none a verb form in -ing or -ed ("speaking at",
/// "based in"), then "at", "of", "with" or "for" and a capitalised body
/// ("programme coordinator at Bright Paths", "of the Example Network"). The role runs to the
/// clause's end: the next comma before a lower-case word, or `end`.
pub(crate) fn lower_case_role(text: &str, from: usize, end: usize) -> Option<TextRange> {
    let TextRange { start, end } = trim(text, from, end);
    let clause = &text[start..end];
    let mut words = clause.split(' ');
    // The role's end is searched over the whole clause.
    charge(clause.len());
    let mut linked = false;
    let mut has_role_word = false;
    let mut counted = 0;
    for (index, word) in words.by_ref().enumerate() {
        // "NAME, of the High Court": the body alone is the role.
        if (index > 0 && ROLE_LINKS.contains(&word)) || (index == 0 && word == "of") {
            linked = true;
            break;
        }
        let plain = !word.is_empty() && word.chars().all(|c| c.is_lowercase() || c == '-');
        let verb_form = word.ends_with("ing") || word.ends_with("ed");
        if !plain || verb_form || counted == MOST_LOWER_ROLE_WORDS {
            return None;
        }
        has_role_word |= is_role_word(word);
        // "paediatric oncologist and member of the committee": two roles
        // joined.
        if word != "and" {
            counted += 1;
        }
    }
    if !linked {
        return None;
    }
    let body = words.next()?;
    // "news director of a regional broadcaster": a body described, not named.
    let described = ["a", "an"].contains(&body);
    let body = if body == "the" { words.next()? } else { body };
    // "development officer for honour-related issues at the Board": a
    // role's own noun needs no named body after it.
    if !(described || has_role_word || body.starts_with(|c: char| c.is_uppercase())) {
        return None;
    }
    let role_end = clause
        .match_indices(", ")
        .find(|(at, _)| clause[at + 2..].starts_with(|c: char| c.is_lowercase()))
        .map_or(end, |(at, _)| start + at);
    role_in(text, start, role_end)
}

/// Verbs by which a relative clause after a name says what the person
/// does ("NAME, who heads the Centre for X,").
const OFFICE_VERBS: [&str; 11] = [
    "heads",
    "chairs",
    "co-chairs",
    "leads",
    "directs",
    "coordinates",
    "runs",
    "manages",
    "oversees",
    "represents",
    "teaches",
];

/// A role told by a relative clause after a name's comma, at `from` to
/// `end`: "who heads the Centre for X", to the clause's next comma or `end`.
pub(crate) fn who_role(text: &str, from: usize, end: usize) -> Option<TextRange> {
    let TextRange { start, end } = trim(text, from, end);
    let clause = &text[start..end];
    let verb = clause.strip_prefix("who ")?.split(' ').next()?;
    if !OFFICE_VERBS.contains(&verb) {
        return None;
    }
    charge(clause.len());
    // "who heads the unit and will lead the simulation": the role is the
    // first clause.
    let role_end = [
        ", ",
        " and will ",
        " and is ",
        " and has ",
        " and was ",
        " and also ",
    ]
    .iter()
    .filter_map(|end| clause.find(end))
    .min()
    .map_or(end, |at| start + at);
    role_in(text, start, role_end)
}

/// The body a person is "of", `from` at its "of" ("of the Institute for
/// Urban Climate in Hamburg"), up to the first word that is neither
/// capitalised nor a small word inside a name, and where it ends. `None`
/// when no capitalised word follows.
pub(crate) fn of_body(text: &str, from: usize, end: usize) -> Option<(TextRange, usize)> {
    // `from` is one past a name's end, which a mark may follow.
    let rest = text.get(from..end)?.strip_prefix("of ")?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let mut at = end - rest.len();
    let mut body_end = None;
    for word in rest.split(' ').take(MOST_BODY_NAME_WORDS) {
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        // "of the Citizens' Election Watch coalition": the body's kind after it.
        let kind = body_end.is_some() && BODY_KINDS.contains(&bare);
        if bare.starts_with(|c: char| c.is_uppercase()) || kind {
            body_end = Some(at + bare.len());
        } else if !["of", "for", "and", "the", "in", "on", "&"].contains(&bare) {
            break;
        }
        if bare.len() < word.len() {
            break;
        }
        at += word.len() + 1;
    }
    charge(at.saturating_sub(from));
    // The role keeps its "of", as releases are read: "of the Institute".
    body_end.map(|body_end| (TextRange::new(from, body_end), body_end))
}

/// The most words of a body's name after "of".
const MOST_BODY_NAME_WORDS: usize = 12;

#[cfg(test)]
mod tests {
    use super::*;

    fn role_first(text: &str) -> Option<String> {
        role_person_verb(text, 0, text.len()).map(|(person, _)| {
            let role = person.role.map_or("", |role| role.of(text));
            format!("{} | {role}", person.name.of(text))
        })
    }

    fn lower(text: &str) -> Option<&str> {
        lower_case_role(text, 0, text.len()).map(|role| role.of(text))
    }

    #[test]
    fn a_role_before_the_name_with_the_verb_after_both() {
        assert_eq!(
            role_first("the Chair of the Example Board, Dr Anna Berg, told the delegates."),
            Some("Anna Berg | Chair of the Example Board".to_string())
        );
        assert_eq!(
            role_first("the Head of the Unit, Jon Lund said."),
            Some("Jon Lund | Head of the Unit".to_string())
        );
        // A clause between the name and the verb: not read.
        assert_eq!(
            role_first("the Head of the Unit, Jon Lund, who chaired the day, said."),
            None
        );
    }

    #[test]
    fn a_lower_case_role_tied_to_a_body() {
        assert_eq!(
            lower(" programme coordinator at Bright Paths."),
            Some("programme coordinator at Bright Paths")
        );
        assert_eq!(
            lower(" senior legal adviser with Open Courts, who trained the group."),
            Some("senior legal adviser with Open Courts")
        );
        assert_eq!(lower(" speaking at Example Hall."), None);
        assert_eq!(lower(" adding that the plan works."), None);
        assert_eq!(lower(" who runs the shelter at Lakeside."), None);
        assert_eq!(
            lower(" trainer of the Example Network."),
            Some("trainer of the Example Network")
        );
        // A body not named makes a role only after a role's own noun.
        assert_eq!(
            lower(" coordinator at the shelter."),
            Some("coordinator at the shelter")
        );
        assert_eq!(lower(" guest at the shelter."), None);
        assert_eq!(
            lower(" caseworker in Svendborg Municipality."),
            Some("caseworker in Svendborg Municipality")
        );
        assert_eq!(lower(" based in Svendborg."), None);
        assert_eq!(
            lower(" of the Coastal Appeals Court, said the rule was clear."),
            Some("of the Coastal Appeals Court")
        );
        assert_eq!(lower(" of course, the rule was clear."), None);
    }
}
