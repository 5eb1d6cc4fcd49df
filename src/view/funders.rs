use yew::prelude::*;

use super::cited::cited;
use super::ui::Ui;
use crate::model::Summary;

/// The funders panel: who organised the conference, on whose chairmanship,
/// and who paid for it.
pub fn funders(summary: &Summary, ui: &Ui) -> Html {
    let strings = ui.strings;
    let funders = summary.funders.iter().enumerate().map(|(index, funder)| {
        html! { <li>{ cited(summary, ui, &format!("funder-{index}-source"), funder) }</li> }
    });
    html! {
        <dl class="cs-facts cs-facts-stacked">
            <dt lang={strings.lang} dir={strings.dir()}>{ strings.organised_by }</dt>
            <dd>{ cited(summary, ui, "organiser-source", &summary.organiser) }</dd>
            if let Some(chair) = &summary.chair {
                <dt lang={strings.lang} dir={strings.dir()}>{ strings.chairmanship }</dt>
                <dd>{ cited(summary, ui, "chair-source", chair) }</dd>
            }
            if !summary.funders.is_empty() {
                <dt lang={strings.lang} dir={strings.dir()}>{ strings.funded_by }</dt>
                <dd><ul class="cs-list cs-funders" part="funder-list">{ for funders }</ul></dd>
            }
        </dl>
    }
}
