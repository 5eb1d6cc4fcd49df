//! A draft as text and back, so that the authoring page can make it in a
//! worker and read it on the page: the summary (blanks included), what is
//! missing and the findings, as one JSON object.

use conference_summary_model::{Json, Summary};
use serde_json::{json, Map, Value};

use super::{Draft, Finding, Missing};

impl Draft {
    /// The draft as a message: JSON text that [`Draft::from_message`] reads back.
    pub fn to_message(&self) -> String {
        let missing: Vec<Value> = self
            .missing
            .iter()
            .map(|missing| json!({ "path": missing.path, "message": missing.message }))
            .collect();
        let findings: Vec<Value> = self
            .findings
            .iter()
            .map(|found| {
                json!({
                    "paragraph": found.paragraph,
                    "start": found.start,
                    "end": found.end,
                    "path": found.path,
                })
            })
            .collect();
        json!({
            "summary": to_value(&self.summary.to_json()),
            "missing": missing,
            "findings": findings,
        })
        .to_string()
    }

    /// The draft [`Draft::to_message`] wrote; an error naming what is wrong
    /// with anything else.
    pub fn from_message(text: &str) -> Result<Draft, String> {
        let message: Value =
            serde_json::from_str(text).map_err(|error| format!("draft message: {error}"))?;
        let summary = message.get("summary").ok_or("draft message: no summary")?;
        let string = |item: &Value, key: &str| -> Result<String, String> {
            item.get(key)
                .and_then(Value::as_str)
                .map(str::to_string)
                .ok_or(format!("draft message: no text at {key}"))
        };
        let number = |item: &Value, key: &str| -> Result<usize, String> {
            item.get(key)
                .and_then(Value::as_u64)
                .and_then(|n| usize::try_from(n).ok())
                .ok_or(format!("draft message: no number at {key}"))
        };
        let list = |key: &str| {
            message
                .get(key)
                .and_then(Value::as_array)
                .map_or(&[][..], Vec::as_slice)
        };
        let missing = list("missing")
            .iter()
            .map(|item| {
                Ok(Missing {
                    path: string(item, "path")?,
                    message: string(item, "message")?,
                })
            })
            .collect::<Result<_, String>>()?;
        let findings = list("findings")
            .iter()
            .map(|item| {
                Ok(Finding {
                    paragraph: number(item, "paragraph")?,
                    start: number(item, "start")?,
                    end: number(item, "end")?,
                    path: string(item, "path")?,
                })
            })
            .collect::<Result<_, String>>()?;
        Ok(Draft {
            summary: Summary::from_checked_json(&from_value(summary)),
            missing,
            findings,
        })
    }
}

fn to_value(json: &Json) -> Value {
    match json {
        Json::Null => Value::Null,
        Json::Bool(value) => Value::Bool(*value),
        Json::Number(number) => {
            serde_json::Number::from_f64(*number).map_or(Value::Null, Value::Number)
        }
        Json::String(text) => Value::String(text.clone()),
        Json::Array(items) => Value::Array(items.iter().map(to_value).collect()),
        Json::Object(members) => Value::Object(
            members
                .iter()
                .map(|(key, value)| (key.clone(), to_value(value)))
                .collect::<Map<String, Value>>(),
        ),
    }
}

fn from_value(value: &Value) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Bool(value) => Json::Bool(*value),
        Value::Number(number) => Json::Number(number.as_f64().unwrap_or(0.0)),
        Value::String(text) => Json::String(text.clone()),
        Value::Array(items) => Json::Array(items.iter().map(from_value).collect()),
        Value::Object(members) => Json::Object(
            members
                .iter()
                .map(|(key, value)| (key.clone(), from_value(value)))
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::super::draft;
    use super::*;

    #[test]
    fn a_draft_reads_back_from_its_message_blanks_and_all() {
        let releases = [
            include_str!("../../../../assets/press-release-2007-09-20.txt"),
            include_str!("../../../../tests/fixtures/fictional-release.txt"),
            "Just a title",
            "",
        ];
        for release in releases {
            let drafted = draft(release);
            assert_eq!(Draft::from_message(&drafted.to_message()), Ok(drafted));
        }
    }

    #[test]
    fn anything_else_is_refused_saying_what_is_wrong() {
        assert!(Draft::from_message("nonsense")
            .is_err_and(|error| error.starts_with("draft message: ")));
        assert_eq!(
            Draft::from_message("{}"),
            Err("draft message: no summary".to_string())
        );
    }
}
