//! JSON text into a [`Json`] tree: one reader, written here, for the
//! validator, the prerender command and the widget in the browser, so that a
//! text gets the same verdict everywhere by construction.
//!
//! It reads RFC 8259 JSON, and also:
//! - skips one byte-order mark at the start (RFC 8259 §8.1 allows a reader
//!   to; `fetch`'s `text()` drops it anyway);
//! - refuses a lone surrogate escape such as `\uD800` (it is no character),
//!   and lists and objects nested deeper than [`MAX_DEPTH`].
//!
//! Objects keep every member, a repeated key too: the shape check reports
//! it with its path ("headline: appears twice"), with the document's other
//! problems. Reading is linear in the text.

use super::json::Json;
use super::numbers::number_value;
use super::text::quoted;
use super::validate::ValidationError;
use super::work::tick;

/// How deeply lists and objects may nest. A summary nests five deep; the
/// limit keeps reading (recursive) far from the end of the stack.
pub const MAX_DEPTH: usize = 32;

/// Why a text did not become a [`Json`] tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonError {
    /// Not JSON at all: what was expected and where ("expected a value,
    /// found \"]\" at line 3 column 1").
    Syntax(String),
    /// JSON that no summary can be: nested deeper than [`MAX_DEPTH`].
    Refused(ValidationError),
}

impl From<JsonError> for ValidationError {
    fn from(problem: JsonError) -> ValidationError {
        match problem {
            JsonError::Syntax(detail) => ValidationError::not_json(&detail),
            JsonError::Refused(error) => error,
        }
    }
}

/// The tree of JSON text, or the first reason it is not one.
///
/// ```
/// use conference_summary_model::{parse_json, Json};
///
/// assert_eq!(parse_json("\u{feff}[1, \"a\"]"), Ok(Json::Array(vec![
///     Json::Number(1.0),
///     Json::String("a".to_string()),
/// ])));
/// let error = parse_json("[1, 2,]").unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "summary: not valid JSON: expected a value, found \"]\" at line 1 column 7"
/// );
/// ```
pub fn parse_json(text: &str) -> Result<Json, JsonError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
    };
    let value = match reader.value(0) {
        Ok(value) => value,
        Err(Problem::Syntax(expected, at)) => return Err(reader.syntax(expected, at)),
        Err(Problem::Deep(at)) => {
            return Err(JsonError::Refused(ValidationError::of_document(format!(
                "nested deeper than {MAX_DEPTH} levels at {}",
                reader.place(at)
            ))))
        }
    };
    reader.skip_space();
    if reader.at < reader.bytes.len() {
        return Err(reader.syntax("the end of the text", reader.at));
    }
    Ok(value)
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        ValidationError::from(self.clone()).fmt(f)
    }
}

/// What went wrong, before the line and column are counted (only then).
enum Problem {
    /// What was expected, at which byte.
    Syntax(&'static str, usize),
    /// A list or object opened at this byte, one level too deep.
    Deep(usize),
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, Problem> {
        tick();
        self.skip_space();
        let start = self.at;
        match self.bytes.get(start) {
            Some(b'{' | b'[') if depth == MAX_DEPTH => Err(Problem::Deep(start)),
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.list(depth + 1),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.word("\"true\"", Json::Bool(true)),
            Some(b'f') => self.word("\"false\"", Json::Bool(false)),
            Some(b'n') => self.word("\"null\"", Json::Null),
            _ => Err(Problem::Syntax("a value", start)),
        }
    }

    /// `true`, `false` or `null` (`expected`, quoted), `self.at` on its
    /// first letter.
    fn word(&mut self, expected: &'static str, value: Json) -> Result<Json, Problem> {
        let word = &expected[1..expected.len() - 1];
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(Problem::Syntax(expected, self.at))
        }
    }

    /// Consumes `byte` after white space; whether it was there.
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        let found = self.bytes.get(self.at) == Some(&byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn list(&mut self, depth: usize) -> Result<Json, Problem> {
        self.at += 1;
        let mut items = Vec::new();
        if self.eat(b']') {
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            if self.eat(b']') {
                return Ok(Json::Array(items));
            }
            if !self.eat(b',') {
                return Err(Problem::Syntax("\",\" or \"]\"", self.at));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, Problem> {
        self.at += 1;
        let mut members: Vec<(String, Json)> = Vec::new();
        if self.eat(b'}') {
            return Ok(Json::Object(members));
        }
        loop {
            self.skip_space();
            if self.bytes.get(self.at) != Some(&b'"') {
                return Err(Problem::Syntax("a key in double quotes", self.at));
            }
            let key = self.string()?;
            if !self.eat(b':') {
                return Err(Problem::Syntax("\":\"", self.at));
            }
            let value = self.value(depth)?;
            members.push((key, value));
            if self.eat(b'}') {
                return Ok(Json::Object(members));
            }
            if !self.eat(b',') {
                return Err(Problem::Syntax("\",\" or \"}\"", self.at));
            }
        }
    }

    /// A string, `self.at` on its opening quote.
    fn string(&mut self) -> Result<String, Problem> {
        self.at += 1;
        let mut out = String::new();
        let mut run = self.at;
        loop {
            tick();
            match self.bytes.get(self.at) {
                None => return Err(Problem::Syntax("the closing \" of a string", self.at)),
                Some(b'"') => {
                    out.push_str(&self.text[run..self.at]);
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(&self.text[run..self.at]);
                    out.push(self.escape()?);
                    run = self.at;
                }
                Some(0..=0x1f) => {
                    return Err(Problem::Syntax(
                        "a control character escaped (\\n, \\u0000…)",
                        self.at,
                    ))
                }
                Some(_) => self.at += 1,
            }
        }
    }

    /// The character an escape stands for, `self.at` on its backslash.
    fn escape(&mut self) -> Result<char, Problem> {
        let start = self.at;
        let escaped = match self.bytes.get(start + 1) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => return self.unicode_escape(),
            _ => {
                return Err(Problem::Syntax(
                    "an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)",
                    start,
                ))
            }
        };
        self.at += 2;
        Ok(escaped)
    }

    /// `\uXXXX`, or a surrogate pair of two: a lone surrogate is no character.
    fn unicode_escape(&mut self) -> Result<char, Problem> {
        let start = self.at;
        let first = self.hex4()?;
        let code = match first {
            0xd800..=0xdbff => {
                let second_at = self.at;
                let second = if self.bytes[self.at..].starts_with(b"\\u") {
                    self.hex4()?
                } else {
                    0
                };
                if !(0xdc00..=0xdfff).contains(&second) {
                    return Err(Problem::Syntax(
                        "a low surrogate escape (\\uDC00 to \\uDFFF) after a high one",
                        second_at,
                    ));
                }
                0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
            }
            0xdc00..=0xdfff => {
                return Err(Problem::Syntax(
                    "a high surrogate escape (\\uD800 to \\uDBFF) before a low one",
                    start,
                ))
            }
            code => code,
        };
        char::from_u32(code).ok_or(Problem::Syntax("a character", start))
    }

    /// The four hex digits of `\uXXXX`, `self.at` on its backslash.
    fn hex4(&mut self) -> Result<u32, Problem> {
        let digits = self.bytes.get(self.at + 2..self.at + 6);
        let value = digits.and_then(|digits| {
            digits.iter().try_fold(0, |value, &digit| {
                Some(value * 16 + char::from(digit).to_digit(16)?)
            })
        });
        match value {
            Some(value) => {
                self.at += 6;
                Ok(value)
            }
            None => Err(Problem::Syntax("four hex digits after \\u", self.at)),
        }
    }

    /// A number by RFC 8259's grammar: `-`? int frac? exp?
    fn number(&mut self) -> Result<Json, Problem> {
        let start = self.at;
        if self.bytes[self.at] == b'-' {
            self.at += 1;
        }
        let int_start = self.at;
        if self.digits() == 0 {
            return Err(Problem::Syntax("a digit", self.at));
        }
        if self.bytes[int_start] == b'0' && self.at - int_start > 1 {
            return Err(Problem::Syntax("no digit after a leading 0", int_start + 1));
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(Problem::Syntax("a digit after \".\"", self.at));
            }
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.at) {
            self.at += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.at) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(Problem::Syntax("a digit in the exponent", self.at));
            }
        }
        Ok(Json::Number(number_value(&self.text[start..self.at])))
    }

    /// Skips ASCII digits; how many.
    fn digits(&mut self) -> usize {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.bytes.get(self.at) {
            self.at += 1;
        }
        self.at - start
    }

    /// "line L column C": 1-based, columns in characters.
    fn place(&self, at: usize) -> String {
        let (mut line, mut column) = (1usize, 1usize);
        for character in self.text[..at].chars() {
            if character == '\n' {
                (line, column) = (line + 1, 1);
            } else {
                column += 1;
            }
        }
        format!("line {line} column {column}")
    }

    fn syntax(&self, expected: &str, at: usize) -> JsonError {
        let found = match self.text.get(at..).and_then(|rest| rest.chars().next()) {
            Some(found) => quoted(found.encode_utf8(&mut [0; 4])),
            None => "the end of the text".to_string(),
        };
        JsonError::Syntax(format!(
            "expected {expected}, found {found} at {}",
            self.place(at)
        ))
    }
}
