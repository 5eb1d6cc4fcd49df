//! The people quoted, and what they said.

use conference_summary::model::{FormatValue, Quote, QuoteKind, Speaker};
use yew::prelude::*;

use super::paging::use_paging;
use super::{paragraph_number, remove_button, FormProps};
use crate::fields::{Choice, Field, Input};

/// The speakers: id, name, role and the paragraph that names them.
#[component]
pub fn Speakers(props: &FormProps) -> Html {
    let FormProps {
        summary,
        problems,
        edits,
    } = props;
    let paging = use_paging();
    let total = summary.speakers.len();
    let rows = summary.speakers.iter().take(paging.shown(total)).enumerate().map(|(index, speaker)| {
        let path = |field: &str| AttrValue::from(format!("speakers[{index}].{field}"));
        html! {
            <li class="item" key={index}>
                <div class="row">
                    <Field label="Name" path={path("name")} value={speaker.name.clone()}
                        problems={problems.clone()}
                        on_input={edits.text(move |s, v| if let Some(x) = s.speakers.get_mut(index) { x.name = v })} />
                    <Field label="Id" path={path("id")} value={speaker.id.clone()}
                        problems={problems.clone()}
                        on_input={edits.text(move |s, v| if let Some(x) = s.speakers.get_mut(index) { x.id = v })} />
                    <Field label="Paragraph" path={path("source")} value={paragraph_number(speaker.source)}
                        input={Input::Paragraph} problems={problems.clone()}
                        on_input={edits.number(move |s, v| if let Some(x) = s.speakers.get_mut(index) { x.source = v })} />
                </div>
                <Field label="Role" path={path("role")} value={speaker.role.clone()}
                    input={Input::Passage} problems={problems.clone()}
                    on_input={edits.text(move |s, v| if let Some(x) = s.speakers.get_mut(index) { x.role = v })} />
                { remove_button(format!("speaker {}", index + 1), edits.apply(move |s| { if index < s.speakers.len() { s.speakers.remove(index); } })) }
            </li>
        }
    });
    html! {
        <fieldset class="form speakers">
            <legend>{ "Speakers" }</legend>
            <ol class="items">{ for rows }</ol>
            { paging.more(total, "speakers") }
            <button type="button" class="add" onclick={paging.adding(edits.apply(|s| s.speakers.push(Speaker::blank())))}>
                { "Add a speaker" }
            </button>
        </fieldset>
    }
}

/// The quotes and paraphrases, in the order of the release.
#[component]
pub fn Quotes(props: &FormProps) -> Html {
    let FormProps {
        summary,
        problems,
        edits,
    } = props;
    let speakers: Vec<(AttrValue, AttrValue)> = summary
        .speakers
        .iter()
        .map(|speaker| {
            let label = if speaker.name.is_empty() {
                &speaker.id
            } else {
                &speaker.name
            };
            (
                AttrValue::from(speaker.id.clone()),
                AttrValue::from(label.clone()),
            )
        })
        .collect();
    let kinds: Vec<(AttrValue, AttrValue)> = QuoteKind::ALL
        .into_iter()
        .map(|kind| {
            let label = match kind {
                QuoteKind::Quote => "Quote, word for word",
                QuoteKind::Paraphrase => "Paraphrase, the release's account",
            };
            (AttrValue::Static(kind.name()), AttrValue::Static(label))
        })
        .collect();
    let paging = use_paging();
    let total = summary.quotes.len();
    let rows = summary.quotes.iter().take(paging.shown(total)).enumerate().map(|(index, quote)| {
        let path = |field: &str| AttrValue::from(format!("quotes[{index}].{field}"));
        let kind = quote.kind.name();
        html! {
            <li class="item" key={index}>
                <Field label="Text, word for word" path={path("text")} value={quote.text.clone()}
                    input={Input::Passage} problems={problems.clone()}
                    on_input={edits.text(move |s, v| if let Some(x) = s.quotes.get_mut(index) { x.text = v })} />
                <div class="row">
                    <Choice label="Speaker" path={path("speaker")} value={quote.speaker.clone()}
                        options={speakers.clone()} problems={problems.clone()}
                        on_change={edits.text(move |s, v| if let Some(x) = s.quotes.get_mut(index) { x.speaker = v })} />
                    <Choice label="Kind" path={path("kind")} value={kind}
                        options={kinds.clone()} problems={problems.clone()}
                        on_change={edits.text(move |s, v| if let Some(x) = s.quotes.get_mut(index) {
                            x.kind = QuoteKind::ALL.into_iter().find(|kind| kind.name() == v).unwrap_or(x.kind);
                        })} />
                </div>
                <div class="row">
                    <Field label="Id" path={path("id")} value={quote.id.clone()}
                        problems={problems.clone()}
                        on_input={edits.text(move |s, v| if let Some(x) = s.quotes.get_mut(index) { x.id = v })} />
                    <Field label="Paragraph" path={path("source")} value={paragraph_number(quote.source)}
                        input={Input::Paragraph} problems={problems.clone()}
                        on_input={edits.number(move |s, v| if let Some(x) = s.quotes.get_mut(index) { x.source = v })} />
                </div>
                { remove_button(format!("quote {}", index + 1), edits.apply(move |s| { if index < s.quotes.len() { s.quotes.remove(index); } })) }
            </li>
        }
    });
    html! {
        <fieldset class="form quotes">
            <legend>{ "Quotes" }</legend>
            <ol class="items">{ for rows }</ol>
            { paging.more(total, "quotes") }
            <button type="button" class="add" onclick={paging.adding(edits.apply(|s| s.quotes.push(Quote::blank())))}>
                { "Add a quote" }
            </button>
        </fieldset>
    }
}
