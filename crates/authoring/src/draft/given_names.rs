//! A speaker the quotes name by surname alone ("declared Colonel
//! Benmansour") whom the release has named in full in a sentence the quote
//! finder does not read for people ("closed in the presence of the Director
//! General, Colonel Rachid Benmansour, of …"): the full name, where one
//! name alone fits.

use std::collections::HashMap;

use super::names::{person_at, without_article};
use super::people::{begins_with_initials, initials_and_surname};
use super::role_words::{is_body_word, is_role_word};
use super::span::{Paragraph, Span, TextRange};
use super::titles::{bracketed_letters, is_title};
use super::work::charge;

/// The most given names read back from a surname.
const MOST_GIVEN_NAMES: usize = 3;

/// Small words that join a body's name, after which a capitalised word is
/// the body's ("Court of Montenegro").
const BODY_LINKS: [&str; 6] = ["of", "for", "on", "in", "at", "from"];

/// The most distinct full names kept for one surname: past them the
/// surname is shared too widely to say who it names.
const MOST_FULL_NAMES: usize = 4;

/// A full name the release gives, and the role before it, if any.
#[derive(Clone)]
pub(crate) struct FullName {
    pub name: String,
    pub span: Span,
    /// "Senior Aboriginal interpreter Dorothy Palmer": the role that stands
    /// before the name, in the name's paragraph.
    pub role: Option<Span>,
}

/// The most words before a full name read for its role.
const MOST_ROLE_WORDS: usize = 10;

/// The full names of a release, by surname: built once, in one pass over
/// the text, so that each surname is looked up at a constant cost.
pub(crate) struct FullNames {
    by_surname: HashMap<String, Vec<(String, Span)>>,
    /// The same names by their first given name: "says Guðrún", as
    /// Nordic houses name a speaker the second time.
    by_given_name: HashMap<String, Vec<(String, Span)>>,
}

impl FullNames {
    /// Every name of given names and a surname in `paragraphs`, first
    /// mentions only.
    pub fn new(paragraphs: &[String]) -> FullNames {
        let mut by_surname: HashMap<String, Vec<(String, Span)>> = HashMap::new();
        let mut by_given_name: HashMap<String, Vec<(String, Span)>> = HashMap::new();
        for (para, text) in Paragraph::numbered(paragraphs) {
            charge(text.len());
            for (at, _) in text.match_indices(' ') {
                let start = at + 1;
                let length = text[start..]
                    .find(|c: char| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’')))
                    .unwrap_or(text.len() - start);
                let surname = &text[start..start + length];
                if !without_article(surname).starts_with(char::is_uppercase) {
                    continue;
                }
                let Some(name) = given_names_before(text, start, start + length) else {
                    continue;
                };
                let written = name.of(text);
                let given = written.split(' ').next().unwrap_or(written);
                for (key, map) in [(surname, &mut by_surname), (given, &mut by_given_name)] {
                    let names = map.entry(key.to_string()).or_default();
                    if names.len() < MOST_FULL_NAMES
                        && !names.iter().any(|(known, _)| known == written)
                    {
                        names.push((written.to_string(), name.in_paragraph(para)));
                    }
                }
            }
        }
        FullNames {
            by_surname,
            by_given_name,
        }
    }

    /// The one full name, and where it stands, that ends with the surname
    /// `found` in the paragraphs up to and including its own ("Rachid
    /// Benmansour" for "Benmansour", "Aivars Ozoliņš" for "A. Ozoliņš");
    /// `None` when `found` is more than a surname and initials, when no
    /// full name holds it, or when several do ("Anna Berg" and "Erik
    /// Berg").
    pub fn of(&self, paragraphs: &[String], found: Span) -> Option<FullName> {
        let text = found.paragraph.of(paragraphs)?;
        let written = text.get(found.start..found.end)?;
        charge(written.len());
        let (initials, surname) = match initials_and_surname(written) {
            Some(split) => split,
            None if !written.contains(' ') => (Vec::new(), written),
            None => return None,
        };
        // A given name alone, when no full name ends with it.
        let names = match self.by_surname.get(surname) {
            Some(names) => names,
            None if initials.is_empty() => self.by_given_name.get(surname)?,
            None => return None,
        };
        if names.len() >= MOST_FULL_NAMES {
            return None;
        }
        let mut fits = names.iter().filter(|(name, span)| {
            span.paragraph <= found.paragraph && begins_with_initials(name, &initials)
        });
        let (name, span) = match (fits.next(), fits.next()) {
            (Some(one), None) => one.clone(),
            _ => return None,
        };
        let role = span.paragraph.of(paragraphs).and_then(|text| {
            role_before(text, TextRange::new(span.start, span.end))
                .map(|role| role.in_paragraph(span.paragraph))
        });
        Some(FullName { name, span, role })
    }
}

/// The role that stands right before `name` in its clause ("the Judge of
/// the Supreme Court of Montenegro Dragan Radonjić", "Senior Aboriginal
/// interpreter Dorothy Palmer"): capitalised words, role nouns in lower
/// case and the small words between them, one of them a role's; titles
/// next to the name are none of it.
fn role_before(text: &str, name: TextRange) -> Option<TextRange> {
    let mut end = name.start.saturating_sub(1);
    let mut start = name.start;
    let mut words = Vec::new();
    for _ in 0..MOST_ROLE_WORDS {
        let Some(before) = text[..start].strip_suffix(' ') else {
            break;
        };
        let word_start = before.rfind(' ').map_or(0, |at| at + 1);
        let word = &before[word_start..];
        charge(word.len() + 1);
        // "Judge of the Court Dr NAME": the title is the name's; so are a
        // rank's letters in brackets ("Superintendent of Police (SSP) NAME").
        if words.is_empty() && (is_title(word) || bracketed_letters(word).is_some()) {
            start = word_start;
            end = word_start.saturating_sub(1);
            continue;
        }
        let capitalised = word.starts_with(char::is_uppercase)
            && word
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
        let role_noun = is_role_word(word);
        if !(capitalised || role_noun || ROLE_LINKS.contains(&word)) {
            break;
        }
        words.push((word_start, word));
        start = word_start;
    }
    // The role opens with a word of its own, not with a small one.
    while words
        .last()
        .is_some_and(|(_, word)| ROLE_LINKS.contains(word))
    {
        words.pop();
    }
    let &(first, _) = words.last()?;
    let has_role = words.iter().any(|(_, word)| is_role_word(word));
    (has_role && first < end).then(|| TextRange::new(first, end))
}

/// Small words inside a role ("Judge of the Supreme Court").
const ROLE_LINKS: [&str; 5] = ["of", "the", "for", "on", "and"];

/// The name that ends with the surname at `start..end` of `text`, given
/// names and all, when capitalised given names stand right before it
/// ("Corporal 21874 Kevin Bollers", "interpreter Dorothy Palmer"): the
/// words a person's name is read from, with no title, role or body among
/// them.
fn given_names_before(text: &str, start: usize, end: usize) -> Option<TextRange> {
    let mut first = start;
    let mut given = 0;
    while given < MOST_GIVEN_NAMES {
        let Some(before) = text[..first].strip_suffix(' ') else {
            break;
        };
        let word_start = before.rfind(' ').map_or(0, |at| at + 1);
        let word = &before[word_start..];
        charge(word.len() + 1);
        let name_like = word.starts_with(char::is_uppercase)
            && word
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
        if !name_like || is_title(word) || is_role_word(word) || is_body_word(word) {
            break;
        }
        first = word_start;
        given += 1;
    }
    // "the Supreme Court of Montenegro Dragan Radonjić": a word after "of"
    // ends the body's name, not begins the person's.
    let after_link = text[..first]
        .strip_suffix(' ')
        .and_then(|before| before.rsplit(' ').next())
        .is_some_and(|word| BODY_LINKS.contains(&word));
    if after_link && given > 1 {
        first += text[first..].find(' ').map_or(0, |at| at + 1);
        given -= 1;
    }
    if given == 0 {
        return None;
    }
    // The name reader has the last word: "The Benmansour family" or "In
    // Benmansour's words" hold no given name.
    let person = person_at(text, first, end)?;
    (person.name == TextRange::new(first, end)).then_some(person.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full(paragraphs: &[&str], paragraph: usize, surname: &str) -> Option<String> {
        let paragraphs: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
        let text = &paragraphs[paragraph];
        let start = text.rfind(surname).expect("the test names the surname");
        let found = TextRange::new(start, start + surname.len())
            .in_paragraph(Paragraph::numbered(&paragraphs).nth(paragraph)?.0);
        FullNames::new(&paragraphs)
            .of(&paragraphs, found)
            .map(|full| full.name)
    }

    #[test]
    fn a_surname_takes_the_full_name_given_before() {
        let release = [
            "Algiers, 23 October 2025 – The session was closed in the presence of the Director General, Colonel Rachid Benmansour, of the representatives of the wilaya.",
            "«We must be ready,» declared Colonel Benmansour.",
        ];
        assert_eq!(
            full(&release, 1, "Benmansour").as_deref(),
            Some("Rachid Benmansour")
        );
        let release = [
            "Best graduating student, Corporal 21874 Kevin Bollers of the Criminal Investigation Department, thanked the instructors. “This course opened my eyes,” Corporal Bollers said.",
        ];
        assert_eq!(
            full(&release, 0, "Bollers").as_deref(),
            Some("Kevin Bollers")
        );
        let release = [
            "Senior Aboriginal interpreter Dorothy Palmer, who will co-present the session, said words had no equivalent.",
            "\"We need lawyers to slow down,\" Ms Palmer said.",
        ];
        assert_eq!(
            full(&release, 1, "Palmer").as_deref(),
            Some("Dorothy Palmer")
        );
        let release = [
            "Presentations were given by the Judge of the Supreme Court of Montenegro Dragan Radonjić and by Dr Jelena Bošković.",
            "„The criteria must be known“, Radonjić emphasised.",
        ];
        assert_eq!(
            full(&release, 1, "Radonjić").as_deref(),
            Some("Dragan Radonjić")
        );
        let role = |text: &str, name: &str| {
            let start = text.find(name).expect("the test names the person");
            role_before(text, TextRange::new(start, start + name.len()))
                .map(|role| role.of(text).to_string())
        };
        assert_eq!(
            role(release[0], "Dragan Radonjić").as_deref(),
            Some("Judge of the Supreme Court of Montenegro")
        );
        assert_eq!(
            role("It was opened by Dragan Radonjić.", "Dragan Radonjić"),
            None
        );
        assert_eq!(
            role("The Minister thanked Dragan Radonjić.", "Dragan Radonjić"),
            None
        );
        let release = [
            "The course was opened by the Director, Police Colonel Aivars Ozoliņš, and by Inga Ozoliņš.",
            "“Criminals do not stop at borders,” said A. Ozoliņš.",
        ];
        assert_eq!(
            full(&release, 1, "A. Ozoliņš").as_deref(),
            Some("Aivars Ozoliņš")
        );
    }

    #[test]
    fn a_surname_two_names_share_or_none_holds_stays_as_it_is() {
        let release = [
            "Anna Berg and Erik Berg opened the seminar.",
            "“We begin,” said Dr Berg.",
        ];
        assert_eq!(full(&release, 1, "Berg"), None);
        let release = [
            "The Ministry welcomed everyone.",
            "“We begin,” said Dr Berg.",
        ];
        assert_eq!(full(&release, 1, "Berg"), None);
        // A title or a body before the surname is no given name.
        let release = [
            "President Ertuğrul opened the Bar's seminar at the Ertuğrul Centre.",
            "“We begin,” said President Ertuğrul.",
        ];
        assert_eq!(full(&release, 1, "Ertuğrul"), None);
    }
}
