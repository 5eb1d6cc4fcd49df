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
    // Each event under its 1.x name, then its alias.
    assert_eq!(count("events"), 2 * Event::ALL.len());
    assert_eq!(
        element["events"][2]["name"],
        "conference-summary:section-change"
    );
    assert_eq!(
        element["events"][3]["name"],
        "conference-summary-section-change"
    );
    assert_eq!(element["events"][3]["type"], element["events"][2]["type"]);
    let alias = element["events"][3]["description"]
        .as_str()
        .unwrap_or_default();
    assert!(
        alias.starts_with("The alias for frameworks of `conference-summary:section-change`"),
        "{alias}"
    );
    assert_eq!(count("cssParts"), PARTS.len());
    assert_eq!(
        element["events"][2]["type"]["text"],
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
    // Every attribute but `lang` (HTMLElement's) has its property.
    let fields: Vec<(&str, &str)> = element["attributes"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|attribute| {
            Some((
                attribute["name"].as_str()?,
                attribute["fieldName"].as_str()?,
            ))
        })
        .collect();
    assert_eq!(
        fields,
        [
            ("section", "section"),
            ("theme", "theme"),
            ("src", "src"),
            ("timeout", "timeout"),
            ("expanded", "expanded"),
            ("deep-link", "deepLink"),
            ("loading", "loading")
        ]
    );
    let member = |name: &str| {
        element["members"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|member| member["name"] == name)
            .map(|member| member["type"]["text"].clone())
    };
    assert_eq!(member("timeout"), Some("number".into()));
    assert_eq!(member("expanded"), Some("boolean".into()));
    assert_eq!(member("deepLink"), Some("string | null".into()));
    assert_eq!(member("loading"), Some("'eager' | 'lazy'".into()));
    assert_eq!(element["attributes"][7]["default"], "\"eager\"");
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
            "deep-link",
            "loading"
        ])
    );
    assert_eq!(
        constants["aliases"]["conference-summary:quote-toggle"],
        "conference-summary-quote-toggle"
    );
    assert_eq!(constants["lazy"], "lazy");
    assert_eq!(constants["lazyMargin"], "300px");
    // How the loader reflects each property: the attribute, its kind, and
    // an enumerated one's values with the default first.
    assert_eq!(
        constants["properties"],
        serde_json::json!({
            "section": ["section", "enum", ["overview", "quotes", "programme", "participants", "funders"]],
            "theme": ["theme", "enum", ["auto", "light", "dark"]],
            "src": ["src", "text"],
            "timeout": ["timeout", "timeout"],
            "expanded": ["expanded", "flag"],
            "deepLink": ["deep-link", "nullable"],
            "loading": ["loading", "enum", ["eager", "lazy"]]
        })
    );
    assert_eq!(constants["attributes"]["deep-link"], "deep-link");
    assert_eq!(
        constants["events"]["quote-toggle"],
        "conference-summary:quote-toggle"
    );
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
        assert!(declarations.contains(&format!(
            "'conference-summary-{}': CustomEvent<",
            event.name()
        )));
    }
    assert!(declarations.contains("  deepLink: string | null;\n"));
    assert!(declarations.contains("  loading: ConferenceSummaryLoading;\n"));
    assert!(declarations.contains("export type ConferenceSummaryLoading = 'eager' | 'lazy';"));
    for method in METHODS {
        assert!(declarations.contains(&format!("  {}(", method.name)));
    }
}

/// Whether a TypeScript text uses the type `any`: as a word of its own.
fn names_any(text: &str) -> bool {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
        .any(|word| word == "any")
}

/// The members every framework's typing gives the tag, besides its listeners.
const INPUTS: [&str; 8] = [
    "section?: ConferenceSummarySection;",
    "theme?: ConferenceSummaryTheme;",
    "src?: string;",
    "timeout?: number;",
    "expanded?: boolean;",
    "deepLink?: string | null;",
    "loading?: ConferenceSummaryLoading;",
    "'deep-link'?: string;",
];

#[test]
fn react_knows_the_tag_its_props_and_its_event_aliases() {
    let react = generate::react_declarations("9.9.9");
    assert!(react.contains("from './conference-summary.js';"));
    assert!(react.contains(
        "declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n      'conference-summary': ConferenceSummaryProps;"
    ));
    for input in INPUTS {
        assert!(react.contains(&format!("  {input}\n")), "{input}");
    }
    assert!(react.contains(
        "'onconference-summary-section-change'?: (event: CustomEvent<ConferenceSummarySectionChangeDetail>) => void;"
    ));
    assert!(!react.contains("lang?"), "lang is HTMLAttributes'");
    assert!(!names_any(&react));
}

#[test]
fn vue_knows_the_tag_its_props_and_its_event_aliases() {
    let vue = generate::vue_declarations("9.9.9");
    assert!(vue.contains("declare module 'vue' {\n  interface GlobalComponents {\n    'conference-summary': DefineComponent<ConferenceSummaryProps,"));
    for input in INPUTS {
        assert!(vue.contains(&format!("  {input}\n")), "{input}");
    }
    // `@conference-summary-quote-toggle` is the prop Vue names so.
    assert!(vue.contains(
        "onConferenceSummaryQuoteToggle?: (event: CustomEvent<ConferenceSummaryQuoteToggleDetail>) => void;"
    ));
    assert!(!names_any(&vue));
}

#[test]
fn svelte_knows_the_tag_its_props_and_its_event_aliases() {
    let svelte = generate::svelte_declarations("9.9.9");
    assert!(svelte.contains("declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n    'conference-summary': ConferenceSummaryAttributes;"));
    assert!(svelte.contains("extends HTMLAttributes<ConferenceSummaryElement>"));
    for input in INPUTS {
        assert!(svelte.contains(&format!("  {input}\n")), "{input}");
    }
    assert!(svelte.contains(
        "'onconference-summary-error'?: (event: CustomEvent<ConferenceSummaryErrorDetail>) => void;"
    ));
    assert!(!names_any(&svelte));
}
