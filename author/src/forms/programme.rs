//! The programme: a day, as the release words it, and what happens on it.

use conference_summary::model::{Day, FormatValue, Text};
use yew::prelude::*;

use super::paging::use_paging;
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
    // One paging for the days and the items of each.
    let paging = use_paging();
    let total = summary.programme.len();
    let days = summary.programme.iter().take(paging.shown(total)).enumerate().map(|(day_index, day)| {
        let items = day.items.iter().take(paging.shown(day.items.len())).enumerate().map(|(index, item)| {
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
                { paging.more(day.items.len(), &format!("items of day {}", day_index + 1)) }
                <button type="button" class="add"
                    onclick={paging.adding(edits.apply(move |s| if let Some(d) = s.programme.get_mut(day_index) { d.items.push(Text::blank()) }))}>
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
            { paging.more(total, "days") }
            <button type="button" class="add" onclick={paging.adding(edits.apply(|s| s.programme.push(Day::blank())))}>
                { "Add a day" }
            </button>
        </fieldset>
    }
}
