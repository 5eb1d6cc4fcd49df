//! Deep links in the page's URL: reading the fragment that names a section
//! or a quote of one widget, and recording what the reader shows.

use wasm_bindgen::prelude::*;
use web_sys::ShadowRoot;

use crate::model::DeepLink;

/// What the page's fragment asks of the widget with deep-link key `key`.
pub(crate) fn requested(key: &str) -> Option<DeepLink> {
    let hash = web_sys::window()?.location().hash().ok()?;
    DeepLink::parse(&hash, key)
}

/// Records `link` in the fragment, without a history entry. Only the
/// fragment changes: the rest of the URL is the page's own (a bare fragment
/// would resolve against `<base href>`, another page), and so is the state
/// its router keeps in the history entry.
pub(crate) fn record(key: &str, link: &DeepLink) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let (Ok(history), Ok(href)) = (window.history(), window.location().href()) else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&href) else {
        return;
    };
    url.set_hash(&link.fragment(key));
    let state = history.state().unwrap_or(JsValue::NULL);
    // A refused history change leaves the widget as it is; nothing to undo.
    let _ = history.replace_state_with_url(&state, "", Some(&url.href()));
}

/// Brings the element `id` into view once the render under way has happened.
pub(crate) fn scroll_to(shadow: &ShadowRoot, id: String) {
    let shadow = shadow.clone();
    let scroll = Closure::once_into_js(move || {
        if let Some(element) = shadow.get_element_by_id(&id) {
            element.scroll_into_view();
        }
    });
    if let Some(window) = web_sys::window() {
        // Scrolling is a courtesy; if the timer cannot be set, the quote is still open.
        let _ = window.set_timeout_with_callback(scroll.unchecked_ref());
    }
}
