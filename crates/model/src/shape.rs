//! The shape of a summary document — which fields, of which types, within
//! which limits — as data, generated from the format's declaration
//! (`summary.rs`). [`check_shape`] checks a parsed document against it before
//! the [`Summary`] is read from it, so that every problem is reported at once
//! with its path; the tools crate writes the same description as the JSON
//! Schema in `assets/`.

use super::format::{format_version, read_format, FormatVersion};
use super::json::Json;
use super::problems::Problems;
use super::record::FormatValue;
use super::sorted::repeats;
use super::summary::Summary;
use super::text::quoted;
use super::work::tick;

/// The largest summary document accepted, in bytes.
pub const MAX_DOCUMENT_BYTES: usize = 1024 * 1024;
/// The most items a list may hold.
pub const MAX_ITEMS: usize = 500;
/// The most characters a string may hold.
pub const MAX_CHARS: usize = 20_000;

/// What a value must be.
#[derive(Debug)]
pub enum Shape {
    /// A string of at most [`MAX_CHARS`] characters.
    Text,
    /// A `YYYY-MM-DD` date (a string; the calendar is checked by validation).
    Date,
    /// An identifier: lower-case letters, digits and `-`.
    Id,
    /// A link: an `https:`, `http:` or `mailto:` URL.
    Url,
    /// A 1-based paragraph number of the source.
    Paragraph,
    /// One of these strings.
    OneOf(&'static [&'static str]),
    /// A format version, `MAJOR.MINOR`, of a major version this widget reads.
    Format,
    /// A list of at most [`MAX_ITEMS`] values of one shape.
    List(&'static Shape),
    /// An object with these fields and no others.
    Record(Record),
}

/// The fields of an object.
#[derive(Debug)]
pub struct Record {
    /// Name of its definition in the JSON Schema (feature `native`: the
    /// wasm carries no schema prose).
    #[cfg(feature = "native")]
    pub name: &'static str,
    /// The fields, in document order.
    pub fields: &'static [Field],
}

/// A field of a [`Record`].
#[derive(Debug)]
pub struct Field {
    /// The JSON key.
    pub name: &'static str,
    /// Whether the field must be present.
    pub required: bool,
    /// What its value must be.
    pub shape: &'static Shape,
    /// What it means, for the JSON Schema's descriptions (feature `native`).
    #[cfg(feature = "native")]
    pub about: &'static str,
}

/// An error found by [`check_shape`]: the path and what is wrong there.
pub type ShapeError = super::ValidationError;

/// Every way `document` departs from the summary format, in document order,
/// at most [`MAX_PROBLEMS`](crate::MAX_PROBLEMS) of them and then how many more.
pub fn check_shape(document: &Json) -> Vec<ShapeError> {
    shape_findings(document).0
}

/// The fields of `document` that this widget does not know and ignores,
/// because the document is written in a newer minor version of the format
/// (in any other document they are errors); capped as [`check_shape`]'s errors are.
pub fn ignored_fields(document: &Json) -> Vec<ShapeError> {
    shape_findings(document).1
}

/// [`check_shape`] and [`ignored_fields`] in one walk of the document.
pub(crate) fn shape_findings(document: &Json) -> (Vec<ShapeError>, Vec<ShapeError>) {
    let mut checker = ShapeChecker {
        errors: Problems::capped(),
        ignored: Problems::capped(),
        // Fields this widget does not know are errors unless the document
        // says it is written in a newer minor version.
        newer_minor: matches!(
            document.member("format"),
            Some(Json::String(format)) if read_format(format) == Ok(FormatVersion::NewerMinor)
        ),
    };
    checker.check(document, Summary::SHAPE, "");
    (checker.errors.into_vec(), checker.ignored.into_vec())
}

struct ShapeChecker {
    errors: Problems,
    ignored: Problems,
    newer_minor: bool,
}

impl ShapeChecker {
    fn report(&mut self, path: &str, message: String) {
        self.errors.push(error_at(path, message));
    }

    fn check(&mut self, value: &Json, shape: &Shape, path: &str) {
        tick();
        match (shape, value) {
            (Shape::Text | Shape::Date | Shape::Id | Shape::Url, Json::String(text)) => {
                let chars = text.chars().count();
                if chars > MAX_CHARS {
                    self.report(
                        path,
                        format!("expected at most {MAX_CHARS} characters, found {chars}"),
                    );
                }
            }
            (Shape::Format, Json::String(text)) => {
                if let Err(message) = read_format(text) {
                    self.report(path, message);
                }
            }
            (Shape::Paragraph, Json::Number(number)) => {
                if number.fract() != 0.0 || *number < 1.0 || *number > u32::MAX as f64 {
                    self.report(
                        path,
                        format!(
                            "expected a paragraph number from 1, found {}",
                            decimal(*number)
                        ),
                    );
                }
            }
            (Shape::OneOf(choices), Json::String(text)) => {
                if !choices.contains(&text.as_str()) {
                    let list = choices.join("\" or \"");
                    self.report(path, format!("expected \"{list}\", found {}", quoted(text)));
                }
            }
            (Shape::List(item), Json::Array(items)) => {
                if items.len() > MAX_ITEMS {
                    self.report(
                        path,
                        format!("expected at most {MAX_ITEMS} items, found {}", items.len()),
                    );
                }
                for (index, value) in items.iter().enumerate().take(MAX_ITEMS) {
                    self.check(value, item, &format!("{path}[{index}]"));
                }
            }
            (Shape::Record(Record { fields, .. }), Json::Object(members)) => {
                self.check_record(fields, members, path);
            }
            (_, found) => self.report(
                path,
                format!("expected {}, found {}", expectation(shape), found.kind()),
            ),
        }
    }

    /// The members of an object; a key given twice is reported at its
    /// second place.
    fn check_record(&mut self, fields: &[Field], members: &[(String, Json)], path: &str) {
        let path_of = |key: &str| {
            if path.is_empty() {
                key.to_string()
            } else {
                format!("{path}.{key}")
            }
        };
        let keys: Vec<&str> = members.iter().map(|(key, _)| key.as_str()).collect();
        for ((key, value), repeated) in members.iter().zip(repeats(&keys)) {
            if repeated {
                self.report(&path_of(key), "appears twice".to_string());
                continue;
            }
            match fields.iter().find(|field| {
                tick();
                field.name == key
            }) {
                Some(field) => self.check(value, field.shape, &path_of(key)),
                None if self.newer_minor => self.ignored.push(error_at(
                    &path_of(key),
                    format!(
                        "ignored: not in format {}, which this widget reads",
                        format_version()
                    ),
                )),
                None => {
                    let known = fields
                        .iter()
                        .map(|field| field.name)
                        .collect::<Vec<_>>()
                        .join(", ");
                    self.report(
                        &path_of(key),
                        format!("unknown field (expected one of: {known})"),
                    );
                }
            }
        }
        for field in fields.iter().filter(|field| field.required) {
            if !members.iter().any(|(key, _)| {
                tick();
                key == field.name
            }) {
                self.report(&path_of(field.name), "missing".to_string());
            }
        }
    }
}

fn error_at(path: &str, message: String) -> ShapeError {
    let path = if path.is_empty() { "summary" } else { path };
    ShapeError {
        path: path.to_string(),
        message,
    }
}

/// A number as JSON would write it, up to six decimals, without Rust's
/// float formatter, which is large in the wasm (docs/benchmarks.md).
fn decimal(number: f64) -> String {
    if !number.is_finite() || number.abs() >= 1e15 {
        return "a number out of range".to_string();
    }
    let sign = if number < 0.0 { "-" } else { "" };
    let millionths = (number.abs() * 1e6).round() as u64;
    let (whole, fraction) = (millionths / 1_000_000, millionths % 1_000_000);
    if fraction == 0 {
        format!("{sign}{whole}")
    } else {
        let digits = format!("{fraction:06}");
        format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
    }
}

/// What a shape expects, as an error message says it: "a list".
fn expectation(shape: &Shape) -> &'static str {
    match shape {
        Shape::Text | Shape::Id | Shape::Url | Shape::OneOf(_) => "a string",
        Shape::Format => "a format version as a \"MAJOR.MINOR\" string",
        Shape::Date => "a date as a \"YYYY-MM-DD\" string",
        Shape::Paragraph => "a paragraph number",
        Shape::List(_) => "a list",
        Shape::Record(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn decimals_are_written_as_json_writes_them() {
        assert_eq!(decimal(4.0), "4");
        assert_eq!(decimal(4.5), "4.5");
        assert_eq!(decimal(-0.125), "-0.125");
        assert_eq!(decimal(1e20), "a number out of range");
    }
}
