//! The element's attributes, read and checked. A value the widget does not
//! know falls back to the default with one console warning. The element's
//! own attributes are named by [`Attribute`] only, through the functions at
//! the end.

use web_sys::Element;

use crate::host::console_warn;
use crate::i18n::{self, Strings};
use crate::model::element_api::Attribute;
use crate::model::{is_valid_deep_link_key, Section, Theme, DEFAULT_DEEP_LINK_KEY};

/// Everything the attributes say, checked.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Attributes {
    /// `section`: the section shown.
    pub section: Section,
    /// `expanded`: every quote open.
    pub expanded: bool,
    /// `lang`, else the page's `<html lang>`: the interface language.
    pub strings: &'static Strings,
    /// `deep-link`: the fragment key, when deep links are on.
    pub deep_link: Option<String>,
}

impl Attributes {
    /// Reads `host`'s attributes. A value it cannot use gets one console
    /// warning: when the element is connected (`changed` is `None`), or when
    /// that attribute is the one that `changed`.
    pub fn read(host: &Element, changed: Option<Attribute>) -> Attributes {
        let warn = |attribute: Attribute, message: String| {
            if changed.is_none_or(|changed| changed == attribute) {
                console_warn(&message);
            }
        };
        let section = match get(host, Attribute::Section) {
            None => Section::default(),
            Some(id) => Section::from_id(&id).unwrap_or_else(|| {
                let known: Vec<&str> = Section::ALL.iter().map(|section| section.id()).collect();
                let known = known.join(", ");
                warn(
                    Attribute::Section,
                    format!("section=\"{id}\" is not a section ({known}); showing overview"),
                );
                Section::default()
            }),
        };
        if let Some(theme) = get(host, Attribute::Theme) {
            if !Theme::ALL.iter().any(|known| known.id() == theme) {
                // The wording the docs use; spelled from `Theme::ALL` it
                // cost the wasm more than the rest of this check.
                warn(
                    Attribute::Theme,
                    format!("theme=\"{theme}\" is not auto, light or dark; using auto"),
                );
            }
        }
        if let Some(lang) = get(host, Attribute::Lang).filter(|lang| !lang.trim().is_empty()) {
            let primary = lang.split(['-', '_']).next().unwrap_or_default();
            if !i18n::strings(&lang).lang.eq_ignore_ascii_case(primary) {
                let spoken: Vec<&str> =
                    i18n::LANGUAGES.iter().map(|strings| strings.lang).collect();
                let spoken = spoken.join(", ");
                warn(
                    Attribute::Lang,
                    format!("lang=\"{lang}\" is not a language the interface speaks ({spoken}); using English"),
                );
            }
        }
        let deep_link = get(host, Attribute::DeepLink).map(|key| {
            if key.is_empty() {
                DEFAULT_DEEP_LINK_KEY.to_string()
            } else if is_valid_deep_link_key(&key) {
                key
            } else {
                warn(
                    Attribute::DeepLink,
                    format!("deep-link=\"{key}\" may hold only letters, digits, - and _; using {DEFAULT_DEEP_LINK_KEY}"),
                );
                DEFAULT_DEEP_LINK_KEY.to_string()
            }
        });
        Attributes {
            section,
            expanded: has(host, Attribute::Expanded),
            strings: i18n::strings(&interface_language(host)),
            deep_link,
        }
    }
}

/// The element's `lang`, else the page's, else English.
fn interface_language(host: &Element) -> String {
    get(host, Attribute::Lang)
        .filter(|lang| !lang.trim().is_empty())
        .or_else(|| {
            let root = host.owner_document()?.document_element()?;
            // The page's own language, read the way the element reads its own.
            get(&root, Attribute::Lang)
        })
        .unwrap_or_else(|| "en".to_string())
}

// Inlined, so that every call names its attribute by a literal, as a call
// of `get_attribute` would: a call through a variable `Attribute` costs the
// wasm its table of names.

/// The value of `host`'s `attribute`.
#[inline(always)]
pub(crate) fn get(host: &Element, attribute: Attribute) -> Option<String> {
    host.get_attribute(attribute.name())
}

/// Whether `host` has `attribute`.
#[inline(always)]
pub(crate) fn has(host: &Element, attribute: Attribute) -> bool {
    host.has_attribute(attribute.name())
}

/// Sets `host`'s `attribute` to `value`.
#[inline(always)]
pub(crate) fn set(host: &Element, attribute: Attribute, value: &str) {
    // Setting an attribute with a valid name cannot fail.
    let _ = host.set_attribute(attribute.name(), value);
}
