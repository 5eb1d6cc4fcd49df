//! The release: pasted, drafted from, and shown as numbered paragraphs with
//! everything the summary takes from it highlighted.

use std::rc::Rc;

use conference_summary::model::Summary;
use conference_summary_authoring::draft::Missing;
use conference_summary_authoring::release::{within_limit, MAX_RELEASE_BYTES};
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::fields::{field_id, input_value};
use crate::highlights::{marks, Mark};

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
                    area.set_value(within_limit(&value));
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
    let paragraphs = &props.summary.source.paragraphs;
    let all_marks = marks(&props.summary);
    html! {
        <section class="release" aria-labelledby="release-heading" data-drafted-in={props.drafted_in}>
            <h2 id="release-heading">{ "1. The press release" }</h2>
            <label for="release-text">
                { "Paste the release as plain text: its title on the first line, then its paragraphs." }
            </label>
            <textarea id="release-text" rows="10" value={props.release.clone()} {oninput}
                spellcheck="false" aria-describedby="release-limit" />
            <p class="hint" id="release-limit">{ limit }</p>
            if let Some(cut) = &props.cut {
                <p class="cut" role="alert" id="release-cut">{ cut.clone() }</p>
            }
            <p class="actions">
                <button type="button" id="make-draft" class="primary" disabled={empty || props.drafting}
                    onclick={on_draft}>
                    { "Make a draft" }
                </button>
                if props.drafting {
                    <span class="hint" role="status" id="drafting">{ " Drafting…" }</span>
                } else if props.drafted {
                    <span class="hint">{ " Making a new draft replaces everything in the forms below." }</span>
                }
            </p>
            if !paragraphs.is_empty() {
                <h3>{ "Paragraphs" }</h3>
                <p class="hint">
                    { "Items point at these numbers. Highlighted: what the summary takes from each paragraph; \
                       select a highlight to go to its field." }
                </p>
                <ol class="paragraphs">
                    { for paragraphs.iter().enumerate().map(|(index, text)| html! {
                        <li id={format!("paragraph-{}", index + 1)} value={(index + 1).to_string()}>
                            { marked(text, all_marks.get(index).map(Vec::as_slice).unwrap_or_default()) }
                        </li>
                    }) }
                </ol>
                <p class="legend" aria-hidden="true">
                    { for [("quote", "quote"), ("paraphrase", "paraphrase"), ("speaker", "speaker"), ("role", "role"),
                           ("date", "date or place"), ("funder", "funder or organiser"), ("fact", "other fact")]
                        .into_iter().map(|(kind, label)| html! { <span class={classes!("mark", kind)}>{ label }</span> }) }
                </p>
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

/// `text` with its marks as links to the fields they come from.
fn marked(text: &str, marks: &[Mark]) -> Html {
    let mut parts = Vec::with_capacity(marks.len() * 2 + 1);
    let mut at = 0;
    for mark in marks {
        let (Some(before), Some(inside)) =
            (text.get(at..mark.start), text.get(mark.start..mark.end))
        else {
            continue;
        };
        parts.push(html! { { before.to_owned() } });
        parts.push(html! {
            <a class={classes!("mark", mark.kind)} href={format!("#{}", field_id(&mark.path))}
                title={mark.path.clone()}>{ inside.to_owned() }</a>
        });
        at = mark.end;
    }
    parts.push(html! { { text.get(at..).unwrap_or_default().to_owned() } });
    parts.into_iter().collect()
}
