//! The CSS custom properties a page may set: their names and defaults read
//! from the widget's stylesheet, their meaning from the element's description.

use conference_summary_model::element_api::CSS_PROPERTY_ABOUT;

/// The widget's stylesheet, where the CSS custom properties are defined.
const STYLESHEET: &str = include_str!("../../../../assets/conference-summary.css");

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
}
