use yew::prelude::*;

use super::ui::Ui;
use crate::i18n::Strings;
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
    /// Interface strings.
    pub strings: &'static Strings,
}

/// A small "¶ 4" button that reveals the source paragraph an item comes from,
/// so that a reader can check every fact against the release.
#[component]
pub fn SourceRef(props: &SourceRefProps) -> Html {
    let open = use_state_eq(|| false);
    let onclick = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let strings = props.strings;
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
                <span class="cs-visually-hidden" lang={strings.lang} dir={strings.dir()}>{ strings.source_paragraph }{ " " }</span>
                <span aria-hidden="true">{ "¶\u{a0}" }</span>
                { props.number }
            </button>
            // A span, not a blockquote: it stands inside phrasing content (a heading,
            // a list item), where the HTML parser would move a block out.
            // Its text is there only while open: a widget has dozens of these.
            <span class="cs-source" part="source" id={props.id.clone()} hidden={!*open}>
                if *open {
                    { props.paragraph.clone() }
                }
            </span>
        </>
    }
}

/// The [`SourceRef`] for paragraph `number`; its element id is `ui.id(name)`.
pub fn source_ref(summary: &Summary, ui: &Ui, name: &str, number: usize) -> Html {
    html! {
        <SourceRef id={ui.id(name)} {number} paragraph={paragraph(summary, number)} strings={ui.strings} />
    }
}

/// An item's words followed by its [`SourceRef`].
pub fn cited(summary: &Summary, ui: &Ui, name: &str, item: &Text) -> Html {
    cited_words(summary, ui, name, &item.text, item.source)
}

/// Any words from source paragraph `number`, followed by a [`SourceRef`].
pub fn cited_words(summary: &Summary, ui: &Ui, name: &str, words: &str, number: usize) -> Html {
    html! {
        <>
            <span class="cs-text">{ words.to_string() }</span>
            { " " }
            { source_ref(summary, ui, name, number) }
        </>
    }
}

/// The text of source paragraph `number`, empty for a number that validation
/// would have refused.
fn paragraph(summary: &Summary, number: usize) -> AttrValue {
    AttrValue::from(summary.paragraph(number).unwrap_or_default().to_string())
}
