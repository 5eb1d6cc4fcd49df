//! The people a paragraph's sentences name outside quotations: the
//! sentence's subject ("NAME, ROLE, presented …", "NAME and NAME opened
//! …", "Speaking for X, NAME said that …", "The Director, NAME, closed …")
//! and anyone else it introduces with a title, a role or between commas
//! ("thanked the Minister, NAME, for …"). A pronoun that follows refers to
//! them only when they are one person.

use super::attribution::{is_verb, reads_as_role, role_after_name, role_in};
use super::attribution_before::trailing_person;
use super::attribution_roles::{lower_case_role, of_body, who_role};
use super::dateline::dateline;
use super::name_context::age_length;
use super::names::{person_at, Person};
use super::paragraphs::{sentences, starts_with_ci, trim};
use super::role_words::is_role_word;
use super::span::{Ranges, TextRange};
use super::titles::{after_post_nominal, before_titles, is_rank, is_title};
use super::work::charge;

/// The people one sentence names.
pub(crate) struct Mention {
    /// Where the sentence starts.
    pub at: usize,
    pub people: Vec<Person>,
    /// Whether someone the release leaves unnamed is the sentence's
    /// subject ("One mother, whose son …, spoke"): a pronoun after it is
    /// theirs, and names no one.
    pub unnamed: bool,
    /// "In her speech, the Minister recalled that …": a sentence whose
    /// subject is a role alone, which may name someone met before.
    pub role: Option<TextRange>,
    /// "He said that the police had referred 318 cases": a sentence whose
    /// subject is "he" or "she", which keeps the person it refers to the
    /// one a later pronoun refers to.
    pub pronoun: bool,
}

/// The most people one sentence is read for.
const MOST_PEOPLE: usize = 4;

/// The people the sentences of `text` name outside `covered`.
pub(crate) fn mentions(text: &str, covered: &Ranges) -> Vec<Mention> {
    sentences(text)
        .into_iter()
        .filter(|sentence| !covered.contains(sentence.start))
        .filter_map(|sentence| {
            // Only up to the sentence's first quotation.
            let end = covered
                .first_overlapping(sentence)
                .map_or(sentence.end, |quoted| quoted.start.max(sentence.start));
            // The first sentence opens after its dateline, where there is one.
            let start = if sentence.start == 0 {
                dateline(text).map_or(0, |found| found.body.min(end))
            } else {
                sentence.start
            };
            let sentence = TextRange::new(start, end);
            let mut people = subject_people(text, sentence).unwrap_or_default();
            let from = people.last().map_or(sentence.start, |last| {
                last.role
                    .map_or(last.name.end, |role| role.end.max(last.name.end))
            });
            for other in others(text, from, sentence.end) {
                if people.len() < MOST_PEOPLE {
                    people.push(other);
                }
            }
            let unnamed = people.is_empty() && opens_with_someone_unnamed(sentence.of(text));
            let role = if people.is_empty() && !unnamed {
                role_subject(text, sentence)
            } else {
                None
            };
            let pronoun = people.is_empty()
                && !unnamed
                && ["He ", "She "]
                    .iter()
                    .any(|subject| sentence.of(text).starts_with(subject));
            (!people.is_empty() || unnamed || role.is_some() || pronoun).then_some(Mention {
                at: sentence.start,
                people,
                unnamed,
                role,
                pronoun,
            })
        })
        .collect()
}

/// "In her speech at the opening, the Minister recalled that …", "The
/// Inspector General noted that …": the role that is the subject of the
/// sentence's speech verb, after an opening clause at most.
fn role_subject(text: &str, sentence: TextRange) -> Option<TextRange> {
    let clause = sentence.of(text);
    let verb_at = first_verb_at(clause)?;
    let before = &clause[..verb_at];
    let subject_start = before.rfind(", ").map_or(0, |comma| comma + 2);
    let subject = trim(
        text,
        sentence.start + subject_start,
        sentence.start + verb_at,
    );
    let words: Vec<&str> = subject.of(text).split(' ').collect();
    let [article, rest @ ..] = words.as_slice() else {
        return None;
    };
    // "the Minister", "the Inspector General", "the Director of the
    // Centre": capitals and the small words between them, one a role's.
    let fits = article.eq_ignore_ascii_case("the")
        && !rest.is_empty()
        && rest.len() <= MOST_ROLE_SUBJECT_WORDS
        && rest
            .first()
            .is_some_and(|word| word.starts_with(char::is_uppercase))
        && rest.iter().all(|word| {
            word.starts_with(char::is_uppercase) || ["of", "for", "the", "and"].contains(word)
        })
        && rest.iter().any(|word| is_role_word(word));
    fits.then_some(subject)
}

/// The most words of a role read as a sentence's subject.
const MOST_ROLE_SUBJECT_WORDS: usize = 6;

/// Nouns of people a release may leave unnamed.
const UNNAMED_PEOPLE: [&str; 21] = [
    "mother",
    "father",
    "parent",
    "survivor",
    "participant",
    "woman",
    "man",
    "girl",
    "boy",
    "teacher",
    "student",
    "officer",
    "delegate",
    "resident",
    "worker",
    "victim",
    "nurse",
    "judge",
    "witness",
    "farmer",
    "resident",
];

/// Whether `sentence` opens with someone it does not name: "One mother",
/// "A 27-year-old survivor", "Another participant".
fn opens_with_someone_unnamed(sentence: &str) -> bool {
    let mut words = sentence.split([' ', ',']).filter(|word| !word.is_empty());
    let first = words.next().unwrap_or("");
    if !["One", "A", "An", "Another"].contains(&first) {
        // "Participants also heard from a resident …, who spoke …": the
        // one heard from, unnamed, speaks next.
        return heard_from_someone_unnamed(sentence);
    }
    // "One young ranger from Cape York said": any noun of a role will do.
    words.take(3).any(|word| {
        let lower = word.to_ascii_lowercase();
        UNNAMED_PEOPLE.contains(&lower.as_str())
            || (word.starts_with(char::is_lowercase) && is_role_word(word))
    })
}

/// Whether `sentence` hears from someone it does not name: "heard from a
/// resident of a centre", "listened to one mother".
fn heard_from_someone_unnamed(sentence: &str) -> bool {
    ["heard from ", "listened to ", "heard the testimony of "]
        .iter()
        .filter_map(|lead| sentence.find(lead).map(|at| &sentence[at + lead.len()..]))
        .any(|after| {
            let mut words = after.split([' ', ',']).filter(|word| !word.is_empty());
            let first = words.next().unwrap_or("");
            ["a", "an", "one", "another"].contains(&first)
                && words
                    .take(3)
                    .any(|word| UNNAMED_PEOPLE.contains(&word.to_ascii_lowercase().as_str()))
        })
}

/// The people `sentence` opens with, when they are its subject: at its
/// start or after an opening clause ("Speaking for the Ministry, NAME,
/// ROLE, said that …", "The Director, NAME, closed …").
pub(crate) fn subject_people(text: &str, sentence: TextRange) -> Option<Vec<Person>> {
    let TextRange { start, end } = sentence;
    // "Both NAME and NAME …", "For NAME, ROLE, the answer lies …"
    let start = ["both ", "for "]
        .iter()
        .find(|lead| starts_with_ci(&text[start..end], lead))
        .map_or(start, |lead| start + lead.len());
    if let Some(people) = subject_people_at(text, start, end) {
        return Some(people);
    }
    // "Opening the summit, the President of X, NAME, recalled …": the
    // subject after one opening clause, or after an opening clause and a role.
    subject_after_opening(text, start, end)
        .or_else(|| role_then_name(text, start, end))
        .or_else(|| role_then_name_then_verb(text, start, end))
        .or_else(|| {
            // "In the closing panel, architect NAME called on …"
            let comma = text[start..end].find(", ")? + start;
            role_then_name_then_verb(text, comma + 2, end)
        })
}

/// "Opening the summit, the President of X, NAME, recalled …": the
/// subject after one opening clause, or after an opening clause and a role.
fn subject_after_opening(text: &str, start: usize, end: usize) -> Option<Vec<Person>> {
    let mut piece_start = start;
    let mut previous_piece = None;
    for _ in 0..MOST_OPENING_PIECES {
        let comma = text[piece_start..end].find(", ")? + piece_start;
        charge(comma - piece_start);
        // "…, opened by NAME, Director of Alpha Beta Gamma.": the words after
        // a name's comma are its role, whatever names they hold.
        let role_of_name_before = trailing_person(text, piece_start, comma).is_some_and(|person| {
            // "by NAME", not "Vice-Rector for Scientific and Pedagogical Work".
            let word_before = text[piece_start..person.name.start]
                .trim_end()
                .rsplit(' ')
                .find(|word| !is_title(word))
                .unwrap_or("");
            person.full
                && person.name.end == comma
                && [
                    "by",
                    "from",
                    "presented",
                    "delivered",
                    "welcomed",
                    "introduced",
                ]
                .contains(&word_before)
        });
        if role_of_name_before {
            piece_start = comma + 2;
            continue;
        }
        if let Some(mut people) = subject_people_at(text, comma + 2, end) {
            // "The Director, NAME, …": the words before are the role, before
            // a title that also names an office ("The rapporteur, Deputy NAME").
            // "The Councillor for Social Rights, Feminisms and Childhood,
            // NAME": the role's last words are a list of its fields.
            let piece_start = match previous_piece {
                Some(previous) if is_listed_field(&text[piece_start..comma]) => previous,
                _ => piece_start,
            };
            if let [person] = people.as_mut_slice() {
                if reads_as_role(text, piece_start, comma) {
                    // "The seminar will be opened by the Chairperson of the
                    // Branch, Hon. NAME": a clause with its verb is no role,
                    // but its last capitalised words may be.
                    let opening = role_in(text, piece_start, comma).filter(|role| {
                        let words = role.of(text);
                        // "Attendees heard presentations from the Council’s
                        // Coordinator, Dr NAME": a subject and its verb.
                        let clause = words.contains(" from the ")
                            && !starts_with_ci(&text[piece_start..comma], "the ");
                        words.split(' ').count() <= MOST_ROLE_WORDS
                            && words.split(' ').any(is_role_word)
                            && !words.split(' ').any(|word| CLAUSE_VERBS.contains(&word))
                            && !clause
                    });
                    person.role = opening
                        .or_else(|| role_before_comma(text, piece_start, comma))
                        .or(person.role);
                } else if person.role.is_none() {
                    // "…, followed by remarks from the College Principal, Dr
                    // NAME.": the role's capitalised words before the comma.
                    person.role = role_before_comma(text, piece_start, comma);
                }
            }
            return Some(people);
        }
        previous_piece = Some(piece_start);
        piece_start = comma + 2;
    }
    None
}

/// Whether `words` list a body's or an office's last fields ("Family and
/// Childhood" after "the Department of Women,"): a few capitalised words
/// joined by "and".
fn is_listed_field(words: &str) -> bool {
    let words: Vec<&str> = words.split(' ').collect();
    (3..=MOST_FIELD_WORDS).contains(&words.len())
        && words[1..words.len() - 1].contains(&"and")
        && words
            .iter()
            .all(|word| ["and", "&"].contains(word) || word.starts_with(char::is_uppercase))
}

/// The most words of an office's listed fields after its comma.
const MOST_FIELD_WORDS: usize = 6;

/// Where the first speech verb among the first words of `clause` stands.
fn first_verb_at(clause: &str) -> Option<usize> {
    let verb_at = clause
        .split(' ')
        .take(MOST_SUBJECT_WORDS)
        .scan(0, |at, word| {
            let word_at = *at;
            *at += word.len() + 1;
            Some((word_at, word))
        })
        .find(|(_, word)| is_verb(word))
        .map(|(at, _)| at)?;
    charge(verb_at);
    Some(verb_at)
}

/// "Carers’ Voice North chief executive NAME said …": a name just before
/// the sentence's first speech verb, after words that hold a role's word.
fn role_then_name(text: &str, start: usize, end: usize) -> Option<Vec<Person>> {
    let verb_at = start + first_verb_at(&text[start..end])?;
    let mut subject = trim(text, start, verb_at);
    // "Senior officer NAME, of the District, said": the name before the
    // first comma.
    if let Some(comma) = subject.of(text).find(',') {
        subject.end = subject.start + comma;
    }
    let person = trailing_person(text, subject.start, subject.end).filter(|p| p.full)?;
    // "One young ranger from Cape York said": a place, not a name.
    if follows_place_word(text, person.name.start) {
        return None;
    }
    let role_end = before_titles(text, subject.start, person.name.start);
    let role = role_in(text, subject.start, role_end).filter(|role| {
        role.of(text)
            .split(' ')
            .any(|word| is_role_word(word.trim_end_matches(['.', ','])))
    })?;
    Some(vec![Person {
        role: person.role.or(Some(role)),
        ..person
    }])
}

/// "CCAN director Shirin Akter called on …", "District fire chief NAME
/// described …": words holding a role's word, a name, and a lower-case
/// verb after it.
fn role_then_name_then_verb(text: &str, start: usize, end: usize) -> Option<Vec<Person>> {
    let mut at = start;
    for _ in 0..MOST_SUBJECT_WORDS {
        let space = text[at..end].find(' ')?;
        let word_start = at + space + 1;
        charge(space + 1);
        at = word_start;
        if text[start..word_start].contains(',') {
            return None;
        }
        if !text[word_start..end].starts_with(char::is_uppercase) {
            continue;
        }
        let Some(person) = person_at(text, word_start, end).filter(|person| person.full) else {
            continue;
        };
        // "NAME will describe", "NAME, who covers land disputes, will …"
        let rest = &text[person.name.end..end];
        // "a physician in Moose Jaw whose clinic …": a place, not a person.
        let verb_follows = !follows_place_word(text, word_start)
            && (rest.strip_prefix(' ').is_some_and(|rest| {
                let next = rest.split(' ').next().unwrap_or("");
                next.starts_with(char::is_lowercase)
                    && !SMALL_WORDS.contains(&next)
                    && !["whose", "where", "which"].contains(&next)
            }) || rest.starts_with(", who "));
        let role = role_in(text, start, word_start).filter(|role| {
            let words = role.of(text);
            words.split(' ').count() <= MOST_ROLE_WORDS
                && words
                    .split(' ')
                    .any(|word| is_role_word(word.trim_end_matches(['.', ','])))
        });
        return match role {
            Some(role) if verb_follows && person.role.is_none() => Some(vec![Person {
                role: Some(role),
                ..person
            }]),
            // "Committee Vice-Chairperson NAME said": the title read with
            // the name, and the body's words before it, are the role.
            Some(role) if verb_follows => Some(vec![Person {
                role: Some(TextRange::new(
                    role.start,
                    person.role.map_or(role.end, |own| own.end),
                )),
                ..person
            }]),
            _ => None,
        };
    }
    None
}

/// Verbs besides the speech verbs after which a surname alone is the
/// subject ("Al-Rashid closed the meeting").
const SUBJECT_VERBS: [&str; 8] = [
    "closed",
    "opened",
    "called",
    "presented",
    "described",
    "chaired",
    "thanked",
    "welcomed",
];

/// Small words after a name that are no verb ("Environmental Law at the
/// Institute").
const SMALL_WORDS: [&str; 12] = [
    "at", "of", "in", "on", "for", "from", "with", "to", "and", "the", "by", "or",
];

/// The most words before a sentence's speech verb read for its subject.
const MOST_SUBJECT_WORDS: usize = 16;

/// The most comma-separated pieces before a sentence's subject: an opening
/// clause and a role.
const MOST_OPENING_PIECES: usize = 2;

/// The people named at `start`, as a sentence's subject: "NAME, ROLE, …",
/// "NAME – ROLE – …", "NAME and NAME …", "NAME, ROLE, and NAME, ROLE, …",
/// "NAME, then …" or "NAME verb".
fn subject_people_at(text: &str, start: usize, end: usize) -> Option<Vec<Person>> {
    let mut people = Vec::new();
    let mut at = start;
    loop {
        // "Al-Rashid closed the meeting": a surname alone, as a sentence's
        // subject, names someone named before (or no one).
        let surname_subject = |person: &Person| {
            let verb = text[person.name.end..end]
                .strip_prefix(' ')
                .and_then(|rest| rest.split(' ').next())
                .unwrap_or("");
            at == start && (is_verb(verb) || SUBJECT_VERBS.contains(&verb))
        };
        let person =
            person_at(text, at, end).filter(|person| person.full || surname_subject(person))?;
        let name = person.name.of(text);
        // "NAME's report …" is about their work, not them speaking.
        if name.ends_with("'s") || name.ends_with("’s") {
            return None;
        }
        // "Stroke Futures chief executive NAME …": a body's name before a
        // role, not a person.
        let role_follows = text[person.name.end..end]
            .strip_prefix(' ')
            .and_then(|rest| rest.split(' ').next())
            .is_some_and(|next| next.starts_with(char::is_lowercase) && is_role_word(next));
        if role_follows {
            return None;
        }
        // "NAME, Ph.D., stressed": letters after the name are none of the role.
        let mut after = after_post_nominal(text, person.name.end).min(end);
        let mut found = person;
        // "Callum, 16, a member of the Youth Panel": an age, then the role.
        if let Some(age) = age_length(&text[after..end]) {
            after += age;
        }
        // "NAME of the Institute for X warned": the body is the role.
        // An office before the name says the role better ("Detective
        // Superintendent NAME of the Bureau").
        if let Some((body, body_end)) = of_body(text, after + 1, end) {
            if found.office.is_none() {
                found.role = found.role.or(Some(body));
            }
            after = body_end;
        }
        for (open, close) in [(", ", ", "), (" – ", " – "), (" — ", " — "), (" (", ")")] {
            let Some(rest) = text[after..end].strip_prefix(open) else {
                continue;
            };
            let rest_at = end - rest.len();
            let apposition = open != ", "
                || !rest.starts_with(|c: char| c.is_lowercase())
                || reads_as_role(text, rest_at, end)
                || lower_case_role(text, rest_at, end).is_some();
            let who = who_role(text, rest_at, end);
            if let Some(who) = who.filter(|_| !apposition) {
                // "NAME, who heads the unit,": an office before the name
                // says the role better ("Commissioner NAME, who leads …").
                found.role = person.role.or(Some(who));
                // The relative clause runs to its comma ("…, who heads the
                // unit and will open the day, warned").
                after = rest.find(", ").map_or(who.end, |comma| rest_at + comma + 1);
            } else if apposition {
                let mut role_end = rest.find(close).map(|at| rest_at + at)?;
                // "a teacher from Guiuan, Eastern Samar,": a place's region
                // goes on the role.
                if open == ", " {
                    role_end = place_goes_on(text, rest_at, role_end, end);
                    // "NAME, Director of the Department of Women, Family and
                    // Childhood, reviewed": the fields go on.
                    if let Some(fields) = text[role_end..end].strip_prefix(", ") {
                        let fields_at = end - fields.len();
                        if let Some(comma) = fields.find(", ") {
                            if is_listed_field(&fields[..comma]) {
                                role_end = fields_at + comma;
                            }
                        }
                    }
                }
                charge(role_end - after);
                found.role = role_in(text, rest_at, role_end).or(person.role);
                after = role_end + close.len() - 1;
                // "NAME (R-Grand Rapids), the committee's vice chair, …": the
                // party in brackets, then the role.
                if close == ")" {
                    after = role_end + 1;
                    if let Some(role) = text[after..end].strip_prefix(", ") {
                        let role_at = end - role.len();
                        if let Some(comma) = role.find(", ") {
                            if reads_as_role(text, role_at, role_at + comma) {
                                found.role = role_in(text, role_at, role_at + comma);
                                after = role_at + comma + 1;
                            }
                        }
                    }
                }
            } else {
                // "NAME, then …"
                after += 1;
            }
            break;
        }
        people.push(found);
        let rest = &text[after..end];
        match rest.strip_prefix(" and ") {
            Some(next) if people.len() < 2 => at = end - next.len(),
            _ => return Some(people),
        }
    }
}

/// Whether the word before `at` leads to a place ("in", "from"), so that
/// the capitalised words at `at` name one ("from Cape York").
fn follows_place_word(text: &str, at: usize) -> bool {
    text[..at]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|before| ["in", "at", "from", "of"].contains(&before))
}

/// The most words of a place at the end of a role.
const MOST_PLACE_WORDS: usize = 3;

/// Where a role that ends with a place ("… from Guiuan") ends when the
/// place's region follows between commas ("…, Eastern Samar,"): past the
/// region, else at `role_end`.
fn place_goes_on(text: &str, role_start: usize, role_end: usize, end: usize) -> usize {
    let role = &text[role_start..role_end];
    // "… in Kutaisi", "… in Lake Charles": a place of capitalised words
    // after the role's last link.
    let in_place = role
        .rsplit(' ')
        .take(MOST_PLACE_WORDS + 1)
        .skip(1)
        .position(|word| ["from", "in", "of"].contains(&word))
        .is_some_and(|link| {
            role.rsplit(' ')
                .take(link + 1)
                .all(|word| word.starts_with(char::is_uppercase))
        });
    if !in_place {
        return role_end;
    }
    let rest = &text[role_end + 2..end];
    let Some(region_length) = rest.find(", ") else {
        return role_end;
    };
    let region = &rest[..region_length];
    let is_region = region.split(' ').count() <= 3
        && region.split(' ').all(|word| {
            word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic)
        });
    if is_region {
        role_end + 2 + region_length
    } else {
        role_end
    }
}

/// The people named in `from..end` with a title or a role before the name,
/// or between commas after a role ("the Minister of Justice, NAME,").
fn others(text: &str, from: usize, end: usize) -> Vec<Person> {
    let mut found = Vec::new();
    let mut at = from;
    while at < end && found.len() < MOST_PEOPLE {
        let Some(space) = text[at..end].find(' ') else {
            break;
        };
        charge(space + 1);
        let word = at + space + 1;
        at = word;
        if !text[word..end].starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let Some(person) = person_at(text, word, end).filter(|person| person.full) else {
            continue;
        };
        // "chaired by NAME MP, the committee's chair": the mention runs on.
        let mut mention_end = after_post_nominal(text, person.name.end).min(end);
        // "NAME, 19, a youth advocate", "NAME (16), a member": an age
        // after the name.
        let age = age_length(&text[mention_end..end]);
        if let Some(age) = age {
            mention_end += age;
        }
        // "…, the College Principal, Dr NAME." closes its sentence.
        let closes_sentence = text[mention_end..end]
            .trim_end_matches(|c: char| c.is_whitespace() || ".;:".contains(c))
            .is_empty();
        let between_commas = text[..word].ends_with(", ")
            && (text[mention_end..end].starts_with(',') || closes_sentence);
        // "chaired by NAME, Director of …"
        let role_follows = text[mention_end..end]
            .strip_prefix(", ")
            .and_then(|rest| rest.split([' ', ',']).find(|word| !word.is_empty()))
            .is_some_and(|first| {
                // "NAME, National Co-ordinator of the Council,": a role's
                // word among the first few.
                let opens_role =
                    ["the", "a", "an"].contains(&first) || first.starts_with(char::is_uppercase);
                is_role_word(first)
                    || opens_role && {
                        let role = &text[mention_end + 2..end];
                        role.split([' ', ','])
                            .take(4)
                            .any(|word| is_role_word(word.trim_end_matches(['.', ';', ':'])))
                    }
            });
        // "chaired by retired High Court judge NAME": a role's word before it.
        let after_role_word = text[..word]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|before| before.starts_with(char::is_lowercase) && is_role_word(before));
        // "was Alasdair Munro, from Dundee, who …": a person's home town.
        let whence = text[mention_end..end]
            .strip_prefix(", from ")
            .is_some_and(|place| place.starts_with(char::is_uppercase));
        // "led by Paweł Kaczmarek, a Paralympic medallist who …": a person
        // described.
        let described = [", a ", ", an "]
            .iter()
            .any(|lead| text[mention_end..end].starts_with(lead));
        if person.introduced
            || between_commas
            || role_follows
            || age.is_some()
            || after_role_word
            || whence
            || described
        {
            at = person.name.end;
            // "Captain NAME, chairman of the Association": the office after
            // the name says more than a rank before it.
            let rank = person.role.filter(|role| is_rank(role.of(text)));
            let role = person
                .role
                .filter(|_| rank.is_none())
                .or_else(|| {
                    (role_follows || described)
                        .then(|| role_after_name(text, mention_end, end))
                        .flatten()
                })
                .or_else(|| {
                    between_commas
                        .then(|| role_before_comma(text, from, word.saturating_sub(2)))
                        .flatten()
                })
                .or_else(|| {
                    after_role_word
                        .then(|| lower_role_before(text, from, word))
                        .flatten()
                })
                .or(rank);
            // "NAME, Director of Kyma Maritime Cyber": the role after the
            // name names no one else ("Maritime Cyber").
            if let Some(role) = role.filter(|role| role.start >= person.name.end) {
                at = at.max(role.end);
            }
            found.push(Person { role, ..person });
        }
    }
    found
}

/// "by researcher NAME", "the president of ANPB, psychologist NAME": the
/// lower-case words of a role just before the name at `word`, or the role
/// before them between commas, which says more.
fn lower_role_before(text: &str, from: usize, word: usize) -> Option<TextRange> {
    let before = text.get(from..word)?.trim_end();
    // Back to a small word or a verb: "committee chair", not "by researcher".
    let words: Vec<&str> = before
        .rsplit(' ')
        .take(MOST_LOWER_ROLE_WORDS)
        .take_while(|word| {
            word.chars().all(|c| c.is_lowercase() || c == '-')
                && !SMALL_WORDS.contains(word)
                && !["while", "as", "an", "a"].contains(word)
                && !is_verb(word)
                && !word.ends_with("ed")
        })
        .collect();
    if !is_role_word(words.first()?) {
        return None;
    }
    let length: usize = words.iter().map(|word| word.len() + 1).sum::<usize>() - 1;
    let start = from + before.len() - length;
    let earlier = text[from..start]
        .strip_suffix(", ")
        .and_then(|_| role_before_comma(text, from, start - 2));
    earlier.or(Some(TextRange::new(start, from + before.len())))
}

/// The most lower-case words of a role before a name ("senior
/// researcher").
const MOST_LOWER_ROLE_WORDS: usize = 3;

/// The role that ends at the comma at `comma` ("thanked the Minister of
/// Labour, NAME,"): the capitalised words and the small words between
/// them before it, back to "the" or a lower-case word, no further than
/// `from`, when one of them names a function.
fn role_before_comma(text: &str, from: usize, comma: usize) -> Option<TextRange> {
    let before = text.get(from..comma)?;
    let mut start = before.len();
    let mut has_role_word = false;
    let words: Vec<&str> = before.rsplit(' ').collect();
    for (index, &word) in words.iter().enumerate() {
        charge(word.len() + 1);
        let capitalised = word.starts_with(|c: char| c.is_uppercase());
        // "by the Director General of the Police, Dr. NAME": "the" after
        // the role's "of", inside it.
        let inner_article = word == "the"
            && words
                .get(index + 1)
                .is_some_and(|before| ["of", "for"].contains(before))
            && words
                .get(index + 2)
                .is_some_and(|head| head.starts_with(char::is_uppercase));
        if !(capitalised || inner_article || ["of", "for", "on", "and"].contains(&word)) {
            break;
        }
        has_role_word |= is_role_word(word);
        // The word and the space before it; the first word has none.
        match start.checked_sub(word.len() + 1) {
            Some(earlier) => start = earlier,
            None => {
                start = 0;
                break;
            }
        }
    }
    let role_start = if start == 0 && !before.starts_with(' ') {
        from
    } else {
        from + start + 1
    };
    let role = role_in(text, role_start.min(comma), comma);
    match role {
        Some(role) if has_role_word && role.of(text).starts_with(char::is_uppercase) => Some(role),
        _ => role_between_commas(text, from, comma),
    }
}

/// "…, the Special Rapporteur on the rights of displaced persons, NAME,":
/// the words since the comma before, when they open with "the" and a
/// role's word among their first few.
fn role_between_commas(text: &str, from: usize, comma: usize) -> Option<TextRange> {
    let piece_start = text[from..comma]
        .rfind(", ")
        .map_or(from, |at| from + at + 2);
    let piece = &text[piece_start..comma];
    charge(piece.len());
    let words: Vec<&str> = piece.split(' ').collect();
    let opens_role = starts_with_ci(piece, "the ")
        && words
            .iter()
            .skip(1)
            .take(4)
            .any(|word| word.starts_with(char::is_uppercase) && is_role_word(word));
    (opens_role && words.len() <= MOST_ROLE_WORDS)
        .then(|| role_in(text, piece_start, comma))
        .flatten()
}

/// Words that make a clause of the words before a name, not a role.
const CLAUSE_VERBS: [&str; 7] = ["will", "was", "were", "is", "are", "by", "has"];

/// The most words of a role between commas.
const MOST_ROLE_WORDS: usize = 14;

#[cfg(test)]
mod tests {
    use super::*;

    fn named(text: &str) -> Vec<Vec<(&str, Option<&str>)>> {
        mentions(text, &Ranges::default())
            .into_iter()
            .map(|mention| {
                mention
                    .people
                    .iter()
                    .map(|person| (person.name.of(text), person.role.map(|r| r.of(text))))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_person_known_by_where_they_come_from_or_a_description() {
        assert_eq!(
            named("Among the speakers was Alasdair Munro, from Dundee, who sits on a panel."),
            [[("Alasdair Munro", None)]]
        );
        assert_eq!(
            named("Sessions will be led by Paweł Kaczmarek, a medallist in fencing."),
            [[("Paweł Kaczmarek", Some("a medallist in fencing"))]]
        );
    }

    #[test]
    fn a_place_after_a_role_names_no_one() {
        assert!(
            named("One young ranger from Cape York said the training helped.")
                .iter()
                .all(|people| people.is_empty())
        );
        assert_eq!(
            named("Among the panellists is Dr. Lena Kowalczyk, a physician in Moose Jaw whose clinic was hit."),
            [[("Lena Kowalczyk", Some("a physician in Moose Jaw whose clinic was hit"))]]
        );
    }

    #[test]
    fn a_role_just_before_a_name_in_the_sentence() {
        assert_eq!(
            named("The day opened with a devotion led by Reverend Faleolo Tuilagi, followed by remarks from the College Principal, Dr Lagi Sapolu."),
            [[("Lagi Sapolu", Some("College Principal"))]]
        );
        assert_eq!(
            named("A survey was presented at the meeting by researcher Johan Ekdahl."),
            [[("Johan Ekdahl", Some("researcher"))]]
        );
        assert_eq!(
            named("Opening the hearing, committee chair Ilse Berg said it was late."),
            [[("Ilse Berg", Some("committee chair"))]]
        );
    }

    #[test]
    fn subjects_and_people_introduced_in_the_sentence() {
        assert_eq!(
            named("Vera Holm, Chair of the Board, opened the forum."),
            [[("Vera Holm", Some("Chair of the Board"))]]
        );
        assert_eq!(
            named("Speaking for the Ministry, Ivo Petrov said that funds were short."),
            [[("Ivo Petrov", None)]]
        );
        assert_eq!(
            named("The Director-General, Ana Sousa, then closed the session."),
            [[("Ana Sousa", Some("Director-General"))]]
        );
        assert_eq!(
            named("Vera Holm thanked the Minister of Labour, Ivo Petrov, for his help."),
            [[
                ("Vera Holm", None),
                ("Ivo Petrov", Some("Minister of Labour"))
            ]]
        );
        assert_eq!(
            role_before_comma("Minister of Labour, Ivo", 0, 18)
                .map(|r| r.of("Minister of Labour, Ivo")),
            Some("Minister of Labour")
        );
        assert_eq!(role_before_comma("x, Ivo", 2, 1), None);
        assert_eq!(
            named("States must act, the UN Special Rapporteur on the rights of displaced persons, Ana Reyes, said today."),
            [[("Ana Reyes", Some("UN Special Rapporteur on the rights of displaced persons"))]]
        );
        assert_eq!(
            named("The forum was opened by Dr Ana Sousa."),
            [[("Ana Sousa", None)]]
        );
        assert!(named("The Geneva Water Week opened today.").is_empty());
        assert_eq!(
            named("The hearing was chaired by Jo Farrugia MP, the committee's chairman."),
            [[("Jo Farrugia", Some("committee's chairman"))]]
        );
        assert_eq!(
            named("The panel was chaired by Ana Sousa, head of the Lisbon Bar."),
            [[("Ana Sousa", Some("head of the Lisbon Bar"))]]
        );
        assert!(named("The meeting is funded by South Africa.").is_empty());
        // "NAME, of BODY, said": the body alone is the role.
        assert_eq!(
            named("Judge Lena Marsh, of the Northern Appeals Court, said the rule held."),
            [[("Lena Marsh", Some("of the Northern Appeals Court"))]]
        );
    }

    #[test]
    fn a_party_in_brackets_then_the_role() {
        assert_eq!(
            named("Rep. Martin Kowal (R-Grand Rapids), the committee's vice chair, said the hearing mattered."),
            [[("Martin Kowal", Some("committee's vice chair"))]]
        );
    }

    #[test]
    fn someone_unnamed_and_someone_aged() {
        assert_eq!(
            named("The voice most heard was that of Tiwonge Phiri, 19, a youth advocate with the Network."),
            [[("Tiwonge Phiri", Some("a youth advocate with the Network"))]]
        );
        assert!(opens_with_someone_unnamed(
            "One mother, whose son was exploited, spoke."
        ));
        assert!(!opens_with_someone_unnamed("One year later, Ana spoke."));
    }

    #[test]
    fn a_place_and_its_region_stay_in_the_role() {
        assert_eq!(
            named("Arnel Cruz, a teacher from Guiuan, Eastern Samar, described the storm."),
            [[("Arnel Cruz", Some("a teacher from Guiuan, Eastern Samar"))]]
        );
    }

    #[test]
    fn roles_given_where_the_person_is_introduced() {
        assert_eq!(
            named("The conference was opened by the Director General of the Police, Dr. Tomaž Kranjc, who said it."),
            [[("Tomaž Kranjc", Some("Director General of the Police"))]]
        );
        assert_eq!(
            named("Opening the summit, the President of the Court, Justice Ama Owusu, recalled the year."),
            [[("Ama Owusu", Some("President of the Court"))]]
        );
        assert_eq!(
            named("Senior public health officer Kiran Adhikari, of the District, said stocks were short."),
            [[("Kiran Adhikari", Some("Senior public health officer"))]]
        );
        assert_eq!(
            named(
                "It was given by Sofia Marchetti, Professor of Environmental Law at the Institute."
            ),
            [[(
                "Sofia Marchetti",
                Some("Professor of Environmental Law at the Institute")
            )]]
        );
        assert_eq!(
            named("CCAN director Shirin Akter called on the government to act."),
            [[("Shirin Akter", Some("CCAN director"))]]
        );
        assert_eq!(
            named("Committee vice chair Sen. Ramon Aguilar pressed the companies."),
            [[("Ramon Aguilar", Some("Committee vice chair"))]]
        );
        assert_eq!(
            named("Carers’ Voice North chief executive Rachel Holroyd said the plan was late."),
            [[(
                "Rachel Holroyd",
                Some("Carers’ Voice North chief executive")
            )]]
        );
        assert_eq!(
            named("The rapporteur, Deputy Rui Nhaca of Mozambique, presented his report."),
            [[("Rui Nhaca", Some("rapporteur"))]]
        );
        assert_eq!(
            named("The Ambassador of Portugal, Rui Alves, recalled his first visit."),
            [[("Rui Alves", Some("Ambassador of Portugal"))]]
        );
        assert_eq!(
            named("At the closing panel, Ines Dorn, editor of the Tallinn daily Uus Päev, spoke."),
            [[("Ines Dorn", Some("editor of the Tallinn daily Uus Päev"))]]
        );
        assert_eq!(
            named("Ines Dorn, the Agency's Chief Counsel, opened the meeting."),
            [[("Ines Dorn", Some("Agency's Chief Counsel"))]]
        );
    }
}
