//! The constants the loader (`assets/embed.js`) gets at build time.

use conference_summary_model::element_api::{
    Attribute, Event, Fallback, ValueType, Values, DEFAULT_TIMEOUT_MS, LAZY_MARGIN_PX,
    LOADING_STATE, LOADING_VALUES, MAX_TIMEOUT_MS, PROPERTIES, TAG,
};
use conference_summary_model::MAX_DOCUMENT_BYTES;
use serde_json::{json, Map, Value};

/// How the loader reflects a property's attribute (`assets/loader/element.js`):
/// `[attribute, kind]`, and for an enumerated one its values, the default first.
fn reflection(attribute: Attribute) -> Value {
    let value = attribute.entry().value;
    let kind = match value {
        ValueType::Section | ValueType::Theme | ValueType::Loading => "enum",
        ValueType::Timeout => "timeout",
        ValueType::Flag => "flag",
        ValueType::Text { .. } => "text",
        ValueType::DeepLinkKey => "nullable",
    };
    let mut entry = vec![Value::from(attribute.name()), kind.into()];
    if let (Values::OneOf(mut values), Fallback::Text(default)) = (value.values(), value.fallback())
    {
        values.retain(|value| *value != default);
        values.insert(0, default);
        entry.push(values.into());
    }
    entry.into()
}

/// Every constant `assets/embed.js` needs, as a JavaScript object literal.
pub fn loader_constants() -> String {
    let events: Map<String, Value> = Event::ALL
        .iter()
        .map(|event| (event.name().to_string(), event.full_name().into()))
        .collect();
    let aliases: Map<String, Value> = Event::ALL
        .iter()
        .map(|event| (event.full_name(), event.alias_name().into()))
        .collect();
    let observed: Vec<&str> = Attribute::ALL
        .iter()
        .filter(|attribute| attribute.entry().observed)
        .map(|attribute| attribute.name())
        .collect();
    let attributes: Map<String, Value> = Attribute::ALL
        .iter()
        .map(|attribute| (attribute.name().to_string(), attribute.name().into()))
        .collect();
    let properties: Map<String, Value> = PROPERTIES
        .iter()
        .map(|property| (property.name.to_string(), reflection(property.attribute)))
        .collect();
    json!({
        "tag": TAG,
        "attributes": attributes,
        "observedAttributes": observed,
        "properties": properties,
        "defaultTimeout": DEFAULT_TIMEOUT_MS,
        "maxTimeout": MAX_TIMEOUT_MS,
        "maxDocumentBytes": MAX_DOCUMENT_BYTES,
        "events": events,
        "aliases": aliases,
        "lazy": LOADING_VALUES[1],
        "lazyMargin": format!("{LAZY_MARGIN_PX}px"),
        "loadingState": LOADING_STATE,
    })
    .to_string()
}
