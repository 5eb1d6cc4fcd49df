//! What a prerendered snippet was rendered from, in one short string.

use crate::model::Section;

/// The version of the widget's markup: what the view renders for a given
/// summary, interface language and state. Raise it whenever that changes
/// (`tests/markup.rs` fails until you do). A release whose code changed but
/// whose markup did not keeps it, so the snippets pasted from earlier
/// releases are still taken over in place.
pub const MARKUP_VERSION: u32 = 3;

/// The fingerprint of a render: the markup version, the summary JSON, the
/// interface language and the first state. Prerendered markup carries it in
/// `data-cs-render`; the script hydrates only markup whose fingerprint
/// equals the one it computes for itself, and replaces any other.
pub fn render_fingerprint(
    summary_json: &str,
    ui_lang: &str,
    section: Section,
    expanded: bool,
) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let version = MARKUP_VERSION.to_string();
    let parts = [
        version.as_str(),
        summary_json,
        ui_lang,
        section.id(),
        if expanded { "expanded" } else { "closed" },
    ];
    for part in parts {
        // The separator keeps ("ab", "c") and ("a", "bc") apart.
        for byte in part.bytes().chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_input_counts() {
        let base = render_fingerprint("{}", "en", Section::Overview, false);
        assert_eq!(
            base,
            render_fingerprint("{}", "en", Section::Overview, false)
        );
        assert_ne!(
            base,
            render_fingerprint("{ }", "en", Section::Overview, false)
        );
        assert_ne!(
            base,
            render_fingerprint("{}", "fr", Section::Overview, false)
        );
        assert_ne!(base, render_fingerprint("{}", "en", Section::Quotes, false));
        assert_ne!(
            base,
            render_fingerprint("{}", "en", Section::Overview, true)
        );
    }
}
