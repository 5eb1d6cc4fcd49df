//! The widget's components in headless Chromium: `cargo test --target
//! wasm32-unknown-unknown` (see .cargo/config.toml and webdriver.json).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use conference_summary::i18n;
use conference_summary::model::{Section, Summary, DEFAULT_SUMMARY_JSON};
use conference_summary::view::{StatefulSummary, StatefulSummaryProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

mod support;

wasm_bindgen_test_configure!(run_in_browser);

fn summary() -> Rc<Summary> {
    match conference_summary::parse_summary(DEFAULT_SUMMARY_JSON) {
        Ok(summary) => Rc::new(summary),
        Err(errors) => panic!("built-in summary does not parse: {errors:?}"),
    }
}

/// Mounts a widget into a fresh element of the document and waits for it.
async fn mount(section: Section, expanded: bool) -> Element {
    mount_in(section, expanded, i18n::strings("en")).await
}

async fn mount_in(section: Section, expanded: bool, strings: &'static i18n::Strings) -> Element {
    render(yew::props!(StatefulSummaryProps {
        summary: summary(),
        strings,
        section,
        expanded,
        id_prefix: "test",
    }))
    .await
}

async fn render(props: StatefulSummaryProps) -> Element {
    support::render::<StatefulSummary>(props).await
}

fn gloo_document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn one(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

fn all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).expect("a valid selector");
    (0..list.length())
        .filter_map(|index| list.item(index))
        .map(JsCast::unchecked_into)
        .collect()
}

fn attr(element: &Element, name: &str) -> String {
    element.get_attribute(name).unwrap_or_default()
}

fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

/// The selected tab's section id, checking the whole tab list's ARIA state on the way.
fn selected_section(root: &Element) -> String {
    let tabs = all(root, "[role=tab]");
    assert_eq!(tabs.len(), 5);
    let selected: Vec<&HtmlElement> = tabs
        .iter()
        .filter(|tab| attr(tab, "aria-selected") == "true")
        .collect();
    assert_eq!(selected.len(), 1, "exactly one tab is selected");
    for tab in &tabs {
        let is_selected = attr(tab, "aria-selected") == "true";
        assert_eq!(
            attr(tab, "tabindex"),
            if is_selected { "0" } else { "-1" },
            "roving tabindex"
        );
        let panel = one(root, &format!("#{}", attr(tab, "aria-controls")));
        assert_eq!(attr(&panel, "role"), "tabpanel");
        assert_eq!(attr(&panel, "aria-labelledby"), attr(tab, "id"));
        assert_eq!(
            panel.hidden(),
            !is_selected,
            "only the selected tab's panel shows"
        );
    }
    attr(selected[0], "id")
        .trim_start_matches("test-tab-")
        .to_string()
}

async fn press(target: &HtmlElement, key: &str) -> bool {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("an event");
    target.dispatch_event(&event).expect("dispatch");
    yew::scheduler::flush().await;
    event.default_prevented()
}

fn focused_id() -> String {
    gloo_document()
        .active_element()
        .map(|element| attr(&element, "id"))
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn renders_the_summary() {
    let root = mount(Section::Overview, false).await;
    assert!(text(&one(&root, "h2")).starts_with("Co-operation crucial to combat spread"));
    assert_eq!(selected_section(&root), "overview");
    let names: Vec<String> = all(&root, "[role=tab]")
        .iter()
        .map(|tab| text(tab))
        .collect();
    assert_eq!(
        names,
        ["Overview", "Quotes", "Programme", "Participants", "Funders"]
    );
    assert_eq!(
        attr(&one(&root, "[role=tablist]"), "aria-label"),
        "Sections"
    );
    assert!(text(&one(&root, ".cs-meta")).contains("20–21 September 2007"));
    assert!(text(&one(&root, "#test-panel-overview"))
        .contains("sexual exploitation of children over the Internet"));
    // Every section has its panel, but only the shown one has content.
    assert_eq!(all(&root, "[role=tabpanel]").len(), 5);
    for section in ["quotes", "programme", "participants", "funders"] {
        let panel = one(&root, &format!("#test-panel-{section}"));
        assert!(panel.hidden(), "{section} hidden");
        assert_eq!(
            (panel.child_element_count(), text(&panel)),
            (0, String::new()),
            "{section} panel is empty"
        );
    }
    assert_eq!(all(&root, ".cs-quote").len(), 0);
    one(&root, "#test-tab-funders").click();
    yew::scheduler::flush().await;
    assert_eq!(one(&root, "#test-panel-overview").child_element_count(), 0);
    let funders = text(&one(&root, "#test-panel-funders"));
    for name in [
        "Spain",
        "France",
        "the United States",
        "Belgium",
        "OSCE Strategic Police Matters Unit",
    ] {
        assert!(funders.contains(name), "funders panel lacks {name}");
    }
    one(&root, "#test-tab-quotes").click();
    yew::scheduler::flush().await;
    assert_eq!(all(&root, ".cs-quote").len(), 6);
    assert_eq!(attr(&one(&root, "article"), "lang"), "en");
}

#[wasm_bindgen_test]
async fn clicking_a_tab_shows_its_section() {
    let root = mount(Section::Overview, false).await;
    one(&root, "#test-tab-funders").click();
    yew::scheduler::flush().await;
    assert_eq!(selected_section(&root), "funders");
    one(&root, "#test-tab-quotes").click();
    yew::scheduler::flush().await;
    assert_eq!(selected_section(&root), "quotes");
}

#[wasm_bindgen_test]
async fn arrow_keys_home_and_end_move_selection_and_focus() {
    let root = mount(Section::Overview, false).await;
    let tab = |id: &str| one(&root, &format!("#test-tab-{id}"));

    assert!(press(&tab("overview"), "ArrowRight").await);
    assert_eq!(selected_section(&root), "quotes");
    assert_eq!(focused_id(), "test-tab-quotes");

    assert!(press(&tab("quotes"), "ArrowLeft").await);
    assert!(
        press(&tab("overview"), "ArrowLeft").await,
        "wraps from first to last"
    );
    assert_eq!(selected_section(&root), "funders");
    assert_eq!(focused_id(), "test-tab-funders");

    assert!(
        press(&tab("funders"), "ArrowRight").await,
        "wraps from last to first"
    );
    assert_eq!(selected_section(&root), "overview");

    assert!(press(&tab("overview"), "End").await);
    assert_eq!(selected_section(&root), "funders");
    assert!(press(&tab("funders"), "Home").await);
    assert_eq!(selected_section(&root), "overview");
    assert_eq!(focused_id(), "test-tab-overview");

    assert!(
        !press(&tab("overview"), "ArrowDown").await,
        "Up and Down are left to the page"
    );
    assert_eq!(selected_section(&root), "overview");
}

#[wasm_bindgen_test]
async fn a_quote_expands_and_collapses() {
    let root = mount(Section::Quotes, false).await;
    let card = one(&root, "#test-quote-carty-global-crisis");
    let toggle = one(&card, ".cs-quote-toggle");
    let passage = one(&root, &format!("#{}", attr(&toggle, "aria-controls")));
    assert_eq!(attr(&toggle, "aria-expanded"), "false");
    assert!(
        text(&toggle).contains("Kevin Carty"),
        "the toggle's name includes the speaker"
    );
    assert!(passage.inner_text().ends_with("…”"));
    assert!(!passage.inner_text().contains("fuelled by the Internet"));

    toggle.click();
    yew::scheduler::flush().await;
    assert_eq!(attr(&toggle, "aria-expanded"), "true");
    assert!(text(&passage)
        .contains("multi-billion dollar industry world-wide, fuelled by the Internet"));
    assert!(text(&card).contains("Senior Police Adviser to the OSCE Secretary General"));

    toggle.click();
    yew::scheduler::flush().await;
    assert_eq!(attr(&toggle, "aria-expanded"), "false");
    assert!(!passage.inner_text().contains("fuelled by the Internet"));
    // Closed, the passage is still whole in the page, for print.
    assert!(text(&passage).contains("fuelled by the Internet"));
}

#[wasm_bindgen_test]
async fn expand_all_opens_and_closes_every_quote() {
    let root = mount(Section::Quotes, false).await;
    let button = one(&root, ".cs-toolbar button");
    assert_eq!(text(&button), "Expand all quotes");
    button.click();
    yew::scheduler::flush().await;
    let toggles = all(&root, ".cs-quote-toggle");
    assert_eq!(toggles.len(), 6);
    assert!(toggles
        .iter()
        .all(|toggle| attr(toggle, "aria-expanded") == "true"));
    assert_eq!(text(&button), "Collapse all quotes");
    assert!(!one(&root, "#test-panel-quotes").inner_text().contains('…'));

    button.click();
    yew::scheduler::flush().await;
    assert!(all(&root, ".cs-quote-toggle")
        .iter()
        .all(|toggle| attr(toggle, "aria-expanded") == "false"));
}

#[wasm_bindgen_test]
async fn expanded_and_section_props_set_the_first_render() {
    let root = mount(Section::Quotes, true).await;
    assert_eq!(selected_section(&root), "quotes");
    assert!(all(&root, ".cs-quote-toggle")
        .iter()
        .all(|toggle| attr(toggle, "aria-expanded") == "true"));
    assert_eq!(
        text(&one(&root, ".cs-toolbar button")),
        "Collapse all quotes"
    );
}

#[wasm_bindgen_test]
async fn paraphrase_is_badged_and_not_in_quotation_marks() {
    let root = mount(Section::Quotes, true).await;
    let card = one(&root, "#test-quote-carty-primary-aim");
    assert_eq!(text(&one(&card, ".cs-badge")), "Paraphrase");
    assert!(card
        .query_selector("blockquote.cs-quote-text")
        .ok()
        .flatten()
        .is_none());
    assert!(!text(&card).contains('“'));
    let quote = one(&root, "#test-quote-perez-testimony");
    assert!(quote
        .query_selector("blockquote.cs-quote-text")
        .ok()
        .flatten()
        .is_some());
    assert!(text(&quote).contains("speaking on behalf of the Spanish OSCE Chairman-in-Office"));
}

#[wasm_bindgen_test]
async fn a_source_button_reveals_its_paragraph() {
    let root = mount(Section::Funders, false).await;
    let button = one(&root, "#test-panel-funders .cs-source-toggle");
    let paragraph = one(&root, &format!("#{}", attr(&button, "aria-controls")));
    assert!(paragraph.hidden());
    assert_eq!(text(&button), "Source paragraph ¶\u{a0}9");
    button.click();
    yew::scheduler::flush().await;
    assert_eq!(attr(&button, "aria-expanded"), "true");
    assert!(!paragraph.hidden());
    assert!(text(&paragraph)
        .starts_with("The conference is organized by the OSCE Strategic Police Matters Unit"));
}

/// The interface strings a freshly mounted widget shows, in or out of view.
fn shown_strings(strings: &i18n::Strings) -> Vec<&'static str> {
    let mut shown = vec![
        strings.widget_label,
        strings.sections_label,
        strings.focus,
        strings.aims,
        strings.place,
        strings.first_day,
        strings.final_day,
        strings.expand_all,
        strings.show_full_quote,
        strings.show_full_text,
        strings.paraphrase,
        strings.taking_part,
        strings.speakers,
        strings.organised_by,
        strings.funded_by,
        strings.chairmanship,
        strings.source_paragraph,
        strings.source,
    ];
    shown.extend(strings.section_names);
    shown
}

#[wasm_bindgen_test]
async fn every_language_shows_only_its_own_interface_strings() {
    let english = shown_strings(i18n::strings("en"));
    for strings in i18n::LANGUAGES {
        let root = mount_in(Section::Overview, false, strings).await;
        let tablist = one(&root, "[role=tablist]");
        // Only the shown panel has content: every section in turn, ending
        // on the quotes. Text content includes screen-reader-only text.
        let mut everything = attr(&tablist, "aria-label");
        for section in ["overview", "programme", "participants", "funders", "quotes"] {
            one(&root, &format!("#test-tab-{section}")).click();
            yew::scheduler::flush().await;
            everything = format!("{everything} {}", text(&root));
        }
        let own = shown_strings(strings);
        for (own, english) in own.iter().zip(&english) {
            assert!(
                everything.contains(own),
                "{}: {own:?} is not shown",
                strings.lang
            );
            if own != english {
                assert!(
                    !everything.contains(english),
                    "{}: English {english:?} is left over",
                    strings.lang
                );
            }
        }
        assert_eq!(attr(&tablist, "lang"), strings.lang);
        assert_eq!(attr(&one(&root, ".cs-kicker"), "lang"), strings.lang);
        assert_eq!(attr(&one(&root, ".cs-quote-toggle"), "lang"), strings.lang);
        // The content stays in the language it was written in.
        assert_eq!(attr(&one(&root, "article"), "lang"), "en");
        root.remove();
    }
}

#[wasm_bindgen_test]
async fn sections_with_nothing_to_show_have_no_tab() {
    let minimal: Summary =
        match conference_summary::parse_summary(include_str!("../assets/examples/minimal.json")) {
            Ok(summary) => summary,
            Err(errors) => panic!("minimal example does not parse: {errors:?}"),
        };
    let root = render(yew::props!(StatefulSummaryProps {
        summary: Rc::new(minimal),
        strings: i18n::strings("en"),
        section: Section::Quotes,
        expanded: false,
        id_prefix: "minimal",
    }))
    .await;
    let names: Vec<String> = all(&root, "[role=tab]")
        .iter()
        .map(|tab| text(tab))
        .collect();
    assert_eq!(names, ["Overview", "Funders"]);
    assert_eq!(all(&root, "[role=tabpanel]").len(), 2);
    // Asked for quotes, which it has none of: the overview shows.
    let overview = one(&root, "#minimal-tab-overview");
    assert_eq!(attr(&overview, "aria-selected"), "true");
    assert!(press(&overview, "ArrowRight").await);
    assert_eq!(
        attr(&one(&root, "#minimal-tab-funders"), "aria-selected"),
        "true"
    );
    assert!(press(&one(&root, "#minimal-tab-funders"), "ArrowRight").await);
    assert_eq!(
        attr(&overview, "aria-selected"),
        "true",
        "wraps within the tabs shown"
    );
}
