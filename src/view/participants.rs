use std::rc::Rc;

use yew::prelude::*;

use super::context::Ui;
use super::source_ref::{cited, cited_words};
use crate::model::Summary;

/// Properties of [`Participants`].
#[derive(Properties, PartialEq)]
pub struct ParticipantsProps {
    /// The content.
    pub summary: Rc<Summary>,
}

/// The groups taking part, and the people quoted with their roles.
#[component]
pub fn Participants(props: &ParticipantsProps) -> Html {
    let Some(ui) = use_context::<Ui>() else {
        return Html::default();
    };
    let summary = &props.summary;
    let strings = ui.strings;
    let groups = summary.participants.iter().enumerate().map(|(index, group)| {
        html! { <li>{ cited(summary, ui.id(&format!("participant-{index}-source")), group) }</li> }
    });
    let speakers = summary.speakers.iter().map(|speaker| {
        html! {
            <li class="cs-person">
                <span class="cs-speaker">{ &speaker.name }</span>
                <span class="cs-role">
                    { cited_words(summary, ui.id(&format!("speaker-{}-source", speaker.id)), &speaker.role, speaker.source) }
                </span>
            </li>
        }
    });
    html! {
        <>
            if !summary.participants.is_empty() {
                <h4 class="cs-heading" lang={strings.lang}>{ strings.taking_part }</h4>
                <ul class="cs-list">{ for groups }</ul>
            }
            if !summary.speakers.is_empty() {
                <h4 class="cs-heading" lang={strings.lang}>{ strings.speakers }</h4>
                <ul class="cs-people" role="list">{ for speakers }</ul>
            }
        </>
    }
}
