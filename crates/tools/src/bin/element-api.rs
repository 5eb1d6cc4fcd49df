//! Writes the element's API (`crates/model/src/element_api.rs`) in the forms others read.
//!
//! ```text
//! cargo element-api loader     # the constants assets/embed.js gets at build time
//! cargo element-api manifest   # custom-elements.json
//! cargo element-api dts        # conference-summary.d.ts
//! cargo element-api react      # react.d.ts: the tag in React 19's JSX
//! cargo element-api vue        # vue.d.ts: the tag in Vue 3's templates
//! cargo element-api svelte     # svelte.d.ts: the tag in Svelte 5's components
//! cargo element-api readme     # rewrites the API tables in README.md
//! ```

fn main() -> std::process::ExitCode {
    use conference_summary_tools::element_api as generate;
    use std::process::ExitCode;

    const USAGE: &str =
        "usage: element-api loader | manifest | dts | react | vue | svelte | readme";
    let version = env!("CARGO_PKG_VERSION");
    let readme = concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md");
    let output = match std::env::args().nth(1).as_deref() {
        Some("loader") => Ok(generate::loader_constants()),
        Some("manifest") => generate::custom_elements_manifest(version).and_then(|manifest| {
            serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())
        }),
        Some("dts") => Ok(generate::typescript_declarations(version)),
        Some("react") => Ok(generate::react_declarations(version)),
        Some("vue") => Ok(generate::vue_declarations(version)),
        Some("svelte") => Ok(generate::svelte_declarations(version)),
        Some("readme") => {
            let result = std::fs::read_to_string(readme)
                .map_err(|error| format!("cannot read {readme}: {error}"))
                .and_then(|text| generate::fill_readme(&text))
                .and_then(|text| {
                    std::fs::write(readme, text)
                        .map_err(|error| format!("cannot write {readme}: {error}"))
                });
            return match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("element-api: {error}");
                    ExitCode::FAILURE
                }
            };
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match output {
        Ok(text) => {
            println!("{}", text.trim_end());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("element-api: {error}");
            ExitCode::FAILURE
        }
    }
}
