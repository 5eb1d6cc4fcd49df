use yew::prelude::*;

use super::cited::{cited, cited_words};
use super::ui::Ui;
use crate::model::Summary;

/// The participants panel: the groups taking part, and the people quoted with
/// their roles.
pub fn participants(summary: &Summary, ui: &Ui) -> Html {
    let strings = ui.strings;
    let groups = summary
        .participants
        .iter()
        .enumerate()
        .map(|(index, group)| {
            html! { <li>{ cited(summary, ui, &format!("participant-{index}-source"), group) }</li> }
        });
    let speakers = summary.speakers.iter().map(|speaker| {
        let name = format!("speaker-{}-source", speaker.id);
        html! {
            <li class="cs-person">
                <span class="cs-speaker">{ &speaker.name }</span>
                <span class="cs-role">{ cited_words(summary, ui, &name, &speaker.role, speaker.source) }</span>
            </li>
        }
    });
    html! {
        <>
            if !summary.participants.is_empty() {
                <h4 class="cs-heading" lang={strings.lang} dir={strings.dir()}>{ strings.taking_part }</h4>
                <ul class="cs-list">{ for groups }</ul>
            }
            if !summary.speakers.is_empty() {
                <h4 class="cs-heading" lang={strings.lang} dir={strings.dir()}>{ strings.speakers }</h4>
                <ul class="cs-people" role="list">{ for speakers }</ul>
            }
        </>
    }
}
