//! What a prerendered snippet was rendered from, in one short string.

use crate::model::Section;

/// The fingerprint of a render: the markup sources (`build.rs`), the summary
/// JSON, the interface language and the first state. Prerendered markup
/// carries it in `data-cs-render`; the script hydrates only markup whose
/// fingerprint equals the one it computes for itself.
pub fn render_fingerprint(
    summary_json: &str,
    ui_lang: &str,
    section: Section,
    expanded: bool,
) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let parts = [
        env!("CS_MARKUP_HASH"),
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
