use yew::prelude::*;

use super::quote::quote_card;
use super::ui::Ui;
use crate::model::Summary;

/// The quotes panel: every quoted passage, each closed or open (`open` holds
/// one flag per quote), and a button that opens or closes them all.
/// `on_toggle` gets a quote's index when its toggle is pressed; `on_set_all`
/// gets `true` to open every quote, `false` to close them.
pub fn quotes(
    summary: &Summary,
    ui: &Ui,
    open: &[bool],
    on_toggle: &Callback<usize>,
    on_set_all: &Callback<bool>,
) -> Html {
    let strings = ui.strings;
    let all_open = open.iter().all(|is_open| *is_open);
    let toggle_all = on_set_all.reform(move |_: MouseEvent| !all_open);
    let cards = summary.quotes.iter().enumerate().map(|(index, quote)| {
        let is_open = open.get(index).copied().unwrap_or(false);
        quote_card(
            summary,
            ui,
            quote,
            is_open,
            on_toggle.reform(move |_| index),
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
