//! A release's expected facts (`NN-slug.expected.json`), read with the
//! model's own JSON reader. Every key must be present; a wrong or absent one
//! is an error that names its key.

use conference_summary_model::{parse_json, Json, JsonError};

use super::matching::Alternatives;

/// What a careful editor reads in a release; `None` is "not stated".
#[derive(Clone, Debug, PartialEq)]
pub struct Expected {
    /// Place and ISO date of the dateline.
    pub dateline: Option<ExpectedDateline>,
    /// The event's first day, ISO.
    pub start: Option<String>,
    /// The event's last day, ISO.
    pub end: Option<String>,
    /// What the event is about.
    pub focus: Option<Alternatives>,
    /// Who organised it.
    pub organiser: Option<Alternatives>,
    /// Every funder or supporter.
    pub funders: Vec<Alternatives>,
    /// Every group taking part.
    pub participants: Vec<Alternatives>,
    /// Every person quoted.
    pub speakers: Vec<ExpectedSpeaker>,
    /// Every verbatim quotation.
    pub quotes: Vec<ExpectedQuote>,
    /// The ISO dates the release says what happens on.
    pub programme: Vec<String>,
}

/// The expected dateline.
#[derive(Clone, Debug, PartialEq)]
pub struct ExpectedDateline {
    /// The place as written.
    pub place: Alternatives,
    /// The release's date, ISO.
    pub date: String,
}

/// A person quoted.
#[derive(Clone, Debug, PartialEq)]
pub struct ExpectedSpeaker {
    /// The name, with or without a title.
    pub name: Alternatives,
    /// The role as the release gives it; `None` when it gives none.
    pub role: Option<Alternatives>,
}

/// A verbatim quotation.
#[derive(Clone, Debug, PartialEq)]
pub struct ExpectedQuote {
    /// The words between the quotation marks.
    pub text: String,
    /// The 1-based paragraph it stands in.
    pub paragraph: usize,
    /// The speaker's name; `None` when the release leaves it open.
    pub speaker: Option<String>,
}

impl Expected {
    /// The name alternatives of the expected speaker called `name` (any of
    /// their alternatives), or just `name` when no speaker entry has it.
    pub fn names_of(&self, name: &str) -> Alternatives {
        self.speakers
            .iter()
            .find(|speaker| speaker.name.matches(name))
            .map_or_else(
                || Alternatives(vec![name.to_string()]),
                |speaker| speaker.name.clone(),
            )
    }
}

/// Reads an expected file's text, or says which key is wrong and how.
pub fn parse_expected(text: &str) -> Result<Expected, String> {
    let root = parse_json(text).map_err(|error| match error {
        JsonError::Syntax(detail) => format!("not valid JSON: {detail}"),
        JsonError::Refused(refused) => refused.to_string(),
    })?;
    let at = Key::root(&root);
    at.get("style")?.string()?;
    let dates = at.get("dates")?;
    Ok(Expected {
        dateline: at.get("dateline")?.optional(|dateline| {
            Ok(ExpectedDateline {
                place: dateline.get("place")?.alternatives()?,
                date: dateline.get("date")?.string()?,
            })
        })?,
        start: dates.get("start")?.optional(Key::string)?,
        end: dates.get("end")?.optional(Key::string)?,
        focus: at.get("focus")?.optional(Key::alternatives)?,
        organiser: at.get("organiser")?.optional(Key::alternatives)?,
        funders: at.get("funders")?.list(Key::alternatives)?,
        participants: at.get("participants")?.list(Key::alternatives)?,
        speakers: at.get("speakers")?.list(|speaker| {
            Ok(ExpectedSpeaker {
                name: speaker.get("name")?.alternatives()?,
                role: speaker.get("role")?.optional(Key::alternatives)?,
            })
        })?,
        quotes: at.get("quotes")?.list(|quote| {
            Ok(ExpectedQuote {
                text: quote.get("text")?.string()?,
                paragraph: quote.get("paragraph")?.paragraph()?,
                speaker: quote.get("speaker")?.optional(Key::string)?,
            })
        })?,
        programme: at.get("programme")?.list(Key::string)?,
    })
}

/// A value in the expected file and the key path that leads to it, so that
/// every error names its key (`speakers[2].role`).
struct Key<'a> {
    path: String,
    value: &'a Json,
}

impl<'a> Key<'a> {
    fn root(value: &'a Json) -> Key<'a> {
        Key {
            path: String::new(),
            value,
        }
    }

    fn name(&self) -> &str {
        if self.path.is_empty() {
            "the top level"
        } else {
            &self.path
        }
    }

    fn wrong(&self, wanted: &str) -> String {
        format!(
            "key `{}`: expected {wanted}, found {}",
            self.name(),
            self.value.kind()
        )
    }

    fn get(&self, key: &str) -> Result<Key<'a>, String> {
        let Json::Object(_) = self.value else {
            return Err(self.wrong("an object"));
        };
        let path = if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        };
        match self.value.member(key) {
            Some(value) => Ok(Key { path, value }),
            None => Err(format!("key `{path}` is missing")),
        }
    }

    fn string(&self) -> Result<String, String> {
        match self.value {
            Json::String(text) => Ok(text.clone()),
            _ => Err(self.wrong("a string")),
        }
    }

    /// One string, or a non-empty list of strings.
    fn alternatives(&self) -> Result<Alternatives, String> {
        match self.value {
            Json::String(text) => Ok(Alternatives(vec![text.clone()])),
            Json::Array(items) if !items.is_empty() => self.list(Key::string).map(Alternatives),
            _ => Err(self.wrong("a string or a non-empty list of strings")),
        }
    }

    fn paragraph(&self) -> Result<usize, String> {
        match self.value {
            Json::Number(number) if number.fract() == 0.0 && *number >= 1.0 && *number < 1e6 => {
                Ok(*number as usize)
            }
            _ => Err(self.wrong("a paragraph number from 1")),
        }
    }

    fn optional<T>(
        &self,
        read: impl Fn(&Key<'a>) -> Result<T, String>,
    ) -> Result<Option<T>, String> {
        match self.value {
            Json::Null => Ok(None),
            _ => read(self).map(Some),
        }
    }

    fn list<T>(&self, read: impl Fn(&Key<'a>) -> Result<T, String>) -> Result<Vec<T>, String> {
        let Json::Array(items) = self.value else {
            return Err(self.wrong("a list"));
        };
        items
            .iter()
            .enumerate()
            .map(|(index, value)| {
                read(&Key {
                    path: format!("{}[{index}]", self.path),
                    value,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"{
      "style": "a note",
      "dateline": { "place": "Geneva", "date": "2025-05-12" },
      "dates": { "start": "2025-05-12", "end": null },
      "focus": ["forensic capacity", "capacity"],
      "organiser": "the Institute",
      "funders": [["Norway"], "Iceland"],
      "participants": [],
      "speakers": [{ "name": ["Amara Diallo", "Dr Amara Diallo"], "role": null }],
      "quotes": [{ "text": "We prove it", "paragraph": 3, "speaker": "Dr Amara Diallo" }],
      "programme": ["2025-05-12"]
    }"#;

    #[test]
    fn reads_every_key() {
        let expected = match parse_expected(GOOD) {
            Ok(expected) => expected,
            Err(error) => panic!("{error}"),
        };
        assert_eq!(expected.end, None);
        assert_eq!(expected.funders.len(), 2);
        assert_eq!(expected.quotes[0].paragraph, 3);
        assert!(expected.names_of("Dr Amara Diallo").matches("Amara Diallo"));
        assert!(expected
            .organiser
            .is_some_and(|organiser| organiser.matches("Institute")));
    }

    #[test]
    fn names_the_missing_or_wrong_key() {
        let missing = GOOD.replace(r#""programme": ["2025-05-12"]"#, r#""other": 1"#);
        assert_eq!(
            parse_expected(&missing),
            Err("key `programme` is missing".to_string())
        );
        let wrong = GOOD.replace(r#""paragraph": 3"#, r#""paragraph": "3""#);
        assert_eq!(
            parse_expected(&wrong),
            Err(
                "key `quotes[0].paragraph`: expected a paragraph number from 1, found a string"
                    .to_string()
            )
        );
        let empty = GOOD.replace(r#""organiser": "the Institute""#, r#""organiser": []"#);
        assert!(parse_expected(&empty).is_err_and(|error| error.starts_with("key `organiser`")));
        assert!(parse_expected("{").is_err_and(|error| error.starts_with("not valid JSON")));
    }
}
