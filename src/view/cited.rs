use yew::prelude::*;

use super::state::Action;
use super::ui::Ui;
use crate::model::{Summary, Text};

/// A small "¶ 4" button that reveals source paragraph `number`, so that a
/// reader can check every fact against the release. Its paragraph's element
/// id is `ui.id(name)`; the paragraph's text is in the page only while shown:
/// a widget has dozens of these.
pub fn source_ref(summary: &Summary, ui: &Ui, name: &str, number: usize) -> Html {
    let id = ui.id(name);
    let open = ui.open_sources.contains(&id);
    let strings = ui.strings;
    let onclick = ui.on_action.reform({
        let id = id.clone();
        move |_: MouseEvent| Action::ToggleSource(id.clone())
    });
    html! {
        <>
            <button
                type="button"
                class="cs-source-toggle"
                part="source-toggle"
                aria-expanded={if open { "true" } else { "false" }}
                aria-controls={id.clone()}
                {onclick}
            >
                <span class="cs-visually-hidden" lang={strings.lang} dir={strings.dir()}>{ strings.source_paragraph }{ " " }</span>
                <span aria-hidden="true">{ "¶\u{a0}" }</span>
                { number }
            </button>
            // A span, not a blockquote: it stands inside phrasing content (a
            // heading, a list item), where the HTML parser would move a block out.
            <span class="cs-source" part="source" {id} hidden={!open}>
                if open {
                    { summary.paragraph(number).unwrap_or_default().to_string() }
                }
            </span>
        </>
    }
}

/// An item's words followed by its [`source_ref`].
pub fn cited(summary: &Summary, ui: &Ui, name: &str, item: &Text) -> Html {
    cited_words(summary, ui, name, &item.text, item.source)
}

/// Any words from source paragraph `number`, followed by a [`source_ref`].
pub fn cited_words(summary: &Summary, ui: &Ui, name: &str, words: &str, number: usize) -> Html {
    html! {
        <>
            <span class="cs-text">{ words.to_string() }</span>
            { " " }
            { source_ref(summary, ui, name, number) }
        </>
    }
}
