//! Pretty JSON with the keys in the order of `assets/summary.json`.
//!
//! serde_json's map sorts its keys (the crate does not turn on its
//! `preserve_order` feature, and other outputs rely on the sorting), so the
//! order an author expects is restored here, when the draft is written out.

use serde_json::Value;

/// Every key of the format, in the order summaries write them; within each
/// object the keys it has follow this order.
const KEY_ORDER: [&str; 29] = [
    "$schema",
    "format",
    "lang",
    "headline",
    "dateline",
    "dates",
    "start",
    "end",
    "focus",
    "aims",
    "participants",
    "id",
    "speaker",
    "speakers",
    "programme",
    "kind",
    "name",
    "role",
    "title",
    "place",
    "date",
    "text",
    "items",
    "quotes",
    "organiser",
    "chair",
    "funders",
    "url",
    "paragraphs",
];

fn rank(key: &str) -> usize {
    // `source` is last both as a number (items) and as an object (the summary).
    KEY_ORDER
        .iter()
        .position(|known| *known == key)
        .unwrap_or(if key == "source" {
            usize::MAX
        } else {
            KEY_ORDER.len()
        })
}

/// `value` as JSON indented by two spaces, as `serde_json::to_string_pretty`
/// writes it, with object keys in the format's order.
pub(crate) fn pretty(value: &Value) -> String {
    let mut out = String::new();
    write(value, 0, &mut out);
    out
}

fn write(value: &Value, depth: usize, out: &mut String) {
    let indent = |depth: usize, out: &mut String| out.extend(std::iter::repeat_n("  ", depth));
    match value {
        Value::Array(items) if !items.is_empty() => {
            out.push_str("[\n");
            for (index, item) in items.iter().enumerate() {
                indent(depth + 1, out);
                write(item, depth + 1, out);
                out.push_str(if index + 1 < items.len() { ",\n" } else { "\n" });
            }
            indent(depth, out);
            out.push(']');
        }
        Value::Object(map) if !map.is_empty() => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by_key(|(key, _)| rank(key));
            out.push_str("{\n");
            for (index, (key, item)) in entries.iter().enumerate() {
                indent(depth + 1, out);
                out.push_str(&Value::String((*key).clone()).to_string());
                out.push_str(": ");
                write(item, depth + 1, out);
                out.push_str(if index + 1 < entries.len() {
                    ",\n"
                } else {
                    "\n"
                });
            }
            indent(depth, out);
            out.push('}');
        }
        // Scalars, `[]` and `{}`: serde_json's own compact form.
        other => out.push_str(&other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_follow_the_format_and_the_layout_follows_serde_json() {
        let value = serde_json::json!({
            "source": { "paragraphs": ["a \"b\""], "date": "2007-09-20", "title": "T" },
            "lang": "en",
            "aims": [],
            "dateline": { "source": 1, "date": "2007-09-20", "place": "Vienna" },
        });
        let expected = "{\n  \"lang\": \"en\",\n  \"dateline\": {\n    \"place\": \"Vienna\",\n    \"date\": \"2007-09-20\",\n    \"source\": 1\n  },\n  \"aims\": [],\n  \"source\": {\n    \"title\": \"T\",\n    \"date\": \"2007-09-20\",\n    \"paragraphs\": [\n      \"a \\\"b\\\"\"\n    ]\n  }\n}";
        assert_eq!(pretty(&value), expected);
    }
}
