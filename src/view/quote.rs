use yew::prelude::*;

use super::context::Ui;
use super::source_ref::SourceRef;
use crate::model::{opening_words, Quote, QuoteKind, Speaker};

/// How many words a closed quote shows.
const OPENING_WORDS: usize = 12;

/// Properties of [`QuoteCard`].
#[derive(Properties, PartialEq)]
pub struct QuoteCardProps {
    /// The passage.
    pub quote: Quote,
    /// Who said it; `None` only for a summary that failed validation.
    pub speaker: Option<Speaker>,
    /// The source paragraph, for the source button.
    pub paragraph: AttrValue,
    /// Whether the full passage is shown.
    pub open: bool,
    /// Called when the reader opens or closes the passage.
    pub on_toggle: Callback<()>,
}

/// One quote: speaker and role, the opening words, and a disclosure button
/// that shows the full passage. A paraphrase is badged and never shown in
/// quotation marks, since the words are the source's, not the speaker's.
#[component]
pub fn QuoteCard(props: &QuoteCardProps) -> Html {
    let Some(ui) = use_context::<Ui>() else {
        return Html::default();
    };
    let quote = &props.quote;
    let strings = ui.strings;
    let text_id = ui.id(&format!("quote-{}-text", quote.id));
    let (opening, rest) = opening_words(&quote.text, OPENING_WORDS);
    let truncated = !rest.is_empty();
    let paraphrase = quote.kind == QuoteKind::Paraphrase;
    let name = props
        .speaker
        .as_ref()
        .map(|speaker| speaker.name.clone())
        .unwrap_or_default();
    let role = props
        .speaker
        .as_ref()
        .map(|speaker| speaker.role.clone())
        .unwrap_or_default();
    let onclick = {
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |_: MouseEvent| on_toggle.emit(()))
    };
    // The rest of the passage stays in the page while closed (hidden), so
    // that print shows every quote in full.
    let words = html! {
        <>
            { opening }
            <span class="cs-passage-rest" hidden={!props.open}>{ rest }</span>
            if truncated {
                <span class="cs-ellipsis" hidden={props.open}>{ "…" }</span>
            }
        </>
    };
    let passage = if paraphrase {
        html! { <p class="cs-passage">{ words }</p> }
    } else {
        html! { <p class="cs-passage">{ "“" }{ words }{ "”" }</p> }
    };
    html! {
        <li class={classes!("cs-quote", paraphrase.then_some("cs-quote-paraphrase"))} part="quote" id={ui.id(&format!("quote-{}", quote.id))}>
            <figure class="cs-quote-figure">
                if paraphrase {
                    <p class="cs-badge" lang={strings.lang}>{ strings.paraphrase }</p>
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
                        aria-expanded={if props.open { "true" } else { "false" }}
                        aria-controls={text_id}
                        lang={strings.lang}
                        {onclick}
                    >
                        { match (props.open, paraphrase) {
                            (true, _) => strings.show_less,
                            (false, false) => strings.show_full_quote,
                            (false, true) => strings.show_full_text,
                        } }
                        <span class="cs-visually-hidden">{ ": " }{ name }</span>
                    </button>
                }
                <SourceRef
                    id={ui.id(&format!("quote-{}-source", quote.id))}
                    number={quote.source}
                    paragraph={props.paragraph.clone()}
                />
            </div>
        </li>
    }
}
