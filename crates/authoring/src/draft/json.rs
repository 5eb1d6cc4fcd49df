//! Pretty JSON with the keys in the format's order, as summaries write them.
//!
//! serde_json's map sorts its keys (the crate does not turn on its
//! `preserve_order` feature, and other outputs rely on the sorting), so the
//! order an author expects is restored here, when the draft is written out:
//! the order of the format's description (`model::shape::SUMMARY`), the one
//! the validator and the JSON Schema are made from.

use serde_json::Value;

use conference_summary_model::{FormatValue, Shape, Summary};

/// `value` as JSON indented by two spaces, as `serde_json::to_string_pretty`
/// writes it, with object keys in the format's order.
pub(crate) fn pretty(value: &Value) -> String {
    let mut out = String::new();
    write(value, Some(Summary::SHAPE), 0, &mut out);
    out
}

/// Writes `value`, whose shape in the format is `shape` (none for a key the
/// format does not know).
fn write(value: &Value, shape: Option<&Shape>, depth: usize, out: &mut String) {
    let indent = |depth: usize, out: &mut String| out.extend(std::iter::repeat_n("  ", depth));
    match value {
        Value::Array(items) if !items.is_empty() => {
            out.push_str("[\n");
            let item_shape = match shape {
                Some(Shape::List(item)) => Some(*item),
                _ => None,
            };
            for (index, item) in items.iter().enumerate() {
                indent(depth + 1, out);
                write(item, item_shape, depth + 1, out);
                out.push_str(if index + 1 < items.len() { ",\n" } else { "\n" });
            }
            indent(depth, out);
            out.push(']');
        }
        Value::Object(map) if !map.is_empty() => {
            let fields = match shape {
                Some(Shape::Record(record)) => record.fields,
                _ => &[],
            };
            // The format's fields in its order, then any others, sorted.
            let mut entries: Vec<(&String, &Value, Option<&Shape>)> = Vec::with_capacity(map.len());
            for field in fields {
                if let Some((key, item)) = map.get_key_value(field.name) {
                    entries.push((key, item, Some(field.shape)));
                }
            }
            for (key, item) in map {
                if !fields.iter().any(|field| field.name == key) {
                    entries.push((key, item, None));
                }
            }
            out.push_str("{\n");
            for (index, (key, item, item_shape)) in entries.iter().enumerate() {
                indent(depth + 1, out);
                out.push_str(&Value::String((*key).clone()).to_string());
                out.push_str(": ");
                write(item, *item_shape, depth + 1, out);
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
