use std::rc::Rc;

use yew::prelude::*;

use super::context::Ui;
use super::event_day::EventDay;
use super::source_ref::cited;
use crate::model::Summary;

/// Properties of [`Programme`].
#[derive(Properties, PartialEq)]
pub struct ProgrammeProps {
    /// The content.
    pub summary: Rc<Summary>,
}

/// What happens on each day of the conference.
#[component]
pub fn Programme(props: &ProgrammeProps) -> Html {
    let Some(ui) = use_context::<Ui>() else {
        return Html::default();
    };
    let summary = &props.summary;
    let days = summary.programme.iter().enumerate().map(|(day_index, day)| {
        let items = day.items.iter().enumerate().map(|(index, item)| {
            html! { <li>{ cited(summary, ui.id(&format!("day-{day_index}-item-{index}-source")), item) }</li> }
        });
        html! {
            <li class="cs-day">
                <h4 class="cs-day-heading">
                    <EventDay
                        date={day.date.clone()}
                        lang={summary.lang.clone()}
                        id={ui.id(&format!("day-{day_index}-source"))}
                        summary={summary.clone()}
                    />
                </h4>
                <ul class="cs-list">{ for items }</ul>
            </li>
        }
    });
    html! { <ol class="cs-days" role="list">{ for days }</ol> }
}
