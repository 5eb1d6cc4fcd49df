//! The TypeScript declarations (`conference-summary.d.ts`).

use super::manifest::CLASS;
use super::types::{capitalised, detail_type, property_type, type_text, union};
use conference_summary_model::element_api::{Event, ValueType, METHODS, PROPERTIES, TAG};

/// The name of an event's detail type: `ConferenceSummarySectionChangeDetail`.
pub(super) fn detail_interface(event: Event) -> String {
    let words: String = event.name().split('-').map(capitalised).collect();
    format!("ConferenceSummary{words}Detail")
}

/// Documentation comment text: backticks are fine in TSDoc.
fn doc_comment(indent: &str, text: &str) -> String {
    format!(
        "{indent}/** {} */\n",
        capitalised(text).replace("*/", "*\\/")
    )
}

/// TypeScript declarations for the element, as `version`.
pub fn typescript_declarations(version: &str) -> String {
    let mut out = format!(
        "// conference-summary {version}: types of the <{TAG}> element.\n\
         // Generated from crates/model/src/element_api.rs by `cargo element-api dts`.\n\n"
    );
    out += &doc_comment("", "a section of the widget, by id");
    out += &format!(
        "export type ConferenceSummarySection = {};\n\n",
        union(ValueType::Section)
    );
    out += &doc_comment("", "a colour theme: the values of the `theme` attribute");
    out += &format!(
        "export type ConferenceSummaryTheme = {};\n\n",
        union(ValueType::Theme)
    );
    out += &doc_comment(
        "",
        "when the widget loads: the values of the `loading` attribute",
    );
    out += &format!(
        "export type ConferenceSummaryLoading = {};\n\n",
        union(ValueType::Loading)
    );
    for &event in Event::ALL {
        let entry = event.entry();
        out += &doc_comment(
            "",
            &format!("`detail` of `{}`: {}", event.full_name(), entry.about),
        );
        if entry.detail.is_empty() {
            out += &format!(
                "export type {} = Record<string, never>;\n\n",
                detail_interface(event)
            );
            continue;
        }
        out += &format!("export interface {} {{\n", detail_interface(event));
        for (name, kind, about) in entry.detail {
            out += &doc_comment("  ", about);
            out += &format!("  {name}: {};\n", detail_type(*kind, true));
        }
        out += "}\n\n";
    }
    out += "/** The element's events, by name: `CustomEvent`s that bubble and are composed, each under its name and then its alias. */\n";
    out += "export interface ConferenceSummaryEventMap {\n";
    for &event in Event::ALL {
        out += &doc_comment("  ", event.entry().about);
        out += &format!(
            "  '{}': CustomEvent<{}>;\n",
            event.full_name(),
            detail_interface(event)
        );
        out += &doc_comment(
            "  ",
            &format!("the same as `{}`, right after it", event.full_name()),
        );
        out += &format!(
            "  '{}': CustomEvent<{}>;\n",
            event.alias_name(),
            detail_interface(event)
        );
    }
    out += "}\n\n";
    out += &format!("/** The `<{TAG}>` element. */\n");
    out += &format!("export interface {CLASS} extends HTMLElement {{\n");
    for property in PROPERTIES {
        out += &doc_comment("  ", property.about);
        out += &format!(
            "  {}: {};\n",
            property.name,
            property_type(property.attribute.entry().value, true)
        );
    }
    for method in METHODS {
        let parameters: Vec<String> = method
            .parameters
            .iter()
            .map(|(name, value)| format!("{name}: {}", type_text(*value, true)))
            .collect();
        out += &doc_comment("  ", method.about);
        out += &format!("  {}({}): void;\n", method.name, parameters.join(", "));
    }
    for verb in ["addEventListener", "removeEventListener"] {
        let options = if verb == "addEventListener" {
            "AddEventListenerOptions"
        } else {
            "EventListenerOptions"
        };
        out += &format!(
            "  {verb}<K extends keyof ConferenceSummaryEventMap>(type: K, listener: (this: {CLASS}, event: ConferenceSummaryEventMap[K]) => unknown, options?: boolean | {options}): void;\n\
             \x20 {verb}<K extends keyof HTMLElementEventMap>(type: K, listener: (this: {CLASS}, event: HTMLElementEventMap[K]) => unknown, options?: boolean | {options}): void;\n\
             \x20 {verb}(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | {options}): void;\n"
        );
    }
    out += "}\n\n";
    out += &format!(
        "declare global {{\n\
         \x20 interface HTMLElementTagNameMap {{\n\
         \x20   '{TAG}': {CLASS};\n\
         \x20 }}\n\
         \x20 // The events bubble and are composed: the document and the window hear them too.\n\
         \x20 interface DocumentEventMap extends ConferenceSummaryEventMap {{}}\n\
         \x20 interface WindowEventMap extends ConferenceSummaryEventMap {{}}\n\
         }}\n"
    );
    out
}
