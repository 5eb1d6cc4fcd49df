use yew::prelude::*;

use super::cited::{cited, cited_words};
use super::event_day::event_day;
use super::ui::Ui;
use crate::model::Summary;

/// The overview panel: what the conference is about, what it aims at, where
/// and when.
pub fn overview(summary: &Summary, ui: &Ui) -> Html {
    let strings = ui.strings;
    let aims = summary.aims.iter().enumerate().map(|(index, aim)| {
        html! { <li>{ cited(summary, ui, &format!("aim-{index}-source"), aim) }</li> }
    });
    let dates = &summary.dates;
    html! {
        <>
            <h4 class="cs-heading" lang={strings.lang} dir={strings.dir()}>{ strings.focus }</h4>
            <div class="cs-lead">{ cited(summary, ui, "focus-source", &summary.focus) }</div>
            if !summary.aims.is_empty() {
                <h4 class="cs-heading" lang={strings.lang} dir={strings.dir()}>{ strings.aims }</h4>
                <ul class="cs-list">{ for aims }</ul>
            }
            <dl class="cs-facts">
                <dt lang={strings.lang} dir={strings.dir()}>{ strings.place }</dt>
                <dd>{ cited_words(summary, ui, "place-source", &summary.dateline.place, summary.dateline.source) }</dd>
                <dt lang={strings.lang} dir={strings.dir()}>{ strings.first_day }</dt>
                <dd>{ event_day(summary, ui, &dates.start, "start-source") }</dd>
                <dt lang={strings.lang} dir={strings.dir()}>{ strings.final_day }</dt>
                <dd>{ event_day(summary, ui, &dates.end, "end-source") }</dd>
            </dl>
        </>
    }
}
