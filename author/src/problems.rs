//! What the validator says of the summary, and which of it the editor sees:
//! a field's problems show once the field has been touched (edited or left)
//! or drafted, so that an empty page does not greet the editor with every
//! blank it has.

use std::collections::{BTreeMap, BTreeSet};

use conference_summary::model::{parse_json, Summary, ValidationError};

/// The validator's messages, by the JSON path of the field they are about.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Problems {
    /// Messages by path, e.g. `quotes[2].text`.
    pub by_path: BTreeMap<String, Vec<String>>,
    /// Every message, in document order.
    pub all: Vec<ValidationError>,
}

impl Problems {
    /// The problems `all` lists, in that order.
    pub fn from_errors(all: Vec<ValidationError>) -> Problems {
        let mut by_path: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for error in &all {
            by_path
                .entry(error.path.clone())
                .or_default()
                .push(error.message.clone());
        }
        Problems { by_path, all }
    }

    /// The messages about the field at `path`.
    pub fn at(&self, path: &str) -> &[String] {
        self.by_path
            .get(path)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }
}

/// The summary as `summary.json`, and what the validator says of it.
pub fn check(summary: &Summary) -> (String, Problems) {
    let json = summary.to_json().to_pretty();
    let problems = problems_of(summary, &json);
    (json + "\n", problems)
}

/// What the validator says of `summary`, whose JSON text is `json`: the
/// crate's `parse_summary`, in the browser the same code the widget runs on
/// every summary it shows. Where that stops at the shape (a paragraph number
/// not set yet), the crate's `validate` adds what it finds in the fields
/// that have no message yet, so that the editor sees every problem at once.
pub fn problems_of(summary: &Summary, json: &str) -> Problems {
    let Err(mut all) = conference_summary::parse_summary(json) else {
        return Problems::default();
    };
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
    Problems::from_errors(all)
}

/// What the validator says of the summary whose JSON text is `json`, as the
/// worker checks it (worker.rs).
pub fn problems_of_json(json: &str) -> Problems {
    match parse_json(json) {
        Ok(document) => problems_of(&Summary::from_checked_json(&document), json),
        Err(error) => Problems::from_errors(vec![ValidationError::not_json(&error.to_string())]),
    }
}

impl Problems {
    /// The problems about fields `reached` says the editor has reached, in
    /// the same order.
    pub fn shown(&self, reached: impl Fn(&str) -> bool) -> Problems {
        Problems::from_errors(
            self.all
                .iter()
                .filter(|error| reached(&error.path))
                .cloned()
                .collect(),
        )
    }

    /// The problems as a message from the worker to the page: JSON text
    /// that [`Problems::from_message`] reads back.
    pub fn to_message(&self) -> String {
        let all: Vec<serde_json::Value> = self
            .all
            .iter()
            .map(|error| serde_json::json!({ "path": error.path, "message": error.message }))
            .collect();
        serde_json::Value::Array(all).to_string()
    }

    /// The problems [`Problems::to_message`] wrote; an error naming what is
    /// wrong with anything else.
    pub fn from_message(text: &str) -> Result<Problems, String> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|error| format!("problems message: {error}"))?;
        let list = value
            .as_array()
            .ok_or("problems message: not a list".to_string())?;
        let text_at = |item: &serde_json::Value, key: &str| {
            item.get(key)
                .and_then(serde_json::Value::as_str)
                .map(str::to_string)
                .ok_or(format!("problems message: no text at {key}"))
        };
        let all = list
            .iter()
            .map(|item| {
                Ok(ValidationError {
                    path: text_at(item, "path")?,
                    message: text_at(item, "message")?,
                })
            })
            .collect::<Result<_, String>>()?;
        Ok(Problems::from_errors(all))
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
    fn problems_read_back_from_their_message_and_from_the_json_alone() {
        let (json, problems) = check(&Summary::blank());
        assert_eq!(
            Problems::from_message(&problems.to_message()),
            Ok(problems.clone())
        );
        assert_eq!(problems_of_json(&json), problems);
        assert!(Problems::from_message("nonsense")
            .is_err_and(|error| error.starts_with("problems message: ")));
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
