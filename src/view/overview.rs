use std::rc::Rc;

use yew::prelude::*;

use super::context::Ui;
use super::event_day::EventDay;
use super::source_ref::{cited, cited_words};
use crate::model::{EventDate, Summary};

/// Properties of [`Overview`].
#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    /// The content.
    pub summary: Rc<Summary>,
}

/// What the conference is about, what it aims at, where and when.
#[component]
pub fn Overview(props: &OverviewProps) -> Html {
    let Some(ui) = use_context::<Ui>() else {
        return Html::default();
    };
    let summary = &props.summary;
    let strings = ui.strings;
    let aims = summary.aims.iter().enumerate().map(|(index, aim)| {
        html! { <li>{ cited(summary, ui.id(&format!("aim-{index}-source")), aim) }</li> }
    });
    let dates = &summary.dates;
    let day = |label: &'static str, date: &EventDate, name: &str| {
        html! {
            <>
                <dt lang={strings.lang}>{ label }</dt>
                <dd><EventDay date={date.clone()} lang={summary.lang.clone()} id={ui.id(name)} summary={summary.clone()} /></dd>
            </>
        }
    };
    html! {
        <>
            <h4 class="cs-heading" lang={strings.lang}>{ strings.focus }</h4>
            <div class="cs-lead">{ cited(summary, ui.id("focus-source"), &summary.focus) }</div>
            if !summary.aims.is_empty() {
                <h4 class="cs-heading" lang={strings.lang}>{ strings.aims }</h4>
                <ul class="cs-list">{ for aims }</ul>
            }
            <dl class="cs-facts">
                <dt lang={strings.lang}>{ strings.place }</dt>
                <dd>{ cited_words(summary, ui.id("place-source"), &summary.dateline.place, summary.dateline.source) }</dd>
                { day(strings.first_day, &dates.start, "start-source") }
                { day(strings.final_day, &dates.end, "end-source") }
            </dl>
        </>
    }
}
