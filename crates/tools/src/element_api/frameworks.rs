//! Framework typings (`react.d.ts`, `vue.d.ts`, `svelte.d.ts`): each makes
//! `<conference-summary>` known to that framework's templates, with the
//! element's attributes, properties and event aliases typed, from the types
//! `conference-summary.d.ts` defines. Importing one (`import type {} from
//! 'conference-summary/react'`) is all a TypeScript project does.

use super::dts::detail_interface;
use super::types::{capitalised, property_type, type_text};
use conference_summary_model::element_api::{Attribute, Event, PROPERTIES, TAG};

/// The element's types, from the declarations file beside this one.
fn imports(version: &str, framework: &str) -> String {
    let mut details: Vec<String> = Event::ALL
        .iter()
        .map(|event| detail_interface(*event))
        .collect();
    details.sort();
    format!(
        "// conference-summary {version}: <{TAG}> in {framework} templates.\n\
         // Generated from crates/model/src/element_api.rs by `cargo element-api`.\n\n\
         import type {{\n\
         \x20 ConferenceSummaryElement,\n\
         \x20 ConferenceSummaryLoading,\n\
         \x20 ConferenceSummarySection,\n\
         \x20 ConferenceSummaryTheme,\n\
         \x20 {},\n\
         }} from './conference-summary.js';\n\n",
        details.join(",\n  ")
    )
}

/// A TypeScript property key: quoted unless it is an identifier.
fn key(name: &str) -> String {
    if name.chars().all(|c| c.is_ascii_alphanumeric()) {
        name.to_string()
    } else {
        format!("'{name}'")
    }
}

/// The element's own attributes and properties as optional members, one a
/// line with `indent`: every property by its name, and an attribute whose
/// name is another (`deep-link`) by its own, with the attribute's type.
/// `lang` is every element's.
fn inputs(indent: &str) -> String {
    let mut out = String::new();
    for property in PROPERTIES {
        out += &format!(
            "{indent}{}?: {};\n",
            key(property.name),
            property_type(property.attribute.entry().value, true)
        );
    }
    for attribute in Attribute::ALL {
        let named = PROPERTIES
            .iter()
            .any(|property| property.name == attribute.name());
        if named || *attribute == Attribute::Lang {
            continue;
        }
        out += &format!(
            "{indent}{}?: {};\n",
            key(attribute.name()),
            type_text(attribute.entry().value, true)
        );
    }
    out
}

/// A listener of an event, typed by its detail.
fn listener(event: Event) -> String {
    format!("(event: CustomEvent<{}>) => void", detail_interface(event))
}

/// `on` + each event's alias, typed with its event: the props React 19 and
/// Svelte 5 listen through.
fn alias_listeners() -> String {
    Event::ALL
        .iter()
        .map(|&event| {
            format!(
                "  /** `{}`, by its alias. */\n  'on{}'?: {};\n",
                event.full_name(),
                event.alias_name(),
                listener(event)
            )
        })
        .collect()
}

/// React 19: `<conference-summary>` in JSX (`React.JSX.IntrinsicElements`).
/// React 19 sets a prop the element has as a property, anything else as an
/// attribute, and listens to `on` + an event's name: the aliases.
pub fn react_declarations(version: &str) -> String {
    let mut out = imports(version, "React 19 JSX");
    out += "import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n\n";
    out += &format!("/** The props of `<{TAG}>` in JSX. */\n");
    out += "export interface ConferenceSummaryProps\n  extends DetailedHTMLProps<HTMLAttributes<ConferenceSummaryElement>, ConferenceSummaryElement> {\n";
    out += &inputs("  ");
    out += &alias_listeners();
    out += "}\n\n";
    out += &format!(
        "declare module 'react' {{\n\
         \x20 namespace JSX {{\n\
         \x20   interface IntrinsicElements {{\n\
         \x20     '{TAG}': ConferenceSummaryProps;\n\
         \x20   }}\n\
         \x20 }}\n\
         }}\n"
    );
    out
}

/// Vue's name of the prop an `@event` listener is: `onConferenceSummaryReady`.
fn vue_listener_prop(event: Event) -> String {
    let words: String = event.alias_name().split('-').map(capitalised).collect();
    format!("on{words}")
}

/// Vue 3: `<conference-summary>` in SFC templates (`GlobalComponents`, which
/// vue-tsc checks). The app also tells Vue's compiler that the tag is a
/// custom element (`compilerOptions.isCustomElement`); Vue then sets a prop
/// the element has as a property, and `@conference-summary-ready` listens to
/// the alias.
pub fn vue_declarations(version: &str) -> String {
    let mut out = imports(version, "Vue 3");
    out += "import type { DefineComponent, HTMLAttributes, PublicProps } from 'vue';\n\n";
    out += &format!("/** The props of `<{TAG}>` in a template, its listeners among them. */\n");
    out += "export interface ConferenceSummaryProps extends HTMLAttributes {\n";
    out += &inputs("  ");
    for &event in Event::ALL {
        out += &format!(
            "  /** `@{}`: `{}`, by its alias. */\n  {}?: {};\n",
            event.alias_name(),
            event.full_name(),
            vue_listener_prop(event),
            listener(event)
        );
    }
    out += "}\n\n";
    out += &format!(
        "declare module 'vue' {{\n\
         \x20 interface GlobalComponents {{\n\
         \x20   '{TAG}': DefineComponent<ConferenceSummaryProps, {{}}, {{}}, {{}}, {{}}, {{}}, {{}}, {{}}, string, PublicProps, ConferenceSummaryProps>;\n\
         \x20 }}\n\
         }}\n"
    );
    out
}

/// Svelte 5: `<conference-summary>` in components (`SvelteHTMLElements`).
/// Svelte sets a prop the element has as a property, and
/// `onconference-summary-ready={…}` listens to the alias.
pub fn svelte_declarations(version: &str) -> String {
    let mut out = imports(version, "Svelte 5");
    out += "import type { HTMLAttributes } from 'svelte/elements';\n\n";
    out +=
        &format!("/** The attributes of `<{TAG}>` in a component, its listeners among them. */\n");
    out += "export interface ConferenceSummaryAttributes extends HTMLAttributes<ConferenceSummaryElement> {\n";
    out += &inputs("  ");
    out += &alias_listeners();
    out += "}\n\n";
    out += &format!(
        "declare module 'svelte/elements' {{\n\
         \x20 interface SvelteHTMLElements {{\n\
         \x20   '{TAG}': ConferenceSummaryAttributes;\n\
         \x20 }}\n\
         }}\n"
    );
    out
}
