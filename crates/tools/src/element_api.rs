//! Writes the element's API, as [`conference_summary_model::element_api`] describes it, in the
//! forms others read: the loader's constants, the Custom Elements Manifest,
//! TypeScript declarations and the README's tables.

use serde_json::{json, Map, Value};

use conference_summary_model::element_api::{
    Attribute, DetailType, Event, Fallback, ValueType, Values, CSS_PROPERTY_ABOUT, CSS_STATES,
    DEFAULT_TIMEOUT_MS, LOADING_STATE, METHODS, PARTS, PROPERTIES, TAG,
};
use conference_summary_model::Section;

/// The widget's stylesheet, where the CSS custom properties are defined.
const STYLESHEET: &str = include_str!("../../../assets/conference-summary.css");

/// The file the element is defined in, as the manifest names it.
const MODULE: &str = "embed.js";
/// The class that defines the element in `assets/embed.js`.
const CLASS: &str = "ConferenceSummaryElement";

/// A CSS custom property the page may set: name, default and meaning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CssProperty {
    /// `--cs-…`
    pub name: String,
    /// Its value when the page sets none, as CSS.
    pub default: String,
    /// What it styles.
    pub about: &'static str,
}

/// The public custom properties: every `var(--cs-NAME, …)` of the stylesheet
/// whose name does not start with `_`, with the fallback it gives. Fails
/// when the stylesheet and [`CSS_PROPERTY_ABOUT`] do not list the same ones.
pub fn css_properties() -> Result<Vec<CssProperty>, String> {
    css_properties_of(STYLESHEET)
}

fn css_properties_of(stylesheet: &str) -> Result<Vec<CssProperty>, String> {
    let mut found = css_variables_of(stylesheet)?;
    let mut properties = Vec::new();
    for (name, about) in CSS_PROPERTY_ABOUT {
        let Some(position) = found.iter().position(|(known, _)| known == name) else {
            return Err(format!(
                "crates/model/src/element_api.rs: {name} is described, but the stylesheet does not use it"
            ));
        };
        let (name, default) = found.remove(position);
        properties.push(CssProperty {
            name,
            default,
            about,
        });
    }
    if let Some((name, _)) = found.first() {
        return Err(format!(
            "assets/conference-summary.css uses {name}, which crates/model/src/element_api.rs does not describe"
        ));
    }
    Ok(properties)
}

/// Every public custom property `stylesheet` reads, with its fallback, in
/// the order of first use.
fn css_variables_of(stylesheet: &str) -> Result<Vec<(String, String)>, String> {
    let mut found: Vec<(String, String)> = Vec::new();
    let mut rest = stylesheet;
    while let Some(start) = rest.find("var(--cs-") {
        let after = &rest[start + "var(".len()..];
        let name_end = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..name_end];
        rest = &after[name_end..];
        if name.starts_with("--cs-_") || found.iter().any(|(known, _)| known == name) {
            continue;
        }
        let Some(fallback) = rest.strip_prefix(',').map(|text| balanced(text).trim()) else {
            return Err(format!(
                "assets/conference-summary.css: var({name}) has no fallback"
            ));
        };
        found.push((name.to_string(), resolve_default(stylesheet, fallback)));
    }
    Ok(found)
}

/// The text up to the parenthesis that closes the one already open.
fn balanced(text: &str) -> &str {
    let mut depth = 0usize;
    for (index, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return &text[..index],
            ')' => depth -= 1,
            _ => {}
        }
    }
    text
}

/// A fallback as the page would read it: the stylesheet's private variables
/// (`var(--_accent)`) replaced by their values, its internal ones
/// (`var(--cs-_accent)`) by the public property they stand for.
fn resolve_default(stylesheet: &str, fallback: &str) -> String {
    if let Some(private) = fallback
        .strip_prefix("var(--_")
        .and_then(|rest| rest.strip_suffix(')'))
    {
        let definition = format!("--_{private}:");
        if let Some(start) = stylesheet.find(&definition) {
            let value = &stylesheet[start + definition.len()..];
            let end = value.find(';').unwrap_or(value.len());
            return value[..end].trim().to_string();
        }
    }
    fallback.replace("var(--cs-_", "var(--cs-")
}

/// The values of an enumerated type as a TypeScript union: `'auto' | 'light' | 'dark'`.
fn union(value: ValueType) -> String {
    let Values::OneOf(values) = value.values() else {
        return "string".to_string();
    };
    values
        .iter()
        .map(|value| format!("'{value}'"))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The TypeScript type of a value, spelled out (the manifest) or by the
/// names the declarations file defines.
fn type_text(value: ValueType, named: bool) -> String {
    match (value, named) {
        (ValueType::Section, true) => "ConferenceSummarySection".to_string(),
        (ValueType::Theme, true) => "ConferenceSummaryTheme".to_string(),
        (ValueType::Section | ValueType::Theme, false) => union(value),
        (ValueType::Text { .. } | ValueType::DeepLinkKey, _) => "string".to_string(),
        (ValueType::Timeout, _) => "number".to_string(),
        (ValueType::Flag, _) => "boolean".to_string(),
    }
}

fn detail_type(detail: DetailType, named: bool) -> String {
    match detail {
        DetailType::Section => type_text(ValueType::Section, named),
        DetailType::Text => "string".to_string(),
        DetailType::Boolean => "boolean".to_string(),
    }
}

/// The detail of an event as a TypeScript object type, spelled out.
fn detail_object(event: Event) -> String {
    let detail = event.entry().detail;
    if detail.is_empty() {
        return "{}".to_string();
    }
    let fields: Vec<String> = detail
        .iter()
        .map(|(name, kind, _)| format!("{name}: {}", detail_type(*kind, false)))
        .collect();
    format!("{{ {} }}", fields.join("; "))
}

/// Markdown code: `value`.
fn code(text: &str) -> String {
    format!("`{text}`")
}

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
        "events": events,
        "loadingState": LOADING_STATE,
    })
    .to_string()
}

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
                "type": { "text": type_text(property.attribute.entry().value, false) },
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
        .map(|event| {
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
            json!({
                "name": event.full_name(),
                "type": { "text": format!("CustomEvent<{}>", detail_object(*event)) },
                "description": format!("{}. {detail}. Bubbles and is composed.", capitalised(about.about)),
            })
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

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The name of an event's detail type: `ConferenceSummarySectionChangeDetail`.
fn detail_interface(event: Event) -> String {
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
    out += "/** The element's events, by name: `CustomEvent`s that bubble and are composed. */\n";
    out += "export interface ConferenceSummaryEventMap {\n";
    for &event in Event::ALL {
        out += &doc_comment("  ", event.entry().about);
        out += &format!(
            "  '{}': CustomEvent<{}>;\n",
            event.full_name(),
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
            type_text(property.attribute.entry().value, true)
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

/// The README's API tables, by the name of the markers around each.
pub fn readme_tables() -> Result<Vec<(&'static str, String)>, String> {
    let mut attributes =
        String::from("| attribute | values | default | what it does |\n|---|---|---|---|\n");
    for attribute in Attribute::ALL {
        let entry = attribute.entry();
        let values = match entry.value.values() {
            Values::OneOf(values) => values.into_iter().map(code).collect::<Vec<_>>().join(", "),
            Values::Described(text) => text.to_string(),
        };
        let default = match entry.value.fallback() {
            Fallback::Text(value) => code(value),
            Fallback::Number(value) => code(&value.to_string()),
            Fallback::Described(text) => text.to_string(),
        };
        attributes += &format!(
            "| {} | {values} | {default} | {} |\n",
            code(attribute.name()),
            entry.about
        );
    }
    let mut properties = String::from("| member | what it does |\n|---|---|\n");
    for property in PROPERTIES {
        properties += &format!(
            "| {} (property) | {} |\n",
            code(property.name),
            property.about
        );
    }
    for method in METHODS {
        let parameters: Vec<&str> = method.parameters.iter().map(|(name, _)| *name).collect();
        properties += &format!(
            "| {} | {} |\n",
            code(&format!("{}({})", method.name, parameters.join(", "))),
            method.about
        );
    }
    let mut events = String::from("| event | `detail` | when |\n|---|---|---|\n");
    for event in Event::ALL {
        let entry = event.entry();
        let detail = if entry.detail.is_empty() {
            code("{}")
        } else {
            let names: Vec<&str> = entry.detail.iter().map(|(name, _, _)| *name).collect();
            let meanings: Vec<String> = entry
                .detail
                .iter()
                .map(|(name, _, about)| {
                    if entry.detail.len() == 1 {
                        about.to_string()
                    } else {
                        format!("{} {about}", code(name))
                    }
                })
                .collect();
            format!(
                "{}: {}",
                code(&format!("{{ {} }}", names.join(", "))),
                meanings.join(", ")
            )
        };
        events += &format!(
            "| {} | {detail} | {} |\n",
            code(&event.full_name()),
            entry.about
        );
    }
    let mut css = String::from("| property | default | what |\n|---|---|---|\n");
    for property in css_properties()? {
        css += &format!(
            "| {} | {} | {} |\n",
            code(&property.name),
            code(&property.default),
            property.about
        );
    }
    let mut parts = String::from("| part | element |\n|---|---|\n");
    for (name, about) in PARTS {
        parts += &format!("| {} | {about} |\n", code(name));
    }
    Ok(vec![
        ("attributes", attributes),
        ("properties", properties),
        ("events", events),
        ("css-properties", css),
        ("parts", parts),
    ])
}

/// `text` with every table between `<!-- element-api:NAME -->` and
/// `<!-- /element-api:NAME -->` replaced by the generated one.
pub fn fill_readme(text: &str) -> Result<String, String> {
    let mut out = text.to_string();
    for (name, table) in readme_tables()? {
        let open = format!("<!-- element-api:{name} -->");
        let close = format!("<!-- /element-api:{name} -->");
        let (Some(start), Some(end)) = (out.find(&open), out.find(&close)) else {
            return Err(format!(
                "README.md: the markers {open} … {close} are missing"
            ));
        };
        if end < start {
            return Err(format!("README.md: {close} comes before {open}"));
        }
        out.replace_range(start + open.len()..end, &format!("\n\n{table}\n"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_resolve_through_the_stylesheets_own_variables() {
        let css = ".a { --_accent: light-dark(#111, #eee); --cs-_accent: var(--cs-accent, var(--_accent)); \
                   --cs-_focus: var(--cs-focus, var(--cs-_accent)); font-size: var(--cs-font-size, calc(1em + (2px))); }";
        let found = css_variables_of(css).unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(
            found,
            vec![
                (
                    "--cs-accent".to_string(),
                    "light-dark(#111, #eee)".to_string()
                ),
                ("--cs-focus".to_string(), "var(--cs-accent)".to_string()),
                (
                    "--cs-font-size".to_string(),
                    "calc(1em + (2px))".to_string()
                ),
            ]
        );
    }

    #[test]
    fn an_undescribed_property_in_the_stylesheet_is_an_error() {
        let css = format!("{STYLESHEET}\n.x {{ color: var(--cs-new-colour, red); }}");
        let error = css_properties_of(&css).err().unwrap_or_default();
        assert!(error.contains("--cs-new-colour"), "{error}");
    }

    #[test]
    fn a_described_property_the_stylesheet_lacks_is_an_error() {
        let css = STYLESHEET.replace("var(--cs-space,", "var(--cs-gap,");
        let error = css_properties_of(&css).err().unwrap_or_default();
        assert!(error.contains("--cs-space"), "{error}");
    }

    #[test]
    fn the_stylesheet_and_the_description_agree() {
        let properties = css_properties().unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(properties.len(), CSS_PROPERTY_ABOUT.len());
        let accent = &properties[0];
        assert_eq!(accent.name, "--cs-accent");
        assert!(accent.default.starts_with("light-dark(#"), "{accent:?}");
    }

    #[test]
    fn the_readme_tables_are_the_generated_ones() {
        let readme = include_str!("../../../README.md");
        let filled = fill_readme(readme).unwrap_or_else(|error| panic!("{error}"));
        assert!(
            filled == readme,
            "README.md's API tables are out of date: run `cargo element-api readme`"
        );
    }
}
