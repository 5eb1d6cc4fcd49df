//! The programme: a day, as the release words it, and what happens on it.

use conference_summary::model::{Day, FormatValue, Text};
use yew::prelude::*;

use super::{event_date_row, remove_button, text_fields, FormProps};
use crate::fields::Input;

/// The programme days and their items.
#[component]
pub fn Programme(props: &FormProps) -> Html {
    let FormProps {
        summary,
        problems,
        edits,
    } = props;
    let days = summary.programme.iter().enumerate().map(|(day_index, day)| {
        let items = day.items.iter().enumerate().map(|(index, item)| {
            html! {
                <li class="item row" key={index}>
                    { text_fields(format!("Item {}", index + 1),
                        &format!("programme[{day_index}].items[{index}]"), item, Input::Passage,
                        problems, edits,
                        move |s| s.programme.get_mut(day_index).and_then(|day| day.items.get_mut(index))) }
                    { remove_button(format!("item {} of day {}", index + 1, day_index + 1), edits.apply(move |s| if let Some(d) = s.programme.get_mut(day_index) { if index < d.items.len() { d.items.remove(index); } })) }
                </li>
            }
        });
        html! {
            <li class="item day" key={day_index}>
                { event_date_row(format!("Day {}, as the release words it", day_index + 1),
                    &format!("programme[{day_index}].date"), &day.date, problems, edits,
                    move |s| s.programme.get_mut(day_index).map(|day| &mut day.date)) }
                <ol class="items">{ for items }</ol>
                <button type="button" class="add"
                    onclick={edits.apply(move |s| if let Some(d) = s.programme.get_mut(day_index) { d.items.push(Text::blank()) })}>
                    { format!("Add an item to day {}", day_index + 1) }
                </button>
                <button type="button" class="remove"
                    aria-label={format!("Remove day {}", day_index + 1)}
                    onclick={edits.apply(move |s| { if day_index < s.programme.len() { s.programme.remove(day_index); } })}>
                    { "Remove day" }
                </button>
            </li>
        }
    });
    html! {
        <fieldset class="form programme">
            <legend>{ "Programme" }</legend>
            <ol class="items">{ for days }</ol>
            <button type="button" class="add" onclick={edits.apply(|s| s.programme.push(Day::blank()))}>
                { "Add a day" }
            </button>
        </fieldset>
    }
}
