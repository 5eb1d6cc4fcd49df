use yew::prelude::*;

use super::quote::quote_card;
use super::state::Action;
use super::ui::Ui;
use crate::model::Summary;

/// The quotes panel: every quoted passage, each closed or open (`open` holds
/// one flag per quote), and a button that opens or closes them all.
pub fn quotes(summary: &Summary, ui: &Ui, open: &[bool]) -> Html {
    let strings = ui.strings;
    let all_open = open.iter().all(|is_open| *is_open);
    let toggle_all = ui
        .on_action
        .reform(move |_: MouseEvent| Action::SetAllQuotes(!all_open));
    let cards = summary.quotes.iter().enumerate().map(|(index, quote)| {
        let is_open = open.get(index).copied().unwrap_or(false);
        quote_card(
            summary,
            ui,
            quote,
            is_open,
            ui.on_action.reform(move |_| Action::ToggleQuote(index)),
        )
    });
    html! {
        <>
            if !summary.quotes.is_empty() {
                <div class="cs-toolbar">
                    <button
                        type="button"
                        class="cs-button"
                        part="expand-all"
                        lang={strings.lang} dir={strings.dir()}
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
