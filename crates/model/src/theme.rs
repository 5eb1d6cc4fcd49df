//! The widget's colour themes.

/// A colour theme: the values of the element's `theme` attribute and of the
/// component's `theme` property. The stylesheet does the work.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// The reader's preference (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Light, whatever the reader prefers.
    Light,
    /// Dark, whatever the reader prefers.
    Dark,
}

impl Theme {
    /// Every theme, in the order the docs list them.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The value of the `theme` attribute that asks for this theme.
    pub const fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme this attribute value asks for, if there is one.
    pub fn from_id(id: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_theme_is_named_by_its_attribute_value_exactly() {
        assert_eq!(Theme::ALL.map(Theme::id), ["auto", "light", "dark"]);
        assert_eq!(Theme::from_id("dark"), Some(Theme::Dark));
        assert_eq!(Theme::from_id("Dark"), None);
        assert_eq!(Theme::default(), Theme::Auto);
    }
}
