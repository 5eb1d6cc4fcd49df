//! The summary format's version. A document may say which version of the
//! format it is written in (`"format": "1.0"`); without it, it is 1.0.
//!
//! The rule that lets the format grow (docs/authoring.md, "Format versions"):
//! a newer minor version only adds optional fields. So a widget reads a
//! document of a newer minor version as it is, ignoring the fields it does
//! not know; in a document of its own version or older, an unknown field is
//! an error, since it is almost always a typo. Another major version is an
//! error.

/// The format's major version: documents of another major version are refused.
pub const FORMAT_MAJOR: u32 = 1;
/// The newest minor version this widget reads fully.
pub const FORMAT_MINOR: u32 = 0;

/// What a document's `format` says, measured against this widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatVersion {
    /// This widget's version or an older one: everything is known.
    Known,
    /// A newer minor version: fields this widget does not know are ignored.
    NewerMinor,
}

/// The format version as the docs and messages write it: `1.0`.
pub fn format_version() -> String {
    format!("{FORMAT_MAJOR}.{FORMAT_MINOR}")
}

/// Reads a `format` value. The error says what was expected.
pub fn read_format(text: &str) -> Result<FormatVersion, String> {
    let number = |part: &str| {
        (!part.is_empty() && part.len() <= 9 && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    match text
        .split_once('.')
        .map(|(major, minor)| (number(major), number(minor)))
    {
        Some((Some(FORMAT_MAJOR), Some(minor))) => Ok(if minor > FORMAT_MINOR {
            FormatVersion::NewerMinor
        } else {
            FormatVersion::Known
        }),
        Some((Some(_), Some(_))) => Err(format!(
            "format {} is not supported: this widget reads format {FORMAT_MAJOR}.x",
            super::quoted(text)
        )),
        _ => Err(format!(
            "expected a format version such as \"{}\", found {}",
            format_version(),
            super::quoted(text)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_read_against_this_widgets_own() {
        assert_eq!(read_format("1.0"), Ok(FormatVersion::Known));
        assert_eq!(read_format("1.7"), Ok(FormatVersion::NewerMinor));
        assert_eq!(read_format("1.10"), Ok(FormatVersion::NewerMinor));
        let unsupported = read_format("2.0").err().unwrap_or_default();
        assert!(
            unsupported.contains("format \"2.0\" is not supported"),
            "{unsupported}"
        );
        for bad in [
            "1",
            "1.",
            ".1",
            "1.0.0",
            "v1.0",
            "1.-1",
            "",
            "1.99999999999",
        ] {
            let error = read_format(bad).err().unwrap_or_default();
            assert!(
                error.starts_with("expected a format version"),
                "{bad}: {error}"
            );
        }
    }
}
