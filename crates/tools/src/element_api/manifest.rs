//! The Custom Elements Manifest (`custom-elements.json`).

use super::css::css_properties;
use super::types::{capitalised, detail_object, property_type, type_text};
use conference_summary_model::element_api::{
    Attribute, Event, Fallback, CSS_STATES, METHODS, PARTS, PROPERTIES, TAG,
};
use serde_json::{json, Value};

/// The file the element is defined in, as the manifest names it.
pub(super) const MODULE: &str = "embed.js";
/// The class that defines the element in `assets/embed.js`.
pub(super) const CLASS: &str = "ConferenceSummaryElement";

fn manifest_attribute(attribute: Attribute) -> Value {
    let about = attribute.entry();
    let mut entry = json!({
        "name": attribute.name(),
        "type": { "text": type_text(about.value, false) },
        "description": about.about,
    });
    match about.value.fallback() {
        Fallback::Number(value) => entry["default"] = value.to_string().into(),
        Fallback::Text(value) => entry["default"] = format!("\"{value}\"").into(),
        Fallback::Described(_) => {}
    }
    if let Some(property) = PROPERTIES
        .iter()
        .find(|property| property.attribute == attribute)
    {
        entry["fieldName"] = property.name.into();
    }
    entry
}

/// The Custom Elements Manifest (schema 2.1) of the element, as `version`.
pub fn custom_elements_manifest(version: &str) -> Result<Value, String> {
    let mut members: Vec<Value> = PROPERTIES
        .iter()
        .map(|property| {
            json!({
                "kind": "field",
                "name": property.name,
                "type": { "text": property_type(property.attribute.entry().value, false) },
                "description": property.about,
                "attribute": property.attribute.name(),
                "reflects": true,
            })
        })
        .collect();
    members.extend(METHODS.iter().map(|method| {
        let parameters: Vec<Value> = method
            .parameters
            .iter()
            .map(|(name, value)| json!({ "name": name, "type": { "text": type_text(*value, false) } }))
            .collect();
        json!({
            "kind": "method",
            "name": method.name,
            "description": method.about,
            "parameters": parameters,
            "return": { "type": { "text": "void" } },
        })
    }));
    let events: Vec<Value> = Event::ALL
        .iter()
        .flat_map(|event| {
            let about = event.entry();
            let fields: Vec<String> = about
                .detail
                .iter()
                .map(|(name, _, about)| format!("`{name}`: {about}"))
                .collect();
            let detail = if fields.is_empty() {
                "`detail` is `{}`".to_string()
            } else {
                format!("`detail`: {}", fields.join("; "))
            };
            let kind = json!({ "text": format!("CustomEvent<{}>", detail_object(*event)) });
            let (name, alias) = (event.full_name(), event.alias_name());
            [
                json!({
                    "name": name,
                    "type": kind,
                    "description": format!("{}. {detail}. Bubbles and is composed; `{alias}` follows it.", capitalised(about.about)),
                }),
                json!({
                    "name": alias,
                    "type": kind,
                    "description": format!("The alias for frameworks of `{name}`: the same event, dispatched right after it, under a name their event syntax can spell (React 19 `on{alias}`, Vue `@{alias}`, Svelte 5 `on{alias}`, Angular `({alias})`)."),
                }),
            ]
        })
        .collect();
    let parts: Vec<Value> = PARTS
        .iter()
        .map(|(name, about)| json!({ "name": name, "description": about }))
        .collect();
    let css_properties: Vec<Value> = css_properties()?
        .iter()
        .map(|property| {
            json!({ "name": property.name, "default": property.default, "description": property.about })
        })
        .collect();
    Ok(json!({
        "schemaVersion": "2.1.0",
        "readme": "README.md",
        "modules": [{
            "kind": "javascript-module",
            "path": MODULE,
            "description": format!("conference-summary {version}: defines <{TAG}> when imported."),
            "declarations": [{
                "kind": "class",
                "name": CLASS,
                "tagName": TAG,
                "customElement": true,
                "description": "An accessible summary of a conference, written from one press release: sections, verbatim quotes, programme, participants and funders, every item with the paragraph it comes from.",
                "superclass": { "name": "HTMLElement", "package": "global:" },
                "attributes": Attribute::ALL.iter().copied().map(manifest_attribute).collect::<Vec<_>>(),
                "members": members,
                "events": events,
                "cssParts": parts,
                "cssProperties": css_properties,
                "cssStates": CSS_STATES
                    .iter()
                    .map(|(name, about)| json!({ "name": name, "description": about }))
                    .collect::<Vec<_>>(),
                "slots": [],
            }],
            "exports": [{
                "kind": "custom-element-definition",
                "name": TAG,
                "declaration": { "name": CLASS, "module": MODULE },
            }],
        }],
    }))
}
