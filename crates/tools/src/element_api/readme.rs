//! The README's API tables, between their `element-api:NAME` markers.

use super::css::css_properties;
use conference_summary_model::element_api::{
    Attribute, Event, Fallback, Values, METHODS, PARTS, PROPERTIES,
};

/// Markdown code: `value`.
fn code(text: &str) -> String {
    format!("`{text}`")
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
    let mut events =
        String::from("| event (and its alias for frameworks) | `detail` | when |\n|---|---|---|\n");
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
            "| {} ({}) | {detail} | {} |\n",
            code(&event.full_name()),
            code(&event.alias_name()),
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
    fn the_readme_tables_are_the_generated_ones() {
        let readme = include_str!("../../../../README.md");
        let filled = fill_readme(readme).unwrap_or_else(|error| panic!("{error}"));
        assert!(
            filled == readme,
            "README.md's API tables are out of date: run `cargo element-api readme`"
        );
    }
}
