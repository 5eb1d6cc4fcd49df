//! The `<conference-summary>` element's public API as data: its tag,
//! attributes, properties, methods, events, CSS parts and CSS custom
//! properties.
//!
//! This is the one description of that API. The embed layer takes the names
//! it uses from here; `cargo run --bin element-api` writes from it the
//! loader's constants (`assets/embed.js` gets them at build time), the Custom
//! Elements Manifest (`custom-elements.json`), the TypeScript declarations
//! (`conference-summary.d.ts`) and the README's API tables. The CSS custom
//! properties' names and defaults are read from the stylesheet itself, so
//! only their descriptions live here. Tests check that the element supports
//! exactly what is listed (`tests/element_api.rs`, `tests/e2e/manifest.test.mjs`).
//!
//! The wasm uses only the name constants; the tables below are for the
//! native generator and cost the wasm nothing.

#[cfg(test)]
use crate::{Section, DEFAULT_DEEP_LINK_KEY};

/// The element's tag name.
pub const TAG: &str = "conference-summary";

/// The attribute names the element reads.
pub mod attribute {
    /// The section shown.
    pub const SECTION: &str = "section";
    /// The colour theme.
    pub const THEME: &str = "theme";
    /// The interface language.
    pub const LANG: &str = "lang";
    /// The URL of a summary JSON.
    pub const SRC: &str = "src";
    /// How long to wait for `src`, in milliseconds.
    pub const TIMEOUT: &str = "timeout";
    /// Every quote open.
    pub const EXPANDED: &str = "expanded";
    /// Deep links on, with an optional key.
    pub const DEEP_LINK: &str = "deep-link";
}

/// The events the element fires, each `{TAG}:{name}`.
pub mod event {
    /// A summary has rendered.
    pub const READY: &str = "ready";
    /// The shown section changed.
    pub const SECTION_CHANGE: &str = "section-change";
    /// A quote opened or closed.
    pub const QUOTE_TOGGLE: &str = "quote-toggle";
    /// The summary could not be loaded or is invalid.
    pub const ERROR: &str = "error";
}

/// The values of the `theme` attribute; the stylesheet does the work.
pub const THEMES: [&str; 3] = ["auto", "light", "dark"];

/// How long the element waits for `src` unless `timeout` says otherwise.
pub const DEFAULT_TIMEOUT_MS: u32 = 10_000;

/// What a value of an attribute, property or event detail is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueType {
    /// One of the section ids ([`Section::ALL`](crate::Section::ALL)).
    Section,
    /// One of [`THEMES`].
    Theme,
    /// Any string.
    Text,
    /// A number of milliseconds.
    Milliseconds,
    /// A boolean attribute: present or absent.
    Flag,
    /// Empty, or a deep-link key.
    DeepLinkKey,
}

/// One attribute of the element.
#[derive(Debug)]
pub struct Attribute {
    /// Its name.
    pub name: &'static str,
    /// What its value is.
    pub value: ValueType,
    /// The values it takes, as the docs say them.
    pub values: &'static str,
    /// What applies when it is absent.
    pub default: Fallback,
    /// Whether a change is followed at once (`observedAttributes`); the
    /// others are read when they are needed.
    pub observed: bool,
    /// What it does.
    pub about: &'static str,
}

/// What applies when an attribute is absent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fallback {
    /// This value, as the attribute would give it.
    Value(&'static str),
    /// No value: what happens instead, as the docs say it.
    Described(&'static str),
}

/// Every attribute, in the order the docs list them.
pub const ATTRIBUTES: &[Attribute] = &[
    Attribute {
        name: attribute::SECTION,
        value: ValueType::Section,
        values: "`overview`, `quotes`, `programme`, `participants`, `funders`",
        default: Fallback::Value("overview"),
        observed: true,
        about: "the section shown; updated when the reader picks another",
    },
    Attribute {
        name: attribute::THEME,
        value: ValueType::Theme,
        values: "`auto`, `light`, `dark`",
        default: Fallback::Value("auto"),
        observed: true,
        about: "colours; `auto` follows `prefers-color-scheme`",
    },
    Attribute {
        name: attribute::LANG,
        value: ValueType::Text,
        values: "a language tag, e.g. `fr` or `fr-CA`",
        default: Fallback::Described("the page's `<html lang>`, else `en`"),
        observed: true,
        about: "language of the interface (the content keeps its own)",
    },
    Attribute {
        name: attribute::SRC,
        value: ValueType::Text,
        values: "URL of a summary JSON",
        default: Fallback::Described("the built-in summary"),
        observed: true,
        about: "shows that summary instead; the server must send `Content-Type: application/json` (and CORS headers when on another origin)",
    },
    Attribute {
        name: attribute::TIMEOUT,
        value: ValueType::Milliseconds,
        values: "milliseconds",
        default: Fallback::Value("10000"),
        observed: false,
        about: "how long to wait for `src`; read when `src` is fetched",
    },
    Attribute {
        name: attribute::EXPANDED,
        value: ValueType::Flag,
        values: "boolean attribute",
        default: Fallback::Described("absent"),
        observed: true,
        about: "every quote open",
    },
    Attribute {
        name: attribute::DEEP_LINK,
        value: ValueType::DeepLinkKey,
        values: "empty, or a key of letters, digits, `-`, `_`",
        default: Fallback::Described("absent (off)"),
        observed: true,
        about: "the shown section and open quote follow the URL fragment `#KEY/SECTION` or `#KEY/quotes/QUOTE-ID`; the key defaults to `conference-summary`",
    },
];

/// A property of the element.
#[derive(Debug)]
pub struct Property {
    /// Its name.
    pub name: &'static str,
    /// What its value is.
    pub value: ValueType,
    /// The attribute it reflects.
    pub attribute: &'static str,
    /// What it is.
    pub about: &'static str,
}

/// Every property.
pub const PROPERTIES: &[Property] = &[Property {
    name: "section",
    value: ValueType::Section,
    attribute: attribute::SECTION,
    about: "the shown section's id; setting it sets the `section` attribute",
}];

/// A method of the element.
#[derive(Debug)]
pub struct Method {
    /// Its name.
    pub name: &'static str,
    /// Its parameters: name and type.
    pub parameters: &'static [(&'static str, ValueType)],
    /// What it does.
    pub about: &'static str,
}

/// Every method; all return nothing.
pub const METHODS: &[Method] = &[
    Method {
        name: "showSection",
        parameters: &[("id", ValueType::Section)],
        about: "shows a section",
    },
    Method {
        name: "expandAll",
        parameters: &[],
        about: "opens every quote",
    },
    Method {
        name: "collapseAll",
        parameters: &[],
        about: "closes every quote",
    },
];

/// An event the element fires: a `CustomEvent` that bubbles and is composed.
#[derive(Debug)]
pub struct Event {
    /// Its name after the `{TAG}:` prefix.
    pub name: &'static str,
    /// The fields of its `detail`: name, type and meaning.
    pub detail: &'static [(&'static str, DetailType, &'static str)],
    /// When it fires.
    pub about: &'static str,
}

/// What a field of an event's detail is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DetailType {
    /// A section id.
    Section,
    /// A string.
    Text,
    /// A boolean.
    Boolean,
}

/// Every event.
pub const EVENTS: &[Event] = &[
    Event {
        name: event::READY,
        detail: &[],
        about: "a summary has rendered (again after `src` changes)",
    },
    Event {
        name: event::SECTION_CHANGE,
        detail: &[("section", DetailType::Section, "the section id")],
        about: "the shown section changed, by the reader, an attribute, a method or a deep link",
    },
    Event {
        name: event::QUOTE_TOGGLE,
        detail: &[
            ("id", DetailType::Text, "the quote id"),
            ("open", DetailType::Boolean, "whether it is now open"),
        ],
        about: "a quote opened or closed",
    },
    Event {
        name: event::ERROR,
        detail: &[("message", DetailType::Text, "what went wrong")],
        about: "the summary could not be loaded or is invalid; the widget shows an error box (`role=\"alert\"`) and logs the details",
    },
];

/// The full name of an event: `conference-summary:ready`.
pub fn event_name(name: &str) -> String {
    format!("{TAG}:{name}")
}

/// The parts the page can style with `::part()`: name and element.
pub const PARTS: &[(&str, &str)] = &[
    ("tab-list", "the row of section tabs"),
    ("tab", "each tab"),
    ("tab-selected", "the selected tab (which is also `tab`)"),
    ("panel", "each section's panel"),
    ("quote", "each quote"),
    ("quote-toggle", "the button that opens or closes a quote"),
    ("expand-all", "the button that opens or closes every quote"),
    ("funder-list", "the list of funders"),
    (
        "source-toggle",
        "the `¶` button that shows an item's source paragraph",
    ),
    ("source", "the source paragraph it shows"),
    ("error", "the error box"),
];

/// The element's custom states, for `:state()` in the page's CSS: name and meaning.
pub const CSS_STATES: &[(&str, &str)] = &[(
    "loading",
    "from when the script defines the element until the widget has rendered or failed: the page's own rules can hold its size meanwhile (README)",
)];

/// The custom state of an element whose widget has not rendered yet.
pub const LOADING_STATE: &str = "loading";

/// What each CSS custom property does. Their names and defaults come from
/// the stylesheet (`css_properties`, native only).
pub const CSS_PROPERTY_ABOUT: &[(&str, &str)] = &[
    ("--cs-accent", "selected tab, buttons, quote rules, bullets"),
    ("--cs-on-accent", "text on the accent colour"),
    ("--cs-text", "text"),
    ("--cs-muted", "secondary text"),
    ("--cs-background", "background"),
    ("--cs-surface", "tabs, source paragraphs"),
    ("--cs-border", "borders"),
    ("--cs-focus", "focus ring"),
    ("--cs-font-family", "font"),
    (
        "--cs-font-size",
        "base size (`medium` is the reader's default size); everything scales with it",
    ),
    ("--cs-radius", "corner radius"),
    (
        "--cs-max-width",
        "the widest the widget grows; it fills narrower space, down to 280 px (or its container's width when that is less)",
    ),
    ("--cs-space", "spacing unit"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn fallback(name: &str) -> Fallback {
        match ATTRIBUTES.iter().find(|attribute| attribute.name == name) {
            Some(attribute) => attribute.default,
            None => panic!("no attribute {name}"),
        }
    }

    #[test]
    fn the_defaults_listed_are_the_ones_the_code_uses() {
        assert_eq!(
            fallback(attribute::SECTION),
            Fallback::Value(Section::default().id())
        );
        assert_eq!(fallback(attribute::THEME), Fallback::Value(THEMES[0]));
        let timeout = DEFAULT_TIMEOUT_MS.to_string();
        assert!(matches!(fallback(attribute::TIMEOUT), Fallback::Value(value) if value == timeout));
        let deep_link = ATTRIBUTES
            .iter()
            .find(|attribute| attribute.name == attribute::DEEP_LINK)
            .map(|attribute| attribute.about)
            .unwrap_or_default();
        assert!(deep_link.contains(&format!("`{DEFAULT_DEEP_LINK_KEY}`")));
    }
}
