//! The programme: a day, as the release words it, and what happens on it.

use yew::prelude::*;

use super::facts::number;
use super::FormProps;
use crate::editor::{blank_day, blank_text};
use crate::fields::{Field, Input};

/// The programme days and their items.
#[component]
pub fn Programme(props: &FormProps) -> Html {
    let FormProps {
        summary,
        problems,
        edits,
    } = props;
    let days = summary.programme.iter().enumerate().map(|(day_index, day)| {
        let path = |field: &str| AttrValue::from(format!("programme[{day_index}].date.{field}"));
        let items = day.items.iter().enumerate().map(|(index, item)| {
            let item_path = |field: &str| {
                AttrValue::from(format!("programme[{day_index}].items[{index}].{field}"))
            };
            html! {
                <li class="item row" key={index}>
                    <Field label={format!("Item {}", index + 1)} path={item_path("text")}
                        value={item.text.clone()} input={Input::Passage} problems={problems.clone()}
                        on_input={edits.text(move |s, v| if let Some(x) = s.programme.get_mut(day_index).and_then(|d| d.items.get_mut(index)) { x.text = v })} />
                    <Field label="Paragraph" path={item_path("source")} value={number(item.source)}
                        input={Input::Paragraph} problems={problems.clone()}
                        on_input={edits.number(move |s, v| if let Some(x) = s.programme.get_mut(day_index).and_then(|d| d.items.get_mut(index)) { x.source = v })} />
                    <button type="button" class="remove"
                        aria-label={format!("Remove item {} of day {}", index + 1, day_index + 1)}
                        onclick={edits.apply(move |s| if let Some(d) = s.programme.get_mut(day_index) { if index < d.items.len() { d.items.remove(index); } })}>
                        { "Remove" }
                    </button>
                </li>
            }
        });
        html! {
            <li class="item day" key={day_index}>
                <div class="row">
                    <Field label={format!("Day {}, as the release words it", day_index + 1)} path={path("text")}
                        value={day.date.text.clone()} problems={problems.clone()}
                        on_input={edits.text(move |s, v| if let Some(d) = s.programme.get_mut(day_index) { d.date.text = v })} />
                    <Field label="Date" path={path("date")} value={day.date.date.clone()}
                        input={Input::Date} problems={problems.clone()}
                        on_input={edits.text(move |s, v| if let Some(d) = s.programme.get_mut(day_index) { d.date.date = v })} />
                    <Field label="Paragraph" path={path("source")} value={number(day.date.source)}
                        input={Input::Paragraph} problems={problems.clone()}
                        on_input={edits.number(move |s, v| if let Some(d) = s.programme.get_mut(day_index) { d.date.source = v })} />
                </div>
                <ol class="items">{ for items }</ol>
                <button type="button" class="add"
                    onclick={edits.apply(move |s| if let Some(d) = s.programme.get_mut(day_index) { d.items.push(blank_text()) })}>
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
            <button type="button" class="add" onclick={edits.apply(|s| s.programme.push(blank_day()))}>
                { "Add a day" }
            </button>
        </fieldset>
    }
}
