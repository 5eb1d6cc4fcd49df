//! Who speaks the passage after a colon when no speech verb names them:
//! the one person the clause before the colon opens with (`NAME put it
//! plainly:`, `As NAME put it:`, `For NAME, ROLE, the answer is clear:`), a
//! role and a name with no verb (`Public prosecutor NAME:`), and the heads
//! a release gives its quotations (`Comments attributable to Minister
//! NAME:`).

use super::attribution::{is_pronoun, is_verb, pronoun, reads_as_role, role_in, Attribution};
use super::mentions::subject_people;
use super::names::{person_at, Person};
use super::paragraphs::{starts_with_ci, trim};
use super::role_words::is_role_word;
use super::span::TextRange;
use super::titles::before_titles;
use super::work::charge;

/// "NAME put it plainly: “…”": the one person the clause before a colon
/// (or before the passage) opens with.
pub(crate) fn colon_subject(text: &str, start: usize, colon: usize) -> Option<Attribution> {
    // "As NAME put it:", "For NAME, ROLE, the answer is clear:".
    let start = ["As ", "For "]
        .iter()
        .find(|lead| text[start..colon].starts_with(*lead))
        .map_or(start, |lead| start + lead.len());
    // "Comments attributable to Minister NAME:", as Australian governments
    // head the quotations of a release.
    let start = ["attributed to ", "attributable to "]
        .iter()
        .find_map(|lead| {
            let at = text[start..colon].find(lead)?;
            Some(start + at + lead.len())
        })
        .unwrap_or(start);
    // "NAME's message was clear:"
    if let Some(person) = person_at(text, start, colon).filter(|person| person.full) {
        let name = person.name.of(text);
        if let Some(owner) = name.strip_suffix("'s").or_else(|| name.strip_suffix("’s")) {
            let name = TextRange::new(person.name.start, person.name.start + owner.len());
            return Some(Attribution::Named(Person { name, ..person }));
        }
    }
    // "Chief Inspector NAME, a digital evidence specialist from Colombia:
    // ‘…’": a name and its apposition, and no verb, introduce the passage.
    if let Some(person) = person_at(text, start, colon).filter(|person| person.full) {
        let apposition = text[person.name.end..colon].strip_prefix(", ");
        let described = apposition.is_some_and(|role| {
            role.starts_with(char::is_lowercase)
                && !role.contains([',', '.', ';', '“', '"', '«', '„'])
                && !role.split(' ').any(is_verb)
        });
        if described {
            let role = TextRange::new(colon - apposition.map_or(0, str::len), colon);
            return Some(Attribution::Named(Person {
                role: Some(role),
                ..person
            }));
        }
    }
    // "National coordinating public prosecutor for sextortion Marieke van
    // Dalen: ‘…’": a role in lower case, then the name, then the colon;
    // "Youth Council member NAME, 17, from Darwin:": an age or a home town
    // after the name.
    let name_end = text[start..colon]
        .find(", ")
        .filter(|&comma| {
            let after = &text[start + comma + 2..colon];
            after.starts_with(|c: char| c.is_ascii_digit()) || after.starts_with("from ")
        })
        .map_or(colon, |comma| start + comma);
    if let Some(person) = role_then_name(text, start, name_end) {
        return Some(Attribution::Named(person));
    }
    // "For the academic of the Faculty of Law, NAME, the bill takes the
    // right approach:": the role, the name between commas, then the view.
    if let Some(person) = role_comma_name(text, start, colon) {
        return Some(Attribution::Named(person));
    }
    match subject_people(text, TextRange::new(start, colon)).as_deref() {
        Some([person]) if person.full => Some(Attribution::Named(*person)),
        Some(_) => None,
        // "Asked about the term, he was blunt: “…”": a pronoun opens the
        // clause's last part.
        None => {
            let clause = &text[start..colon];
            charge(clause.len());
            let last_part = clause.rsplit(", ").next().unwrap_or(clause);
            let first_word = last_part.split(' ').next().unwrap_or("");
            (last_part.contains(' ') && is_pronoun(first_word)).then(|| pronoun(first_word))
        }
    }
}

/// The person named just before `colon` after a role that opens the clause
/// at `start` ("Public prosecutor NAME:"): a role's noun among a few words,
/// and no verb.
fn role_then_name(text: &str, start: usize, colon: usize) -> Option<Person> {
    let clause = &text[start..colon];
    if clause.split(' ').count() > MOST_ROLE_BEFORE_NAME_WORDS || clause.contains([',', ';']) {
        return None;
    }
    let person = clause.match_indices(' ').find_map(|(space, _)| {
        person_at(text, start + space + 1, colon)
            .filter(|person| person.full && person.name.end == colon)
    })?;
    let role = trim(text, start, before_titles(text, start, person.name.start));
    let role_words = role.of(text);
    let is_role = role_words
        .split(' ')
        .any(|word| is_role_word(word) || is_role_word(&word.to_lowercase()))
        && !role_words.split(' ').any(is_verb);
    is_role.then_some(Person {
        role: Some(role),
        ..person
    })
}

/// "the academic of the Faculty of Law, NAME, the bill …" in
/// `start..colon`: a role, then a full name between commas.
fn role_comma_name(text: &str, start: usize, colon: usize) -> Option<Person> {
    // Only after "For", whose view it gives.
    if !text[..start].ends_with("For ") {
        return None;
    }
    let comma = text[start..colon].find(", ")? + start;
    if !starts_with_ci(&text[start..comma], "the ") || !reads_as_role(text, start, comma) {
        return None;
    }
    let person = person_at(text, comma + 2, colon).filter(|person| person.full)?;
    text[person.name.end..colon]
        .starts_with(", ")
        .then(|| Person {
            role: role_in(text, start, comma),
            ..person
        })
}

/// The most words of a role and a name before a colon.
const MOST_ROLE_BEFORE_NAME_WORDS: usize = 10;
