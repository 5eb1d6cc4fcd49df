//! Long lists shown in part: a draft of the longest release has hundreds of
//! quotes, aims and groups taking part, and thousands of fields would take
//! the page seconds to render, keystrokes waiting meanwhile. A list shows its
//! first items and a button for the rest; adding an item shows them all, so
//! that the new one is in view.

use yew::prelude::*;

/// How many items of a list a form shows until the editor asks for all:
/// more than any real release has.
pub const FIRST_ITEMS: usize = 25;

/// Whether a form shows all its items.
#[derive(Clone, PartialEq)]
pub struct Paging {
    all: UseStateHandle<bool>,
}

/// The paging of one form.
#[hook]
pub fn use_paging() -> Paging {
    Paging {
        all: use_state(|| false),
    }
}

impl Paging {
    /// How many of `total` items to show.
    pub fn shown(&self, total: usize) -> usize {
        if *self.all {
            total
        } else {
            total.min(FIRST_ITEMS)
        }
    }

    /// The button that shows every one of `total` items (`what` names them,
    /// plural), when some are not shown.
    pub fn more(&self, total: usize, what: &str) -> Html {
        let shown = self.shown(total);
        if shown >= total {
            return html! {};
        }
        let all = self.all.clone();
        html! {
            <p class="more-items">
                <span class="hint">{ format!("The first {shown} of {total} {what} are shown. ") }</span>
                <button type="button" class="more" onclick={Callback::from(move |_: MouseEvent| all.set(true))}>
                    { format!("Show all {total} {what}") }
                </button>
            </p>
        }
    }

    /// `add`, which adds an item, and shows every item first.
    pub fn adding(&self, add: Callback<MouseEvent>) -> Callback<MouseEvent> {
        let all = self.all.clone();
        Callback::from(move |event: MouseEvent| {
            all.set(true);
            add.emit(event);
        })
    }
}
