//! The element's attributes, read and checked. A value the widget does not
//! know falls back to the default with one console warning.

use web_sys::Element;

use super::console_warn;
use crate::i18n::{self, Strings};
use crate::model::element_api::{attribute, THEMES};
use crate::model::{is_valid_deep_link_key, Section, DEFAULT_DEEP_LINK_KEY};

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
    pub fn read(host: &Element, changed: Option<&str>) -> Attributes {
        let warn = |attribute: &str, message: String| {
            if changed.is_none_or(|changed| changed == attribute) {
                console_warn(&message);
            }
        };
        let section = match host.get_attribute(attribute::SECTION) {
            None => Section::default(),
            Some(id) => Section::from_id(&id).unwrap_or_else(|| {
                let known: Vec<&str> = Section::ALL.iter().map(|section| section.id()).collect();
                let known = known.join(", ");
                warn(
                    attribute::SECTION,
                    format!("section=\"{id}\" is not a section ({known}); showing overview"),
                );
                Section::default()
            }),
        };
        if let Some(theme) = host.get_attribute(attribute::THEME) {
            if !THEMES.contains(&theme.as_str()) {
                warn(
                    attribute::THEME,
                    format!("theme=\"{theme}\" is not auto, light or dark; using auto"),
                );
            }
        }
        if let Some(lang) = host
            .get_attribute(attribute::LANG)
            .filter(|lang| !lang.trim().is_empty())
        {
            let primary = lang.split(['-', '_']).next().unwrap_or_default();
            if !i18n::strings(&lang).lang.eq_ignore_ascii_case(primary) {
                let spoken: Vec<&str> =
                    i18n::LANGUAGES.iter().map(|strings| strings.lang).collect();
                let spoken = spoken.join(", ");
                warn(
                    attribute::LANG,
                    format!("lang=\"{lang}\" is not a language the interface speaks ({spoken}); using English"),
                );
            }
        }
        let deep_link = host.get_attribute(attribute::DEEP_LINK).map(|key| {
            if key.is_empty() {
                DEFAULT_DEEP_LINK_KEY.to_string()
            } else if is_valid_deep_link_key(&key) {
                key
            } else {
                warn(
                    attribute::DEEP_LINK,
                    format!("deep-link=\"{key}\" may hold only letters, digits, - and _; using {DEFAULT_DEEP_LINK_KEY}"),
                );
                DEFAULT_DEEP_LINK_KEY.to_string()
            }
        });
        Attributes {
            section,
            expanded: host.has_attribute(attribute::EXPANDED),
            strings: i18n::strings(&interface_language(host)),
            deep_link,
        }
    }
}

/// The element's `lang`, else the page's, else English.
fn interface_language(host: &Element) -> String {
    host.get_attribute(attribute::LANG)
        .filter(|lang| !lang.trim().is_empty())
        .or_else(|| {
            let root = host.owner_document()?.document_element()?;
            // The page's own language, read the way the element reads its own.
            root.get_attribute(attribute::LANG)
        })
        .unwrap_or_else(|| "en".to_string())
}
