//! The forms that correct or complete the draft, one per part of a summary.

mod facts;
mod lists;
mod paging;
mod people;
mod programme;

pub use facts::Facts;
pub use lists::{ListOf, TextList};
pub use people::{Quotes, Speakers};
pub use programme::Programme;

use std::rc::Rc;

use conference_summary::model::{EventDate, Summary, Text};
use yew::prelude::*;

use crate::editor::Edits;
use crate::fields::{Field, Input};
use crate::problems::Problems;

/// What every form gets: the summary, the validator's messages, and the
/// means to change the summary.
#[derive(Properties, PartialEq)]
pub struct FormProps {
    /// The summary being written.
    pub summary: Rc<Summary>,
    /// What the validator says of it.
    pub problems: Rc<Problems>,
    /// Makes the callbacks that change it.
    pub edits: Edits,
}

/// The fields of a day: as the release words it, its date, its paragraph.
/// `day_of` finds the day in the summary, for the edits.
fn event_date_row(
    label: String,
    path: &str,
    day: &EventDate,
    problems: &Rc<Problems>,
    edits: &Edits,
    day_of: impl Fn(&mut Summary) -> Option<&mut EventDate> + Copy + 'static,
) -> Html {
    html! {
        <div class="row">
            <Field label={label} path={format!("{path}.text")} value={day.text.clone()}
                problems={problems.clone()}
                on_input={edits.text(move |s, v| if let Some(day) = day_of(s) { day.text = v })} />
            <Field label="Date" path={format!("{path}.date")} value={day.date.clone()}
                input={Input::Date} problems={problems.clone()}
                on_input={edits.text(move |s, v| if let Some(day) = day_of(s) { day.date = v })} />
            <Field label="Paragraph" path={format!("{path}.source")} value={paragraph_number(day.source)}
                input={Input::Paragraph} problems={problems.clone()}
                on_input={edits.number(move |s, v| if let Some(day) = day_of(s) { day.source = v })} />
        </div>
    }
}

/// The fields of a short item: its words and its paragraph. `item_of` finds
/// the item in the summary, for the edits.
fn text_fields(
    label: String,
    path: &str,
    item: &Text,
    input: Input,
    problems: &Rc<Problems>,
    edits: &Edits,
    item_of: impl Fn(&mut Summary) -> Option<&mut Text> + Copy + 'static,
) -> Html {
    html! {
        <>
            <Field label={label} path={format!("{path}.text")} value={item.text.clone()}
                {input} problems={problems.clone()}
                on_input={edits.text(move |s, v| if let Some(item) = item_of(s) { item.text = v })} />
            <Field label="Paragraph" path={format!("{path}.source")} value={paragraph_number(item.source)}
                input={Input::Paragraph} problems={problems.clone()}
                on_input={edits.number(move |s, v| if let Some(item) = item_of(s) { item.source = v })} />
        </>
    }
}

/// A paragraph number as a field shows it: blank until one is set.
fn paragraph_number(source: usize) -> String {
    if source == 0 {
        String::new()
    } else {
        source.to_string()
    }
}

/// The button that removes an item; `what` names it for screen readers
/// ("speaker 2"), since every item has one.
fn remove_button(what: String, onclick: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class="remove" aria-label={format!("Remove {what}")} {onclick}>
            { "Remove" }
        </button>
    }
}
