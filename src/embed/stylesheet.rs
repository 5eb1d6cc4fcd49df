//! The shadow root's styles, and the swap that puts a render on the page in
//! place of what stood there before (prerendered markup, say).

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

use crate::host::shadow::adopt;

/// How a shadow root gets the widget's styles.
#[derive(Clone)]
pub(crate) enum Styles {
    /// The page's one constructable stylesheet, which `assets/embed.js`
    /// fetched beside the wasm: adopted by every widget, parsed once.
    Shared(JsValue),
    /// Where constructable stylesheets are unavailable, or the sheet could
    /// not be fetched: a `<link>` to the stylesheet's URL, in each widget.
    Link(String),
}

impl Styles {
    /// `sheet` when the loader made one (a `CSSStyleSheet`), else a link to `url`.
    pub fn new(sheet: JsValue, url: String) -> Styles {
        if sheet.is_object() {
            Styles::Shared(sheet)
        } else {
            Styles::Link(url)
        }
    }
}

/// Puts `mount` into `shadow`, styled, in place of whatever the shadow root
/// holds, then calls `done`. What stood there stays on screen with its own
/// styles until then, and goes in the same task as `mount` comes: nothing
/// moves and nothing shows unstyled. A reader's focus in the old markup
/// moves to the element with the same id in the new.
pub(crate) fn swap_in(
    shadow: &ShadowRoot,
    mount: &Element,
    styles: &Styles,
    done: impl FnOnce() + 'static,
) -> Result<(), JsValue> {
    match styles {
        Styles::Shared(sheet) => {
            let focused = focused_id(shadow);
            remove_children(shadow, None);
            adopt(shadow, sheet)?;
            shadow.append_child(mount)?;
            refocus(shadow, focused);
            done();
        }
        Styles::Link(url) => {
            // A prerendered shadow root links this very stylesheet already:
            // that link stays, so the render needs no second copy of it.
            let (link, loaded) = match linked(shadow, url) {
                Some(link) => {
                    let loaded = js_sys::Reflect::get(&link, &"sheet".into())
                        .is_ok_and(|sheet| sheet.is_object());
                    (link, loaded)
                }
                None => (new_link(shadow, url)?, false),
            };
            let target = link.clone();
            let shadow = shadow.clone();
            let mount = mount.clone();
            let reveal = move || {
                // Gone meanwhile: the widget was removed.
                if !link.is_connected() {
                    return;
                }
                let focused = focused_id(&shadow);
                remove_children(&shadow, Some(&link));
                // Our own attribute and our own elements: these cannot fail.
                let _ = link.remove_attribute("media");
                let _ = shadow.append_child(&mount);
                refocus(&shadow, focused);
                done();
            };
            if loaded {
                reveal();
            } else {
                let reveal = Closure::once_into_js(reveal);
                // Only one of the two fires, so the one-shot function serves both.
                target.add_event_listener_with_callback("load", reveal.unchecked_ref())?;
                target.add_event_listener_with_callback("error", reveal.unchecked_ref())?;
            }
        }
    }
    Ok(())
}

/// The `<link rel="stylesheet">` in `shadow` whose resolved address is `url`.
fn linked(shadow: &ShadowRoot, url: &str) -> Option<Element> {
    let children = shadow.children();
    (0..children.length())
        .filter_map(|index| children.item(index))
        .find(|child| {
            child.local_name() == "link"
                && child.get_attribute("rel").as_deref() == Some("stylesheet")
                && js_sys::Reflect::get(child, &"href".into())
                    .ok()
                    .and_then(|href| href.as_string())
                    .is_some_and(|href| href == url)
        })
}

/// A new `<link>` to `url` in `shadow`, inert while older markup stands
/// beside it.
fn new_link(shadow: &ShadowRoot, url: &str) -> Result<Element, JsValue> {
    let document = shadow
        .owner_document()
        .ok_or("the shadow root has no document")?;
    let link = document.create_element("link")?;
    link.set_attribute("rel", "stylesheet")?;
    link.set_attribute("href", url)?;
    if shadow.first_element_child().is_some() {
        // Until the swap, the old markup keeps the styles it came
        // with: a frame of it under ours could change its size.
        link.set_attribute("media", "not all")?;
    }
    shadow.append_child(&link)?;
    Ok(link)
}

/// Removes every element of `shadow` but `keep`.
fn remove_children(shadow: &ShadowRoot, keep: Option<&Element>) {
    let children = shadow.children();
    let stale: Vec<Element> = (0..children.length())
        .filter_map(|index| children.item(index))
        .filter(|child| Some(child) != keep)
        .collect();
    for child in stale {
        child.remove();
    }
}

/// The id of the element the reader has focused inside `shadow`, if any.
fn focused_id(shadow: &ShadowRoot) -> Option<String> {
    shadow
        .active_element()
        .map(|element| element.id())
        .filter(|id| !id.is_empty())
}

/// Focuses the element with id `id` in `shadow`, when there is one.
fn refocus(shadow: &ShadowRoot, id: Option<String>) {
    let element = id.and_then(|id| shadow.get_element_by_id(&id));
    if let Some(element) = element.and_then(|element| element.dyn_into::<HtmlElement>().ok()) {
        // Focus is a courtesy here: an element that refuses it stays unfocused.
        let _ = element.focus();
    }
}
