//! The release: pasted, drafted from, and shown as numbered paragraphs with
//! everything the summary takes from it highlighted.

use std::rc::Rc;

use conference_summary::model::Summary;
use conference_summary_authoring::draft::Missing;
use conference_summary_authoring::release::{within_limit, MAX_RELEASE_BYTES};
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::editor::CONFIRM_QUESTION;
use crate::fields::{field_id, input_value};
use crate::paragraphs::{shown, Paragraphs};

/// The element id of the release's text box.
pub const RELEASE_TEXT_ID: &str = "release-text";

/// Properties of [`ReleasePane`].
#[derive(Properties, PartialEq)]
pub struct ReleasePaneProps {
    /// The release as pasted.
    pub release: AttrValue,
    /// The summary being written.
    pub summary: Rc<Summary>,
    /// What the last draft could not determine.
    pub missing: Rc<Vec<Missing>>,
    /// Whether a draft was made.
    pub drafted: bool,
    /// Whether a draft is being made.
    pub drafting: bool,
    /// Where the last draft was made: `"worker"` or `"page"`.
    pub drafted_in: &'static str,
    /// Why the release is not all that was pasted, when it was cut.
    pub cut: Option<AttrValue>,
    /// Called with the release's text as it is edited.
    pub on_release: Callback<String>,
    /// Called to make a draft of the release.
    pub on_draft: Callback<()>,
    /// Whether a draft waits for the editor to confirm it may replace their edits.
    pub confirming: bool,
    /// Called when the editor confirms the draft.
    pub on_confirm: Callback<()>,
    /// Called when the editor keeps their edits instead.
    pub on_keep: Callback<()>,
    /// Whether the last draft can be undone.
    pub can_undo: bool,
    /// Called to undo the last draft.
    pub on_undo: Callback<()>,
}

/// The release's text box, the draft button and the paragraphs.
#[component]
pub fn ReleasePane(props: &ReleasePaneProps) -> Html {
    let on_release = props.on_release.clone();
    let oninput = Callback::from(move |event: InputEvent| {
        if let Some(value) = input_value(&event) {
            // The box itself keeps no more than the release may have, even
            // when the release it shows does not change.
            if value.len() > MAX_RELEASE_BYTES {
                if let Some(area) = event
                    .target()
                    .and_then(|target| target.dyn_into::<HtmlTextAreaElement>().ok())
                {
                    // Setting the value puts the caret at the end: where the
                    // editor was typing, it goes back (the browser keeps it
                    // within the text), or every next key would be cut too.
                    let start = area.selection_start().ok().flatten();
                    let end = area.selection_end().ok().flatten();
                    area.set_value(within_limit(&value));
                    if let (Some(start), Some(end)) = (start, end) {
                        let _ = area.set_selection_range(start, end);
                    }
                }
            }
            on_release.emit(value);
        }
    });
    let on_draft = props.on_draft.reform(|_: MouseEvent| ());
    let empty = props.release.trim().is_empty();
    let limit = format!(
        "At most {} KiB ({MAX_RELEASE_BYTES} bytes): a longer text is cut.",
        MAX_RELEASE_BYTES / 1024
    );
    // Worked out again only when the summary changes, and shown again only
    // where a paragraph or its marks did.
    let paragraphs = use_memo(props.summary.clone(), |summary| shown(summary));
    html! {
        <section class="release" aria-labelledby="release-heading" data-drafted-in={props.drafted_in}>
            <h2 id="release-heading">{ "1. The press release" }</h2>
            <label for="release-text">
                { "Paste the release as plain text: its title on the first line, then its paragraphs." }
            </label>
            <textarea id={RELEASE_TEXT_ID} rows="10" value={props.release.clone()} {oninput}
                spellcheck="false" aria-describedby="release-limit" />
            <p class="hint" id="release-limit">{ limit }</p>
            if let Some(cut) = &props.cut {
                <p class="cut" role="alert" id="release-cut">{ cut.clone() }</p>
            }
            <p class="actions">
                <button type="button" id="make-draft" class="primary"
                    disabled={empty || props.drafting || props.confirming} onclick={on_draft}>
                    { "Make a draft" }
                </button>
                if props.drafting {
                    <span class="hint" role="status" id="drafting">{ " Drafting…" }</span>
                } else if props.can_undo {
                    <span id="draft-made">{ " Draft made: it replaced the forms. " }</span>
                    <button type="button" id="undo-draft" onclick={props.on_undo.reform(|_: MouseEvent| ())}
                        aria-describedby="draft-made">
                        { "Undo" }
                    </button>
                } else if props.drafted {
                    <span class="hint">{ " Making a new draft replaces everything in the forms below." }</span>
                }
            </p>
            if props.confirming {
                <div class="confirm" id="draft-confirm" role="group" aria-labelledby="confirm-question">
                    <p id="confirm-question">{ CONFIRM_QUESTION }</p>
                    <p class="actions">
                        <button type="button" id="confirm-draft" class="primary"
                            onclick={props.on_confirm.reform(|_: MouseEvent| ())}>
                            { "Replace with a draft" }
                        </button>
                        <button type="button" id="keep-edits" onclick={props.on_keep.reform(|_: MouseEvent| ())}>
                            { "Keep my edits" }
                        </button>
                    </p>
                </div>
            }
            if !paragraphs.is_empty() {
                <h3>{ "Paragraphs" }</h3>
                <p class="hint">
                    { "Items point at these numbers. Highlighted: what the summary takes from each paragraph; \
                       select a highlight to go to its field." }
                </p>
                <Paragraphs paragraphs={paragraphs.clone()} />
            }
            if !props.missing.is_empty() {
                <div class="missing" role="note" aria-labelledby="missing-heading">
                    <h3 id="missing-heading">{ "What the draft could not find" }</h3>
                    <ul>
                        { for props.missing.iter().map(|missing| html! {
                            <li><a href={format!("#{}", field_id(&missing.path))}><code>{ &missing.path }</code></a>
                                { ": " }{ &missing.message }</li>
                        }) }
                    </ul>
                </div>
            }
        </section>
    }
}
