//! The events the element fires ([`Event`]): bubbling and composed, so the
//! host page can listen on the element, the document or any ancestor. The
//! element dispatches each again under its alias, which frameworks' event
//! syntax can spell (`dispatchEvent` in assets/loader/element.js).

use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::model::element_api::Event;
use crate::model::Section;

/// `ready`: a summary is shown and styled.
pub(crate) fn ready(host: &Element) {
    fire(host, Event::Ready, &js_sys::Object::new());
}

/// `section-change`: another section is shown.
pub(crate) fn section_change(host: &Element, section: Section) {
    let detail = js_sys::Object::new();
    set(&detail, "section", &section.id().into());
    fire(host, Event::SectionChange, &detail);
}

/// `quote-toggle`: the quote `id` opened (`open`) or closed.
pub(crate) fn quote_toggle(host: &Element, id: &str, open: bool) {
    let detail = js_sys::Object::new();
    set(&detail, "id", &id.into());
    set(&detail, "open", &open.into());
    fire(host, Event::QuoteToggle, &detail);
}

/// `error`: what went wrong, as the console has it.
pub(crate) fn error(host: &Element, message: &str) {
    let detail = js_sys::Object::new();
    set(&detail, "message", &message.into());
    fire(host, Event::Error, &detail);
}

fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    // Setting a property on a fresh plain object cannot fail.
    let _ = js_sys::Reflect::set(object, &key.into(), value);
}

fn fire(host: &Element, event: Event, detail: &JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(&event.full_name(), &init) {
        let _ = host.dispatch_event(&event);
    }
}
