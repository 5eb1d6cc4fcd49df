//! A JSON document as a plain tree, so that its shape can be checked before
//! it becomes a [`Summary`]: read from text by the crate's own reader
//! ([`parse_json`](crate::parse_json)), natively and in the browser alike;
//! and written back as text ([`Json::to_pretty`]).
//!
//! [`Summary`]: super::Summary

/// Any JSON value. Objects keep their members in document order; the
/// reader refuses a key given twice, so none wins silently.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    /// `null`
    Null,
    /// `true` or `false`
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    String(String),
    /// A list.
    Array(Vec<Json>),
    /// An object, its members in document order.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The value of the first member named `key`, if this is an object that has one.
    pub fn member(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members
                .iter()
                .find(|(name, _)| name == key)
                .map(|(_, value)| value),
            _ => None,
        }
    }

    /// The value as JSON text indented by two spaces, laid out as
    /// `serde_json::to_string_pretty` lays it out, members in their order.
    pub fn to_pretty(&self) -> String {
        let mut out = String::new();
        self.write_pretty(0, &mut out);
        out
    }

    fn write_pretty(&self, depth: usize, out: &mut String) {
        let indent = |depth: usize, out: &mut String| out.extend(std::iter::repeat_n("  ", depth));
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(flag) => out.push_str(if *flag { "true" } else { "false" }),
            Json::Number(number) if number.fract() == 0.0 && number.abs() < 1e15 => {
                out.push_str(&(*number as i64).to_string())
            }
            Json::Number(number) => out.push_str(&number.to_string()),
            Json::String(text) => write_string(text, out),
            Json::Array(items) if items.is_empty() => out.push_str("[]"),
            Json::Object(members) if members.is_empty() => out.push_str("{}"),
            Json::Array(items) => {
                out.push_str("[\n");
                for (index, item) in items.iter().enumerate() {
                    indent(depth + 1, out);
                    item.write_pretty(depth + 1, out);
                    out.push_str(if index + 1 < items.len() { ",\n" } else { "\n" });
                }
                indent(depth, out);
                out.push(']');
            }
            Json::Object(members) => {
                out.push_str("{\n");
                for (index, (key, value)) in members.iter().enumerate() {
                    indent(depth + 1, out);
                    write_string(key, out);
                    out.push_str(": ");
                    value.write_pretty(depth + 1, out);
                    out.push_str(if index + 1 < members.len() {
                        ",\n"
                    } else {
                        "\n"
                    });
                }
                indent(depth, out);
                out.push('}');
            }
        }
    }

    /// What kind of value this is, as an error message says it: "a string".
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "a boolean",
            Json::Number(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "a list",
            Json::Object(_) => "an object",
        }
    }
}

/// `text` as a JSON string, escaped as serde_json escapes it.
fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}
