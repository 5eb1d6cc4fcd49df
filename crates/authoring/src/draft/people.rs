//! The people a release names, as the quote finder meets them: each once,
//! whether named in full, by surname ("added Berg") or by role ("the
//! Minister added").

use std::collections::{BTreeSet, HashMap};

use super::full_names::capitalise;
use super::names::Person;
use super::role_words::{is_role_letters, is_role_word};
use super::span::{Paragraph, Span};
use super::work::charge;

/// A person the release names.
pub(crate) struct SpeakerFound {
    pub name: String,
    /// Where the name stands: its paragraph is the one that names the
    /// person (and the role, when known).
    pub name_span: Span,
    pub role: Option<Span>,
    /// A title that names an office ("Ambassador"), where one stood
    /// before the name: the role when no other is found.
    pub office: Option<Span>,
    /// The role's words, to find the person by role.
    role_text: String,
}

/// Who could be meant by a reference to someone named before.
pub(crate) enum Reference {
    One(usize),
    /// Several people fit: their indices, a few at most.
    Several(Vec<usize>),
    None,
}

/// The most holders of a role word a reference by role is checked against.
const MOST_ROLE_HOLDERS_READ: usize = 16;

/// The most people a reference that fits several is reported with.
const MOST_REPORTED: usize = 4;

/// The people named so far.
#[derive(Default)]
pub(crate) struct People {
    pub people: Vec<SpeakerFound>,
    /// People by each way a later mention may name them: the whole name
    /// and every ending of it after a space ("Kevin Carty", "Carty").
    by_ending: HashMap<String, BTreeSet<usize>>,
    /// People by their whole name.
    by_name: HashMap<String, BTreeSet<usize>>,
    /// People by each word of their role that names a function.
    by_role_word: HashMap<String, BTreeSet<usize>>,
    /// People by their first name ("Gary said", after "Gary Thorpe, 52").
    by_first_name: HashMap<String, BTreeSet<usize>>,
}

impl People {
    /// The person named `person` in `text`, paragraph `para`: one already
    /// known by that name or surname, or a new one when the name is full;
    /// `None` for a single word that names no one known.
    pub fn named(&mut self, text: &str, para: Paragraph, person: Person) -> Option<usize> {
        match self.reference(text, para, person) {
            Reference::One(index) => Some(index),
            _ => None,
        }
    }

    /// Who `person` refers to: [`People::named`], or the people a surname
    /// alone could mean when several share it ("Berg" after Anna and Erik
    /// Berg).
    pub fn reference(&mut self, text: &str, para: Paragraph, person: Person) -> Reference {
        let written = person.name.of(text);
        charge(written.len());
        if !written.contains(' ') {
            if let Some(set) = self.by_ending.get(written).filter(|set| set.len() > 1) {
                return Reference::Several(set.iter().copied().take(MOST_REPORTED).collect());
            }
            // A first name alone, where no one bears it as a surname.
            if !self.by_ending.contains_key(written) {
                if let Some(set) = self.by_first_name.get(written) {
                    let fits: Vec<usize> = set.iter().copied().take(MOST_REPORTED).collect();
                    match fits.as_slice() {
                        [] => {}
                        [one] => return Reference::One(*one),
                        _ => return Reference::Several(fits),
                    }
                }
            }
        }
        // "Dr Lam" after "Dr Vincent Lam Chi-wai": where a name puts the
        // surname before the given names, it stands inside the name, not at
        // its end; it refers back when one name alone holds it.
        if !written.contains(' ') && !self.by_ending.contains_key(written) {
            let holders: Vec<usize> = self
                .people
                .iter()
                .enumerate()
                .filter(|(_, known)| known.name.split(' ').skip(1).any(|word| word == written))
                .map(|(index, _)| index)
                .take(MOST_REPORTED)
                .collect();
            if let [one] = holders.as_slice() {
                return Reference::One(*one);
            }
        }
        // "A. Ozoliņš" after "Aivars Ozoliņš": initials and a surname refer
        // to the one person of that surname whose names begin so.
        if let Some((initials, surname)) = initials_and_surname(written) {
            if let Some(set) = self.by_ending.get(surname) {
                let fits: Vec<usize> = set
                    .iter()
                    .copied()
                    .filter(|&index| {
                        self.people
                            .get(index)
                            .is_some_and(|known| begins_with_initials(&known.name, &initials))
                    })
                    .take(MOST_REPORTED)
                    .collect();
                match fits.as_slice() {
                    [] => {}
                    [one] => return Reference::One(*one),
                    _ => return Reference::Several(fits),
                }
            }
        }
        self.named_one(text, para, person)
            .map_or(Reference::None, Reference::One)
    }

    fn named_one(&mut self, text: &str, para: Paragraph, person: Person) -> Option<usize> {
        let written = person.name.of(text);
        // The first person whose name is this one, ends with it after a
        // space, or is an ending of it after a space.
        let first = |set: Option<&BTreeSet<usize>>| set.and_then(|set| set.first().copied());
        let known = endings(written)
            .skip(1)
            .filter_map(|ending| first(self.by_name.get(ending)))
            .chain(first(self.by_ending.get(written)))
            .min();
        let role_text = person
            .role
            .map_or(String::new(), |role| role.of(text).to_string());
        let found = SpeakerFound {
            name: written.to_string(),
            name_span: person.name.in_paragraph(para),
            role: person.role.map(|role| role.in_paragraph(para)),
            office: person.office.map(|office| office.in_paragraph(para)),
            role_text,
        };
        let Some(index) = known else {
            if !person.full {
                return None;
            }
            let index = self.people.len();
            self.index(&found.name, &found.role_text, index, true);
            self.people.push(found);
            return Some(index);
        };
        // A fuller mention (a role where there was none, or a longer one
        // that holds it) replaces the first.
        if let Some(known) = self.people.get_mut(index) {
            known.office = known.office.or(found.office);
        }
        let replaced = match self.people.get_mut(index) {
            Some(known)
                if found.role.is_some()
                    && (known.role.is_none()
                        || (found.role_text.len() > known.role_text.len()
                            && found.role_text.contains(&known.role_text))) =>
            {
                let office = known.office;
                let old = std::mem::replace(known, found);
                known.office = known.office.or(office);
                Some((old.name, old.role_text))
            }
            _ => None,
        };
        if let Some((name, role)) = replaced {
            self.index(&name, &role, index, false);
            let (name, role) = (
                self.people[index].name.clone(),
                self.people[index].role_text.clone(),
            );
            self.index(&name, &role, index, true);
        }
        Some(index)
    }

    /// Who "the ROLE" refers to: the people whose role holds each of its
    /// words that name a function.
    pub fn by_role(&self, role: &str) -> Reference {
        charge(role.len());
        // "the DCE stated": the role's letters alone.
        let bare = role.strip_prefix("the ").unwrap_or(role);
        let words: Vec<String> = if is_role_letters(bare) {
            vec![bare.to_lowercase()]
        } else {
            role_words(role).collect()
        };
        let Some(first) = words.first() else {
            return Reference::None;
        };
        let Some(set) = self.by_role_word.get(first) else {
            return Reference::None;
        };
        let fits: Vec<usize> = set
            .iter()
            .copied()
            .take(MOST_ROLE_HOLDERS_READ)
            .filter(|&index| {
                charge(words.len());
                words.iter().all(|word| {
                    self.by_role_word
                        .get(word)
                        .is_some_and(|set| set.contains(&index))
                })
            })
            .take(MOST_REPORTED)
            .collect();
        match fits.as_slice() {
            [] => Reference::None,
            [one] => Reference::One(*one),
            _ => Reference::Several(fits),
        }
    }

    /// Adds person `index` under `name`, its endings and `role`'s words, or
    /// removes it.
    fn index(&mut self, name: &str, role: &str, index: usize, add: bool) {
        let keep = |map: &mut HashMap<String, BTreeSet<usize>>, key: &str| {
            if add {
                map.entry(key.to_string()).or_default().insert(index);
            } else if let Some(set) = map.get_mut(key) {
                set.remove(&index);
            }
        };
        keep(&mut self.by_name, name);
        if let Some((first, _)) = name.split_once(' ') {
            keep(&mut self.by_first_name, first);
        }
        for ending in endings(name) {
            keep(&mut self.by_ending, ending);
            // "van Dalen" is "Van Dalen" when it opens a sentence.
            if ending.starts_with(char::is_lowercase) {
                keep(&mut self.by_ending, &capitalise(ending));
            }
        }
        for word in role_words(role) {
            keep(&mut self.by_role_word, &word);
        }
    }
}

/// The words of a role that name a function ("minister", "director"), in
/// lower case, and the letters that shorten the role itself ("District
/// Chief Executive (DCE)": "dce"), by which "the DCE stated" refers back.
fn role_words(role: &str) -> impl Iterator<Item = String> + '_ {
    role.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|word| is_role_word(word))
        .map(str::to_lowercase)
        .chain(role_letters(role))
}

/// The letters in brackets in `role` that are the initials of the words
/// right before them, one a role's ("Chief Medical Director (CMD)"), in
/// lower case.
fn role_letters(role: &str) -> Option<String> {
    let open = role.find(" (")?;
    let letters = role[open + 2..].split(')').next()?;
    if !is_role_letters(letters) {
        return None;
    }
    let words: Vec<&str> = role[..open].rsplit(' ').take(letters.len()).collect();
    let initials: String = words
        .iter()
        .rev()
        .filter_map(|word| word.chars().next())
        .collect();
    // "Social Welfare Department (SWD)" shortens a body, not the role.
    let of_role = words.iter().any(|word| is_role_word(word));
    (initials == letters && of_role).then(|| letters.to_lowercase())
}

/// `name` and each of its endings after a space: "Kevin Carty", "Carty".
fn endings(name: &str) -> impl Iterator<Item = &str> {
    std::iter::once(name).chain(name.match_indices(' ').map(|(at, _)| &name[at + 1..]))
}

/// "A. Ozoliņš", "G. K. Asanova": the initials (their letters) and the
/// surname, when `written` is initials and one word.
pub(crate) fn initials_and_surname(written: &str) -> Option<(Vec<char>, &str)> {
    let (before, surname) = written.rsplit_once(' ')?;
    let initials: Option<Vec<char>> = before
        .split(' ')
        .map(|word| {
            let mut chars = word.chars();
            match (chars.next(), chars.next(), chars.next()) {
                (Some(letter), Some('.'), None) if letter.is_uppercase() => Some(letter),
                _ => None,
            }
        })
        .collect();
    Some((initials?, surname))
}

/// Whether the given names of `name` begin with `initials`, one each
/// ("Aivars Ozoliņš" with A.).
pub(crate) fn begins_with_initials(name: &str, initials: &[char]) -> bool {
    let given: Vec<&str> = name.split(' ').collect();
    given.len() > initials.len()
        && initials
            .iter()
            .zip(&given)
            .all(|(initial, word)| word.starts_with(*initial))
}
