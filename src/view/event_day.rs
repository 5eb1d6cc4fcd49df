use yew::prelude::*;

use super::cited::{cited_words, source_ref};
use super::dates::{time_element, written_dates};
use super::ui::Ui;
use crate::model::{EventDate, IsoDate, Summary};

/// A day as a `<time>` and, beneath it when they say more than the date, the
/// source's own words for it: "Friday, the final day of the conference".
/// `name` names the element id of its source paragraph.
pub fn event_day(summary: &Summary, ui: &Ui, day: &EventDate, name: &str) -> Html {
    let Some(date) = IsoDate::parse(&day.date) else {
        return cited_words(summary, ui, name, &day.text, day.source);
    };
    let written = written_dates(date, date, &summary.lang);
    let time = time_element(date, date, &summary.lang);
    if written.eq_ignore_ascii_case(&day.text) {
        return html! {
            <>{ time }{ " " }{ source_ref(summary, ui, name, day.source) }</>
        };
    }
    html! {
        <>
            { time }
            <span class="cs-day-note">{ cited_words(summary, ui, name, &day.text, day.source) }</span>
        </>
    }
}
