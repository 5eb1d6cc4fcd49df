use yew::prelude::*;

use super::ui::Ui;
use crate::model::Section;

/// Properties of [`Tabs`].
#[derive(Properties, PartialEq)]
pub struct TabsProps {
    /// The sections to offer, in order.
    pub sections: Vec<Section>,
    /// The section whose panel is shown.
    pub selected: Section,
    /// Called with the section a reader picks, by click or key.
    pub on_select: Callback<Section>,
    /// Strings and element ids of this widget.
    pub ui: Ui,
}

/// The section tabs, after the WAI-ARIA tabs pattern: one tab stop (roving
/// tabindex), Left/Right move with wrap-around (mirrored when the content
/// runs right to left), Home/End jump to the ends,
/// and moving selects at once (automatic activation).
#[component]
pub fn Tabs(props: &TabsProps) -> Html {
    let tab_refs = use_memo((), |_| Section::ALL.map(|_| NodeRef::default()));
    let ui = &props.ui;

    let sections = props.sections.clone();
    let rtl = ui.content_dir == "rtl";
    let tabs = props.sections.iter().copied().map(|section| {
        let selected = section == props.selected;
        let onclick = {
            let on_select = props.on_select.clone();
            Callback::from(move |_: MouseEvent| on_select.emit(section))
        };
        let onkeydown = {
            let on_select = props.on_select.clone();
            let tab_refs = tab_refs.clone();
            let sections = sections.clone();
            // In a right-to-left layout the next tab is the one on the left.
            let forward = if rtl { "ArrowLeft" } else { "ArrowRight" };
            let backward = if rtl { "ArrowRight" } else { "ArrowLeft" };
            Callback::from(move |event: KeyboardEvent| {
                let key = event.key();
                let target = match key.as_str() {
                    key if key == forward => section.step_within(&sections, 1),
                    key if key == backward => section.step_within(&sections, -1),
                    "Home" => sections.first().copied().unwrap_or(section),
                    "End" => sections.last().copied().unwrap_or(section),
                    // Up and Down stay with the page, which may want to scroll.
                    _ => return,
                };
                event.prevent_default();
                on_select.emit(target);
                if let Some(tab) = tab_refs[target.index()].cast::<web_sys::HtmlElement>() {
                    // Focus cannot fail on a rendered button; there is nothing to report.
                    let _ = tab.focus();
                }
            })
        };
        html! {
            <button
                ref={tab_refs[section.index()].clone()}
                type="button"
                class="cs-tab"
                part={if selected { "tab tab-selected" } else { "tab" }}
                role="tab"
                id={ui.id(&format!("tab-{}", section.id()))}
                aria-controls={ui.id(&format!("panel-{}", section.id()))}
                aria-selected={if selected { "true" } else { "false" }}
                tabindex={if selected { "0" } else { "-1" }}
                {onclick}
                {onkeydown}
                dir={ui.strings.dir()}
            >
                { ui.strings.section_name(section) }
            </button>
        }
    });

    html! {
        <div class="cs-tablist" part="tab-list" role="tablist" aria-label={ui.strings.sections_label} lang={ui.strings.lang}>
            { for tabs }
        </div>
    }
}
