use yew::prelude::*;

use super::cited::source_ref;
use super::ui::Ui;
use crate::host::ids;
use crate::model::{opening_words, Quote, QuoteKind, Summary};

/// How many words a closed quote shows.
const OPENING_WORDS: usize = 12;

/// One quote: speaker and role, the opening words, and a disclosure button
/// that shows the full passage. A paraphrase is badged and never shown in
/// quotation marks, since the words are the source's, not the speaker's.
/// `on_toggle` is called when the reader opens or closes the passage.
pub fn quote_card(
    summary: &Summary,
    ui: &Ui,
    quote: &Quote,
    open: bool,
    on_toggle: Callback<MouseEvent>,
) -> Html {
    let strings = ui.strings;
    let text_id = ui.id(&format!("quote-{}-text", quote.id));
    let (opening, rest) = opening_words(&quote.text, OPENING_WORDS);
    let truncated = !rest.is_empty();
    let paraphrase = quote.kind == QuoteKind::Paraphrase;
    // No speaker only in a summary that failed validation.
    let speaker = summary.speaker(&quote.speaker);
    let name = speaker
        .map(|speaker| speaker.name.clone())
        .unwrap_or_default();
    let role = speaker
        .map(|speaker| speaker.role.clone())
        .unwrap_or_default();
    // The rest of the passage stays in the page while closed (hidden), so
    // that print shows every quote in full.
    let words = html! {
        <>
            { opening }
            <span class="cs-passage-rest" hidden={!open}>{ rest }</span>
            if truncated {
                <span class="cs-ellipsis" hidden={open}>{ "…" }</span>
            }
        </>
    };
    let passage = if paraphrase {
        html! { <p class="cs-passage">{ words }</p> }
    } else {
        html! { <p class="cs-passage">{ "“" }{ words }{ "”" }</p> }
    };
    html! {
        <li key={quote.id.clone()} class={if paraphrase { "cs-quote cs-quote-paraphrase" } else { "cs-quote" }} part="quote" id={ids::quote(&ui.id_prefix, &quote.id)}>
            <figure class="cs-quote-figure">
                if paraphrase {
                    <p class="cs-badge" lang={strings.lang} dir={strings.dir()}>{ strings.paraphrase }</p>
                    <div class="cs-quote-text" id={text_id.clone()}>{ passage }</div>
                } else {
                    <blockquote class="cs-quote-text" id={text_id.clone()}>{ passage }</blockquote>
                }
                <figcaption class="cs-attribution">
                    <span class="cs-speaker">{ name.clone() }</span>
                    if !role.is_empty() {
                        <span class="cs-role">{ role }</span>
                    }
                </figcaption>
            </figure>
            <div class="cs-quote-actions">
                if truncated {
                    <button
                        type="button"
                        class="cs-quote-toggle"
                        part="quote-toggle"
                        aria-expanded={if open { "true" } else { "false" }}
                        aria-controls={text_id}
                        lang={strings.lang} dir={strings.dir()}
                        onclick={on_toggle}
                    >
                        { match (open, paraphrase) {
                            (true, _) => strings.show_less,
                            (false, false) => strings.show_full_quote,
                            (false, true) => strings.show_full_text,
                        } }
                        <span class="cs-visually-hidden">{ ": " }{ name }</span>
                    </button>
                }
                { source_ref(summary, ui, &format!("quote-{}-source", quote.id), quote.source) }
            </div>
        </li>
    }
}
