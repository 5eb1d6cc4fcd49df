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
    /// Whether every quote starts open.
    #[prop_or_default]
    pub expanded: bool,
}

/// Every quoted passage, each closed or open, and a button that opens or
/// closes them all.
#[component]
pub fn Quotes(props: &QuotesProps) -> Html {
    let count = props.summary.quotes.len();
    let open = use_state_eq(|| vec![props.expanded; count]);
    let Some(ui) = use_context::<Ui>() else {
        return Html::default();
    };
    let strings = ui.strings;
    let all_open = open.iter().all(|is_open| *is_open);
    let toggle_all = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(vec![!all_open; count]))
    };
    let summary = &props.summary;
    let cards = summary.quotes.iter().enumerate().map(|(index, quote)| {
        let on_toggle = {
            let open = open.clone();
            Callback::from(move |()| {
                let mut next = (*open).clone();
                if let Some(is_open) = next.get_mut(index) {
                    *is_open = !*is_open;
                }
                open.set(next);
            })
        };
        html! {
            <QuoteCard
                key={quote.id.clone()}
                quote={quote.clone()}
                speaker={summary.speaker(&quote.speaker).cloned()}
                paragraph={paragraph(summary, quote.source)}
                open={open.get(index).copied().unwrap_or(false)}
                {on_toggle}
            />
        }
    });
    html! {
        <>
            if count > 0 {
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
