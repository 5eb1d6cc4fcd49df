//! The offer to bring back the work kept by an earlier visit: the editor
//! chooses, the page never restores unasked.

use std::rc::Rc;

use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::autosave::Offer;

/// Properties of [`RestoreOffer`].
#[derive(Properties, PartialEq)]
pub struct RestoreOfferProps {
    /// The work kept.
    pub offer: Rc<Offer>,
    /// Called to bring it back.
    pub on_restore: Callback<()>,
    /// Called to forget it.
    pub on_discard: Callback<()>,
}

/// A banner at the top of the page: what was kept, Restore, Discard.
#[component]
pub fn RestoreOffer(props: &RestoreOfferProps) -> Html {
    let kept = &props.offer.kept;
    let words = kept.release.split_whitespace().count();
    let filled = if kept.drafted {
        "a draft of it, with your edits"
    } else {
        "the forms as you left them"
    };
    let when = when(props.offer.saved_at);
    html! {
        <section class="restore" id="restore-offer" role="region" aria-labelledby="restore-heading">
            <h2 id="restore-heading">{ "Restore your earlier work?" }</h2>
            <p id="restore-what">
                { format!("This browser kept the work you left on this page {when}: a release of {words} word{} and {filled}. \
                           Restoring replaces what is on the page now; until you choose, new work is not kept.",
                          if words == 1 { "" } else { "s" }) }
            </p>
            <p class="actions">
                <button type="button" id="restore-work" class="primary" aria-describedby="restore-what"
                    onclick={props.on_restore.reform(|_: MouseEvent| ())}>
                    { "Restore" }
                </button>
                <button type="button" id="discard-work" onclick={props.on_discard.reform(|_: MouseEvent| ())}>
                    { "Discard" }
                </button>
            </p>
        </section>
    }
}

/// When the work was kept, as the browser writes a date and time:
/// "on 5 Dec 2026, 21:40".
fn when(saved_at: f64) -> String {
    if saved_at <= 0.0 {
        return "on an earlier visit".to_string();
    }
    let date = js_sys::Date::new(&JsValue::from_f64(saved_at));
    let options = js_sys::Object::new();
    for (key, value) in [("dateStyle", "medium"), ("timeStyle", "short")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    let text: String = date.to_locale_string("en-GB", &options).into();
    format!("on {text}")
}
