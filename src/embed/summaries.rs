//! Summary JSON, parsed and checked once per page: fifty widgets showing the
//! built-in summary, or the same `src`, share one [`Summary`].

use std::cell::RefCell;
use std::rc::Rc;

use super::console_warn;
use crate::browser_json::{self, JsonProblem};
use crate::intl::words_of;
use crate::model::{ignored_fields, Json, Summary, DEFAULT_SUMMARY_JSON};
use crate::view::{Failure, FailureReason};

/// A parsed summary, or why the text is not one.
pub(crate) type Parsed = Result<Rc<Summary>, Failure>;

/// How many distinct texts the page keeps parsed: a page shows a handful
/// of summaries at most, and a text held here is held twice.
const KEPT: usize = 4;

thread_local! {
    /// The texts parsed last, newest at the end, with what they gave.
    static PARSED: RefCell<Vec<(Rc<str>, Parsed)>> = const { RefCell::new(Vec::new()) };
}

/// Parses and validates summary JSON, or returns what the page already
/// made of the same text.
pub(crate) fn parse_summary(json: &str) -> Parsed {
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
    PARSED.with(|parsed| {
        let mut parsed = parsed.borrow_mut();
        if parsed.len() == KEPT {
            let _oldest = parsed.remove(0);
        }
        parsed.push((Rc::from(json), result.clone()));
    });
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

/// The model checks size, shape and meaning, each problem with its path.
fn parse_afresh(json: &str) -> Parsed {
    let document = read_json(json)?;
    let summary = Summary::from_json_with(&document, words_of);
    if summary.is_ok() {
        // A newer minor version of the format may add fields: shown without
        // them, with a warning the first time the page reads the text.
        for field in ignored_fields(&document) {
            console_warn(&field.to_string());
        }
    }
    summary
        .map(Rc::new)
        .map_err(|errors| Failure::invalid_summary(&errors))
}

/// The tree of JSON text, or why the widget cannot show it.
fn read_json(json: &str) -> Result<Json, Failure> {
    let (reason, detail) = match browser_json::read_json(json) {
        Ok(document) => return Ok(document),
        Err(JsonProblem::TooLarge(error)) => (FailureReason::TooLarge, error.to_string()),
        Err(JsonProblem::Syntax(detail)) => (
            FailureReason::InvalidJson,
            format!("not valid JSON: {detail}"),
        ),
        Err(JsonProblem::Shape(message)) => {
            (FailureReason::InvalidSummary, format!("summary: {message}"))
        }
    };
    Err(Failure {
        reason,
        details: vec![detail].into(),
    })
}
