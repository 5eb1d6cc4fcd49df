use std::rc::Rc;

use yew::prelude::*;

use super::context::Ui;
use super::quote::QuoteCard;
use super::source_ref::paragraph;
use crate::model::Summary;

/// Properties of [`Quotes`].
#[derive(Properties, PartialEq)]
pub struct QuotesProps {
    /// The content.
    pub summary: Rc<Summary>,
    /// One flag per quote: whether it is open.
    pub open: Vec<bool>,
    /// Called with a quote's index when its toggle is pressed.
    pub on_toggle: Callback<usize>,
    /// Called to open (`true`) or close every quote.
    pub on_set_all: Callback<bool>,
}

/// Every quoted passage, each closed or open, and a button that opens or
/// closes them all.
#[component]
pub fn Quotes(props: &QuotesProps) -> Html {
    let Some(ui) = use_context::<Ui>() else {
        return Html::default();
    };
    let strings = ui.strings;
    let summary = &props.summary;
    let all_open = props.open.iter().all(|is_open| *is_open);
    let toggle_all = {
        let on_set_all = props.on_set_all.clone();
        Callback::from(move |_: MouseEvent| on_set_all.emit(!all_open))
    };
    let cards = summary.quotes.iter().enumerate().map(|(index, quote)| {
        let on_toggle = props.on_toggle.reform(move |()| index);
        html! {
            <QuoteCard
                key={quote.id.clone()}
                quote={quote.clone()}
                speaker={summary.speaker(&quote.speaker).cloned()}
                paragraph={paragraph(summary, quote.source)}
                open={props.open.get(index).copied().unwrap_or(false)}
                {on_toggle}
            />
        }
    });
    html! {
        <>
            if !summary.quotes.is_empty() {
                <div class="cs-toolbar">
                    <button
                        type="button"
                        class="cs-button"
                        part="expand-all"
                        lang={strings.lang}
                        onclick={toggle_all}
                    >
                        { if all_open { strings.collapse_all } else { strings.expand_all } }
                    </button>
                </div>
            }
            <ul class="cs-quotes" role="list">{ for cards }</ul>
        </>
    }
}
