//! The HTML a host pastes, written in one place: the script tag, the element
//! with `src` or with its summary inline, and the event's schema.org JSON-LD.
//! The `prerender` command and the authoring page (`author.html`) both write
//! their snippets with these; no browser is needed.

use serde_json::{json, Value};

use conference_summary_model::element_api::{Attribute, TAG};
use conference_summary_model::Summary;

/// The file a host's page loads: it defines the element.
pub const LOADER: &str = "embed.js";

/// Text that can stand between double quotes in an HTML attribute.
pub fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// JSON that cannot end the `<script>` element it stands in: every `<` is
/// written `\u003c`, which JSON reads as the same character.
pub fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
}

/// The script tag that loads the widget from `base` (a URL ending in `/`, or
/// empty for beside the page). `async`: the loader starts at once and defines
/// the element when the document is parsed.
pub fn script_tag(base: &str) -> String {
    format!(
        "<script type=\"module\" async src=\"{}{LOADER}\"></script>",
        escape_attribute(base)
    )
}

/// The script tag pinned to one release: `base` is that release's own
/// folder (`…/X.Y.Z/`), `integrity` the SRI hash of its embed.js, which the
/// browser then checks (`crossorigin`: needed for a script of another
/// origin). The same line as the release's `snippet-pinned.html`
/// (scripts/release.mjs).
pub fn pinned_script_tag(base: &str, integrity: &str) -> String {
    format!(
        "<script type=\"module\" async src=\"{}{LOADER}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>",
        escape_attribute(base),
        escape_attribute(integrity)
    )
}

/// The element showing the summary at URL `src`.
pub fn element_with_src(src: &str) -> String {
    format!(
        "<{TAG} {}=\"{}\"></{TAG}>",
        Attribute::Src.name(),
        escape_attribute(src)
    )
}

/// The element with summary JSON inline: needs no second file or CORS.
pub fn element_with_inline_json(json: &str) -> String {
    format!(
        "<{TAG}>\n  <script type=\"application/json\">{}</script>\n</{TAG}>",
        script_safe(json.trim())
    )
}

/// The conference as a schema.org `Event`, from the summary's facts only.
pub fn event_json_ld(summary: &Summary) -> Value {
    let organization = |name: &str| json!({ "@type": "Organization", "name": name });
    json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": summary.headline,
        "description": summary.focus.text,
        "inLanguage": summary.lang,
        "startDate": summary.dates.start.date,
        "endDate": summary.dates.end.date,
        "location": { "@type": "Place", "name": summary.dateline.place },
        "organizer": organization(&summary.organiser.text),
        "funder": summary.funders.iter().map(|funder| organization(&funder.text)).collect::<Vec<_>>(),
    })
}

/// [`event_json_ld`] in the script element search engines read.
pub fn json_ld_script(summary: &Summary) -> String {
    format!(
        "<script type=\"application/ld+json\">{}</script>",
        script_safe(&event_json_ld(summary).to_string())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pinned_script_tag_carries_the_release_folder_integrity_and_crossorigin() {
        assert_eq!(
            pinned_script_tag("https://cdn.example/cs/1.2.0/", "sha384-a+b/c="),
            "<script type=\"module\" async src=\"https://cdn.example/cs/1.2.0/embed.js\" \
             integrity=\"sha384-a+b/c=\" crossorigin=\"anonymous\"></script>"
        );
    }

    #[test]
    fn nothing_in_a_value_can_end_its_attribute_or_script() {
        assert_eq!(
            element_with_src("a\"b<c&d"),
            "<conference-summary src=\"a&quot;b&lt;c&amp;d\"></conference-summary>"
        );
        let inline = element_with_inline_json("{\"a\":\"</script><b>\"}");
        assert!(!inline.contains("</script><b>"), "{inline}");
        assert!(inline.contains("\\u003c/script>\\u003cb>"), "{inline}");
        assert_eq!(
            script_tag("https://x.test/cs/1/"),
            "<script type=\"module\" async src=\"https://x.test/cs/1/embed.js\"></script>"
        );
    }
}
