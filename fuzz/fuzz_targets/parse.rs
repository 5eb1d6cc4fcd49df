//! Any bytes through parsing, shape checking and validation: no panic, and
//! every error names a path.
#![no_main]

use conference_summary_model::parse_summary;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(errors) = parse_summary(text) {
        for error in errors {
            assert!(!error.path.is_empty() && !error.message.is_empty(), "{error:?}");
        }
    }
});
