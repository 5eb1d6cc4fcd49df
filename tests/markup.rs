//! The markup version (`src/view/fingerprint.rs`) against the markup itself.
//!
//! A prerendered snippet is taken over in place only by a script of the same
//! markup version, so the version must change exactly when the markup does.
//! This test renders the widget in every interface language, section and
//! quote state, for the built-in summary, the minimal example and a
//! right-to-left summary, and
//! compares a digest of it with the one recorded for the current version.
//! Native only.
#![cfg(not(target_arch = "wasm32"))]

use conference_summary::i18n::LANGUAGES;
use conference_summary::model::Section;
use conference_summary::prerender::{render_inside, Options};
use conference_summary::view::MARKUP_VERSION;

/// The markup version and the digest of its reference renders.
const RECORDED: (u32, &str) = (3, "348cd00ba9b8118c");

/// Every reference render, one after another, without the fingerprints
/// (which hold the markup version itself).
fn reference_markup() -> String {
    let minimal = include_str!("../assets/examples/minimal.json");
    let right_to_left = include_str!("fixtures/summary-rtl.ar.json");
    let mut all = String::new();
    for summary_json in [
        None,
        Some(minimal.to_string()),
        Some(right_to_left.to_string()),
    ] {
        for strings in LANGUAGES {
            for section in Section::ALL {
                for expanded in [false, true] {
                    let options = Options {
                        summary_json: summary_json.clone(),
                        lang: Some(strings.lang.to_string()),
                        section,
                        expanded,
                        stylesheet: "conference-summary.css".to_string(),
                        ..Options::default()
                    };
                    match render_inside(&options) {
                        Ok(markup) => all.push_str(&without_fingerprint(&markup)),
                        Err(problems) => panic!("{problems:?}"),
                    }
                }
            }
        }
    }
    all
}

fn without_fingerprint(markup: &str) -> String {
    const ATTRIBUTE: &str = " data-cs-render=\"";
    let mut out = String::with_capacity(markup.len());
    let mut rest = markup;
    while let Some(start) = rest.find(ATTRIBUTE) {
        out.push_str(&rest[..start]);
        let value = &rest[start + ATTRIBUTE.len()..];
        rest = value.find('"').map_or("", |end| &value[end + 1..]);
    }
    out.push_str(rest);
    out
}

/// FNV-1a, 64 bits: stable across builds and platforms.
fn digest(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[test]
fn the_markup_version_changes_with_the_markup() {
    let markup = reference_markup();
    assert!(markup.contains("part=\"tab-list\""), "nothing rendered");
    let found = (MARKUP_VERSION, digest(&markup));
    assert!(
        found.0 == RECORDED.0 && found.1 == RECORDED.1,
        "the widget's markup is not the markup of version {recorded} (digest {found_digest}, recorded {recorded_digest}).\n\
         If the markup changed on purpose, raise MARKUP_VERSION in src/view/fingerprint.rs to {next} and record \
         ({next}, \"{found_digest}\") in tests/markup.rs; snippets prerendered before are then replaced, not hydrated.",
        recorded = RECORDED.0,
        found_digest = found.1,
        recorded_digest = RECORDED.1,
        next = RECORDED.0 + 1,
    );
}

#[test]
fn fingerprints_are_left_out_of_the_digest() {
    assert_eq!(
        without_fingerprint("<div class=\"cs-mount\" data-cs-render=\"0123\">x</div>"),
        "<div class=\"cs-mount\">x</div>"
    );
}
