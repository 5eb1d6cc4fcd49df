//! The JSON Schema of the summary format, written from the model's own
//! description of it (`Summary::SHAPE`: see
//! [`conference_summary_model::FormatValue`]); the committed copy is
//! `assets/summary.schema.json` (`cargo validate --schema`).

use conference_summary_model::{
    format_version, FormatValue, Record, Shape, Summary, FORMAT_MAJOR, MAX_CHARS, MAX_ITEMS,
};
use serde_json::{json, Map, Value};

/// The JSON Schema (draft 2020-12) of a summary document, as committed in
/// `assets/summary.schema.json`.
pub fn json_schema() -> serde_json::Value {
    fn schema(shape: &'static Shape, definitions: &mut Map<String, Value>) -> Value {
        match shape {
            Shape::Text => json!({ "type": "string", "maxLength": MAX_CHARS }),
            Shape::Date => json!({ "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }),
            Shape::Id => {
                json!({ "type": "string", "pattern": "^[a-z0-9-]+$", "maxLength": MAX_CHARS })
            }
            Shape::Url => {
                json!({ "type": "string", "pattern": "^(https:|http:|mailto:)", "maxLength": MAX_CHARS })
            }
            Shape::Paragraph => json!({ "type": "integer", "minimum": 1 }),
            Shape::OneOf(choices) => json!({ "enum": choices }),
            Shape::Format => {
                json!({ "type": "string", "pattern": format!("^{FORMAT_MAJOR}\\.[0-9]+$") })
            }
            Shape::List(item) => {
                json!({ "type": "array", "maxItems": MAX_ITEMS, "items": schema(item, definitions) })
            }
            Shape::Record(Record { name, fields }) => {
                if !definitions.contains_key(*name) {
                    // Reserve the name first: records may share definitions.
                    definitions.insert(name.to_string(), Value::Null);
                    let mut properties = Map::new();
                    for field in *fields {
                        let mut property = schema(field.shape, definitions);
                        // Every schema above is an object; 2020-12 allows a description beside $ref.
                        if let Value::Object(object) = &mut property {
                            object.insert("description".into(), field.about.into());
                        }
                        properties.insert(field.name.into(), property);
                    }
                    let required: Vec<&str> = fields
                        .iter()
                        .filter(|field| field.required)
                        .map(|field| field.name)
                        .collect();
                    let definition = json!({
                        "type": "object",
                        "properties": properties,
                        "required": required,
                        "additionalProperties": false,
                    });
                    definitions.insert(name.to_string(), definition);
                }
                json!({ "$ref": format!("#/$defs/{name}") })
            }
        }
    }

    let mut definitions = Map::new();
    let root = schema(Summary::SHAPE, &mut definitions);
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        // One $id for each major version: minor versions only add optional fields.
        "$id": format!("urn:conference-summary:summary-format:{FORMAT_MAJOR}"),
        "title": format!("conference-summary: a summary of a conference, written from one source text (format {})", format_version()),
        "description": "Every item cites the paragraph of source.paragraphs it comes from. Limits: a document of at most 1 MiB, lists of at most 500 items, strings of at most 20000 characters.",
        "$ref": root["$ref"],
        "$defs": definitions,
    })
}
