//! People's names in a release: capitalised words ("Anna Berg",
//! "Jean-Luc O'Neill", "Anna van Example"), after any titles that are not
//! part of the name ("Dr", "H.E. Mr", "Ambassador"), and with a role that
//! may stand before the name ("Minister of Justice Anna Berg").

use super::name_context::{described_as_someone, with_age};
use super::paragraphs::is_abbreviation;
use super::role_words::{is_body_word, is_possessive, is_role_head, is_role_word};
use super::span::TextRange;
use super::titles::{bracketed_letters, is_initial, is_title, OFFICE_TITLES, POST_NOMINALS, RANKS};
use super::work::charge;

/// Name particles that stand lower case inside a name ("Jordi Casals i
/// Roca" joins two surnames, as "y" does in Spanish).
const PARTICLES: [&str; 28] = [
    "de", "da", "di", "du", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "ter",
    "la", "le", "al", "bin", "el", "los", "las", "binti", "binte", "y", "bint", "née", "i",
    // "Daniel ole Kipeen": Maa, "son of".
    "ole",
];

/// Words that end a portfolio in a role ("Minister for Foreign Affairs"):
/// the name starts after them.
const PORTFOLIO_ENDS: [&str; 1] = ["Affairs"];

/// Capitalised words that begin a clause rather than a name.
const NOT_NAMES: [&str; 28] = [
    "The", "He", "She", "They", "It", "We", "I", "This", "That", "These", "Those", "A", "An", "On",
    "In", "At", "As", "By", "For", "From", "With", "His", "Her", "Their", "Former", "Co", "Ltd",
    "Inc",
];

/// Small words that join the words of a role ("Minister of Justice").
const CONNECTORS: [&str; 7] = ["of", "for", "the", "on", "to", "and", "in"];

/// The most words a person's name, titles and role before it are read over.
const MOST_WORDS: usize = 16;
/// The most words of a name on its own.
const MOST_NAME_WORDS: usize = 6;

/// A person named in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Person {
    /// The name, without titles.
    pub name: TextRange,
    /// A role that stands before the name ("Minister of Justice").
    pub role: Option<TextRange>,
    /// Whether the words name someone on their own: two words or more, a
    /// title or a role before them. A single capitalised word ("Berg")
    /// only refers back to someone named before.
    pub full: bool,
    /// Whether a title or a role stands before the name: the words name
    /// a person, wherever they stand.
    pub introduced: bool,
    /// A title before the name that names an office ("Ambassador"): the
    /// role when the release gives no other.
    pub office: Option<TextRange>,
}

/// The words of `text[start..limit]` that may belong to a name or a role,
/// one space apart: letters, digits, `-`, `'`, `’` and `.`. A word's full
/// stop is kept only when it marks an abbreviation ("Dr.", "J.").
fn words(text: &str, start: usize, limit: usize) -> Vec<TextRange> {
    let mut out = Vec::new();
    let mut at = start;
    while out.len() < MOST_WORDS && at < limit {
        let rest = &text[at..limit];
        let length = rest
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.')))
            .unwrap_or(rest.len());
        charge(length + 1);
        let word = &rest[..length];
        let bare = word.trim_end_matches('.');
        let keeps_stop = bare.len() < word.len() && is_abbreviation(bare);
        let end = at + if keeps_stop { word.len() } else { bare.len() };
        if end == at {
            break;
        }
        out.push(TextRange::new(at, end));
        // A stop that is not an abbreviation's ends the sentence, and the name.
        if !keeps_stop && bare.len() < word.len() {
            break;
        }
        // "Colonel (Retd) NAME", "Barr. (Mrs) NAME": a title in brackets
        // stands between the words and is none of them; so does a role's
        // field ("Deputy Director (Training) NAME").
        let role_field = |bracketed: &str| {
            is_role_word(bare)
                && bracketed
                    .strip_prefix('(')
                    .and_then(|inner| inner.strip_suffix(')'))
                    .is_some_and(|inner| {
                        inner.starts_with(char::is_uppercase)
                            && inner.chars().all(char::is_alphabetic)
                    })
        };
        // "Superintendent of Police (SSP) NAME": the rank's letters.
        let abbreviation =
            |bracketed: &str| is_capitalised(bare) && bracketed_letters(bracketed).is_some();
        let after = rest[length..].strip_prefix(' ').map(|next| {
            next.split_once(' ')
                .filter(|(bracketed, _)| {
                    bracketed.starts_with('(')
                        && (is_title(bracketed) || role_field(bracketed) || abbreviation(bracketed))
                })
                .map_or(next, |(_, after)| after)
        });
        match after {
            Some(next) if next.starts_with(|c: char| c.is_alphanumeric()) => {
                at = limit - next.len();
            }
            _ => break,
        }
    }
    out
}

fn bare(text: &str, word: TextRange) -> &str {
    word.of(text).trim_end_matches('.')
}

fn is_capitalised(word: &str) -> bool {
    let word = without_article(word);
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(|c| !c.is_numeric())
}

/// Whether `word` is an initial joined to a name, as Mongolian houses
/// write a person ("B.Oyuntsetseg", "G.Enkhjargal"): a name on its own.
fn is_initialled_name(word: &str) -> bool {
    word.split_once('.').is_some_and(|(initials, name)| {
        (1..=2).contains(&initials.chars().count())
            && initials.chars().all(char::is_uppercase)
            && name.starts_with(char::is_uppercase)
            && name.chars().count() > 2
            && name.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
    })
}

/// `word` without the Arabic article a surname may open with in lower case
/// ("al-Rubaie", "el-Sayed", "ash-Shami"): the capitalised rest.
pub(crate) fn without_article(word: &str) -> &str {
    match word.split_once('-') {
        Some((article, rest))
            if ARABIC_ARTICLES.contains(&article) && rest.starts_with(char::is_uppercase) =>
        {
            rest
        }
        _ => word,
    }
}

/// The Arabic article as names transliterate it before a hyphen.
const ARABIC_ARTICLES: [&str; 13] = [
    "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "ul", "ud",
];

/// How many of `words[from..]` make a name: capitalised words and the
/// particles between them.
fn name_words(text: &str, words: &[TextRange], from: usize) -> usize {
    let mut end = from;
    for (index, &word) in words.iter().enumerate().skip(from) {
        if index - from >= MOST_NAME_WORDS {
            break;
        }
        // "A. Ozoliņš": an initial, not the article "A".
        let written = word.of(text);
        let initial = is_initial(written);
        let word = bare(text, word);
        let particle = index > from && PARTICLES.contains(&word);
        let first = index == from;
        // "bin Haji Othman": after a particle, a title is the father's, and
        // part of the name.
        let after_particle = index > from && PARTICLES.contains(&bare(text, words[index - 1]));
        // "Social Affairs Provincial Councillor NAME": a title that opens
        // roles too ends the role, and the name follows.
        let title_inside = !first && is_title(word) && !after_particle && !is_role_head(word);
        if !(is_capitalised(word) || particle)
            || (first && !initial && NOT_NAMES.contains(&word))
            || title_inside
            || (!first && POST_NOMINALS.contains(&word))
            // "…, Ph.D., stressed": letters after a name are none.
            || POST_NOMINALS.contains(&written)
        {
            break;
        }
        if !particle {
            end = index + 1;
        }
    }
    end
}

/// The person named at `start` of `text`, reading no further than `limit`:
/// titles, a role before the name, and the name.
pub(crate) fn person_at(text: &str, start: usize, limit: usize) -> Option<Person> {
    let words = words(text, start, limit);
    // "…, councilwoman NAME,": a profession in an apposition.
    let profession = if text[..start].ends_with(", ") {
        lower_profession_words(text, &words)
    } else {
        0
    };
    let mut first = profession;
    let mut office = None;
    while let Some(&word) = words.get(first) {
        let word_text = bare(text, word);
        let excellency = matches!(word_text, "His" | "Her")
            && words.get(first + 1).is_some_and(|next| {
                ["Excellency", "Honour", "Honor", "Worship"].contains(&bare(text, *next))
            });
        // "Sixteen-year-old NAME": an age is no part of the name.
        let age = word_text.ends_with("-year-old");
        // "Chairperson NCWRE Ms. NAME": a body's acronym before a title
        // belongs to the role.
        let acronym = word_text.len() >= 2
            && word_text.chars().all(|c| c.is_ascii_uppercase())
            && words
                .get(first + 1)
                .is_some_and(|next| is_title(next.of(text)));
        // "the Rt Revd NAME", "the Hon. NAME": an article before titles.
        let article = first == 0
            && word_text.eq_ignore_ascii_case("the")
            && words.get(1).is_some_and(|next| is_title(next.of(text)));
        // "Major (res.) NAME", "Brigadier Dr. NAME": a rank before a title
        // is one too.
        let rank_before_title = RANKS.contains(&word_text)
            && words
                .get(first + 1)
                .is_some_and(|next| is_title(next.of(text)));
        if !(is_title(word.of(text))
            || excellency
            || age
            || acronym
            || article
            || rank_before_title)
        {
            break;
        }
        if OFFICE_TITLES.contains(&word_text.to_lowercase().as_str()) {
            office = Some(word);
        }
        // "Her Honour": both words.
        first += if excellency { 2 } else { 1 };
    }
    let titled = first > 0;
    let head = *words.get(first)?;
    if is_role_head(bare(text, head)) {
        return person_after_role(text, &words, first);
    }
    // "Ambassador van Dalen stated": after a title, a name may open with
    // its particle.
    let particle_first = first > 0
        && PARTICLES.contains(&bare(text, head))
        && words
            .get(first + 1)
            .is_some_and(|next| is_capitalised(bare(text, *next)));
    let taken = if particle_first {
        name_words(text, &words, first + 1)
    } else {
        name_words(text, &words, first)
    };
    if taken == first {
        return None;
    }
    // "biologist Mariana" alone may start a sentence about the species;
    // and the apposition closes after the name ("…, attorney NAME, stated").
    let closes = text[words[taken - 1].end..limit].starts_with([',', '.']);
    if profession > 0 && (taken - first < 2 || !closes) {
        return None;
    }
    let name_words = &words[first..taken];
    // "UNICEF Representative Anna Berg": a role head inside the capitals.
    if name_words
        .iter()
        .any(|&word| is_role_head(bare(text, word)))
    {
        return person_after_role(text, &words, first);
    }
    // "Major Ruth Kellaway", "Major Kellaway said": a rank is no part of
    // the name, so that the second refers back to the first.
    if let [rank, rest @ .., last] = name_words {
        if RANKS.contains(&bare(text, *rank)) {
            let name_at = rest.first().unwrap_or(last).start;
            return Some(Person {
                name: TextRange::new(name_at, last.end),
                role: Some(with_field(text, *rank, name_at)),
                full: true,
                introduced: true,
                office,
            });
        }
    }
    // "Photographer Karim Belkacem", "Resident Magistrate Halima Said": a
    // role's noun before a name of two words or more.
    let role_end = (0..name_words.len().saturating_sub(2))
        .rev()
        .find(|&index| is_role_word(bare(text, name_words[index])));
    if let Some(role_end) = role_end {
        let name = TextRange::new(
            name_words[role_end + 1].start,
            name_words[name_words.len() - 1].end,
        );
        return Some(Person {
            name,
            role: Some(TextRange::new(
                name_words[0].start,
                name_words[role_end].end,
            )),
            full: true,
            introduced: true,
            office,
        });
    }
    // "Carers’ Voice North": a plural's apostrophe makes a body's name;
    // "Canada's Global Health": so does a possessive before more words.
    let last = name_words.len().saturating_sub(1);
    if name_words.iter().enumerate().any(|(index, &word)| {
        let word = bare(text, word);
        // "Achieng' Otieno": a Luo name's apostrophe is no plural's.
        let plural_apostrophe = word.ends_with("s'") || word.ends_with("s’");
        is_body_word(word) || plural_apostrophe || (index < last && is_possessive(word))
    }) {
        return None;
    }
    let name = TextRange::new(head.start, words[taken - 1].end);
    let aged = name_words.len() == 1
        && (with_age(&text[name.end..limit]) || described_as_someone(&text[name.end..limit]));
    let initialled = matches!(name_words, [one] if is_initialled_name(one.of(text)));
    Some(Person {
        name,
        role: None,
        full: titled || aged || initialled || name_words.len() >= 2,
        introduced: titled || aged,
        office,
    })
}

/// How many words of a profession in lower case open `words` before a
/// capitalised name: "councilwoman NAME", "social worker NAME", as an
/// apposition gives them ("The president of the council, councilwoman
/// NAME, stated:"). A noun of a role, and one word before it at most.
fn lower_profession_words(text: &str, words: &[TextRange]) -> usize {
    let word = |index: usize| words.get(index).map(|word| bare(text, *word));
    let lower = |index: usize| word(index).is_some_and(|word| word.starts_with(char::is_lowercase));
    // "councilwoman", "anaesthesiologist", "compañera", "social (worker)": a
    // word in lower case that is no small word, list's joint or verb form.
    let plain = |index: usize| {
        lower(index)
            && word(index).is_some_and(|word| {
                !CONNECTORS.contains(&word)
                    && !NOT_PROFESSIONS.contains(&word)
                    && !word.ends_with("ing")
                    && !word.ends_with("ed")
            })
    };
    let role_noun = |index: usize| lower(index) && word(index).is_some_and(is_role_word);
    let capital_at = |index: usize| word(index).is_some_and(is_capitalised);
    if plain(0) && capital_at(1) {
        1
    } else if plain(0) && role_noun(1) && capital_at(2) {
        2
    } else {
        0
    }
}

/// Words in lower case before a name in an apposition that are no
/// profession: "…, and NAME,", "…, including NAME,".
const NOT_PROFESSIONS: [&str; 12] = [
    "a",
    "an",
    "or",
    "nor",
    "but",
    "including",
    "like",
    "namely",
    "especially",
    "with",
    "by",
    "from",
];

/// Whether `words[index]` is a name's particle ("van", "der") before more
/// of the name.
fn is_particle_at(text: &str, words: &[TextRange], index: usize) -> bool {
    words
        .get(index)
        .is_some_and(|&word| PARTICLES.contains(&bare(text, word)))
        && words.get(index + 1).is_some_and(|&next| {
            let next = bare(text, next);
            is_capitalised(next) || PARTICLES.contains(&next)
        })
}

/// Whether `word` (without its last stop) is a service's letters written
/// with stops, as a rank is followed by them ("Vice Admiral H.C.G. NAME",
/// the Hellenic Coast Guard's): two capitals or more, each with its stop.
fn is_service_letters(word: &str) -> bool {
    word.contains('.')
        && word.chars().filter(char::is_ascii_uppercase).count() >= 2
        && word.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

/// The most words of a name after a role with no "of" ("Commissioner
/// Mohamed Lemine Ould Ahmed").
const MOST_NAME_AFTER_ROLE: usize = 4;

/// "Minister of Justice Anna Berg", "UNICEF Representative Anna Berg": the
/// role's words from `words[first]`, then a name of two words (up to three
/// when no "of" precedes it).
fn person_after_role(text: &str, words: &[TextRange], first: usize) -> Option<Person> {
    let mut end = first;
    let mut last_connector = None;
    for (index, &word) in words.iter().enumerate().skip(first) {
        let word = bare(text, word);
        if CONNECTORS.contains(&word) || is_possessive(word) {
            last_connector = Some(index);
            if !is_capitalised(word) && !CONNECTORS.contains(&word) {
                break;
            }
        } else if !is_capitalised(word) && !is_particle_at(text, words, index) {
            // "State Secretary of the ministry NAME": a body in lower case
            // after "the", and the name after it.
            let lower_body = index > first
                && bare(text, words[index - 1]) == "the"
                && words
                    .get(index + 1)
                    .is_some_and(|&next| is_capitalised(bare(text, next)));
            if !lower_body {
                break;
            }
        }
        end = index + 1;
    }
    while end > first && CONNECTORS.contains(&bare(text, words[end - 1])) {
        end -= 1;
    }
    // "the Minister of Education and to the Committee": the small words
    // after the name are gone; the role's "of" is the last one left.
    let last_connector = last_connector.filter(|&at| at < end).or_else(|| {
        (first..end).rev().find(|&index| {
            let word = bare(text, words[index]);
            CONNECTORS.contains(&word) || is_possessive(word)
        })
    });
    let tail = words[first..end]
        .iter()
        .rev()
        .enumerate()
        .take_while(|&(taken, &word)| {
            let word = bare(text, word);
            // "Chief Constable NAME", "Senior Lecturer NAME": a rank or a
            // role's noun after the role's head is the role's, once a name
            // of two words follows it ("President Dean Whitfield" keeps his
            // first name).
            let role_before_name = taken >= 2
                && (is_role_word(word) || RANKS.contains(&word) || is_service_letters(word));
            let lower = !is_capitalised(word) && !PARTICLES.contains(&word);
            !is_role_head(word)
                && !role_before_name
                && !lower
                && !CONNECTORS.contains(&word)
                && !is_body_word(word)
                && !is_possessive(word)
        })
        .count();
    let name_length = match last_connector {
        // "Inspector NAME of the Border Police Regional Centre North": a
        // name of two words between the role's head and its first "of"
        // stands before the body it is of.
        Some(_) if name_before_of(text, words, first) => 0,
        // "of Foreign Affairs Anna Berg": at least one word is the role's.
        Some(at) => {
            let after = end - at - 1;
            // "for Women and Children Affairs Farhana Akter Chowdhury": a
            // portfolio's last word ends the role, and three names follow.
            let closes_role = |index: usize| PORTFOLIO_ENDS.contains(&bare(text, words[index]));
            if after >= 4 && end >= 4 && closes_role(end - 4) {
                tail.min(3)
            } else if after >= 3 {
                // "Deputy Commissioner of Police Ahmed Shifau Rasheed": after
                // a body's word, the name may run to its usual length.
                let after_body = end > tail && is_body_word(bare(text, words[end - tail - 1]));
                tail.min(after - 1)
                    .min(if after_body { MOST_NAME_AFTER_ROLE } else { 2 })
            } else if after >= 2 && is_initialled_name(words[end - 1].of(text)) {
                // "Head of the Agency B.Oyuntsetseg".
                1
            } else {
                0
            }
        }
        None => tail.min(MOST_NAME_AFTER_ROLE),
    };
    if name_length == 0 {
        // "Deputy NAME of Mozambique": the words after the last small word
        // say where the person is from; the name stands before it.
        return (first + 3..end)
            .filter(|&at| words[at].of(text) == "of")
            .find_map(|at| person_after_role(text, &words[..at], first))
            .filter(|person| person.name.of(text).contains(' '));
    }
    let mut name_start = end - name_length;
    // "Minister for Home Affairs Pieter De Wachter": a capitalised particle
    // opens the surname, and the given name stands before it.
    let particle_first = PARTICLES.contains(&bare(text, words[name_start]).to_lowercase().as_str());
    if name_length == 2
        && particle_first
        && name_start > first + 1
        && last_connector.is_some_and(|at| at + 1 < name_start - 1)
        && !is_role_word(bare(text, words[name_start - 1]))
    {
        name_start -= 1;
    }
    // "Director of CPVP Md. Shafiqul Islam Bhuiyan", "Vice President of
    // the VWU Dang Thi Hong Nhung": an acronym after the role's last
    // small word ends the role; the name is all that follows it.
    if let Some(at) = last_connector {
        let is_acronym = |index: usize| {
            let word = bare(text, words[index]);
            word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase())
        };
        let acronym_at = (at + 1..end.saturating_sub(2)).find(|&index| is_acronym(index));
        // "of the POOCC BiH NAME": a place's letters after the body's.
        let acronym_at = acronym_at.map(|mut last| {
            while last + 3 < end
                && bare(text, words[last + 1]).len() <= 4
                && bare(text, words[last + 1])
                    .chars()
                    .filter(char::is_ascii_uppercase)
                    .count()
                    >= 2
            {
                last += 1;
            }
            last
        });
        if let Some(acronym_at) = acronym_at {
            let whole = (at + 1..acronym_at).all(|index| bare(text, words[index]) == "the");
            if whole && end - acronym_at - 1 <= MOST_NAME_AFTER_ROLE {
                name_start = name_start.min(acronym_at + 1);
            }
        }
    }
    // "Chairperson PCSWB Sarah Imtiaz Malik": a body's acronym after the
    // role's head is the role's, where a name in ordinary capitals follows.
    let acronym = |word: TextRange| {
        let word = bare(text, word);
        word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase())
    };
    if name_start > first
        && end - name_start >= 3
        && acronym(words[name_start])
        && !acronym(words[name_start + 1])
    {
        name_start += 1;
    }
    // "Executive Director of Enforcement Ms. Lim Siew Ling": the name is
    // all that follows a title, up to its usual length.
    // "Chief U.S. District Judge NAME": a title inside the words read as
    // the name ends the role there.
    // "Deputy Inspector General of Police (DIG) Kamal Raj Bhandari": the
    // role's letters in brackets end it; the name is all that follows.
    if let Some(after_letters) = (first + 1..end.saturating_sub(1)).find(|&index| {
        text[words[index - 1].end..words[index].start].contains('(')
            && end - index <= MOST_NAME_AFTER_ROLE
    }) {
        name_start = after_letters;
    }
    // "Director of X Brigjen Pol Dr. Wahyuni Sri Lestari": the first run of
    // titles after the role, not an honorific's word inside the name.
    // "Chairperson of NCHRF Dr. Hessa bint Khalid Al Mansouri": a name's
    // particles do not count towards its length.
    let name_words_after = |index: usize| {
        (index + 1..end)
            .filter(|&at| !is_particle_at(text, words, at))
            .count()
    };
    if let Some(mut title_at) = (first + 1..end.saturating_sub(1)).find(|&index| {
        is_title(words[index].of(text)) && name_words_after(index) <= MOST_NAME_AFTER_ROLE
    }) {
        while title_at + 2 < end && is_title(words[title_at + 1].of(text)) {
            title_at += 1;
        }
        name_start = title_at + 1;
    }
    // "Pieter van der Laan": the particles and the given name before them.
    if is_particle_at(text, words, name_start) {
        while name_start > first + 1 && is_particle_at(text, words, name_start - 1) {
            name_start -= 1;
        }
        if name_start > first + 1 && is_capitalised(bare(text, words[name_start - 1])) {
            name_start -= 1;
        }
    }
    // "Assistant Commissioner of Police Musu T. Kollie": a middle initial
    // has its given name before it.
    let initial = is_initial(words[name_start].of(text));
    if name_start > first + 1 && initial && !is_title(words[name_start].of(text)) {
        let before = bare(text, words[name_start - 1]);
        // "of CPVP Md. NAME": a body's letters are no given name.
        let acronym = before.chars().all(|c| c.is_ascii_uppercase());
        if is_capitalised(before)
            && !acronym
            && !is_role_head(before)
            && !is_body_word(before)
            && !CONNECTORS.contains(&before)
        {
            name_start -= 1;
        }
    }
    let mut role_end = words[name_start - 1].end;
    // "NEA Chairperson Cllr. NAME": a title between the role and the name.
    // "Counsellor of Justice NAME": a title after a small word is the
    // role's own.
    // "Chief Judge NAME", "Chief U.S. District Judge NAME": an office's
    // title after the words that rank it is the role's own too ("Committee
    // Chair Senator NAME" keeps the senator apart).
    let title_at = (first + 1..name_start).find(|&index| {
        let ranked_office = OFFICE_TITLES
            .contains(&bare(text, words[index]).to_lowercase().as_str())
            && OFFICE_RANKS.contains(&bare(text, words[index - 1]));
        // "Provincial Councillor NAME": a title that opens roles is the
        // role's last word.
        let role_head = is_role_head(bare(text, words[index]));
        is_title(words[index].of(text))
            && !CONNECTORS.contains(&bare(text, words[index - 1]))
            && !ranked_office
            && !role_head
    });
    if let Some(title_at) = title_at {
        role_end = words[title_at - 1].end;
    }
    while name_start + 2 <= end && is_title(words[name_start].of(text)) {
        name_start += 1;
        role_end = role_end.min(words[name_start - 2].end);
    }
    let name_at = words[name_start].start;
    Some(Person {
        name: TextRange::new(name_at, words[end - 1].end),
        role: Some(with_field(
            text,
            TextRange::new(words[first].start, role_end),
            name_at,
        )),
        full: true,
        introduced: true,
        office: None,
    })
}

/// Words that rank an office's title before it ("Chief Judge", "Presiding
/// Judge", "District Judge").
const OFFICE_RANKS: [&str; 8] = [
    "Chief",
    "Presiding",
    "Senior",
    "Associate",
    "Deputy",
    "District",
    "Principal",
    "Resident",
];

/// `role` with the field in brackets that stands between it and the name
/// at `name_start` ("Deputy Director (Training) NAME").
fn with_field(text: &str, role: TextRange, name_start: usize) -> TextRange {
    let Some(between) = text.get(role.end..name_start) else {
        return role;
    };
    let field = between.trim_end();
    // "Colonel (Retd) NAME": a title in brackets is no field.
    let bracketed = field.trim_start().starts_with('(')
        && field.ends_with(')')
        && !is_title(field.trim_start());
    if bracketed {
        TextRange::new(role.start, role.end + field.len())
    } else {
        role
    }
}

/// Whether two words or more of a name stand between the role's head at
/// `first` and the first small word after it ("Inspector Goran Stojanovski
/// of …", not "Director of Student Services Graham Teale").
fn name_before_of(text: &str, words: &[TextRange], first: usize) -> bool {
    let Some(of) =
        (first + 1..words.len()).find(|&index| CONNECTORS.contains(&bare(text, words[index])))
    else {
        return false;
    };
    // "Provincial Youth Development Coordinator for Lusaka": the words
    // before the role's head are the role's.
    let head = (first..of)
        .rev()
        .find(|&index| is_role_head(bare(text, words[index])))
        .unwrap_or(first);
    words[head + 1..of]
        .iter()
        .filter(|&&word| {
            let word = bare(text, word);
            is_capitalised(word)
                && !is_role_head(word)
                && !is_body_word(word)
                && !is_role_word(word)
        })
        .count()
        >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(text: &str) -> Option<(&str, Option<&str>, bool)> {
        person_at(text, 0, text.len()).map(|found| {
            (
                found.name.of(text),
                found.role.map(|role| role.of(text)),
                found.full,
            )
        })
    }

    #[test]
    fn a_rank_after_a_role_head_is_the_roles() {
        assert_eq!(
            person("Chief Constable Helen Corkill said"),
            Some(("Helen Corkill", Some("Chief Constable"), true))
        );
        assert_eq!(
            person("Senior Lecturer Tiina Halonen, who coordinates"),
            Some(("Tiina Halonen", Some("Senior Lecturer"), true))
        );
        assert_eq!(
            person("Federation President Dean Whitfield said"),
            Some(("Dean Whitfield", Some("Federation President"), true))
        );
        assert_eq!(
            person("Alderman Femke Dijkhuis (Democracy) visited"),
            Some(("Femke Dijkhuis", Some("Alderman"), true))
        );
    }

    #[test]
    fn titles_of_advocates_masters_and_philippine_ranks() {
        assert_eq!(
            person("Adv. Petrus Nghifikwa, said"),
            Some(("Petrus Nghifikwa", None, true))
        );
        assert_eq!(
            person("mag. Tomaž Kranjc, who said"),
            Some(("Tomaž Kranjc", None, true))
        );
        assert_eq!(
            person("MSc. Orlando Quesada Batista, precised"),
            Some(("Orlando Quesada Batista", None, true))
        );
        assert_eq!(person("Cr Tran said"), Some(("Tran", None, true)));
        assert_eq!(
            person("Madame Ginette Yakité-Ngaïkoumon said"),
            Some(("Ginette Yakité-Ngaïkoumon", None, true))
        );
        assert_eq!(
            person("Av. Selin Özdemir said"),
            Some(("Selin Özdemir", None, true))
        );
        assert_eq!(
            person("PCol. Maria Leonor D. Castañeda said"),
            Some(("Maria Leonor D. Castañeda", None, true))
        );
    }

    #[test]
    fn an_initial_joined_to_a_name_is_a_name() {
        assert_eq!(
            person("Head of the Agency B.Oyuntsetseg underlined"),
            Some(("B.Oyuntsetseg", Some("Head of the Agency"), true))
        );
        assert_eq!(
            person("G.Enkhjargal, Director"),
            Some(("G.Enkhjargal", None, true))
        );
        assert_eq!(
            person("Oyuntsetseg said"),
            Some(("Oyuntsetseg", None, false))
        );
    }

    #[test]
    fn police_ranks_as_abbreviated_and_middle_initials() {
        assert_eq!(person("ACP Wari said"), Some(("Wari", None, true)));
        assert_eq!(
            person("Deputy Inspector General of Police (DIG) Kamal Raj Bhandari, Director"),
            Some((
                "Kamal Raj Bhandari",
                Some("Deputy Inspector General of Police (DIG)"),
                true
            ))
        );
        assert_eq!(
            person("Senior Superintendent of Police (SSP) Josaia Vakaloloma said"),
            Some((
                "Josaia Vakaloloma",
                Some("Senior Superintendent of Police (SSP)"),
                true
            ))
        );
        assert_eq!(
            person("Assistant Commissioner of Police Musu T. Kollie, told"),
            Some((
                "Musu T. Kollie",
                Some("Assistant Commissioner of Police"),
                true
            ))
        );
        assert_eq!(
            person("Director of CPVP Md. Shafiqul Islam Bhuiyan said").map(|(name, ..)| name),
            Some("Md. Shafiqul Islam Bhuiyan")
        );
        assert_eq!(
            person("Director of PPA-PPO Bareskrim Polri Brigjen Pol Dr. Wahyuni Sri Lestari when"),
            Some((
                "Wahyuni Sri Lestari",
                Some("Director of PPA-PPO Bareskrim Polri"),
                true
            ))
        );
    }

    #[test]
    fn titles_ranks_and_names_after_a_role() {
        // A title that opens roles ends one; a body in lower case after
        // "the"; a name of four words after a body's word.
        assert_eq!(
            person("Social Affairs Provincial Councillor Eva Pichler-Moser in her address"),
            Some((
                "Eva Pichler-Moser",
                Some("Social Affairs Provincial Councillor"),
                true
            ))
        );
        assert_eq!(
            person("State Secretary of the ministry Ľubica Horváthová in the opening"),
            Some((
                "Ľubica Horváthová",
                Some("State Secretary of the ministry"),
                true
            ))
        );
        assert_eq!(
            person("Vice Chairwoman of the provincial Women's Union Ha Thi Thu Trang said"),
            Some((
                "Ha Thi Thu Trang",
                Some("Vice Chairwoman of the provincial Women's Union"),
                true
            ))
        );
        // The words before the role's head are no name before its "for".
        assert_eq!(
            person("Provincial Youth Development Coordinator for Lusaka Mr Chilufya Mwansa, who was Guest of Honour"),
            Some((
                "Chilufya Mwansa",
                Some("Provincial Youth Development Coordinator for Lusaka"),
                true
            ))
        );
        assert_eq!(
            person("Executive Director of Enforcement Ms. Lim Siew Ling said"),
            Some((
                "Lim Siew Ling",
                Some("Executive Director of Enforcement"),
                true
            ))
        );
        assert_eq!(
            person("Ing. Rodolfo Xitumul, Director"),
            Some(("Rodolfo Xitumul", None, true))
        );
        assert_eq!(
            person("Chief U.S. District Judge Renata Albright-Haynes said").map(|(name, ..)| name),
            Some("Renata Albright-Haynes")
        );
        assert_eq!(
            person("dr Agnieszka Pawlak recalled"),
            Some(("Agnieszka Pawlak", None, true))
        );
        assert_eq!(
            person("mgr inż. Henryk Wróblewski said"),
            Some(("Henryk Wróblewski", None, true))
        );
        assert_eq!(
            person("Ma. Teresa Villanueva-Ocampo said").map(|(name, ..)| name),
            Some("Ma. Teresa Villanueva-Ocampo")
        );
        assert_eq!(
            person("Lady Justice Nakato Ssali said"),
            Some(("Nakato Ssali", None, true))
        );
        assert_eq!(
            person("Major Ruth Kellaway said"),
            Some(("Ruth Kellaway", Some("Major"), true))
        );
        assert_eq!(
            person("Major Kellaway said"),
            Some(("Kellaway", Some("Major"), true))
        );
        assert_eq!(
            person("Inspector Goran Stojanovski of the Border Police Regional Centre North")
                .map(|(name, ..)| name),
            Some("Goran Stojanovski")
        );
        assert_eq!(
            person("Director of Student Services Graham Teale said").map(|(name, ..)| name),
            Some("Graham Teale")
        );
        assert_eq!(
            person("Chairperson PCSWB Sarah Imtiaz Malik said"),
            Some(("Sarah Imtiaz Malik", Some("Chairperson PCSWB"), true))
        );
        // A name in capitals after the role stays whole.
        assert_eq!(
            person("Director ANNA BERG said").map(|(name, ..)| name),
            Some("ANNA BERG")
        );
        assert_eq!(
            person("Counsellor of Justice Aigerim Nurlanovna Sarsenova stressed"),
            Some((
                "Aigerim Nurlanovna Sarsenova",
                Some("Counsellor of Justice"),
                true
            ))
        );
        assert_eq!(
            person("Vice President of the VWU Dang Thi Hong Nhung emphasised"),
            Some((
                "Dang Thi Hong Nhung",
                Some("Vice President of the VWU"),
                true
            ))
        );
        assert_eq!(
            person("Director of CPVP Md. Shafiqul Islam Bhuiyan said").map(|(name, ..)| name),
            Some("Md. Shafiqul Islam Bhuiyan")
        );
        assert_eq!(
            person("Chief Prosecutor of the POOCC BiH Amela Kurtović said"),
            Some((
                "Amela Kurtović",
                Some("Chief Prosecutor of the POOCC BiH"),
                true
            ))
        );
        assert_eq!(
            person("CPVP Deputy Director (Training) Farzana Haque said"),
            Some((
                "Farzana Haque",
                Some("CPVP Deputy Director (Training)"),
                true
            ))
        );
        assert_eq!(
            person("Commander (Medical) Ruth Hale said"),
            Some(("Ruth Hale", Some("Commander (Medical)"), true))
        );
        assert_eq!(
            person("Ranger Recruit Halima Saidi Ngowi said"),
            Some(("Halima Saidi Ngowi", Some("Ranger Recruit"), true))
        );
        // An initial is no article: "said A. Ozoliņš".
        assert_eq!(
            person("A. Ozoliņš").map(|(name, ..)| name),
            Some("A. Ozoliņš")
        );
        assert_eq!(person("A Latvian course"), None);
    }

    #[test]
    fn names_are_capitalised_words() {
        assert_eq!(
            person("Kevin Carty, Senior"),
            Some(("Kevin Carty", None, true))
        );
        assert_eq!(
            person("Anna van Example said"),
            Some(("Anna van Example", None, true))
        );
        assert_eq!(person("Carty."), Some(("Carty", None, false)));
        assert_eq!(
            person("Dr. Jaan Testimees, head"),
            Some(("Jaan Testimees", None, true))
        );
        assert_eq!(person("The minister"), None);
        assert_eq!(person("he said"), None);
    }

    #[test]
    fn titles_stay_out_of_the_name() {
        assert_eq!(
            person("Dr Nils Ostrander said"),
            Some(("Nils Ostrander", None, true))
        );
        assert_eq!(
            person("H.E. Mr Tomas Rinaldi-Beck, Deputy"),
            Some(("Tomas Rinaldi-Beck", None, true))
        );
        assert_eq!(person("Prof. Ilse Marr"), Some(("Ilse Marr", None, true)));
        assert_eq!(
            person("Ambassador Kofi Mensah-Dale"),
            Some(("Kofi Mensah-Dale", None, true))
        );
        assert_eq!(person("Judge Vera Holm."), Some(("Vera Holm", None, true)));
        assert_eq!(
            person("Sixteen-year-old Tevita Fonua said"),
            Some(("Tevita Fonua", None, true))
        );
        assert_eq!(
            person("Cllr. Augustine Sackor Wleh told"),
            Some(("Augustine Sackor Wleh", None, true))
        );
        assert_eq!(
            person("Her Excellency Sara Quist"),
            Some(("Sara Quist", None, true))
        );
        assert_eq!(
            person("Her Honour Judge Margaret Ellison, Chair"),
            Some(("Margaret Ellison", None, true))
        );
    }

    #[test]
    fn an_office_title_is_kept_apart_from_the_name() {
        let office = |text: &'static str| {
            person_at(text, 0, text.len()).and_then(|found| found.office.map(|o| o.of(text)))
        };
        assert_eq!(
            office("H.E. Ambassador Rui Faria of Chile"),
            Some("Ambassador")
        );
        assert_eq!(office("Judge Mira Koss said"), Some("Judge"));
        assert_eq!(office("Dr Mira Koss said"), None);
        assert_eq!(
            person("Ambassador Rui Faria said"),
            Some(("Rui Faria", None, true))
        );
    }

    #[test]
    fn a_role_before_the_name_is_the_role() {
        assert_eq!(
            person("Minister of Health Oona Varga said"),
            Some(("Oona Varga", Some("Minister of Health"), true))
        );
        assert_eq!(
            person("Deputy Minister of Foreign Affairs Lev Dorn"),
            Some(("Lev Dorn", Some("Deputy Minister of Foreign Affairs"), true))
        );
        assert_eq!(
            person("Commissioner Petra Lind-Aho"),
            Some(("Petra Lind-Aho", Some("Commissioner"), true))
        );
        assert_eq!(person("Minister of Justice said"), None);
        assert_eq!(
            person("Minister of Education and to the parliamentary committee"),
            None
        );
        assert_eq!(
            person("Member of the European Parliament Pieter van der Laan warned"),
            Some((
                "Pieter van der Laan",
                Some("Member of the European Parliament"),
                true
            ))
        );
        assert_eq!(
            person("Deputy Armando Nhaca of Mozambique presented"),
            Some(("Armando Nhaca", Some("Deputy"), true))
        );
        assert_eq!(person("Minister of State of Ruritania said"), None);
        // A possessive opens a body's part: what follows is the role's.
        assert_eq!(person("Chair of the Bureau's Legal Panel, noted"), None);
        assert_eq!(person("Head of the Fund's Audit Unit said"), None);
        assert_eq!(
            person("UNICEF Representative Mara Colt said"),
            Some(("Mara Colt", Some("UNICEF Representative"), true))
        );
        assert_eq!(
            person("European Union Special Envoy Ines Rood"),
            Some(("Ines Rood", Some("European Union Special Envoy"), true))
        );
    }

    #[test]
    fn one_word_only_refers_back_and_bodies_are_not_people() {
        assert_eq!(person("Lindqvist added"), Some(("Lindqvist", None, false)));
        assert_eq!(person("Carers’ Voice North chief"), None);
        assert_eq!(
            person("Joseph Farrugia MP, the chair"),
            Some(("Joseph Farrugia", None, true))
        );
        assert_eq!(person("Dr Lindqvist"), Some(("Lindqvist", None, true)));
        assert_eq!(person("European Union"), None);
        assert_eq!(person("Participants"), Some(("Participants", None, false)));
        assert_eq!(person("the minister"), None);
    }
}
