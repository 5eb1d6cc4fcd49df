//! A speaker the quotes name by role alone ("affirmed the Controller
//! General", "the Magistrate noted") whom the release introduced with that
//! role in a sentence the quote finder does not read for people ("Presiding
//! over the ceremony, the Director of the Academy, Controller General of
//! Police KOUASSI Yao Sylvestre, congratulated …"): the one person the role
//! stands before, where one alone fits.

use std::collections::HashMap;

use super::names::{person_at, Person};
use super::paragraphs::find_all;
use super::span::{Paragraph, TextRange};
use super::work::charge;

/// The most bytes after a role's word read for the name it introduces.
const MOST_ROLE_TAIL_BYTES: usize = 80;

/// The most people a role's word is looked up for before it is taken as
/// shared.
const MOST_HOLDERS: usize = 2;

/// The people each role's word introduces, found once per word.
#[derive(Default)]
pub(crate) struct RoleHolders {
    by_word: HashMap<String, Vec<(Paragraph, Person)>>,
}

impl RoleHolders {
    /// The one person that "the ROLE" (`role`, as written after a quote)
    /// names in `paragraphs` up to and including `upto`, with the paragraph
    /// they stand in; `None` when none or several fit.
    pub fn holder(
        &mut self,
        paragraphs: &[String],
        upto: Paragraph,
        role: &str,
    ) -> Option<(Paragraph, Person)> {
        let word = role.rsplit(' ').next()?;
        if !word.starts_with(char::is_uppercase) {
            return None;
        }
        charge(role.len());
        let holders = self
            .by_word
            .entry(word.to_string())
            .or_insert_with(|| introduced_by(paragraphs, word));
        let mut fits = holders.iter().filter(|(para, _)| *para <= upto);
        match (fits.next(), fits.next()) {
            (Some(one), None) if holders.len() <= MOST_HOLDERS => Some(*one),
            _ => None,
        }
    }
}

/// The people `word` (a role's last word, capitalised) introduces in
/// `paragraphs`: the name right after the role ("Controller General of
/// Police NAME") or after its comma ("Resident Magistrate for Kenema, His
/// Worship NAME,"). More than [`MOST_HOLDERS`] distinct names end the
/// search.
fn introduced_by(paragraphs: &[String], word: &str) -> Vec<(Paragraph, Person)> {
    let lower = word.to_lowercase();
    let mut out: Vec<(Paragraph, Person)> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for (para, text) in Paragraph::numbered(paragraphs) {
        for at in find_all(text, &lower) {
            if !text[at..].starts_with(word) {
                continue;
            }
            let limit =
                text.floor_char_boundary((at + word.len() + MOST_ROLE_TAIL_BYTES).min(text.len()));
            // The role opens after the clause's last stop or comma.
            let clause_start = text[..at]
                .rfind([',', '.', ';', ':', '('])
                .map_or(0, |stop| stop + 1);
            let role_start = at - text[clause_start..at].trim_start().len();
            // "Controller General of Police NAME": the role before the name.
            let before_name = person_at(text, role_start, limit).filter(|person| {
                person.full && person.role.is_some_and(|role| role.end >= at + word.len())
            });
            // "Resident Magistrate for Kenema, His Worship NAME,": the name
            // after the role's comma.
            let after_comma = || {
                let comma = text[at..limit].find(", ")? + at;
                let person = person_at(text, comma + 2, limit)?;
                let closes = text[person.name.end..].starts_with([',', '.']);
                (person.full && person.role.is_none() && closes).then_some(Person {
                    role: Some(TextRange::new(role_start, comma)),
                    ..person
                })
            };
            let Some(person) = before_name.or_else(after_comma) else {
                continue;
            };
            let name = person.name.of(text).to_string();
            if !names.contains(&name) {
                names.push(name);
                out.push((para, person));
            }
            if names.len() > MOST_HOLDERS {
                return out;
            }
        }
    }
    out
}
