//! What the editor takes away: `summary.json`, the embed code (with `src`
//! or with the summary inline) and the event's JSON-LD. The code is written
//! by the crate's `embed_code`, as the `prerender` command writes it.

use std::rc::Rc;

use conference_summary::model::Summary;
use conference_summary_authoring::embed_code::{
    element_with_inline_json, element_with_src, json_ld_script, pinned_script_tag, script_tag,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::fields::input_value;

/// Properties of [`Export`].
#[derive(Properties, PartialEq)]
pub struct ExportProps {
    /// The summary JSON.
    pub json: AttrValue,
    /// The summary.
    pub summary: Rc<Summary>,
    /// How many problems the validator found.
    pub problems: usize,
    /// How many of them show: those of the fields the editor has reached.
    pub shown: usize,
}

/// Where `embed.js` is served from, until the editor says: beside this page
/// when it is on a web server, a placeholder when it was opened from disk.
fn default_base() -> String {
    let href = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    if href.starts_with("https:") || href.starts_with("http:") {
        let folder = href.split(['?', '#']).next().unwrap_or_default();
        folder[..folder.rfind('/').map_or(folder.len(), |slash| slash + 1)].to_string()
    } else {
        "https://example.com/conference-summary/1/".to_string()
    }
}

/// The release this page came with and its embed.js's integrity hash, as
/// scripts/build-author writes them into the page
/// (`<meta name="conference-summary-pinned" content="X.Y.Z sha384-…">`);
/// none in a page built otherwise.
fn pinned_release() -> Option<(String, String)> {
    let content = web_sys::window()?
        .document()?
        .query_selector("meta[name=conference-summary-pinned]")
        .ok()??
        .get_attribute("content")?;
    let (version, integrity) = content.split_once(' ')?;
    Some((version.to_string(), integrity.to_string()))
}

/// The folder of release `version` for a base address: a major version's
/// folder (`…/1/`) becomes the release's own (`…/1.2.0/`); any other address
/// is taken as that folder already.
fn pinned_base(base: &str, version: &str) -> String {
    let major = version.split('.').next().unwrap_or_default();
    match base.strip_suffix(&format!("/{major}/")) {
        Some(parent) => format!("{parent}/{version}/"),
        None => base.to_string(),
    }
}

/// The export panel.
#[component]
pub fn Export(props: &ExportProps) -> Html {
    let base = use_state(default_base);
    let src = use_state(|| "summary.json".to_string());
    let text_setter = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(value) = input_value(&event) {
                state.set(value);
            }
        })
    };
    let script = script_tag(&base);
    let with_src = format!("{}\n{script}\n", element_with_src(&src));
    let inline = format!("{}\n{script}\n", element_with_inline_json(&props.json));
    let pinned = pinned_release().map(|(version, integrity)| {
        let script = pinned_script_tag(&pinned_base(&base, &version), &integrity);
        (version, format!("{}\n{script}\n", element_with_src(&src)))
    });
    let valid = props.problems == 0;
    let on_download = {
        let json = props.json.clone();
        Callback::from(move |_: MouseEvent| download("summary.json", &json))
    };
    html! {
        <section class="export" aria-labelledby="export-heading">
            <h2 id="export-heading">{ "4. Export" }</h2>
            if valid {
                <p class="status valid" id="export-status">
                    { "The summary is valid: it passes the checks of the validate command and the widget." }
                </p>
            } else if props.shown == 0 {
                <p class="status" id="export-status">
                    { "Not ready yet: make a draft or fill in the forms; the summary can be exported once it is valid." }
                </p>
            } else {
                <p class="status invalid" id="export-status">
                    { format!("{} problem{} left: until they are fixed the widget shows an error box instead of this summary.",
                        props.problems, if props.problems == 1 { "" } else { "s" }) }
                </p>
            }
            <p><button type="button" id="download" class="primary" onclick={on_download}>
                { "Download summary.json" }
            </button></p>
            <div class="field">
                <label for="embed-base">{ "Address of the widget's folder (where embed.js is)" }</label>
                <input id="embed-base" type="url" value={(*base).clone()} oninput={text_setter(&base)} />
            </div>
            <div class="field">
                <label for="embed-src">{ "Address of summary.json, for the first form of the code" }</label>
                <input id="embed-src" type="text" value={(*src).clone()} oninput={text_setter(&src)} />
            </div>
            <Code id="code-src" label="Embed code, summary.json beside it" code={with_src} />
            <Code id="code-inline" label="Embed code, the summary inline" code={inline} />
            <p class="hint" id="embed-trade">
                { "The codes above load the widget from the folder you give: from a major version's folder (…/1/) \
                   they get every fix of that version without a change to your page, but cannot carry an integrity \
                   hash, since the file changes with each release." }
            </p>
            if let Some((version, code)) = pinned {
                <Code id="code-pinned" label={format!("Embed code pinned to release {version}, with integrity")} code={code} />
                <p class="hint">
                    { "Pinned: the browser refuses an embed.js that is not this release's, and the widget checks \
                       the files it loads; it never updates: for a fix, paste the next release's pinned code." }
                </p>
            }
            if valid {
                <Code id="code-json-ld" label="JSON-LD for search engines (optional, once per page)"
                    code={json_ld_script(&props.summary)} />
            } else {
                <p class="hint">{ "The JSON-LD is written once the summary is valid." }</p>
            }
        </section>
    }
}

/// Code longer than this, in bytes, is not shown in its box, only copied:
/// the box of a long summary's inline code (hundreds of KiB) takes the
/// browser hundreds of milliseconds to lay out, keys waiting meanwhile.
const CODE_SHOWN_MAX: usize = 64 * 1024;

/// Properties of [`Code`].
#[derive(Properties, PartialEq)]
pub struct CodeProps {
    /// The element id of the code's text box.
    pub id: AttrValue,
    /// What the code is.
    pub label: AttrValue,
    /// The code.
    pub code: AttrValue,
}

/// A block of code with a copy button; the text box can also be selected
/// and copied by hand where the clipboard is not available.
#[component]
pub fn Code(props: &CodeProps) -> Html {
    let status = use_state(String::new);
    let onclick = {
        let code = props.code.to_string();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let code = code.clone();
            let status = status.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = match web_sys::window() {
                    Some(window) => {
                        JsFuture::from(window.navigator().clipboard().write_text(&code))
                            .await
                            .is_ok()
                    }
                    None => false,
                };
                status.set(if copied {
                    "Copied.".to_string()
                } else {
                    "The browser did not allow copying: select the text and copy it.".to_string()
                });
            });
        })
    };
    html! {
        <div class="code field">
            if props.code.len() <= CODE_SHOWN_MAX {
                <label for={props.id.clone()}>{ &props.label }</label>
                <textarea id={props.id.clone()} readonly=true rows="4" value={props.code.clone()} spellcheck="false" />
            } else {
                <p class="code-long" id={props.id.clone()}>
                    <strong>{ &props.label }</strong>
                    { format!(": {} KiB, too long to show here; Copy puts all of it on the clipboard.", props.code.len() / 1024) }
                </p>
            }
            <p class="actions">
                <button type="button" {onclick}>{ "Copy" }</button>
                <span class="copy-status" role="status">{ (*status).clone() }</span>
            </p>
        </div>
    }
}

/// Offers `text` as a file named `name`, as a link with `download` does.
fn download(name: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // The URL is not revoked: a download that has not started by then would
    // fail, and one summary's bytes are not worth the risk.
}
