//! The JSON Schema in `assets/`, and the format's one declaration against
//! everything made from it. Native only.
#![cfg(not(target_arch = "wasm32"))]

use conference_summary_model::{
    check_shape, parse_json, FormatValue, Json, Shape, Summary, DEFAULT_SUMMARY_JSON,
};
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
        "regenerate it: cargo validate --schema > assets/summary.schema.json"
    );
}

fn resolve<'a>(reference: &'a Value, schema: &'a Value) -> &'a Value {
    match reference.get("$ref").and_then(Value::as_str) {
        Some(path) => &schema["$defs"][path.trim_start_matches("#/$defs/")],
        None => reference,
    }
}

/// A document with every field of the format filled, made from the shape
/// alone: one item in every list, the first of every choice.
fn full_document(shape: &Shape) -> Json {
    match shape {
        Shape::Text | Shape::Id => Json::String("a".into()),
        Shape::Date => Json::String("2007-09-20".into()),
        Shape::Url => Json::String("https://www.osce.org/".into()),
        Shape::Format => Json::String("1.0".into()),
        Shape::Paragraph => Json::Number(1.0),
        Shape::OneOf(choices) => Json::String(choices[0].into()),
        Shape::List(item) => Json::Array(vec![full_document(item)]),
        Shape::Record(record) => Json::Object(
            record
                .fields
                .iter()
                .map(|field| (field.name.to_string(), full_document(field.shape)))
                .collect(),
        ),
    }
}

/// Walks `value` with the schema node `node`: every object's keys are
/// exactly the schema's properties.
fn walk(value: &Value, node: &Value, schema: &Value, path: &str, checked: &mut usize) {
    let node = resolve(node, schema);
    match value {
        Value::Object(object) => {
            let properties = node["properties"]
                .as_object()
                .unwrap_or_else(|| panic!("{path}: not an object in the schema"));
            let mut keys: Vec<&String> = object.keys().collect();
            let mut names: Vec<&String> = properties.keys().collect();
            keys.sort();
            names.sort();
            assert_eq!(
                keys, names,
                "{path}: the document's keys and the schema's properties differ"
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

/// The format is declared once (`crates/model/src/summary.rs`); this test
/// names no field. A document with every field the shape has passes the
/// shape check, is read and written back unchanged (so the reader and the
/// writer know exactly the shape's fields), has exactly the schema's
/// properties everywhere, and the blank summary authors start from holds
/// every required field and no other: the shape check finds nothing
/// missing or unknown in it, only values still to fill.
#[test]
fn parser_shape_check_schema_and_blanks_come_from_one_declaration() {
    let full = full_document(Summary::SHAPE);
    assert_eq!(check_shape(&full), []);
    assert_eq!(Summary::from_checked_json(&full).to_json(), full);

    let schema = json_schema();
    let value: Value = match serde_json::from_str(&full.to_pretty()) {
        Ok(value) => value,
        Err(error) => panic!("{error}"),
    };
    let mut checked = 0;
    walk(&value, &schema, &schema, "summary", &mut checked);
    assert!(checked >= 10, "only {checked} objects compared");

    let blank = Summary::blank().to_json();
    let problems = check_shape(&blank);
    assert!(!problems.is_empty(), "a blank summary has values to fill");
    for error in problems {
        assert!(
            error.message != "missing" && !error.message.starts_with("unknown field"),
            "{error}"
        );
    }
    let (Json::Object(members), Shape::Record(record)) = (&blank, Summary::SHAPE) else {
        panic!("the summary is not a record: {blank:?}")
    };
    let required: Vec<&str> = record
        .fields
        .iter()
        .filter(|field| field.required)
        .map(|field| field.name)
        .collect();
    let written: Vec<&str> = members.iter().map(|(key, _)| key.as_str()).collect();
    assert_eq!(written, required);
}

#[test]
fn the_built_in_summary_has_the_right_shape() {
    let document: Json = match parse_json(DEFAULT_SUMMARY_JSON) {
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
