use web_sys::wasm_bindgen::JsCast;
use yew::prelude::*;

use super::state::Action;
use super::ui::Ui;
use crate::model::Section;

/// The section tabs, after the WAI-ARIA tabs pattern: one tab stop (roving
/// tabindex), Left/Right move with wrap-around (mirrored when the content
/// runs right to left), Home/End jump to the ends, and moving selects at
/// once (automatic activation). `sections` are the sections offered, in order.
pub fn tabs(ui: &Ui, sections: &[Section], selected: Section) -> Html {
    let rtl = ui.content_dir == "rtl";
    let tabs = sections.iter().copied().map(|section| {
        let is_selected = section == selected;
        let onclick = ui
            .on_action
            .reform(move |_: MouseEvent| Action::Select(section));
        let onkeydown = {
            let on_action = ui.on_action.clone();
            let sections = sections.to_vec();
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
                on_action.emit(Action::Select(target));
                focus_tab(
                    &event,
                    sections.iter().position(|offered| *offered == target),
                );
            })
        };
        html! {
            <button
                type="button"
                class="cs-tab"
                part={if is_selected { "tab tab-selected" } else { "tab" }}
                role="tab"
                id={ui.id(&format!("tab-{}", section.id()))}
                aria-controls={ui.id(&format!("panel-{}", section.id()))}
                aria-selected={if is_selected { "true" } else { "false" }}
                tabindex={if is_selected { "0" } else { "-1" }}
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

/// Moves focus to the tab at `index` in the tab list of the key event's tab.
fn focus_tab(event: &KeyboardEvent, index: Option<usize>) {
    let tab = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|tab| tab.parent_element())
        .zip(index)
        .and_then(|(list, index)| list.children().item(u32::try_from(index).ok()?))
        .and_then(|tab| tab.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(tab) = tab {
        // Focus cannot fail on a rendered button; there is nothing to report.
        let _ = tab.focus();
    }
}
