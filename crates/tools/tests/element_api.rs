//! The element's API description (`src/element_api`) against the code that
//! implements it: the attribute names the embed layer reads are the ones
//! listed, by constant, and the generated files are well formed. The browser
//! side is checked in `tests/e2e/manifest.test.mjs`. Native only.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use conference_summary_model::element_api::{
    ATTRIBUTES, EVENTS, LOADING_STATE, METHODS, PARTS, PROPERTIES,
};
use conference_summary_tools::element_api as generate;

fn source(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path);
    fs::read_to_string(&full).unwrap_or_else(|error| panic!("{}: {error}", full.display()))
}

/// The string values of the `pub const`s in `pub mod NAME { … }` of the API description.
fn constants_of_module(name: &str) -> Vec<String> {
    let text = source("crates/model/src/element_api.rs");
    let start = text
        .find(&format!("pub mod {name} {{"))
        .unwrap_or_else(|| panic!("no module {name}"));
    let body = &text[start..];
    let body = &body[..body.find("\n}").unwrap_or(body.len())];
    body.lines()
        .filter_map(|line| line.trim().strip_prefix("pub const "))
        .filter_map(|line| line.split('"').nth(1))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_attribute_constant_is_listed_and_every_listed_attribute_has_one() {
    let mut constants = constants_of_module("attribute");
    let mut listed: Vec<String> = ATTRIBUTES
        .iter()
        .map(|attribute| attribute.name.to_string())
        .collect();
    constants.sort();
    listed.sort();
    assert_eq!(constants, listed);
}

#[test]
fn every_event_constant_is_listed_and_every_listed_event_has_one() {
    let mut constants = constants_of_module("event");
    let mut listed: Vec<String> = EVENTS.iter().map(|event| event.name.to_string()).collect();
    constants.sort();
    listed.sort();
    assert_eq!(constants, listed);
}

/// The embed layer reads and writes the element's attributes only through
/// the constants, so an attribute cannot be supported without being listed.
#[test]
fn the_embed_layer_names_no_attribute_of_its_own() {
    // Attributes of the elements the embed layer creates, not of the host.
    const OWN_ELEMENTS: [&str; 4] = ["class", "rel", "href", "media"];
    // Every file of the embed layer, however it is split.
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src/embed");
    let mut files: Vec<String> = fs::read_dir(&folder)
        .unwrap_or_else(|error| panic!("{}: {error}", folder.display()))
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".rs"))
        .map(|name| format!("src/embed/{name}"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 3 && files.contains(&"src/embed/widget.rs".to_string()),
        "the embed layer's files: {files:?}"
    );
    let mut calls = 0;
    for file in &files {
        let text = source(file);
        for call in [
            "get_attribute(\"",
            "has_attribute(\"",
            "set_attribute(\"",
            "remove_attribute(\"",
        ] {
            for (index, _) in text.match_indices(call) {
                let name = text[index + call.len()..]
                    .split('"')
                    .next()
                    .unwrap_or_default();
                assert!(
                    OWN_ELEMENTS.contains(&name),
                    "{file}: {call}{name}\"…): use a constant of element_api::attribute"
                );
                calls += 1;
            }
        }
    }
    // The check saw the layer's own elements' attributes (the stylesheet link).
    assert!(
        calls >= 3,
        "only {calls} attribute calls with a literal name"
    );
}

#[test]
fn the_manifest_lists_everything_described() {
    let manifest =
        generate::custom_elements_manifest("9.9.9").unwrap_or_else(|error| panic!("{error}"));
    let element = &manifest["modules"][0]["declarations"][0];
    let count = |key: &str| element[key].as_array().map_or(0, Vec::len);
    assert_eq!(count("attributes"), ATTRIBUTES.len());
    assert_eq!(count("members"), PROPERTIES.len() + METHODS.len());
    assert_eq!(count("events"), EVENTS.len());
    assert_eq!(count("cssParts"), PARTS.len());
    assert_eq!(
        element["events"][1]["type"]["text"],
        "CustomEvent<{ section: 'overview' | 'quotes' | 'programme' | 'participants' | 'funders' }>"
    );
    assert_eq!(element["attributes"][4]["name"], "timeout");
    assert_eq!(element["attributes"][4]["default"], "10000");
    assert_eq!(element["attributes"][0]["default"], "\"overview\"");
    assert_eq!(element["attributes"][0]["fieldName"], "section");
    assert_eq!(element["cssStates"][0]["name"], LOADING_STATE);
}

#[test]
fn the_declarations_map_the_tag_to_the_element() {
    let declarations = generate::typescript_declarations("9.9.9");
    assert!(declarations.contains("'conference-summary': ConferenceSummaryElement;"));
    for event in EVENTS {
        assert!(declarations.contains(&format!(
            "'conference-summary:{}': CustomEvent<",
            event.name
        )));
    }
    for method in METHODS {
        assert!(declarations.contains(&format!("  {}(", method.name)));
    }
}
