//! The crate's yew component, `ConferenceSummary`, as a yew app uses it, in
//! headless Chromium: `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use conference_summary::model::Section;
use conference_summary::{ConferenceSummary, ConferenceSummaryProps, SummarySource, Theme};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot};
use yew::{AttrValue, Callback};

mod support;

wasm_bindgen_test_configure!(run_in_browser);

/// Renders the component into a fresh element of the document; returns its
/// host once the shadow root holds the render.
async fn render(props: ConferenceSummaryProps) -> Element {
    let root = support::render::<ConferenceSummary>(props).await;
    // The first render makes the host; its effect attaches the shadow root,
    // and the second render fills it.
    yew::scheduler::flush().await;
    root.first_element_child().expect("the host")
}

fn shadow(host: &Element) -> ShadowRoot {
    host.shadow_root().expect("an open shadow root")
}

fn texts(shadow: &ShadowRoot, selector: &str) -> Vec<String> {
    let list = shadow
        .query_selector_all(selector)
        .expect("a valid selector");
    (0..list.length())
        .filter_map(|index| list.item(index))
        .map(|node| node.text_content().unwrap_or_default().trim().to_string())
        .collect()
}

fn one(shadow: &ShadowRoot, selector: &str) -> HtmlElement {
    shadow
        .query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn renders_the_built_in_summary_in_a_styled_shadow_root_of_its_own() {
    let host = render(yew::props!(ConferenceSummaryProps {})).await;
    assert_eq!(host.local_name(), "div");
    assert_eq!(host.class_name(), "conference-summary");
    assert_eq!(
        host.get_attribute("theme"),
        None,
        "auto: no theme attribute"
    );
    assert_eq!(host.child_element_count(), 0, "nothing in the light DOM");
    let shadow = shadow(&host);
    let sheets = js_sys::Reflect::get(&shadow, &"adoptedStyleSheets".into())
        .expect("adoptedStyleSheets")
        .unchecked_into::<js_sys::Array>();
    assert_eq!(sheets.length(), 1, "the crate's stylesheet, adopted");
    assert_eq!(
        texts(&shadow, "[role=tab]"),
        ["Overview", "Quotes", "Programme", "Participants", "Funders"]
    );
    assert!(one(&shadow, ".cs-mount h2").inner_text().contains("OSCE"));
}

#[wasm_bindgen_test]
async fn two_instances_keep_their_ids_apart() {
    let first = render(yew::props!(ConferenceSummaryProps {})).await;
    let second = render(yew::props!(ConferenceSummaryProps {})).await;
    for host in [&first, &second] {
        assert!(shadow(host).get_element_by_id("cs-tab-overview").is_some());
    }
    let document = first.owner_document().expect("a document");
    assert!(
        document.get_element_by_id("cs-tab-overview").is_none(),
        "no id of theirs reaches the page"
    );
}

#[wasm_bindgen_test]
async fn language_theme_and_section_come_from_the_properties() {
    let host = render(yew::props!(ConferenceSummaryProps {
        lang: Some(AttrValue::from("fr")),
        theme: Theme::Dark,
        section: Section::Funders,
    }))
    .await;
    assert_eq!(host.get_attribute("theme").as_deref(), Some("dark"));
    let shadow = shadow(&host);
    assert_eq!(
        texts(&shadow, "[role=tab][aria-selected=true]"),
        ["Financement"]
    );
    // Each funder, then the button to its source paragraph.
    let funders = texts(&shadow, "[part=funder-list] li");
    let names = ["Spain", "France", "the United States", "Belgium"];
    assert_eq!(funders.len(), names.len(), "{funders:?}");
    for (funder, name) in funders.iter().zip(names) {
        assert!(funder.starts_with(name), "{funder} is {name}");
    }
}

#[wasm_bindgen_test]
async fn the_callbacks_hear_what_the_reader_does() {
    let heard = Rc::new(RefCell::new(Vec::<String>::new()));
    let (sections, quotes) = (heard.clone(), heard.clone());
    let host = render(yew::props!(ConferenceSummaryProps {
        on_section_change: Callback::from(move |section: Section| {
            sections
                .borrow_mut()
                .push(format!("section {}", section.id()))
        }),
        on_quote_toggle: Callback::from(move |(id, open): (AttrValue, bool)| {
            quotes.borrow_mut().push(format!("quote {id} {open}"))
        }),
    }))
    .await;
    let shadow = shadow(&host);
    one(&shadow, "#cs-tab-quotes").click();
    yew::scheduler::flush().await;
    one(&shadow, ".cs-quote-toggle").click();
    yew::scheduler::flush().await;
    assert_eq!(
        *heard.borrow(),
        ["section quotes", "quote carty-global-crisis true"]
    );
}

#[wasm_bindgen_test]
async fn json_that_is_not_a_summary_shows_every_problem() {
    let host = render(yew::props!(ConferenceSummaryProps {
        summary: SummarySource::Json(AttrValue::from(r#"{ "lang": 7 }"#)),
    }))
    .await;
    let shadow = shadow(&host);
    // Folded away under "technical details", as in the custom element.
    let alert = one(&shadow, "[role=alert]")
        .text_content()
        .unwrap_or_default();
    assert!(alert.contains("lang"), "names the field: {alert}");
    assert!(alert.contains("headline"), "names a missing field: {alert}");
}
