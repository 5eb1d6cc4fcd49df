//! The `<conference-summary>` element's public API as data: its tag,
//! attributes, properties, methods, events, CSS parts and CSS custom
//! properties.
//!
//! This is the one description of that API. Attributes and events are enums
//! ([`Attribute`], [`Event`]) declared with their names: the embed layer
//! names them through these, the generator lists them through `ALL`, and a
//! `match` gives each its entry, so none can be left out. Section ids, theme
//! names and defaults come from their own types ([`Section`], [`Theme`]).
//! `cargo element-api` writes from it the loader's constants
//! (`assets/embed.js` gets them at build time), the Custom Elements Manifest
//! (`custom-elements.json`), the TypeScript declarations
//! (`conference-summary.d.ts`) and the README's API tables. The CSS custom
//! properties' names and defaults are read from the stylesheet itself, so
//! only their descriptions live here. `tests/e2e/manifest.test.mjs` checks
//! that the element supports exactly what is listed.
//!
//! The wasm uses only the names; the entries are for the native generator
//! and cost the wasm nothing.

use crate::{Section, Theme, DEFAULT_DEEP_LINK_KEY, MAX_DOCUMENT_BYTES};

/// The element's tag name.
pub const TAG: &str = "conference-summary";

/// An enum of named items, with every item in order and the lookup by name,
/// from one list of items and names.
macro_rules! named {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$item_meta:meta])* $item:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$item_meta])* $item,)+
        }

        impl $name {
            /// Every one, in the order the docs list them.
            pub const ALL: &'static [$name] = &[$($name::$item,)+];

            /// Its name, as the page writes it.
            pub const fn name(self) -> &'static str {
                match self {
                    $($name::$item => $text,)+
                }
            }

            /// The one with this name, if there is one.
            pub fn from_name(name: &str) -> Option<$name> {
                match name {
                    $($text => Some($name::$item),)+
                    _ => None,
                }
            }
        }
    };
}

named! {
    /// An attribute the element reads.
    pub enum Attribute {
        /// The section shown.
        Section = "section",
        /// The colour theme.
        Theme = "theme",
        /// The interface language.
        Lang = "lang",
        /// The URL of a summary JSON.
        Src = "src",
        /// How long to wait for `src`, in milliseconds.
        Timeout = "timeout",
        /// Every quote open.
        Expanded = "expanded",
        /// Deep links on, with an optional key.
        DeepLink = "deep-link",
        /// When the widget loads: at once, or as it nears the viewport.
        Loading = "loading",
    }
}

named! {
    /// An event the element fires: a `CustomEvent` named `{TAG}:{name}`
    /// ([`Event::full_name`]) that bubbles and is composed, then the same
    /// as `{TAG}-{name}` ([`Event::alias_name`]).
    pub enum Event {
        /// A summary has rendered.
        Ready = "ready",
        /// The shown section changed.
        SectionChange = "section-change",
        /// A quote opened or closed.
        QuoteToggle = "quote-toggle",
        /// The summary could not be loaded or is invalid.
        Error = "error",
    }
}

/// How long the element waits for `src` unless `timeout` says otherwise.
pub const DEFAULT_TIMEOUT_MS: u32 = 10_000;

/// The longest `timeout`: the most milliseconds `setTimeout` waits (2³¹ − 1);
/// browsers fire a longer one at once.
pub const MAX_TIMEOUT_MS: u32 = 2_147_483_647;

/// The values of `loading`: the widget loads at once, or once the element
/// is within [`LAZY_MARGIN_PX`] of the viewport.
pub const LOADING_VALUES: [&str; 2] = ["eager", "lazy"];

/// How near the viewport a `loading="lazy"` element starts loading, in CSS
/// pixels on every side (an `IntersectionObserver`'s `rootMargin`): enough
/// for a scroll to find the widget started, as lazy images do.
pub const LAZY_MARGIN_PX: u32 = 300;

/// What a value of an attribute, property or method parameter is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueType {
    /// A section id ([`Section::ALL`]); [`Section::default`] when absent.
    Section,
    /// A theme ([`Theme::ALL`]); [`Theme::default`] when absent.
    Theme,
    /// How long to wait: whole milliseconds, 1 to [`MAX_TIMEOUT_MS`];
    /// [`DEFAULT_TIMEOUT_MS`] when absent or another value.
    Timeout,
    /// Any string: what it holds, and what applies without it, as the docs
    /// say them.
    Text {
        /// The values it takes.
        values: &'static str,
        /// What applies when it is absent.
        absent: &'static str,
    },
    /// A boolean attribute: present or absent.
    Flag,
    /// Empty, or a deep-link key; off when absent.
    DeepLinkKey,
    /// One of [`LOADING_VALUES`]; the first when absent or another value.
    Loading,
}

/// The values an attribute takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Values {
    /// One of these, as the attribute writes them.
    OneOf(Vec<&'static str>),
    /// As the docs say them.
    Described(&'static str),
}

/// What applies when an attribute is absent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fallback {
    /// This value, as the attribute would give it.
    Text(&'static str),
    /// This number, as the attribute would give it.
    Number(u32),
    /// No value: what happens instead, as the docs say it.
    Described(&'static str),
}

impl ValueType {
    /// The values it takes.
    pub fn values(self) -> Values {
        match self {
            ValueType::Section => Values::OneOf(Section::ALL.map(Section::id).to_vec()),
            ValueType::Theme => Values::OneOf(Theme::ALL.map(Theme::id).to_vec()),
            ValueType::Timeout => Values::Described("whole milliseconds"),
            ValueType::Text { values, .. } => Values::Described(values),
            ValueType::Flag => Values::Described("boolean attribute"),
            ValueType::DeepLinkKey => {
                Values::Described("empty, or a key of letters, digits, `-`, `_`")
            }
            ValueType::Loading => Values::OneOf(LOADING_VALUES.to_vec()),
        }
    }

    /// What applies when it is absent.
    pub fn fallback(self) -> Fallback {
        match self {
            ValueType::Section => Fallback::Text(Section::default().id()),
            ValueType::Theme => Fallback::Text(Theme::default().id()),
            ValueType::Timeout => Fallback::Number(DEFAULT_TIMEOUT_MS),
            ValueType::Text { absent, .. } => Fallback::Described(absent),
            ValueType::Flag => Fallback::Described("absent"),
            ValueType::DeepLinkKey => Fallback::Described("absent (off)"),
            ValueType::Loading => Fallback::Text(LOADING_VALUES[0]),
        }
    }
}

/// What the docs say of an attribute.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttributeEntry {
    /// What its value is.
    pub value: ValueType,
    /// Whether a change is followed at once (`observedAttributes`); the
    /// others are read when they are needed.
    pub observed: bool,
    /// What it does.
    pub about: String,
}

impl Attribute {
    /// Its entry in the docs.
    pub fn entry(self) -> AttributeEntry {
        match self {
            Attribute::Section => AttributeEntry {
                value: ValueType::Section,
                observed: true,
                about: "the section shown; updated when the reader picks another".into(),
            },
            Attribute::Theme => AttributeEntry {
                value: ValueType::Theme,
                observed: true,
                about: "colours; `auto` follows `prefers-color-scheme`".into(),
            },
            Attribute::Lang => AttributeEntry {
                value: ValueType::Text {
                    values: "a language tag, e.g. `fr` or `fr-CA`",
                    absent: "the page's `<html lang>`, else `en`",
                },
                observed: true,
                about: "language of the interface (the content keeps its own)".into(),
            },
            Attribute::Src => AttributeEntry {
                value: ValueType::Text {
                    values: "URL of a summary JSON",
                    absent: "the built-in summary",
                },
                observed: true,
                about: format!("shows that summary instead; the server must send `Content-Type: application/json` (and CORS headers when on another origin); a body over {MAX_DOCUMENT_BYTES} bytes (1 MiB) once decompressed is too large: refused unread when its `Content-Length` says so, else as soon as that many bytes have come; a change of `src` or the element's removal stops the download (unless another element with the same `src` waits for it)"),
            },
            Attribute::Timeout => AttributeEntry {
                value: ValueType::Timeout,
                observed: true,
                about: format!("how long to wait for `src`, from 1 to {MAX_TIMEOUT_MS}; a change while `src` loads starts that load again. The first element to start waits as long for the page's shared stylesheet; after that every widget links the stylesheet instead"),
            },
            Attribute::Expanded => AttributeEntry {
                value: ValueType::Flag,
                observed: true,
                about: "every quote open".into(),
            },
            Attribute::DeepLink => AttributeEntry {
                value: ValueType::DeepLinkKey,
                observed: true,
                about: format!("the shown section and open quote follow the URL fragment `#KEY/SECTION` or `#KEY/quotes/QUOTE-ID`; the key defaults to `{DEFAULT_DEEP_LINK_KEY}`"),
            },
            Attribute::Loading => AttributeEntry {
                value: ValueType::Loading,
                observed: true,
                about: format!("`lazy`: the widget's WebAssembly, script and stylesheet are fetched and started only once the element is within {LAZY_MARGIN_PX} px of the viewport (never while it is hidden with `display: none`); a prerendered summary stays readable meanwhile; set to `eager`, it starts at once"),
            },
        }
    }
}

/// A property of the element: it reflects an attribute, and its value is
/// of that attribute's type.
#[derive(Debug)]
pub struct Property {
    /// Its name.
    pub name: &'static str,
    /// The attribute it reflects.
    pub attribute: Attribute,
    /// What it is.
    pub about: &'static str,
}

/// Every property: every attribute but `lang`, which `HTMLElement` has.
/// Each reads what applies (its attribute, or the default when that is
/// absent or not a value the widget knows) and sets its attribute; setting
/// `null` or `undefined` removes the attribute. Frameworks that set
/// properties (React 19, Vue, Angular's `[x]`) reach the element this way.
pub const PROPERTIES: &[Property] = &[
    Property {
        name: Attribute::Section.name(),
        attribute: Attribute::Section,
        about: "the shown section's id; setting it sets the `section` attribute",
    },
    Property {
        name: Attribute::Theme.name(),
        attribute: Attribute::Theme,
        about: "the `theme` attribute, `auto` when it is absent or not a theme; setting it sets the attribute",
    },
    Property {
        name: Attribute::Src.name(),
        attribute: Attribute::Src,
        about: "the `src` attribute as written, `''` when absent; setting it sets the attribute, which loads that summary",
    },
    Property {
        name: Attribute::Timeout.name(),
        attribute: Attribute::Timeout,
        about: "the wait for `src` that applies, in milliseconds: the `timeout` attribute, or the default when it is absent or not valid; setting it sets the attribute",
    },
    Property {
        name: Attribute::Expanded.name(),
        attribute: Attribute::Expanded,
        about: "whether the `expanded` attribute is present; `true` sets it (to `\"\"`), `false` removes it",
    },
    Property {
        name: "deepLink",
        attribute: Attribute::DeepLink,
        about: "the `deep-link` attribute, `null` when absent (deep links off); setting a key sets it (`''`: the default key), `null` removes it",
    },
    Property {
        name: Attribute::Loading.name(),
        attribute: Attribute::Loading,
        about: "`lazy` when the `loading` attribute says so, else `eager`; setting it sets the attribute",
    },
];

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

/// What the docs say of an event.
#[derive(Debug)]
pub struct EventEntry {
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

impl Event {
    /// Its full name: `conference-summary:ready`.
    pub fn full_name(self) -> String {
        format!("{TAG}:{}", self.name())
    }

    /// The name it is also dispatched under, right after its full name:
    /// `conference-summary-ready`, which frameworks' event syntax can spell
    /// (React's `onconference-summary-ready`, Vue's `@conference-summary-ready`).
    pub fn alias_name(self) -> String {
        format!("{TAG}-{}", self.name())
    }

    /// Its entry in the docs.
    pub fn entry(self) -> EventEntry {
        match self {
            Event::Ready => EventEntry {
                detail: &[],
                about: "a summary has rendered (again after `src` changes)",
            },
            Event::SectionChange => EventEntry {
                detail: &[("section", DetailType::Section, "the section id")],
                about: "the shown section changed, by the reader, an attribute, a method or a deep link",
            },
            Event::QuoteToggle => EventEntry {
                detail: &[
                    ("id", DetailType::Text, "the quote id"),
                    ("open", DetailType::Boolean, "whether it is now open"),
                ],
                about: "a quote opened or closed",
            },
            Event::Error => EventEntry {
                detail: &[(
                    "message",
                    DetailType::Text,
                    "what went wrong, one problem a line: at most 50, then \"… and N more\"",
                )],
                about: "the summary could not be loaded or is invalid; the widget shows an error box (`role=\"alert\"`) and logs the details",
            },
        }
    }
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

/// The custom state of an element whose widget has not rendered yet.
pub const LOADING_STATE: &str = "loading";

/// The element's custom states, for `:state()` in the page's CSS: name and meaning.
pub const CSS_STATES: &[(&str, &str)] = &[(
    LOADING_STATE,
    "from when the script defines the element until the widget has rendered or failed: the page's own rules can hold its size meanwhile (README)",
)];

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
