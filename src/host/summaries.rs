//! Summary JSON into summaries, for the element and the component alike:
//! parsed and checked once per page (fifty widgets showing the built-in
//! summary, or the same `src`, share one [`Summary`]), and a text that is
//! not a summary turned into what the reader is told ([`Failure`]).

use std::cell::RefCell;
use std::rc::Rc;

use super::console_warn;
use crate::model::{
    document_too_large, parse_json, parse_summary_noting_ignored_with, Json, JsonError, Summary,
    ValidationError, DEFAULT_SUMMARY_JSON,
};
use crate::platform::words_of;
use crate::view::{Failure, FailureReason};

/// A parsed summary, or why the text is not one.
pub(crate) type Parsed = Result<Rc<Summary>, Failure>;

/// Parses and validates summary JSON: size, JSON, shape and meaning, every
/// problem with its path (at most [`MAX_PROBLEMS`](crate::model::MAX_PROBLEMS),
/// then how many more), as the `validate` command reports them: the model's
/// own JSON reader on every target; in the browser `Intl.Segmenter` splits
/// the words, natively Rust's Unicode tables.
///
/// ```no_run
/// # fn main() {
/// let json = r#"{ "format": "1.0", "lang": "en" }"#;
/// match conference_summary::parse_summary(json) {
///     Ok(summary) => println!("{}", summary.headline),
///     Err(errors) => errors.iter().for_each(|error| eprintln!("{error}")),
/// }
/// # }
/// ```
pub fn parse_summary(json: &str) -> Result<Summary, Vec<ValidationError>> {
    parse_summary_noting_ignored_with(json, words_of).map(|(summary, _)| summary)
}

/// How many distinct texts the page keeps parsed: a page shows a handful
/// of summaries at most, and a text held here is held twice.
const KEPT: usize = 4;

thread_local! {
    /// The texts parsed last, newest at the end, with what they gave.
    static PARSED: RefCell<Vec<(Rc<str>, Parsed)>> = const { RefCell::new(Vec::new()) };
}

/// [`parse_summary`] for a widget: what the page already made of the same
/// text, else the text parsed, with the fields a newer minor version of the
/// format adds (shown without them) warned about once.
pub(crate) fn parsed(json: &str) -> Parsed {
    let known = PARSED.with(|parsed| {
        parsed
            .borrow()
            .iter()
            .find(|(text, _)| **text == *json)
            .map(|(_, result)| result.clone())
    });
    if let Some(result) = known {
        return result;
    }
    let result = parse_afresh(json);
    // A text refused for its size is refused again at no cost, and kept
    // here it would hold its megabytes and push out a summary in use.
    if !matches!(&result, Err(failure) if failure.reason == FailureReason::TooLarge) {
        PARSED.with(|parsed| {
            let mut parsed = parsed.borrow_mut();
            if parsed.len() == KEPT {
                let _oldest = parsed.remove(0);
            }
            parsed.push((Rc::from(json), result.clone()));
        });
    }
    result
}

/// The built-in summary, parsed once per page, and without the check of
/// its shape and words that the project's tests make
/// (`Summary::from_checked_json`).
pub(crate) fn built_in() -> Parsed {
    thread_local! {
        static BUILT_IN: Parsed = read_json(DEFAULT_SUMMARY_JSON)
            .map(|document| Rc::new(Summary::from_checked_json(&document)));
    }
    BUILT_IN.with(Clone::clone)
}

fn parse_afresh(json: &str) -> Parsed {
    let document = read_json(json)?;
    let (summary, ignored) = Summary::from_json_noting_ignored_with(&document, words_of)
        .map_err(|errors| Failure::invalid_summary(&errors))?;
    // Capped by the model, as the error list is: one warning per field, at
    // most MAX_PROBLEMS of them, then how many more.
    for field in ignored {
        console_warn(&field.to_string());
    }
    Ok(Rc::new(summary))
}

/// The tree of JSON text, its size checked first, or why the widget cannot
/// show it.
fn read_json(json: &str) -> Result<Json, Failure> {
    let (reason, detail) = if let Some(error) = document_too_large(json.len()) {
        (FailureReason::TooLarge, error.to_string())
    } else {
        match parse_json(json) {
            Ok(document) => return Ok(document),
            // Text that is not JSON has no path to point at (its message
            // gives the line and column): it stands alone, after whatever
            // names the text.
            Err(problem @ JsonError::Syntax(_)) => (
                FailureReason::InvalidJson,
                ValidationError::from(problem).message,
            ),
            Err(problem) => (
                FailureReason::InvalidSummary,
                ValidationError::from(problem).to_string(),
            ),
        }
    };
    Err(Failure {
        reason,
        details: vec![detail].into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(json: &str) -> Failure {
        match parsed(json) {
            Ok(_) => panic!("{json:?} is not a summary"),
            Err(failure) => failure,
        }
    }

    #[test]
    fn text_the_model_cannot_read_is_told_by_what_is_wrong_with_it() {
        let large = format!("{{}}{}", " ".repeat(crate::model::MAX_DOCUMENT_BYTES));
        let cases = [
            (
                "{ \"format\": ",
                FailureReason::InvalidJson,
                "not valid JSON: ",
            ),
            (
                large.as_str(),
                FailureReason::TooLarge,
                "summary: expected at most",
            ),
        ];
        for (json, reason, detail) in cases {
            let failure = failure(json);
            assert_eq!(failure.reason, reason);
            assert_eq!(failure.details.len(), 1, "{failure:?}");
            assert!(failure.details[0].starts_with(detail), "{failure:?}");
        }
    }

    #[test]
    fn json_that_breaks_the_format_lists_every_problem() {
        let failure = failure("{ \"format\": \"1.0\" }");
        assert_eq!(failure.reason, FailureReason::InvalidSummary);
        assert!(failure.details.len() > 1, "{failure:?}");
    }

    /// What the error box, the error event and the console show: at most
    /// `MAX_PROBLEMS` problems and a count of the rest.
    #[test]
    fn a_huge_number_of_problems_is_capped() {
        use crate::model::MAX_PROBLEMS;
        let keys: String = (0..80_000)
            .map(|index| format!("\"k{index}\":0,"))
            .collect();
        let failure = failure(&format!(
            "{{{keys}{}",
            &DEFAULT_SUMMARY_JSON.trim_start()[1..]
        ));
        assert_eq!(failure.reason, FailureReason::InvalidSummary);
        assert_eq!(failure.details.len(), MAX_PROBLEMS + 1);
        assert_eq!(
            failure.details[MAX_PROBLEMS],
            format!("summary: … and {} more", 80_000 - MAX_PROBLEMS)
        );
    }

    #[test]
    fn a_text_refused_for_its_size_is_not_kept() {
        let Ok(kept) = parsed(DEFAULT_SUMMARY_JSON) else {
            panic!("the built-in summary is valid");
        };
        let limit = crate::model::MAX_DOCUMENT_BYTES;
        for padding in 1..=KEPT {
            let large = format!("{{}}{}", " ".repeat(limit + padding));
            assert_eq!(failure(&large).reason, FailureReason::TooLarge);
        }
        let longest =
            PARSED.with(|parsed| parsed.borrow().iter().map(|(text, _)| text.len()).max());
        assert!(longest.is_some_and(|bytes| bytes <= limit), "{longest:?}");
        let Ok(again) = parsed(DEFAULT_SUMMARY_JSON) else {
            panic!("the built-in summary is valid");
        };
        assert!(
            Rc::ptr_eq(&kept, &again),
            "the summary in use was pushed out"
        );
    }

    #[test]
    fn a_text_parsed_again_is_the_same_summary() {
        let (Ok(first), Ok(again)) = (parsed(DEFAULT_SUMMARY_JSON), parsed(DEFAULT_SUMMARY_JSON))
        else {
            panic!("the built-in summary is valid");
        };
        assert!(Rc::ptr_eq(&first, &again));
    }
}
