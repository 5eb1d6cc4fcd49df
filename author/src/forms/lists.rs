//! Lists of short items: aims, participants, funders.

use conference_summary::model::{Summary, Text};
use yew::prelude::*;

use std::rc::Rc;

use super::{paragraph_number, remove_button};
use crate::editor::{blank_text, Edits, Problems};
use crate::fields::{Field, Input};

/// Which list of the summary a [`TextList`] edits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ListOf {
    /// `aims`.
    Aims,
    /// `participants`.
    Participants,
    /// `funders`.
    Funders,
}

impl ListOf {
    fn key(self) -> &'static str {
        match self {
            ListOf::Aims => "aims",
            ListOf::Participants => "participants",
            ListOf::Funders => "funders",
        }
    }

    fn title(self) -> &'static str {
        match self {
            ListOf::Aims => "Aims",
            ListOf::Participants => "Taking part",
            ListOf::Funders => "Funders",
        }
    }

    fn one(self) -> &'static str {
        match self {
            ListOf::Aims => "aim",
            ListOf::Participants => "group taking part",
            ListOf::Funders => "funder",
        }
    }

    fn read(self, summary: &Summary) -> &[Text] {
        match self {
            ListOf::Aims => &summary.aims,
            ListOf::Participants => &summary.participants,
            ListOf::Funders => &summary.funders,
        }
    }

    fn items(self, summary: &mut Summary) -> &mut Vec<Text> {
        match self {
            ListOf::Aims => &mut summary.aims,
            ListOf::Participants => &mut summary.participants,
            ListOf::Funders => &mut summary.funders,
        }
    }
}

/// Properties of [`TextList`].
#[derive(Properties, PartialEq)]
pub struct TextListProps {
    /// Which list.
    pub list: ListOf,
    /// The summary being written.
    pub summary: Rc<Summary>,
    /// What the validator says of it.
    pub problems: Rc<Problems>,
    /// Makes the callbacks that change it.
    pub edits: Edits,
}

/// A list of short items, each with its paragraph.
#[component]
pub fn TextList(props: &TextListProps) -> Html {
    let list = props.list;
    let TextListProps {
        summary,
        problems,
        edits,
        ..
    } = props;
    let rows = list.read(summary).iter().enumerate().map(|(index, item)| {
        let path = |field: &str| AttrValue::from(format!("{}[{index}].{field}", list.key()));
        html! {
            <li class="item row" key={index}>
                <Field label={format!("{} {}", capitalised(list.one()), index + 1)} path={path("text")}
                    value={item.text.clone()} problems={problems.clone()}
                    on_input={edits.text(move |s, v| if let Some(x) = list.items(s).get_mut(index) { x.text = v })} />
                <Field label="Paragraph" path={path("source")} value={paragraph_number(item.source)}
                    input={Input::Paragraph} problems={problems.clone()}
                    on_input={edits.number(move |s, v| if let Some(x) = list.items(s).get_mut(index) { x.source = v })} />
                { remove_button(format!("{} {}", list.one(), index + 1),
                    edits.apply(move |s| { let items = list.items(s); if index < items.len() { items.remove(index); } })) }
            </li>
        }
    });
    html! {
        <fieldset class={classes!("form", list.key())}>
            <legend>{ list.title() }</legend>
            <ol class="items">{ for rows }</ol>
            <button type="button" class="add" onclick={edits.apply(move |s| list.items(s).push(blank_text()))}>
                { format!("Add {} {}", article(list.one()), list.one()) }
            </button>
        </fieldset>
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn article(noun: &str) -> &'static str {
    if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}
