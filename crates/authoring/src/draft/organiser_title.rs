//! The organiser as a last resort, read only where no sentence of the
//! release names one: the subject of its title ("Ardmore School of Nursing
//! trains rural nurses in triage", "Kellbridge Council to host flood
//! forum"), found again in the release's paragraphs; else the body that
//! opens the release in a sentence about the event ("The Association of
//! Women Pilots has called for …, as it ended a two-day workshop").

use super::focus::EVENT_NOUNS;
use super::organiser_bodies::{reads_as_body, subject_body, MOST_BODY_WORDS};
use super::organiser_names::{starts_name, NAME_LINKS};
use super::organiser_subjects::earliest_lower;
use super::paragraphs::{find_all, sentences};
use super::role_words::is_body_word;
use super::span::{Paragraph, Span, TextRange};

/// Verbs by which a title's subject runs the event or the gathering the
/// release is about.
const TITLE_VERBS: [&str; 26] = [
    " trains ",
    " to train ",
    " hosts ",
    " to host ",
    " holds ",
    " to hold ",
    " convenes ",
    " to convene ",
    " gathers ",
    " to gather ",
    " brings together ",
    " to bring together ",
    " opens ",
    " to open ",
    " launches ",
    " to launch ",
    " welcomes ",
    " to welcome ",
    " invites ",
    " organises ",
    " organizes ",
    " to organise ",
    " to organize ",
    " runs ",
    " stages ",
    " to stage ",
];

/// The body that `title` names as the subject of a verb that runs an event,
/// where a paragraph names it too: its first mention there.
pub(crate) fn from_title(title: &str, paragraphs: &[String]) -> Option<Span> {
    let verb = earliest_lower(title, &TITLE_VERBS)?;
    let subject = title[..verb.start].trim();
    let subject = subject.strip_prefix("The ").unwrap_or(subject);
    // "Nurses Trained …" is no body: a body's word or an acronym names one.
    let names_body = subject.split(' ').any(|word| {
        is_body_word(word) || (word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase()))
    });
    if !names_body || !reads_as_body(subject) || subject.split(' ').count() > MOST_BODY_WORDS {
        return None;
    }
    Paragraph::numbered(paragraphs).find_map(|(para, text)| {
        text.find(subject)
            .map(|at| TextRange::new(at, at + subject.len()).in_paragraph(para))
    })
}

/// Stems of verbs whose subject pays for, joins or reports on an event.
const NOT_ORGANISING: [&str; 12] = [
    "fund",
    "financ",
    "support",
    "sponsor",
    "attend",
    "participat",
    "took",
    "take",
    "join",
    "welcom",
    "praised",
    "commend",
];

/// The body that opens the first paragraph's first sentence after `from`
/// (past the dateline) as its subject, when the sentence names the event:
/// a release is most often its organiser's own.
pub(crate) fn from_opening_subject(paragraphs: &[String], from: usize) -> Option<Span> {
    let text = paragraphs.first()?;
    let sentence = sentences(text.get(from..)?).into_iter().next()?;
    let (start, end) = (from + sentence.start, from + sentence.end);
    let lower = text[start..end].to_ascii_lowercase();
    // "The three-day Austrian Veterinary Days of the Chamber ended": a
    // named Days or Week is an event too.
    let named_days = text[start..end]
        .split(' ')
        .any(|word| ["Day", "Days", "Week"].contains(&word));
    if !named_days
        && !EVENT_NOUNS
            .iter()
            .any(|noun| !find_all(&lower, noun).is_empty())
    {
        return None;
    }
    // The name: capitalised words and the small words that link them
    // ("The Association of Women Pilots (AWP)"), up to the first other word.
    let mut name_end = start;
    let mut at = start;
    for word in text[start..end].split(' ') {
        let bare = word.trim_end_matches([',', ')']);
        // "The three-day Austrian Veterinary Days": the event's length.
        let length = bare.ends_with("-day") && text[start..at].trim().split(' ').count() == 1;
        if !(starts_name(word)
            || NAME_LINKS.contains(&bare)
            || (at == start && bare == "the")
            || length)
        {
            break;
        }
        at += word.len() + 1;
        name_end = at - 1;
    }
    if !text[start..name_end].split(' ').any(is_body_word) {
        return None;
    }
    // "The Fund has financed a workshop", "The Bar attended a forum": a
    // funder or a guest, not the organiser.
    let verb = text[name_end..end]
        .split([' ', ','])
        .find(|word| {
            !word.is_empty() && !["has", "have", "will", "today", "yesterday"].contains(word)
        })
        .unwrap_or("");
    if NOT_ORGANISING.iter().any(|stem| verb.starts_with(stem)) {
        return None;
    }
    let range = subject_body(text, start, name_end)?;
    Some(range.in_paragraph(Paragraph::FIRST))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn organiser(title: &str, paragraph: &str) -> Option<String> {
        let paragraphs = vec![paragraph.to_string()];
        from_title(title, &paragraphs).map(|span| paragraph[span.start..span.end].to_string())
    }

    #[test]
    fn the_titles_subject_found_again_in_the_release() {
        assert_eq!(
            organiser(
                "Ardmore School of Nursing trains rural nurses in triage",
                "Forty nurses began a course today at the Ardmore School of Nursing.",
            )
            .as_deref(),
            Some("Ardmore School of Nursing")
        );
        assert_eq!(
            organiser(
                "Kellbridge Council to host flood forum",
                "Residents will meet at the town hall, where Kellbridge Council has invited experts.",
            )
            .as_deref(),
            Some("Kellbridge Council")
        );
    }

    fn opening(paragraph: &str) -> Option<String> {
        let paragraphs = vec![paragraph.to_string()];
        from_opening_subject(&paragraphs, 0).map(|span| paragraph[span.start..span.end].to_string())
    }

    #[test]
    fn the_body_that_opens_a_sentence_about_the_event() {
        assert_eq!(
            opening("The Association of Harbour Pilots (AHP) has urged ports to act, as it ended a two-day workshop in Bergen.").as_deref(),
            Some("The Association of Harbour Pilots (AHP)")
        );
        assert_eq!(
            opening("The three-day Fjord Veterinary Days of the Fjord Chamber of Veterinarians ended on Saturday in Bergen.").as_deref(),
            Some("the Fjord Chamber of Veterinarians")
        );
        // "The II Regular Session of X": the body whose numbered event it is.
        assert_eq!(
            opening("The II Regular Session of the Nordic Parliamentary Forum on Migration (NPFM) concluded today in Oslo.").as_deref(),
            Some("the Nordic Parliamentary Forum on Migration (NPFM)")
        );
        // No event in the sentence, no body, or a body that pays or attends.
        assert_eq!(
            opening("The Association of Harbour Pilots has urged ports to act."),
            None
        );
        assert_eq!(
            opening("Harbour pilots ended a two-day workshop in Bergen."),
            None
        );
        assert_eq!(
            opening("The Tide Fund has financed a two-day workshop in Bergen."),
            None
        );
        assert_eq!(
            opening("The Pilots' Union attended a two-day workshop in Bergen."),
            None
        );
    }

    #[test]
    fn no_body_no_verb_or_no_mention_gives_nothing() {
        // People, not a body.
        assert_eq!(
            organiser("Nurses Trained In Triage", "Nurses trained in triage."),
            None
        );
        // A title that reports, not one that runs an event.
        assert_eq!(
            organiser(
                "Ministry warns of heat risk",
                "The Ministry warned of heat risk."
            ),
            None
        );
        // The body named in the title only.
        assert_eq!(
            organiser(
                "Harbour Trust hosts safety day",
                "A safety day took place on the quay."
            ),
            None
        );
    }
}
