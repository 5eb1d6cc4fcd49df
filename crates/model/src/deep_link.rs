//! Deep links: the URL fragment that names a section or a quote of one
//! widget, so that a reader can share a link to it.
//!
//! Format: `#{key}/{section}` or `#{key}/quotes/{quote id}`, where `key` is
//! the value of the element's `deep-link` attribute (default
//! `conference-summary`), which keeps several widgets on a page apart.

use super::section::Section;

/// The key used when the `deep-link` attribute has no value.
pub const DEFAULT_DEEP_LINK_KEY: &str = "conference-summary";

/// What a fragment asks a widget to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeepLink {
    /// The section to show.
    pub section: Section,
    /// The quote to open, by id (only with [`Section::Quotes`]).
    pub quote: Option<String>,
}

/// Whether `key` can stand in a fragment as it is: letters, digits, `-`, `_`.
pub fn is_valid_deep_link_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl DeepLink {
    /// Reads a fragment (with or without its `#`); `None` when it is not for `key`.
    pub fn parse(fragment: &str, key: &str) -> Option<DeepLink> {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let mut parts = fragment.strip_prefix(key)?.strip_prefix('/')?.split('/');
        let section = Section::from_id(parts.next()?)?;
        let quote = match (section, parts.next()) {
            (_, None) => None,
            (Section::Quotes, Some(id)) if !id.is_empty() => Some(id.to_string()),
            _ => return None,
        };
        parts
            .next()
            .is_none()
            .then_some(DeepLink { section, quote })
    }

    /// The fragment, `#` included, that leads back here.
    pub fn fragment(&self, key: &str) -> String {
        match &self.quote {
            Some(quote) => format!("#{key}/{}/{quote}", self.section.id()),
            None => format!("#{key}/{}", self.section.id()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_round_trip() {
        let links = [
            DeepLink {
                section: Section::Funders,
                quote: None,
            },
            DeepLink {
                section: Section::Quotes,
                quote: Some("perez-testimony".into()),
            },
        ];
        for link in links {
            assert_eq!(DeepLink::parse(&link.fragment("osce"), "osce"), Some(link));
        }
    }

    #[test]
    fn foreign_or_malformed_fragments_are_ignored() {
        for fragment in [
            "#top",
            "#osce",
            "#osce/",
            "#osce/nowhere",
            "#osce/funders/x",
            "#osce/quotes/a/b",
            "#oscex/quotes",
            "#osce/quotes/",
        ] {
            assert_eq!(DeepLink::parse(fragment, "osce"), None, "{fragment}");
        }
    }

    #[test]
    fn keys_are_plain() {
        assert!(is_valid_deep_link_key("conference-summary_2"));
        assert!(!is_valid_deep_link_key("a/b"));
        assert!(!is_valid_deep_link_key(""));
    }
}
