//! The generated forms of the element's API (`crates/model/src/element_api.rs`):
//! well formed, and saying what the description says. The browser side, that
//! the element supports exactly what is listed, is checked in
//! `tests/e2e/manifest.test.mjs`. Native only.
#![cfg(not(target_arch = "wasm32"))]

use conference_summary_model::element_api::{
    Attribute, Event, LOADING_STATE, METHODS, PARTS, PROPERTIES,
};
use conference_summary_tools::element_api as generate;

#[test]
fn the_manifest_lists_everything_described() {
    let manifest =
        generate::custom_elements_manifest("9.9.9").unwrap_or_else(|error| panic!("{error}"));
    let element = &manifest["modules"][0]["declarations"][0];
    let count = |key: &str| element[key].as_array().map_or(0, Vec::len);
    assert_eq!(count("attributes"), Attribute::ALL.len());
    assert_eq!(count("members"), PROPERTIES.len() + METHODS.len());
    assert_eq!(count("events"), Event::ALL.len());
    assert_eq!(count("cssParts"), PARTS.len());
    assert_eq!(
        element["events"][1]["type"]["text"],
        "CustomEvent<{ section: 'overview' | 'quotes' | 'programme' | 'participants' | 'funders' }>"
    );
    assert_eq!(
        element["attributes"][1]["type"]["text"],
        "'auto' | 'light' | 'dark'"
    );
    assert_eq!(element["attributes"][1]["default"], "\"auto\"");
    assert_eq!(element["attributes"][4]["name"], "timeout");
    assert_eq!(element["attributes"][4]["default"], "10000");
    assert_eq!(element["attributes"][0]["default"], "\"overview\"");
    assert_eq!(element["attributes"][0]["fieldName"], "section");
    assert_eq!(element["cssStates"][0]["name"], LOADING_STATE);
}

#[test]
fn the_loader_observes_every_attribute_and_knows_the_limits() {
    let constants: serde_json::Value = serde_json::from_str(&generate::loader_constants())
        .unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(
        constants["observedAttributes"],
        serde_json::json!([
            "section",
            "theme",
            "lang",
            "src",
            "timeout",
            "expanded",
            "deep-link"
        ])
    );
    assert_eq!(constants["attributes"]["deep-link"], "deep-link");
    assert_eq!(
        constants["events"]["quote-toggle"],
        "conference-summary:quote-toggle"
    );
    assert_eq!(constants["defaultSection"], "overview");
    assert_eq!(constants["defaultTimeout"], 10000);
    assert_eq!(constants["maxTimeout"], 2_147_483_647);
    assert_eq!(constants["maxDocumentBytes"], 1024 * 1024);
}

#[test]
fn the_declarations_map_the_tag_to_the_element() {
    let declarations = generate::typescript_declarations("9.9.9");
    assert!(declarations.contains("'conference-summary': ConferenceSummaryElement;"));
    assert!(
        declarations.contains("export type ConferenceSummaryTheme = 'auto' | 'light' | 'dark';")
    );
    for event in Event::ALL {
        assert!(declarations.contains(&format!(
            "'conference-summary:{}': CustomEvent<",
            event.name()
        )));
    }
    for method in METHODS {
        assert!(declarations.contains(&format!("  {}(", method.name)));
    }
}
