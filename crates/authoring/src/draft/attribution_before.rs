//! Who said a passage that follows its attribution: the clause before its
//! colon or its "that" (`NAME, ROLE, told participants:`, `the Head of X,
//! NAME, said:`, `Speaking to the press, NAME noted:`, `She added:`,
//! `… heard from NAME, who said:`).

use super::attribution::{
    floor_boundary, is_pronoun, is_verb, pronoun, reads_as_role, role_in, Attribution,
    MOST_CLAUSE_BYTES, MOST_WORDS_AFTER_VERB,
};
use super::attribution_roles::lower_case_role;
use super::names::{person_at, Person};
use super::paragraphs::{starts_with_ci, trim};
use super::role_words::is_role_word;
use super::span::TextRange;
use super::titles::{is_title, POST_NOMINALS};
use super::work::charge;

/// Words that join a clause naming the speaker to the one before.
const CONJUNCTIONS: [&str; 6] = ["while ", "and ", "but ", "whereas ", "as ", "then "];

/// The most commas a role may hold before the name is found.
const MOST_ROLE_COMMAS: usize = 4;

/// The attribution in the clause `start..end` that a passage follows:
/// `NAME, ROLE, said`, `the Head of X, NAME, told participants`, `She
/// noted`, `NAME underlined that`. `end` is where the clause stops, before
/// its colon or its "that".
pub(crate) fn attribution_before(text: &str, start: usize, end: usize) -> Option<Attribution> {
    let window = floor_boundary(text, end.saturating_sub(MOST_CLAUSE_BYTES)).max(start);
    let clause = &text[window..end];
    charge(clause.len());
    // The verb: one of the clause's last few words.
    let mut word_starts: Vec<usize> = clause
        .rmatch_indices(' ')
        .take(MOST_WORDS_AFTER_VERB + 1)
        .map(|(at, _)| window + at + 1)
        .collect();
    if word_starts.len() <= MOST_WORDS_AFTER_VERB {
        word_starts.push(window);
    }
    let verb = word_starts.into_iter().find(|&word_start| {
        let word = text[word_start..end]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        is_verb(word)
    });
    let verb = verb?;
    let mut subject = trim(text, window, verb);
    // "committee chair NAME (EPP, BE) said": the party after the name.
    if subject.of(text).ends_with(')') {
        if let Some(open) = subject.of(text).rfind(" (") {
            subject.end = subject.start + open;
        }
    }
    let subject_end = subject.start + subject.of(text).trim_end_matches(',').trim_end().len();
    subject_attribution(text, subject.start, subject_end, subject.end)
}

/// The speaker in the subject `start..end` of a speech verb. `comma_end`
/// is past a comma that closes the subject, when there is one ("NAME,
/// ROLE, said").
fn subject_attribution(
    text: &str,
    start: usize,
    end: usize,
    comma_end: usize,
) -> Option<Attribution> {
    if start >= end {
        return None;
    }
    let subject = &text[start..end];
    // "Speaking after her, she said": the pronoun is the subject.
    let last_word_at = subject.rfind(' ').map_or(start, |at| start + at + 1);
    let last_word = &text[last_word_at..end];
    if is_pronoun(last_word) {
        let before = text[start..last_word_at].trim_end();
        if before.is_empty() || before.ends_with(',') {
            return Some(pronoun(last_word));
        }
        return None;
    }
    // "… heard from Jane Doe, who said:": the name just before "who".
    // "… Mr. NAME, president of the ATDDM, who declared that": the name
    // and its role before it.
    if let Some(before) = subject.strip_suffix(" who") {
        let before = before.trim_end_matches(',');
        let end = start + before.len();
        // "…, president of the ATDDM, who": a body's letters are no one.
        return trailing_person(text, start, end)
            .filter(|person| !is_acronym(person.name.of(text)))
            .or_else(|| person_of_body(text, start, end))
            .map(Attribution::Named)
            .or_else(|| {
                let comma = start + before.rfind(", ")?;
                let role = trim(text, comma + 1, end);
                if !reads_as_role(text, role.start, role.end) {
                    return None;
                }
                let person = trailing_person(text, start, comma).filter(|person| person.full)?;
                Some(Attribution::Named(Person {
                    role: person.role.or_else(|| role_in(text, role.start, role.end)),
                    ..person
                }))
            });
    }
    if comma_end > end {
        return comma_subject(text, start, end);
    }
    // "Carty said", but not "NAME from the University of Oslo said": a
    // single word after "of" or "from" ends a body's name.
    let after_link = |person: &Person| {
        let before = text[start..person.name.start].trim_end();
        ["of", "from", "at", "for", "in", "the"]
            .iter()
            .any(|link| before.ends_with(&format!(" {link}")) || before == *link)
    };
    // "NAME, President, IPCAI said": a body's letters are no one.
    if let Some(person) = trailing_person(text, start, end)
        .filter(|person| !after_link(person) && !is_acronym(person.name.of(text)))
    {
        return Some(Attribution::Named(person));
    }
    // "the Minister said".
    let head = text[start..end]
        .rsplit(',')
        .next()
        .map_or(start, |last| end - last.len());
    let head = trim(text, head, end);
    let words = head.of(text);
    if starts_with_ci(words, "the ") && words.split(' ').any(is_role_word) {
        return Some(Attribution::Role(head));
    }
    // "In her speech, Madam Minister recalled that": an honorific and a
    // role, as French houses address a minister.
    if let Some((title, role)) = words.split_once(' ') {
        let short = role.split(' ').count() <= MOST_ADDRESSED_ROLE_WORDS;
        if short && is_title(title) && role.split(' ').all(is_role_word) {
            return Some(Attribution::Role(TextRange::new(
                head.end - role.len(),
                head.end,
            )));
        }
    }
    // "NAME, President, IPCAI said", as South Asian houses write: the
    // role's pieces with no comma before the verb.
    let body_last = subject.rsplit_once(", ").is_some_and(|(_, last)| {
        last.split(' ').count() <= MOST_BODY_AFTER_ROLE_WORDS
            && last
                .split(' ')
                .all(|word| word.starts_with(|c: char| c.is_uppercase()))
    });
    if body_last {
        return comma_subject(text, start, end)
            .filter(|found| matches!(found, Attribution::Named(person) if person.role.is_some()));
    }
    None
}

/// The most words of a role addressed with an honorific ("Madam Minister").
const MOST_ADDRESSED_ROLE_WORDS: usize = 2;

/// Whether `name` is a body's letters ("RUSA", "IPCAI", "G20"), not a
/// person's.
fn is_acronym(name: &str) -> bool {
    name.len() >= 2 && name.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The most capitalised words of a body after a role and its comma before
/// the verb ("NAME, President, IPCAI said").
const MOST_BODY_AFTER_ROLE_WORDS: usize = 4;

/// The speaker of "NAME, ROLE," or "the ROLE, NAME," in `start..end` (the
/// comma after it left out).
fn comma_subject(text: &str, start: usize, end: usize) -> Option<Attribution> {
    // "NAME, Ph.D., stressed": the letters after the name are no piece.
    let mut end = end;
    while let Some(comma) = text[start..end].rfind(", ") {
        let last = &text[start + comma + 2..end];
        if !(POST_NOMINALS.contains(&last) || POST_NOMINALS.contains(&last.trim_end_matches('.'))) {
            break;
        }
        end = start + comma;
    }
    // The comma-separated pieces, last first.
    let mut pieces = Vec::new();
    let mut piece_end = end;
    for _ in 0..=MOST_ROLE_COMMAS {
        let piece_start = text[start..piece_end]
            .rfind(", ")
            .map_or(start, |at| start + at + 2);
        charge(piece_end - piece_start);
        pieces.push(TextRange::new(piece_start, piece_end));
        if piece_start == start {
            break;
        }
        piece_end = piece_start - 2;
    }
    // A surname alone ("Berg, who chairs the network,") names someone
    // known, or no one.
    // "…, while NAME, ROLE, added": a conjunction opens the piece.
    let whole_person = |piece: TextRange| {
        let start = CONJUNCTIONS
            .iter()
            .find(|conjunction| starts_with_ci(&text[piece.start..piece.end], conjunction))
            .map_or(piece.start, |conjunction| piece.start + conjunction.len());
        // "NAME, Chief Executive, RUSA, said": an acronym is a body, not a
        // surname.
        person_at(text, start, piece.end).filter(|person| {
            let name = person.name.of(text);
            person.name.end == piece.end && !is_acronym(name) && !is_role_word(name)
        })
    };
    // "NAME, ROLE OF BODY": a name an earlier piece gives wins over one
    // read out of the last piece's body ("Director of Childhood Not
    // Combat"); "… from Upper Nile, South Sudan": a place's region is no
    // one.
    let earlier_person = pieces
        .iter()
        .skip(1)
        .any(|&piece| whole_person(piece).is_some());
    let after_place = pieces.get(1).is_some_and(|before| {
        let words: Vec<&str> = before.of(text).rsplit(' ').take(3).collect();
        words
            .iter()
            .skip(1)
            .any(|word| ["from", "in", "of"].contains(word))
    });
    // "the Head of X, NAME,": the last piece is the name.
    if let Some(&last) = pieces.first() {
        if let Some(person) = whole_person(last)
            .filter(|person| !(earlier_person && person.role.is_some()))
            .filter(|_| !(earlier_person && after_place))
        {
            let role = pieces
                .get(1)
                .filter(|before| reads_as_role(text, before.start, before.end))
                .and_then(|before| role_in(text, before.start, before.end));
            return Some(Attribution::Named(Person {
                role: role.or(person.role),
                ..person
            }));
        }
    }
    // "NAME, ROLE, …,": an earlier piece is the name; the role runs to the end.
    pieces.iter().skip(1).find_map(|&piece| {
        let person = whole_person(piece)?;
        // "NAME, programme officer at X, said:": a role in lower case.
        let role = role_in(text, piece.end + 1, end)
            .filter(|_| reads_as_role(text, piece.end + 1, end))
            .or_else(|| lower_case_role(text, piece.end + 1, end));
        Some(Attribution::Named(Person {
            role: role.or(person.role),
            ..person
        }))
    })
}

/// "heard from NAME of the Example Forum": the person named before "of" or
/// "from" in the last words of `start..end`.
fn person_of_body(text: &str, start: usize, end: usize) -> Option<Person> {
    let window = floor_boundary(text, end.saturating_sub(MOST_CLAUSE_BYTES)).max(start);
    charge(end - window);
    [" of ", " from ", " at "]
        .iter()
        .filter_map(|link| Some(window + text[window..end].rfind(link)?))
        .max()
        .and_then(|link| trailing_person(text, window, link))
        .filter(|person| person.full)
}

/// The person whose name ends `start..end` of `text`, as long as it goes.
pub(crate) fn trailing_person(text: &str, start: usize, end: usize) -> Option<Person> {
    // A name and a role before it are at most MOST_WORDS words one space
    // apart: they start after one of the last spaces, or at `start`.
    const MOST_SPACES: usize = 12;
    let mut starts: Vec<usize> = text[start..end]
        .rmatch_indices(' ')
        .take(MOST_SPACES)
        .map(|(at, _)| start + at + 1)
        .collect();
    let scanned = starts.last().map_or(end - start, |&first| end - first);
    charge(scanned);
    if starts.len() < MOST_SPACES {
        starts.push(start);
    }
    starts
        .into_iter()
        .rev()
        .filter_map(|from| person_at(text, from, end))
        .find(|person| person.name.end == end)
}

#[cfg(test)]
mod tests {
    use super::super::attribution::tests::describe;
    use super::*;

    fn before(clause: &str) -> String {
        describe(
            clause,
            attribution_before(clause, 0, clause.len()).unwrap_or(Attribution::Unknown),
        )
    }

    #[test]
    fn attributions_before_a_passage() {
        assert_eq!(
            before("Ms Orla Brien, Chief Executive, RUSA, said"),
            "Orla Brien | Chief Executive, RUSA"
        );
        assert_eq!(
            before("Speaking on the occasion, CA. Rajiv Malhotra, President, IPCAI said"),
            "Rajiv Malhotra | President, IPCAI"
        );
        assert_eq!(
            before("Ms Nur Rahman, Senior Lecturer, School of Technology, MBP, who leads the course, added"),
            "Nur Rahman | Senior Lecturer, School of Technology, MBP, who leads the course"
        );
        assert_eq!(
            before("Elin Sandvik, Director of the Example Unit, told participants"),
            "Elin Sandvik | Director of the Example Unit"
        );
        assert_eq!(
            before(
                "Opening the session, the Head of the Example Unit, Dr Elin Sandvik, underlined"
            ),
            "Elin Sandvik | Head of the Example Unit"
        );
        assert_eq!(
            before("Opening the session, the Director of the Institute, JUDr. Pavel Hronek, Ph.D., stressed"),
            "Pavel Hronek | Director of the Institute"
        );
        assert_eq!(
            before("Speaking to the press, Rui Faria noted"),
            "Rui Faria"
        );
        assert_eq!(before("In her closing words, she emphasized"), "pronoun");
        assert_eq!(
            before("Minister of Labour Aino Kettu said in her address"),
            "Aino Kettu | Minister of Labour"
        );
        assert_eq!(before("The report said"), "unknown");
        assert_eq!(
            before("In her speech, Madam Minister recalled"),
            "role: Minister"
        );
        assert_eq!(
            before(", said Vera Holm, while Ivo Petrov, a judge, added"),
            "Ivo Petrov | a judge"
        );
        assert_eq!(
            before("Rui Faria, a judge at the Example Court, speaking for the panel, added"),
            "Rui Faria | a judge at the Example Court, speaking for the panel"
        );
    }
}
