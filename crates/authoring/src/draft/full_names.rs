//! A body named by its kind alone ("the Association", "the Institute")
//! after the release has given its full name ("the Pan-African Judges'
//! Association"): the full name, where it stands first.

use super::focus::EVENT_NOUNS;
use super::paragraphs::find_all;
use super::role_words::is_body_word;
use super::span::{Paragraph, Span, TextRange};
use super::work::charge;

/// Small words inside a body's name ("Office on Drugs and Crime").
const NAME_LINKS: [&str; 5] = ["of", "for", "on", "the", "de"];

/// Words for people that stand before a body's name ("Members of …").
const PEOPLE_OF: [&str; 4] = ["Members", "Delegates", "Representatives", "Staff"];

/// The most words of a body's full name read back from its kind.
const MOST_NAME_WORDS: usize = 12;

/// The full name of the body `found` names by its kind alone, from the
/// paragraphs before it or its own paragraph before it; `found` itself when
/// it is no kind alone or no full name precedes it.
pub(crate) fn in_full(paragraphs: &[String], found: Span) -> Span {
    let Some(text) = found.paragraph.of(paragraphs) else {
        return found;
    };
    let written = &text[found.start..found.end];
    let kind = written
        .strip_prefix("the ")
        .or_else(|| written.strip_prefix("The "))
        .unwrap_or(written);
    // "the unit will host …": the kind in lower case names the body as
    // well, as its capitalised full name does.
    let capitalised = capitalise(kind);
    let kind = capitalised.as_str();
    if kind.contains(' ') || !is_body_word(kind) {
        return found;
    }
    for (para, text) in Paragraph::numbered(paragraphs).take(found.paragraph.number()) {
        let end = if para == found.paragraph {
            found.start
        } else {
            text.len()
        };
        let lower_kind = kind.to_lowercase();
        for at in find_all(&text[..end], &lower_kind) {
            if !text[at..].starts_with(kind) {
                continue;
            }
            // "European Agency for Rights and Equality": words before the
            // kind, after it, or both.
            let before = name_ending_at(text, at, at + kind.len());
            let after = name_starting_at(text, at, at + kind.len());
            let named = match (before, after) {
                (Some(before), Some(after)) => Some(TextRange::new(before.start, after.end)),
                (before, after) => before.or(after),
            };
            if let Some(name) = named {
                return name.in_paragraph(para);
            }
        }
    }
    found
}

/// `word` with its first letter in upper case.
pub(crate) fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// Whether `written` is a body's kind alone in lower case ("the unit", "the
/// club"), which names a body only where the release has named it in full.
pub(crate) fn is_lower_kind_alone(written: &str) -> bool {
    let kind = written
        .strip_prefix("the ")
        .or_else(|| written.strip_prefix("The "))
        .unwrap_or(written);
    kind.starts_with(char::is_lowercase) && !kind.contains(' ') && is_body_word(&capitalise(kind))
}

/// The capitalised words, with the small words between them, that end with
/// the word at `kind_start..kind_end`: two words at least.
fn name_ending_at(text: &str, kind_start: usize, kind_end: usize) -> Option<TextRange> {
    // The kind must be a whole word.
    let after = text[kind_end..].chars().next();
    if after.is_some_and(char::is_alphanumeric) {
        return None;
    }
    let mut start = kind_start;
    let mut capitalised_start = kind_start;
    let mut words = 1;
    let mut before = &text[..kind_start];
    while words < MOST_NAME_WORDS {
        let Some(rest) = before.strip_suffix(' ') else {
            break;
        };
        let word_start = rest.rfind(' ').map_or(0, |at| at + 1);
        let word = &rest[word_start..];
        charge(word.len() + 1);
        let capitalised = word.starts_with(char::is_uppercase)
            && word
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
        // "Relief and Recovery Fund": "and" between capitalised words.
        let joins = word == "and" && text[start..].starts_with(char::is_uppercase);
        // "Members of the Club": people of the body, not its name.
        let people = PEOPLE_OF.contains(&word);
        // "Austrian Veterinary Days of the Chamber": the body's event.
        let event_of = word == "of"
            && rest[..word_start]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|event| {
                    ["Day", "Days", "Week"].contains(&event)
                        || EVENT_NOUNS.contains(&event.to_lowercase().as_str())
                });
        if people || event_of || !(capitalised || joins || NAME_LINKS.contains(&word)) {
            break;
        }
        start = word_start;
        if capitalised {
            capitalised_start = word_start;
        }
        words += 1;
        before = &text[..word_start];
    }
    let first_word = &text[capitalised_start..];
    let opens_with_article = first_word.starts_with("The ");
    let name_start = if opens_with_article {
        capitalised_start + "The ".len()
    } else {
        capitalised_start
    };
    let named = text[name_start..kind_start].chars().any(char::is_uppercase);
    named.then_some(TextRange::new(name_start, kind_end))
}

/// "Province of Gelderland", "Institute for Water Law": the kind at
/// `kind_start..kind_end`, a small word and the capitalised words after it.
fn name_starting_at(text: &str, kind_start: usize, kind_end: usize) -> Option<TextRange> {
    let rest = &text[kind_end..];
    let link = ["of ", "for ", "on "].into_iter().find(|link| {
        rest.strip_prefix(' ')
            .is_some_and(|after| after.starts_with(link))
    })?;
    let mut end = kind_end + 1 + link.len();
    let mut kept = None;
    let mut words = text[end..].split(' ').take(MOST_NAME_WORDS).peekable();
    while let Some(word) = words.next() {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        let capitalised = bare.starts_with(char::is_uppercase);
        // "of Justice and Home Affairs", but not "of Gelderland and the Board".
        let joins = bare == "and"
            && words
                .peek()
                .is_some_and(|next| next.starts_with(char::is_uppercase));
        if !(capitalised || joins || NAME_LINKS.contains(&bare)) {
            break;
        }
        if capitalised {
            kept = Some(end + bare.len());
        }
        // A comma or a stop after the word ends the name.
        if bare.len() < word.len() {
            break;
        }
        end += word.len() + 1;
    }
    charge(end - kind_end);
    kept.map(|end| TextRange::new(kind_start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full(paragraphs: &[&str], paragraph: usize, written: &str) -> String {
        let paragraphs: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
        let para = Paragraph::numbered(&paragraphs)
            .nth(paragraph)
            .map(|(para, _)| para)
            .unwrap();
        let text = &paragraphs[paragraph];
        let start = text.rfind(written).unwrap();
        let span = TextRange::new(start, start + written.len()).in_paragraph(para);
        let found = in_full(&paragraphs, span);
        found.paragraph.of(&paragraphs).unwrap()[found.start..found.end].to_string()
    }

    #[test]
    fn a_body_named_after_its_event_takes_its_own_name() {
        assert_eq!(
            full(
                &[
                    "The three-day Fjord Veterinary Days of the Fjord Chamber of Veterinarians ended on Saturday.",
                    "The conference was organised by the Chamber."
                ],
                1,
                "Chamber"
            ),
            "Fjord Chamber of Veterinarians"
        );
    }

    #[test]
    fn a_body_named_by_its_kind_takes_its_full_name() {
        assert_eq!(
            full(
                &[
                    "The summit of the Pan-African Judges’ Association closed today.",
                    "It was convened by the Association jointly with the Judicial Service."
                ],
                1,
                "Association"
            ),
            "Pan-African Judges’ Association"
        );
        assert_eq!(
            full(
                &["The Children's Relief and Recovery Fund met. The Fund paid."],
                0,
                "Fund"
            ),
            "Children's Relief and Recovery Fund"
        );
    }

    #[test]
    fn a_kind_in_lower_case_takes_the_full_name_before_it() {
        assert_eq!(
            full(
                &["Members of Usk Valley Young Farmers' Club will meet on Saturday, when the club hosts a training day."],
                0,
                "club"
            ),
            "Usk Valley Young Farmers' Club"
        );
        assert!(is_lower_kind_alone("the unit"));
        assert!(!is_lower_kind_alone("the Unit"));
        assert!(!is_lower_kind_alone("the participants"));
    }

    #[test]
    fn a_full_name_may_follow_its_kind() {
        assert_eq!(
            full(
                &[
                    "The Province of Gelderland will host a conference.",
                    "It is organised by the Province jointly with the Water Board."
                ],
                1,
                "Province"
            ),
            "Province of Gelderland"
        );
    }

    #[test]
    fn a_full_name_around_its_kind() {
        assert_eq!(
            full(
                &["Judges met at the European Agency for Rights and Equality (EARE). It was convened by the Agency."],
                0,
                "Agency"
            ),
            "European Agency for Rights and Equality"
        );
    }

    #[test]
    fn a_full_name_or_a_kind_never_named_in_full_stays() {
        assert_eq!(
            full(&["The Fjord Institute met."], 0, "Fjord Institute"),
            "Fjord Institute"
        );
        assert_eq!(
            full(
                &["An institute met.", "The Institute paid."],
                1,
                "Institute"
            ),
            "Institute"
        );
        assert_eq!(
            full(&["The Ministry and the Institute met."], 0, "Institute"),
            "Institute"
        );
    }
}
