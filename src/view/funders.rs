use std::rc::Rc;

use yew::prelude::*;

use super::context::Ui;
use super::source_ref::cited;
use crate::model::Summary;

/// Properties of [`Funders`].
#[derive(Properties, PartialEq)]
pub struct FundersProps {
    /// The content.
    pub summary: Rc<Summary>,
}

/// Who organised the conference, on whose chairmanship, and who paid for it.
#[component]
pub fn Funders(props: &FundersProps) -> Html {
    let Some(ui) = use_context::<Ui>() else {
        return Html::default();
    };
    let summary = &props.summary;
    let strings = ui.strings;
    let funders = summary.funders.iter().enumerate().map(|(index, funder)| {
        html! { <li>{ cited(summary, ui.id(&format!("funder-{index}-source")), funder) }</li> }
    });
    html! {
        <dl class="cs-facts cs-facts-stacked">
            <dt lang={strings.lang}>{ strings.organised_by }</dt>
            <dd>{ cited(summary, ui.id("organiser-source"), &summary.organiser) }</dd>
            if let Some(chair) = &summary.chair {
                <dt lang={strings.lang}>{ strings.chairmanship }</dt>
                <dd>{ cited(summary, ui.id("chair-source"), chair) }</dd>
            }
            if !summary.funders.is_empty() {
                <dt lang={strings.lang}>{ strings.funded_by }</dt>
                <dd><ul class="cs-list cs-funders" part="funder-list">{ for funders }</ul></dd>
            }
        </dl>
    }
}
