//! Going to a problem: from a message in the list, or with the keyboard,
//! to the next or previous field that has one.
//!
//! The shortcut is F8, and Shift+F8 for the previous one: the key code
//! editors use for "next problem" (VS Code, Visual Studio), which no browser
//! binds on a page (Chromium, Firefox and Safari leave it to the page), nor
//! NVDA, JAWS, Narrator, Orca or VoiceOver (their commands take Insert,
//! Caps Lock or Ctrl+Option). Letter shortcuts with Alt+Shift clash: Firefox
//! uses Alt+Shift+letter for access keys, and on a Mac Option+Shift+letter
//! types a character into the field being edited.

use std::cmp::Ordering;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent, Node};

use crate::fields::field_id;

/// The key that goes to the next problem; with Shift, to the previous one.
pub const KEY: &str = "F8";

/// The shortcuts as `aria-keyshortcuts` names them.
pub const NEXT_SHORTCUT: &str = "F8";
/// The shortcut to the previous problem.
pub const PREVIOUS_SHORTCUT: &str = "Shift+F8";

/// Which way to go, when `event` is the shortcut: `Some(true)` forward,
/// `Some(false)` back.
pub fn shortcut(event: &KeyboardEvent) -> Option<bool> {
    let plain = !(event.ctrl_key() || event.alt_key() || event.meta_key());
    (plain && event.key() == KEY).then(|| !event.shift_key())
}

/// The element that edits the value at `path`: the field itself; else the
/// first field of the item or part it names (`speakers[0]`, `dates`); else,
/// for a list's own problem or an item the form does not show yet, the
/// list's button that shows all its items, or its Add button.
pub fn field_for(path: &str) -> Option<HtmlElement> {
    // Paths are the validator's (`quotes[2].text`): nothing that would end
    // the selectors' quoted values.
    if path.contains(['"', '\\']) {
        return None;
    }
    let document = web_sys::window()?.document()?;
    let id = field_id(path);
    let top = path.split(['.', '[']).next().unwrap_or_default();
    [
        format!("[id=\"{id}\"]"),
        format!("[id^=\"{id}.\"]"),
        format!("[id^=\"{id}[\"]"),
        format!("fieldset.form.{top} button.more, fieldset.form.{top} button.add"),
    ]
    .iter()
    .find_map(|selector| document.query_selector(selector).ok().flatten())
    .and_then(|element| element.dyn_into::<HtmlElement>().ok())
}

/// Moves focus to the field of the problem at `path`; whether there was one.
pub fn focus_problem(path: &str) -> bool {
    field_for(path).is_some_and(|field| field.focus().is_ok())
}

/// Moves focus to the field of the next problem after the focused element
/// (`forward`), or of the previous one, in the page's order, going round at
/// the end. `paths` are the problems shown. Returns which problem it went to
/// (1-based) and of how many fields with problems, or `None` when no
/// problem has a field.
pub fn go_to_problem(paths: &[String], forward: bool) -> Option<(usize, usize)> {
    // In the page's order, each once: placed as found (a few dozen at most;
    // a sort would bring a sort's code for this one list).
    let mut fields: Vec<HtmlElement> = Vec::new();
    for field in paths.iter().filter_map(|path| field_for(path)) {
        if fields.iter().any(|known| known.is_same_node(Some(&field))) {
            continue;
        }
        let at = fields
            .iter()
            .position(|known| page_order(&field, known) == Ordering::Less)
            .unwrap_or(fields.len());
        fields.insert(at, field);
    }
    let focused: Option<Element> = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.active_element());
    let relation = |field: &HtmlElement| {
        focused
            .as_ref()
            .map_or(0, |focused| focused.compare_document_position(field))
    };
    let index = if forward {
        fields
            .iter()
            .position(|field| relation(field) & Node::DOCUMENT_POSITION_FOLLOWING != 0)
            .unwrap_or(0)
    } else {
        fields
            .iter()
            .rposition(|field| relation(field) & Node::DOCUMENT_POSITION_PRECEDING != 0)
            .unwrap_or(fields.len().checked_sub(1)?)
    };
    let field = fields.get(index)?;
    field.focus().ok()?;
    Some((index + 1, fields.len()))
}

/// `a` against `b` in the page's order.
fn page_order(a: &HtmlElement, b: &HtmlElement) -> Ordering {
    let position = a.compare_document_position(b);
    if position & Node::DOCUMENT_POSITION_FOLLOWING != 0 {
        Ordering::Less
    } else if position & Node::DOCUMENT_POSITION_PRECEDING != 0 {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}
