use yew::prelude::*;

use super::context::Ui;
use crate::model::{Summary, Text};

/// Properties of [`SourceRef`].
#[derive(Properties, PartialEq)]
pub struct SourceRefProps {
    /// Element id of the revealed paragraph, unique within the widget.
    pub id: AttrValue,
    /// 1-based number of the paragraph.
    pub number: usize,
    /// The paragraph's text.
    pub paragraph: AttrValue,
}

/// A small "¶ 4" button that reveals the source paragraph an item comes from,
/// so that a reader can check every fact against the release.
#[component]
pub fn SourceRef(props: &SourceRefProps) -> Html {
    let open = use_state_eq(|| false);
    let Some(ui) = use_context::<Ui>() else {
        return Html::default();
    };
    let onclick = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <>
            <button
                type="button"
                class="cs-source-toggle"
                part="source-toggle"
                aria-expanded={if *open { "true" } else { "false" }}
                aria-controls={props.id.clone()}
                {onclick}
            >
                <span class="cs-visually-hidden" lang={ui.strings.lang}>{ ui.strings.source_paragraph }{ " " }</span>
                <span aria-hidden="true">{ "¶\u{a0}" }</span>
                { props.number }
            </button>
            // A span, not a blockquote: it stands inside phrasing content (a heading,
            // a list item), where the HTML parser would move a block out and break
            // hydration of prerendered markup.
            <span class="cs-source" part="source" id={props.id.clone()} hidden={!*open}>
                { props.paragraph.clone() }
            </span>
        </>
    }
}

/// An item's words followed by its [`SourceRef`].
pub fn cited(summary: &Summary, id: AttrValue, item: &Text) -> Html {
    cited_words(summary, id, &item.text, item.source)
}

/// Any words from source paragraph `number`, followed by a [`SourceRef`].
pub fn cited_words(summary: &Summary, id: AttrValue, words: &str, number: usize) -> Html {
    let paragraph = paragraph(summary, number);
    html! {
        <>
            <span class="cs-text">{ words.to_string() }</span>
            { " " }
            <SourceRef {id} {number} {paragraph} />
        </>
    }
}

/// The text of source paragraph `number`, empty for a number that validation
/// would have refused.
pub fn paragraph(summary: &Summary, number: usize) -> AttrValue {
    AttrValue::from(summary.paragraph(number).unwrap_or_default().to_string())
}
