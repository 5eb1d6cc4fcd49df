//! The constants the loader (`assets/embed.js`) gets at build time.

use conference_summary_model::element_api::{
    Attribute, Event, DEFAULT_TIMEOUT_MS, LOADING_STATE, MAX_TIMEOUT_MS, TAG,
};
use conference_summary_model::{Section, MAX_DOCUMENT_BYTES};
use serde_json::{json, Map, Value};

/// Every constant `assets/embed.js` needs, as a JavaScript object literal.
pub fn loader_constants() -> String {
    let events: Map<String, Value> = Event::ALL
        .iter()
        .map(|event| (event.name().to_string(), event.full_name().into()))
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
    let sections: Vec<&str> = Section::ALL.iter().map(|section| section.id()).collect();
    json!({
        "tag": TAG,
        "attributes": attributes,
        "observedAttributes": observed,
        "sections": sections,
        "defaultSection": Section::default().id(),
        "defaultTimeout": DEFAULT_TIMEOUT_MS,
        "maxTimeout": MAX_TIMEOUT_MS,
        "maxDocumentBytes": MAX_DOCUMENT_BYTES,
        "events": events,
        "loadingState": LOADING_STATE,
    })
    .to_string()
}
