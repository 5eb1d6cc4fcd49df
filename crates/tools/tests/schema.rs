//! The JSON Schema in `assets/` against the Rust types. Native only.
#![cfg(not(target_arch = "wasm32"))]

use conference_summary_model::{check_shape, Json, Summary, DEFAULT_SUMMARY_JSON};
use conference_summary_tools::schema::json_schema;
use serde_json::Value;

#[test]
fn the_committed_schema_is_the_generated_one() {
    let committed: Value =
        match serde_json::from_str(include_str!("../../../assets/summary.schema.json")) {
            Ok(schema) => schema,
            Err(error) => panic!("assets/summary.schema.json: {error}"),
        };
    assert_eq!(
        committed,
        json_schema(),
        "regenerate it: cargo run --bin validate -- --schema > assets/summary.schema.json"
    );
}

/// Serializes a summary with every optional field filled, and walks it with
/// the schema: every key serde writes must be a property of the schema, and
/// every property of the schema a key serde writes. So a field added to the
/// Rust types but not to the shape (or the other way round) fails here.
#[test]
fn the_schema_has_exactly_the_fields_of_the_rust_types() {
    let mut summary: Summary = match serde_json::from_str(DEFAULT_SUMMARY_JSON) {
        Ok(summary) => summary,
        Err(error) => panic!("{error}"),
    };
    summary.source.url = Some("https://www.osce.org/".to_string());
    assert!(summary.chair.is_some());
    let value = match serde_json::to_value(&summary) {
        Ok(value) => value,
        Err(error) => panic!("{error}"),
    };
    let schema = json_schema();
    let mut checked = 0;
    walk(&value, &schema, &schema, "summary", &mut checked);
    assert!(checked >= 10, "only {checked} objects compared");
}

/// The top-level fields about the document rather than the conference.
const DOCUMENT_ONLY: [&str; 2] = ["$schema", "format"];

fn resolve<'a>(reference: &'a Value, schema: &'a Value) -> &'a Value {
    match reference.get("$ref").and_then(Value::as_str) {
        Some(path) => &schema["$defs"][path.trim_start_matches("#/$defs/")],
        None => reference,
    }
}

fn walk(value: &Value, node: &Value, schema: &Value, path: &str, checked: &mut usize) {
    let node = resolve(node, schema);
    match value {
        Value::Object(object) => {
            let properties = node["properties"]
                .as_object()
                .unwrap_or_else(|| panic!("{path}: not an object in the schema"));
            let mut keys: Vec<&String> = object.keys().collect();
            // `$schema` and `format` say which format the document is
            // written in; they are read from the document, not kept in a Summary.
            let mut names: Vec<&String> = properties
                .keys()
                .filter(|name| !(path == "summary" && DOCUMENT_ONLY.contains(&name.as_str())))
                .collect();
            keys.sort();
            names.sort();
            assert_eq!(
                keys, names,
                "{path}: serde's fields and the schema's properties differ"
            );
            for (key, child) in object {
                walk(
                    child,
                    &properties[key],
                    schema,
                    &format!("{path}.{key}"),
                    checked,
                );
            }
            *checked += 1;
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                walk(
                    item,
                    &node["items"],
                    schema,
                    &format!("{path}[{index}]"),
                    checked,
                );
            }
        }
        _ => {}
    }
}

#[test]
fn the_built_in_summary_has_the_right_shape() {
    let document: Json = match serde_json::from_str(DEFAULT_SUMMARY_JSON) {
        Ok(document) => document,
        Err(error) => panic!("{error}"),
    };
    assert_eq!(check_shape(&document), []);
}

#[test]
fn the_schema_names_its_format() {
    let schema = json_schema();
    assert_eq!(schema["$id"], "urn:conference-summary:summary-format:1");
    let root = resolve(&schema, &schema);
    assert_eq!(root["properties"]["format"]["pattern"], "^1\\.[0-9]+$");
    assert_eq!(root["properties"]["$schema"]["type"], "string");
}
