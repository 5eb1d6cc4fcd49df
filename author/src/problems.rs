//! What the validator says of the summary, and which of it the editor sees:
//! a field's problems show once the field has been touched (edited or left)
//! or drafted, so that an empty page does not greet the editor with every
//! blank it has.

use std::collections::{BTreeMap, BTreeSet};

use conference_summary::model::{Summary, ValidationError};

/// The validator's messages, by the JSON path of the field they are about.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Problems {
    /// Messages by path, e.g. `quotes[2].text`.
    pub by_path: BTreeMap<String, Vec<String>>,
    /// Every message, in document order.
    pub all: Vec<ValidationError>,
}

impl Problems {
    /// The messages about the field at `path`.
    pub fn at(&self, path: &str) -> &[String] {
        self.by_path
            .get(path)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }
}

/// The summary as `summary.json`, and what the validator says of it: the
/// crate's `parse_summary`, in the browser the same code the widget runs on
/// every summary it shows. Where that stops at the shape (a paragraph number
/// not set yet), the crate's `validate` adds what it finds in the fields
/// that have no message yet, so that the editor sees every problem at once.
pub fn check(summary: &Summary) -> (String, Problems) {
    let json = summary.to_json().to_pretty();
    let mut problems = Problems::default();
    if let Err(errors) = conference_summary::parse_summary(&json) {
        let mut all = errors;
        let more: Vec<ValidationError> = conference_summary::validate(summary)
            .into_iter()
            .filter(|error| !all.iter().any(|known| known.path == error.path))
            .collect();
        all.extend(more);
        // In document order: where each message's top-level field stands
        // in the JSON text, which writes the fields in the format's order.
        all.sort_by_key(|error| {
            let top = error.path.split(['.', '[']).next().unwrap_or_default();
            json.find(&format!("\n  \"{top}\":")).unwrap_or(usize::MAX)
        });
        for error in &all {
            problems
                .by_path
                .entry(error.path.clone())
                .or_default()
                .push(error.message.clone());
        }
        problems.all = all;
    }
    (json + "\n", problems)
}

impl Problems {
    /// The problems about fields `reached` says the editor has reached, in
    /// the same order.
    pub fn shown(&self, reached: impl Fn(&str) -> bool) -> Problems {
        let all: Vec<ValidationError> = self
            .all
            .iter()
            .filter(|error| reached(&error.path))
            .cloned()
            .collect();
        let mut by_path: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for error in &all {
            by_path
                .entry(error.path.clone())
                .or_default()
                .push(error.message.clone());
        }
        Problems { by_path, all }
    }
}

/// Whether the problem at `path` concerns a field the editor has touched:
/// the field itself, a part of it (`speakers[0].name` of `speakers[0]`), or
/// what holds it (the item `speakers[0]` when its name was touched).
pub fn concerns_touched(touched: &BTreeSet<String>, path: &str) -> bool {
    touched
        .iter()
        .any(|field| within(path, field) || within(field, path))
}

/// Whether `path` is `outer` or a part of it.
fn within(path: &str, outer: &str) -> bool {
    path.strip_prefix(outer)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use conference_summary::model::FormatValue;

    fn touched(paths: &[&str]) -> BTreeSet<String> {
        paths.iter().map(|path| path.to_string()).collect()
    }

    #[test]
    fn a_problem_shows_for_the_field_touched_its_parts_and_what_holds_it() {
        let set = touched(&["speakers[0].name", "headline"]);
        assert!(concerns_touched(&set, "headline"));
        assert!(concerns_touched(&set, "speakers[0].name"));
        assert!(concerns_touched(&set, "speakers[0]"));
        assert!(concerns_touched(&set, "speakers"));
        assert!(!concerns_touched(&set, "speakers[0].role"));
        assert!(!concerns_touched(&set, "speakers[1]"));
        assert!(!concerns_touched(&set, "headlines"));
        assert!(!concerns_touched(&set, "lang"));
    }

    #[test]
    fn an_empty_page_has_problems_but_none_of_them_shows_until_touched() {
        let (_, problems) = check(&Summary::blank());
        assert!(!problems.all.is_empty());
        let none = BTreeSet::new();
        assert!(problems
            .shown(|path| concerns_touched(&none, path))
            .all
            .is_empty());
        let headline = touched(&["headline"]);
        let shown = problems.shown(|path| concerns_touched(&headline, path));
        assert!(!shown.all.is_empty());
        assert!(shown.all.iter().all(|error| error.path == "headline"));
        assert_eq!(shown.at("headline").len(), shown.all.len());
    }
}
