//! Lists of short items: aims, participants, funders.

use conference_summary::model::{FormatValue, Summary, Text};
use yew::prelude::*;

use std::rc::Rc;

use super::paging::use_paging;
use super::{remove_button, text_fields};
use crate::editor::Edits;
use crate::fields::Input;
use crate::problems::Problems;

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

    fn many(self) -> &'static str {
        match self {
            ListOf::Aims => "aims",
            ListOf::Participants => "groups taking part",
            ListOf::Funders => "funders",
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
    let paging = use_paging();
    let total = list.read(summary).len();
    let rows = list.read(summary).iter().take(paging.shown(total)).enumerate().map(|(index, item)| {
        html! {
            <li class="item row" key={index}>
                { text_fields(format!("{} {}", capitalised(list.one()), index + 1),
                    &format!("{}[{index}]", list.key()), item, Input::Line, problems, edits,
                    move |s| list.items(s).get_mut(index)) }
                { remove_button(format!("{} {}", list.one(), index + 1),
                    edits.apply(move |s| { let items = list.items(s); if index < items.len() { items.remove(index); } })) }
            </li>
        }
    });
    html! {
        <fieldset class={classes!("form", list.key())}>
            <legend>{ list.title() }</legend>
            <ol class="items">{ for rows }</ol>
            { paging.more(total, list.many()) }
            <button type="button" class="add" onclick={paging.adding(edits.apply(move |s| list.items(s).push(Text::blank())))}>
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
