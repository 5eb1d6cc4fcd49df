//! Any text through the draft: no panic, and the draft it makes is a
//! summary document the parser reads back (valid or not: a draft has blanks
//! for the editor to fill).
#![no_main]

use conference_summary_authoring::draft::draft;
use conference_summary_model::{parse_summary, MAX_DOCUMENT_BYTES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(release) = std::str::from_utf8(data) else {
        return;
    };
    let json = draft(release).to_json();
    if json.len() > MAX_DOCUMENT_BYTES {
        return;
    }
    if let Err(errors) = parse_summary(&json) {
        for error in errors {
            assert!(!error.message.starts_with("not valid JSON"), "{error}\n{json}");
        }
    }
});
