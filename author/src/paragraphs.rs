//! The release's paragraphs, numbered, with everything the summary takes
//! from them highlighted. A long release has thousands of them: each is a
//! component of its own that renders again only when its text or its marks
//! change, so that an edit elsewhere costs a comparison, not a new page;
//! and past the first [`FIRST_PARAGRAPHS`] they wait for the editor to ask.

use std::rc::Rc;

use conference_summary::model::Summary;
use yew::prelude::*;

use crate::fields::field_id;
use crate::highlights::{marks, Mark};

/// How many paragraphs show until the editor asks for all: more than any
/// real release has; rendering the thousand of the longest release at once
/// would keep keystrokes waiting.
pub const FIRST_PARAGRAPHS: usize = 60;

/// One paragraph as the view shows it: its text and its marks.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    text: AttrValue,
    marks: Rc<Vec<Mark>>,
}

/// The paragraphs of `summary`'s source with their marks.
pub fn shown(summary: &Summary) -> Vec<Shown> {
    let mut all_marks = marks(summary).into_iter();
    summary
        .source
        .paragraphs
        .iter()
        .map(|text| Shown {
            text: AttrValue::from(text.clone()),
            marks: Rc::new(all_marks.next().unwrap_or_default()),
        })
        .collect()
}

/// Properties of [`Paragraphs`].
#[derive(Properties, PartialEq)]
pub struct ParagraphsProps {
    /// The paragraphs, paragraph 1 first.
    pub paragraphs: Rc<Vec<Shown>>,
}

/// The numbered paragraphs and the legend of the highlights.
#[component]
pub fn Paragraphs(props: &ParagraphsProps) -> Html {
    let all = use_state(|| false);
    let total = props.paragraphs.len();
    let shown = if *all {
        total
    } else {
        total.min(FIRST_PARAGRAPHS)
    };
    let show_all = Callback::from(move |_: MouseEvent| all.set(true));
    html! {
        <>
            <ol class="paragraphs">
                { for props.paragraphs.iter().take(shown).enumerate().map(|(index, shown)| html! {
                    <Paragraph key={index} number={index + 1} shown={shown.clone()} />
                }) }
            </ol>
            if shown < total {
                <p class="more-items">
                    <span class="hint">{ format!("The first {shown} of {total} paragraphs are shown. ") }</span>
                    <button type="button" class="more" id="all-paragraphs" onclick={show_all}>
                        { format!("Show all {total} paragraphs") }
                    </button>
                </p>
            }
            <p class="legend" aria-hidden="true">
                { for [("quote", "quote"), ("paraphrase", "paraphrase"), ("speaker", "speaker"), ("role", "role"),
                       ("date", "date or place"), ("funder", "funder or organiser"), ("fact", "other fact")]
                    .into_iter().map(|(kind, label)| html! { <span class={classes!("mark", kind)}>{ label }</span> }) }
            </p>
        </>
    }
}

/// Properties of [`Paragraph`].
#[derive(Properties, PartialEq)]
struct ParagraphProps {
    number: usize,
    shown: Shown,
}

/// One numbered paragraph.
#[component]
fn Paragraph(props: &ParagraphProps) -> Html {
    let number = props.number;
    html! {
        <li id={format!("paragraph-{number}")} value={number.to_string()}>
            { marked(&props.shown.text, &props.shown.marks) }
        </li>
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
