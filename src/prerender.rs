//! Native only: renders the embed snippet with the widget's markup already
//! inside a declarative shadow root, so that the summary shows at first
//! paint, and without JavaScript at all. The script then renders its own,
//! off the page, and swaps it in whole: nothing moves.

use std::rc::Rc;

use crate::i18n;
use crate::model::{parse_summary, Section, Summary, Theme, DEFAULT_SUMMARY_JSON};
use crate::view::{Content, Shell, ShellProps, WidgetState};
use conference_summary_authoring::embed_code::{
    escape_attribute, json_ld_script, script_safe, script_tag,
};

/// What to prerender.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Summary JSON to show instead of the built-in one; it is embedded in the
    /// snippet so that the script shows the same.
    pub summary_json: Option<String>,
    /// `lang`: the interface language.
    pub lang: Option<String>,
    /// `theme`: `auto`, `light` or `dark`.
    pub theme: Option<String>,
    /// `section`: the section shown first.
    pub section: Section,
    /// `expanded`: every quote open.
    pub expanded: bool,
    /// Where `embed.js` and the stylesheet are served from, ending in `/`
    /// (empty: beside the page).
    pub base_url: String,
    /// File name of the stylesheet, as the build named it.
    pub stylesheet: String,
    /// File names of the wasm-bindgen glue and the WebAssembly, as the build
    /// named them: the snippet preloads them, so that they load while the
    /// loader does.
    pub preload: Vec<String>,
    /// Integrity hashes (`sha384-…`) by file name, as the build wrote them
    /// into the loader: the snippet's links to those files carry them, so
    /// that the browser checks what they load as the loader would.
    pub integrity: Vec<(String, String)>,
}

impl Options {
    /// ` integrity="…" crossorigin` for a link to `file` when its hash is
    /// known, else nothing.
    fn integrity_of(&self, file: &str) -> String {
        self.integrity
            .iter()
            .find(|(name, _)| name == file)
            .map(|(_, hash)| format!(" integrity=\"{}\" crossorigin", escape_attribute(hash)))
            .unwrap_or_default()
    }
}

/// The snippet a host pastes: the element with its prerendered shadow root,
/// the event's schema.org JSON-LD and the script tag. Errors name what is wrong.
pub fn render_snippet(options: &Options) -> Result<String, Vec<String>> {
    let (summary, template) = render_parts(options)?;
    let mut attributes = String::new();
    if let Some(lang) = &options.lang {
        attributes.push_str(&format!(" lang=\"{lang}\""));
    }
    if let Some(theme) = &options.theme {
        attributes.push_str(&format!(" theme=\"{theme}\""));
    }
    if options.section != Section::default() {
        attributes.push_str(&format!(" section=\"{}\"", options.section.id()));
    }
    if options.expanded {
        attributes.push_str(" expanded");
    }
    let base = escape_attribute(&options.base_url);
    let preloads: String = options
        .preload
        .iter()
        .map(|file| {
            let href = format!("{base}{}", escape_attribute(file));
            // As the loader fetches it: CORS, same-origin credentials, and
            // the same integrity, without which the browser would not use
            // the preloaded response for the loader's checked request.
            let checked = match options.integrity_of(file) {
                attributes if attributes.is_empty() => " crossorigin".to_string(),
                attributes => attributes,
            };
            if file.ends_with(".wasm") {
                format!("<link rel=\"preload\" href=\"{href}\" as=\"fetch\" type=\"application/wasm\"{checked}>\n")
            } else {
                // Fetched only: a modulepreload would also compile the glue,
                // on the page's main thread, while the page is still loading.
                format!("<link rel=\"preload\" href=\"{href}\" as=\"script\"{checked}>\n")
            }
        })
        .collect();
    Ok(format!(
        "{preloads}<conference-summary{attributes}>{template}</conference-summary>\n\
         {jsonld}\n{script}\n",
        jsonld = json_ld_script(&summary),
        script = script_tag(&options.base_url),
    ))
}

/// What goes inside the element: the declarative shadow root and, for a
/// summary other than the built-in one, that summary as inline JSON.
pub fn render_inside(options: &Options) -> Result<String, Vec<String>> {
    render_parts(options).map(|(_, inside)| inside)
}

fn render_parts(options: &Options) -> Result<(Summary, String), Vec<String>> {
    // The inline JSON as it will stand in the page.
    let json = match &options.summary_json {
        Some(json) => script_safe(json.trim()),
        None => DEFAULT_SUMMARY_JSON.to_string(),
    };
    let summary = parse_summary(&json).map_err(|errors| {
        errors
            .iter()
            .map(|error| format!("summary: {error}"))
            .collect::<Vec<_>>()
    })?;
    let mut problems = Vec::new();
    if let Some(lang) = &options.lang {
        if lang.is_empty() || !lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            problems.push(format!(
                "lang: expected a language tag such as \"fr\", found {lang:?}"
            ));
        }
    }
    if let Some(theme) = &options.theme {
        if Theme::from_id(theme).is_none() {
            problems.push(format!(
                "theme: expected auto, light or dark, found {theme:?}"
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }

    let strings = i18n::strings(options.lang.as_deref().unwrap_or("en"));
    let props = ShellProps {
        state: Rc::new(WidgetState::new(
            options.section,
            summary.quotes.len(),
            options.expanded,
        )),
        content: Content::Ready(Rc::new(summary.clone())),
        strings,
        // Readers without JavaScript, and print, see every panel.
        complete: true,
        problem: None,
        on_action: Default::default(),
        on_rendered: Default::default(),
    };
    // Not hydratable: the script renders its own and swaps it in.
    let markup = futures::executor::block_on(
        yew::LocalServerRenderer::<Shell>::with_props(props)
            .hydratable(false)
            .render(),
    );
    let inline = match &options.summary_json {
        Some(_) => format!("<script type=\"application/json\">{json}</script>"),
        None => String::new(),
    };
    let inside = format!(
        "<template shadowrootmode=\"open\">\
         <link rel=\"stylesheet\" href=\"{base}{stylesheet}\"{checked}>\
         <div class=\"cs-mount\">{markup}</div></template>{inline}",
        base = escape_attribute(&options.base_url),
        stylesheet = escape_attribute(&options.stylesheet),
        checked = options.integrity_of(&options.stylesheet),
    );
    Ok((summary, inside))
}

/// Reads command-line style flags (`--lang fr --section quotes --expanded …`)
/// into `options`. `--src` reads a file.
pub fn parse_flags(
    options: &mut Options,
    flags: impl IntoIterator<Item = String>,
) -> Result<(), String> {
    let mut flags = flags.into_iter();
    while let Some(flag) = flags.next() {
        if flag == "--expanded" {
            options.expanded = true;
            continue;
        }
        let value = flags
            .next()
            .ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--src" => {
                let json = crate::model::read_document(std::path::Path::new(&value))
                    .map_err(|error| format!("--src {value}: {error}"))?;
                options.summary_json = Some(json);
            }
            "--lang" => options.lang = Some(value),
            "--theme" => options.theme = Some(value),
            "--section" => {
                options.section = Section::from_id(&value).ok_or_else(|| {
                    format!("--section {value:?}: expected overview, quotes, programme, participants or funders")
                })?;
            }
            "--base" => options.base_url = value,
            "--stylesheet" => options.stylesheet = value,
            "--preload" => options.preload.push(value),
            "--integrity" => {
                let (file, hash) = value
                    .split_once('=')
                    .filter(|(file, hash)| !file.is_empty() && hash.starts_with("sha"))
                    .ok_or_else(|| format!("--integrity {value:?}: expected FILE=sha384-…"))?;
                options.integrity.push((file.to_string(), hash.to_string()));
            }
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    Ok(())
}

/// The marker a page puts inside a `<conference-summary>` element to have it
/// prerendered by [`fill_page`]; flags may follow: `<!--prerender --theme dark-->`.
pub const MARKER: &str = "<!--prerender";

/// Replaces every [`MARKER`] comment in `page` with the prerendered inside of
/// the element, rendered with `defaults` and the marker's own flags. The
/// element's attributes must say the same as the flags.
pub fn fill_page(page: &str, defaults: &Options) -> Result<String, Vec<String>> {
    let mut filled = String::with_capacity(page.len() * 4);
    let mut rest = page;
    while let Some(start) = rest.find(MARKER) {
        let after = &rest[start + MARKER.len()..];
        let end = after
            .find("-->")
            .ok_or_else(|| vec!["an unclosed <!--prerender comment".to_string()])?;
        let mut options = defaults.clone();
        parse_flags(
            &mut options,
            after[..end].split_whitespace().map(str::to_string),
        )
        .map_err(|error| vec![error])?;
        filled.push_str(&rest[..start]);
        filled.push_str(&render_inside(&options)?);
        rest = &after[end + 3..];
    }
    filled.push_str(rest);
    Ok(filled)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(list: &[&str]) -> Result<Options, String> {
        let mut options = Options {
            stylesheet: "cs.css".to_string(),
            ..Options::default()
        };
        parse_flags(&mut options, list.iter().map(|flag| flag.to_string()))?;
        Ok(options)
    }

    #[test]
    fn links_to_files_with_a_known_hash_carry_it_and_crossorigin() {
        let options = flags(&[
            "--preload",
            "g.js",
            "--preload",
            "w_bg.wasm",
            "--integrity",
            "w_bg.wasm=sha384-W==",
            "--integrity",
            "cs.css=sha384-C+/=",
        ])
        .unwrap();
        let snippet = render_snippet(&options).unwrap();
        assert!(snippet.contains(
            "<link rel=\"preload\" href=\"w_bg.wasm\" as=\"fetch\" type=\"application/wasm\" integrity=\"sha384-W==\" crossorigin>"
        ));
        // No hash given for the glue: its preload is as before.
        assert!(snippet.contains("<link rel=\"preload\" href=\"g.js\" as=\"script\" crossorigin>"));
        assert!(snippet.contains(
            "<link rel=\"stylesheet\" href=\"cs.css\" integrity=\"sha384-C+/=\" crossorigin>"
        ));
    }

    #[test]
    fn an_integrity_flag_without_a_file_or_a_hash_is_refused() {
        for bad in ["sha384-x", "=sha384-x", "cs.css=md5"] {
            let error = flags(&["--integrity", bad]).unwrap_err();
            assert!(error.contains("expected FILE=sha384-"), "{bad}: {error}");
        }
    }
}
