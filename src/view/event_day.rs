use std::rc::Rc;

use yew::prelude::*;

use super::source_ref::{cited_words, paragraph, SourceRef};
use crate::model::{format_date_range, EventDate, IsoDate, Summary};

/// Properties of [`EventDay`].
#[derive(Properties, PartialEq)]
pub struct EventDayProps {
    /// The day.
    pub date: EventDate,
    /// Language the content is written in.
    pub lang: String,
    /// Element id of the source paragraph.
    pub id: AttrValue,
    /// The content, for the source paragraph.
    pub summary: Rc<Summary>,
}

/// A day as a `<time>` and, beneath it when they say more than the date, the
/// source's own words for it: "Friday, the final day of the conference".
#[component]
pub fn EventDay(props: &EventDayProps) -> Html {
    let day = &props.date;
    let Some(date) = IsoDate::parse(&day.date) else {
        return cited_words(&props.summary, props.id.clone(), &day.text, day.source);
    };
    let written = format_date_range(date, date, &props.lang);
    let time = html! { <time datetime={date.to_string()}>{ written.clone() }</time> };
    if written.eq_ignore_ascii_case(&day.text) {
        return html! {
            <>{ time }{ " " }<SourceRef id={props.id.clone()} number={day.source} paragraph={paragraph(&props.summary, day.source)} /></>
        };
    }
    html! {
        <>
            { time }
            <span class="cs-day-note">{ cited_words(&props.summary, props.id.clone(), &day.text, day.source) }</span>
        </>
    }
}
