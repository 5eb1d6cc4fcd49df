//! The organiser a release's title names as its subject ("Ardmore School of
//! Nursing trains rural nurses in triage", "Kellbridge Council to host flood
//! forum"), found again in the release's paragraphs: read only where no
//! sentence of the release names an organiser.

use super::names::is_body_word;
use super::organiser_bodies::{reads_as_body, MOST_BODY_WORDS};
use super::organiser_subjects::earliest_lower;
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
