//! The page side of the widget: finds `<conference-summary>` elements on the
//! host page, reads their attributes and mounts one yew app in each.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AttrValue;

use crate::i18n::{self, Strings};
use crate::model::{validate, Section, Summary, DEFAULT_SUMMARY_JSON};
use crate::view::{ConferenceSummary, ConferenceSummaryProps, ErrorBox, ErrorBoxProps};

/// The tag name site owners write.
const TAG: &str = "conference-summary";

thread_local! {
    /// The built-in summary, parsed once and shared by every instance.
    static DEFAULT_SUMMARY: RefCell<Option<Result<Rc<Summary>, Vec<String>>>> = const { RefCell::new(None) };
    /// Numbers instances so that their element ids never collide.
    static NEXT_INSTANCE: Cell<u32> = const { Cell::new(1) };
}

/// Runs when the module is instantiated: mounts every widget on the page.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Ok(hosts) = document.query_selector_all(TAG) else {
        return;
    };
    for index in 0..hosts.length() {
        if let Some(host) = hosts
            .item(index)
            .and_then(|node| node.dyn_into::<Element>().ok())
        {
            mount(&host);
        }
    }
}

/// Mounts the widget into `host`, or an error box when its content is invalid.
fn mount(host: &Element) {
    let strings = ui_strings(host);
    match default_summary() {
        Ok(summary) => {
            let props = ConferenceSummaryProps {
                summary,
                strings,
                section: initial_section(host),
                expanded: host.has_attribute("expanded"),
                id_prefix: next_id_prefix(),
            };
            yew::Renderer::<ConferenceSummary>::with_root_and_props(host.clone(), props).render();
        }
        Err(messages) => {
            for message in &messages {
                web_sys::console::error_1(&format!("conference-summary: {message}").into());
            }
            let props = ErrorBoxProps { strings, messages };
            yew::Renderer::<ErrorBox>::with_root_and_props(host.clone(), props).render();
        }
    }
}

fn ui_strings(host: &Element) -> &'static Strings {
    i18n::strings(&host.get_attribute("lang").unwrap_or_default())
}

fn initial_section(host: &Element) -> Section {
    host.get_attribute("section")
        .and_then(|id| Section::from_id(&id))
        .unwrap_or_default()
}

fn next_id_prefix() -> AttrValue {
    let number = NEXT_INSTANCE.with(|next| {
        let number = next.get();
        next.set(number.wrapping_add(1));
        number
    });
    AttrValue::from(format!("cs{number}"))
}

fn default_summary() -> Result<Rc<Summary>, Vec<String>> {
    DEFAULT_SUMMARY.with(|cell| {
        cell.borrow_mut()
            .get_or_insert_with(|| parse_summary(DEFAULT_SUMMARY_JSON))
            .clone()
    })
}

/// Parses and validates summary JSON. `JSON.parse` does the parsing, which
/// keeps a JSON parser out of the wasm.
pub(crate) fn parse_summary(json: &str) -> Result<Rc<Summary>, Vec<String>> {
    let value = js_sys::JSON::parse(json).map_err(|error| {
        let detail = error
            .dyn_ref::<js_sys::Error>()
            .map(|error| String::from(error.message()))
            .unwrap_or_default();
        vec![format!("the summary is not valid JSON: {detail}")]
    })?;
    let summary: Summary = serde_wasm_bindgen::from_value(value)
        .map_err(|error| vec![format!("the summary does not fit the format: {error}")])?;
    let errors = validate(&summary);
    if errors.is_empty() {
        Ok(Rc::new(summary))
    } else {
        Err(errors.iter().map(ToString::to_string).collect())
    }
}
