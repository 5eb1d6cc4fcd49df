use yew::prelude::*;

use super::cited::cited;
use super::event_day::event_day;
use super::ui::Ui;
use crate::model::Summary;

/// The programme panel: what happens on each day of the conference.
pub fn programme(summary: &Summary, ui: &Ui) -> Html {
    let days = summary.programme.iter().enumerate().map(|(day_index, day)| {
        let items = day.items.iter().enumerate().map(|(index, item)| {
            html! { <li>{ cited(summary, ui, &format!("day-{day_index}-item-{index}-source"), item) }</li> }
        });
        html! {
            <li class="cs-day">
                <h4 class="cs-day-heading">
                    { event_day(summary, ui, &day.date, &format!("day-{day_index}-source")) }
                </h4>
                <ul class="cs-list">{ for items }</ul>
            </li>
        }
    });
    html! { <ol class="cs-days" role="list">{ for days }</ol> }
}
