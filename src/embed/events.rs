//! The events the element fires ([`crate::model::element_api::EVENTS`]): bubbling
//! and composed, so the host page can listen on the element, the document or
//! any ancestor.

use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::model::element_api::{event, event_name};
use crate::model::Section;

/// `ready`: a summary is shown and styled.
pub(crate) fn ready(host: &Element) {
    fire(host, event::READY, &js_sys::Object::new());
}

/// `section-change`: another section is shown.
pub(crate) fn section_change(host: &Element, section: Section) {
    let detail = js_sys::Object::new();
    set(&detail, "section", &section.id().into());
    fire(host, event::SECTION_CHANGE, &detail);
}

/// `quote-toggle`: the quote `id` opened (`open`) or closed.
pub(crate) fn quote_toggle(host: &Element, id: &str, open: bool) {
    let detail = js_sys::Object::new();
    set(&detail, "id", &id.into());
    set(&detail, "open", &open.into());
    fire(host, event::QUOTE_TOGGLE, &detail);
}

/// `error`: what went wrong, as the console has it.
pub(crate) fn error(host: &Element, message: &str) {
    let detail = js_sys::Object::new();
    set(&detail, "message", &message.into());
    fire(host, event::ERROR, &detail);
}

fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    // Setting a property on a fresh plain object cannot fail.
    let _ = js_sys::Reflect::set(object, &key.into(), value);
}

fn fire(host: &Element, name: &str, detail: &JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(&event_name(name), &init) {
        let _ = host.dispatch_event(&event);
    }
}
