//! Any bytes through parsing, shape checking and validation, and a summary
//! that passes them through the widget's render (yew's server renderer, with
//! the vendored yew): no panic, and every error names a path.
#![no_main]

use conference_summary::prerender::{render_inside, Options};
use conference_summary_model::parse_summary;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match parse_summary(text) {
        Err(errors) => {
            for error in errors {
                assert!(!error.path.is_empty() && !error.message.is_empty(), "{error:?}");
            }
        }
        Ok(_) => {
            let options = Options {
                summary_json: Some(text.to_string()),
                ..Options::default()
            };
            // Valid as a document, the summary may still be refused inline
            // (say, text that cannot stand in a <script>): then with reasons.
            if let Err(problems) = render_inside(&options) {
                assert!(problems.iter().all(|problem| !problem.is_empty()), "{problems:?}");
            }
        }
    }
});
