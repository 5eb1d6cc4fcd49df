//! One widget instance: its shadow root, its yew app and its ties to the page.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, AttrValue, Callback, UseReducerDispatcher};

use super::attributes::Attributes;
use super::{console_error, parse_summary};
use crate::element_api::{attribute, event, event_name};
use crate::model::{quoted, DeepLink, Section, Summary, DEFAULT_SUMMARY_JSON};
use crate::view::{
    render_fingerprint, Action, Content, Failure, FailureReason, Shell, ShellProps, WidgetState,
};

/// The widget inside one `<conference-summary>` element. `assets/embed.js`
/// creates it when the element is connected and destroys it when the element
/// leaves the page.
#[wasm_bindgen]
pub struct Widget {
    inner: Rc<RefCell<Inner>>,
}

thread_local! {
    /// The apps of removed widgets, parked for the next widgets to take over.
    /// yew 0.23 never releases the listeners it puts on an app's root (it
    /// `forget`s their closures), so every app destroyed would be memory
    /// lost; an app reused with new props costs nothing more.
    static PARKED: RefCell<Vec<(Element, AppHandle<Shell>)>> = const { RefCell::new(Vec::new()) };
}

struct Inner {
    host: HtmlElement,
    shadow: ShadowRoot,
    props: ShellProps,
    /// The app's root element, in the shadow root.
    mount: Option<Element>,
    app: Option<AppHandle<Shell>>,
    /// Changes the summary's state from outside; set once it has rendered.
    dispatcher: Option<UseReducerDispatcher<WidgetState>>,
    /// Changes asked for before a summary was shown; applied when one is.
    pending: Vec<Action>,
    /// Whether the stylesheet is in (or was prerendered with the markup).
    styled: bool,
    /// Whether a summary has rendered and waits for the stylesheet to be announced.
    rendered: bool,
    /// The `deep-link` key, when deep links are on.
    deep_link: Option<String>,
    on_hash_change: Option<Closure<dyn Fn()>>,
    on_stylesheet: Option<Closure<dyn Fn()>>,
}

#[wasm_bindgen]
impl Widget {
    /// Mounts a widget in `host`'s shadow root, styled by `stylesheet` (a URL).
    ///
    /// Markup prerendered into a declarative shadow root is hydrated in place
    /// when it was rendered with the same markup version, summary and
    /// attributes, and then moves to `stylesheet` if it named another one.
    /// Other prerendered markup (an earlier release's, say) stays on screen
    /// until the widget's own render is styled, then gives way to it.
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement, stylesheet: &str) -> Result<Widget, JsValue> {
        let attributes = Attributes::read(&host, None);
        let (json, origin) = local_summary(&host);
        let local = parse_summary(&json).map_err(|failure| with_origin(failure, origin));
        let prerendered = match &local {
            Ok(_) => prerendered_mount(&host, &json, &attributes),
            Err(_) => None,
        };
        // With `src`, embed.js fetches the summary: until it is in, a loading
        // note, or the prerendered summary, which stays if the fetch fails.
        let fetching = host.has_attribute(attribute::SRC);
        let (content, failure) = match local {
            Ok(summary) if !fetching || prerendered.is_some() => (Content::Ready(summary), None),
            Ok(_) => (Content::Loading, None),
            // `src` takes the place of the inline summary: its problems do not count.
            Err(_) if fetching => (Content::Loading, None),
            Err(failure) => (Content::Loading, Some(failure)),
        };
        let shadow = match host.shadow_root() {
            Some(shadow) => shadow,
            None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
        };

        let inner = Rc::new(RefCell::new(Inner {
            host: host.clone(),
            shadow,
            mount: None,
            props: ShellProps {
                content,
                strings: attributes.strings,
                section: attributes.section,
                expanded: attributes.expanded,
                on_section_change: Callback::noop(),
                on_quote_toggle: Callback::noop(),
                on_ready: Callback::noop(),
                problem: None,
            },
            app: None,
            dispatcher: None,
            pending: Vec::new(),
            styled: prerendered.is_some(),
            rendered: false,
            deep_link: None,
            on_hash_change: None,
            on_stylesheet: None,
        }));
        let weak = Rc::downgrade(&inner);
        {
            let mut state = inner.borrow_mut();
            state.props.on_section_change = section_change_callback(weak.clone());
            state.props.on_quote_toggle = quote_toggle_callback(weak.clone());
            state.props.on_ready = ready_callback(weak.clone());
            let props = state.props.clone();
            let (mount, app) = match (prerendered, PARKED.with(|parked| parked.borrow_mut().pop()))
            {
                (Some(mount), _) => {
                    let app =
                        yew::Renderer::<Shell>::with_root_and_props(mount.clone(), props).hydrate();
                    replace_stylesheet(&state, stylesheet)?;
                    (mount, app)
                }
                (None, Some((mount, mut app))) => {
                    fill_shadow(&mut state, stylesheet, &mount, weak.clone())?;
                    app.update(props);
                    (mount, app)
                }
                (None, None) => {
                    let document = host.owner_document().ok_or("the element has no document")?;
                    let mount = document.create_element("div")?;
                    mount.set_attribute("class", "cs-mount")?;
                    fill_shadow(&mut state, stylesheet, &mount, weak.clone())?;
                    let app =
                        yew::Renderer::<Shell>::with_root_and_props(mount.clone(), props).render();
                    (mount, app)
                }
            };
            state.mount = Some(mount);
            state.app = Some(app);
        }
        let widget = Widget { inner };
        if let Some(failure) = failure {
            widget.fail(failure);
        }
        widget.set_deep_link(attributes.deep_link);
        Ok(widget)
    }

    /// A widget that shows only the error box: the one whose panic made the
    /// loader start a fresh instance. `message` describes the trap.
    pub fn crashed(host: HtmlElement, stylesheet: &str, message: &str) -> Result<Widget, JsValue> {
        let widget = Widget::new(host, stylesheet)?;
        // The loader has logged it; the page hears of it here.
        let detail = js_sys::Object::new();
        set(&detail, "message", &message.into());
        fire(&widget.host(), event::ERROR, &detail);
        widget.update(|props| {
            props.problem = None;
            props.content = Content::Failed(Failure {
                reason: FailureReason::Internal,
                details: vec![message.to_string()].into(),
            });
        });
        Ok(widget)
    }

    /// Follows a change of the observed attribute `name` (any but `src`).
    pub fn attribute_changed(&self, name: &str) {
        // Test builds only: a panic during this call, or in a task run after it.
        #[cfg(feature = "panic-probe")]
        if name == attribute::SECTION {
            match self.host().get_attribute(attribute::SECTION).as_deref() {
                Some("panic-probe") => panic!("panic probe: section=\"panic-probe\""),
                Some("panic-probe-later") => yew::platform::spawn_local(async {
                    panic!("panic probe: section=\"panic-probe-later\"");
                }),
                _ => {}
            }
        }
        let attributes = Attributes::read(&self.host(), Some(name));
        self.update(|props| {
            props.section = attributes.section;
            props.expanded = attributes.expanded;
            props.strings = attributes.strings;
        });
        self.set_deep_link(attributes.deep_link);
    }

    /// Shows the summary given inline (`<script type="application/json">`
    /// child), else the built-in one: what is left when `src` goes away.
    pub fn use_local_summary(&self) {
        let (json, origin) = local_summary(&self.host());
        self.show_parsed(parse_summary(&json), origin);
    }

    /// Shows a loading note while `src` is fetched, unless a summary is
    /// already shown: that one stays until the new one is in.
    pub fn set_loading(&self) {
        self.update(|props| {
            props.problem = None;
            if !matches!(props.content, Content::Ready(_)) {
                props.content = Content::Loading;
            }
        });
    }

    /// Shows the summary fetched from `url`.
    pub fn set_summary_json(&self, json: &str, url: &str) {
        self.show_parsed(parse_summary(json), url);
    }

    /// Reports a failed fetch: `kind` is `http` (detail: the status), `type`
    /// (the content type), `timeout` (the milliseconds), `network` or `url`.
    pub fn set_load_error(&self, kind: &str, detail: &str) {
        let src = self
            .host()
            .get_attribute(attribute::SRC)
            .unwrap_or_default();
        let (reason, message) = match kind {
            "http" => (
                FailureReason::Http(detail.parse().unwrap_or(0)),
                format!("the server answered HTTP {detail}"),
            ),
            "type" => (
                FailureReason::NotJson,
                format!("expected JSON, the server sent {}", quoted(detail)),
            ),
            "timeout" => (
                FailureReason::Timeout,
                format!("no answer within {detail} ms"),
            ),
            "url" => (FailureReason::BadUrl, "src is not a URL".to_string()),
            _ => (FailureReason::Network, detail.to_string()),
        };
        self.fail(Failure {
            reason,
            details: vec![format!("src={}: {message}", quoted(&src))].into(),
        });
    }

    /// Opens (`true`) or closes every quote.
    pub fn set_all_quotes(&self, open: bool) {
        self.dispatch(Action::SetAllQuotes(open));
    }

    /// Takes the app out of the page, parks it for the next widget and lets
    /// go of every listener on the page.
    pub fn destroy(&self) {
        self.set_deep_link(None);
        let (app, mount, shadow, strings) = {
            let mut inner = self.inner.borrow_mut();
            inner.dispatcher = None;
            inner.on_stylesheet = None;
            (
                inner.app.take(),
                inner.mount.take(),
                inner.shadow.clone(),
                inner.props.strings,
            )
        };
        if let (Some(mut app), Some(mount)) = (app, mount) {
            // Parked props hold nothing of this widget: no summary, no callbacks.
            app.update(ShellProps {
                content: Content::Loading,
                strings,
                section: Section::default(),
                expanded: false,
                on_section_change: Callback::noop(),
                on_quote_toggle: Callback::noop(),
                on_ready: Callback::noop(),
                problem: None,
            });
            mount.remove();
            PARKED.with(|parked| parked.borrow_mut().push((mount, app)));
        }
        shadow.set_inner_html("");
    }
}

impl Widget {
    fn host(&self) -> HtmlElement {
        self.inner.borrow().host.clone()
    }

    /// Changes the props and hands them to the app.
    fn update(&self, change: impl FnOnce(&mut ShellProps)) {
        let mut inner = self.inner.borrow_mut();
        let before = inner.props.clone();
        change(&mut inner.props);
        if inner.props.content != before.content {
            // The summary that handle belonged to is gone; the next one brings its own.
            inner.dispatcher = None;
            inner.rendered = false;
        }
        if inner.props != before {
            let props = inner.props.clone();
            if let Some(app) = inner.app.as_mut() {
                app.update(props);
            }
        }
    }

    /// Applies `action` now, or as soon as a summary is shown.
    fn dispatch(&self, action: Action) {
        let dispatcher = {
            let mut inner = self.inner.borrow_mut();
            if inner.dispatcher.is_none() {
                inner.pending.push(action);
            }
            inner.dispatcher.clone()
        };
        if let Some(dispatcher) = dispatcher {
            dispatcher.dispatch(action);
        }
    }

    fn show_parsed(&self, parsed: Result<Rc<Summary>, Failure>, origin: &str) {
        match parsed {
            Ok(summary) => self.update(|props| {
                props.problem = None;
                props.content = Content::Ready(summary);
            }),
            Err(failure) => self.fail(with_origin(failure, origin)),
        }
    }

    /// Shows the error box, logs the details and fires the error event.
    fn fail(&self, failure: Failure) {
        // Joined as `&str`s: one joining routine in the wasm, not two.
        let details: Vec<&str> = failure.details.iter().map(String::as_str).collect();
        let message = details.join("\n");
        console_error(&message);
        let detail = js_sys::Object::new();
        set(&detail, "message", &message.into());
        fire(&self.host(), event::ERROR, &detail);
        // Nothing the reader already has is taken away: a summary on screen
        // stays, with the error above it.
        self.update(|props| match props.content {
            Content::Ready(_) => props.problem = Some(failure),
            _ => props.content = Content::Failed(failure),
        });
    }

    /// Turns deep links on (with this key) or off.
    fn set_deep_link(&self, key: Option<String>) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let mut inner = self.inner.borrow_mut();
        if inner.deep_link == key {
            return;
        }
        if let Some(listener) = inner.on_hash_change.take() {
            // Removing a listener we added cannot fail.
            let _ = window.remove_event_listener_with_callback(
                "hashchange",
                listener.as_ref().unchecked_ref(),
            );
        }
        inner.deep_link = key.clone();
        if key.is_none() {
            return;
        }
        let weak = Rc::downgrade(&self.inner);
        let listener = Closure::<dyn Fn()>::new(move || follow_fragment(&weak));
        if window
            .add_event_listener_with_callback("hashchange", listener.as_ref().unchecked_ref())
            .is_ok()
        {
            inner.on_hash_change = Some(listener);
        }
        drop(inner);
        follow_fragment(&Rc::downgrade(&self.inner));
    }
}

/// The summary JSON given inline, else the built-in one, and what to call it
/// in error messages.
fn local_summary(host: &Element) -> (String, &'static str) {
    let inline = host
        .query_selector(":scope > script[type='application/json']")
        .ok()
        .flatten()
        .and_then(|script| script.text_content());
    match inline {
        Some(json) => (json, "the inline summary"),
        None => (DEFAULT_SUMMARY_JSON.to_string(), "the built-in summary"),
    }
}

/// Prefixes every detail of `failure` with where the summary came from.
fn with_origin(failure: Failure, origin: &str) -> Failure {
    let details = failure
        .details
        .iter()
        .map(|detail| format!("{origin}: {detail}"))
        .collect();
    Failure { details, ..failure }
}

/// The prerendered mount point in `host`'s declarative shadow root, if there
/// is one and it was rendered from what this script would render.
fn prerendered_mount(host: &Element, json: &str, attributes: &Attributes) -> Option<Element> {
    let mount = host
        .shadow_root()?
        .query_selector("div[data-cs-render]")
        .ok()
        .flatten()?;
    let expected = render_fingerprint(
        json,
        attributes.strings.lang,
        attributes.section,
        attributes.expanded,
    );
    let found = mount.get_attribute("data-cs-render").unwrap_or_default();
    // Markup of another release, or for other attributes, is no error: it
    // is replaced once the widget's own is ready (`fill_shadow`).
    (found == expected).then_some(mount)
}

/// Moves hydrated markup to `stylesheet` when its prerendered `<link>` names
/// another: a snippet made with an earlier release of the same markup gets
/// this release's styles. The old sheet goes once the new one is in, so
/// nothing shows unstyled.
fn replace_stylesheet(inner: &Inner, stylesheet: &str) -> Result<(), JsValue> {
    let Some(old) = inner
        .shadow
        .query_selector("link[rel=stylesheet]")
        .ok()
        .flatten()
    else {
        return Ok(());
    };
    // The resolved URL, as `stylesheet` is.
    let same = js_sys::Reflect::get(&old, &"href".into())
        .ok()
        .and_then(|href| href.as_string())
        .is_some_and(|href| href == stylesheet);
    if same {
        return Ok(());
    }
    let document = inner
        .host
        .owner_document()
        .ok_or("the element has no document")?;
    let link = stylesheet_link(&document, stylesheet)?;
    let retire = Closure::once_into_js(move || old.remove());
    link.add_event_listener_with_callback("load", retire.unchecked_ref())?;
    inner.shadow.append_child(&link)?;
    Ok(())
}

/// A `<link rel="stylesheet">` to `href`.
fn stylesheet_link(document: &web_sys::Document, href: &str) -> Result<Element, JsValue> {
    let link = document.create_element("link")?;
    link.set_attribute("rel", "stylesheet")?;
    link.set_attribute("href", href)?;
    Ok(link)
}

/// Puts the stylesheet into the shadow root, and `mount` once the sheet is
/// in, so that no unstyled flash shows. Whatever the shadow root held before
/// (markup prerendered by another release, say) stays on screen until then,
/// and goes in the same task as `mount` comes: the page does not jump.
fn fill_shadow(
    inner: &mut Inner,
    stylesheet: &str,
    mount: &Element,
    weak: Weak<RefCell<Inner>>,
) -> Result<(), JsValue> {
    let shadow = &inner.shadow;
    let document = inner
        .host
        .owner_document()
        .ok_or("the element has no document")?;
    let link = stylesheet_link(&document, stylesheet)?;
    if shadow.first_element_child().is_some() {
        // Until the swap, the stale markup keeps the styles it came with: a
        // frame of it under ours could change its size, and the page's layout.
        link.set_attribute("media", "not all")?;
    }
    // The app renders into `mount` off the page until then.
    mount.remove();
    shadow.append_child(&link)?;
    let reveal = {
        let mount = mount.clone();
        let shadow = shadow.clone();
        let link = link.clone();
        Closure::<dyn Fn()>::new(move || {
            // What stood before our stylesheet is stale.
            while let Some(stale) = shadow.first_element_child().filter(|first| *first != link) {
                stale.remove();
            }
            // Our own attribute on our own element: removing it cannot fail.
            let _ = link.remove_attribute("media");
            // Appending our own element to our own shadow root cannot fail.
            let _ = shadow.append_child(&mount);
            let Some(inner) = weak.upgrade() else {
                return;
            };
            let announce = {
                let mut inner = inner.borrow_mut();
                inner.styled = true;
                inner.rendered
            };
            if announce {
                announce_ready(&weak);
            }
        })
    };
    link.add_event_listener_with_callback("load", reveal.as_ref().unchecked_ref())?;
    link.add_event_listener_with_callback("error", reveal.as_ref().unchecked_ref())?;
    inner.on_stylesheet = Some(reveal);
    Ok(())
}

/// Shows what the page's fragment names, if it is a deep link for this widget.
fn follow_fragment(weak: &Weak<RefCell<Inner>>) {
    let Some(inner) = weak.upgrade() else {
        return;
    };
    let hash = web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default();
    let (link, dispatcher, quote_index) = {
        let inner = inner.borrow();
        let (Some(key), Some(dispatcher)) = (&inner.deep_link, &inner.dispatcher) else {
            return;
        };
        let Some(link) = DeepLink::parse(&hash, key) else {
            return;
        };
        let quote_index = match (&inner.props.content, &link.quote) {
            (Content::Ready(summary), Some(id)) => {
                summary.quotes.iter().position(|quote| &quote.id == id)
            }
            _ => None,
        };
        (link, dispatcher.clone(), quote_index)
    };
    dispatcher.dispatch(Action::Select(link.section));
    if let Some(index) = quote_index {
        dispatcher.dispatch(Action::OpenQuote(index));
        if let Some(id) = &link.quote {
            scroll_to_quote(&inner.borrow().shadow, id);
        }
    }
}

/// Brings a quote into view once the render that opens it has happened.
fn scroll_to_quote(shadow: &ShadowRoot, id: &str) {
    let shadow = shadow.clone();
    let element_id = format!("cs-quote-{id}");
    let scroll = Closure::once_into_js(move || {
        if let Some(quote) = shadow.get_element_by_id(&element_id) {
            quote.scroll_into_view();
        }
    });
    if let Some(window) = web_sys::window() {
        // Scrolling is a courtesy; if the timer cannot be set, the quote is still open.
        let _ = window.set_timeout_with_callback(scroll.unchecked_ref());
    }
}

/// Records the shown place in the fragment, without a history entry.
fn write_fragment(weak: &Weak<RefCell<Inner>>, link: DeepLink) {
    let Some(inner) = weak.upgrade() else {
        return;
    };
    let Some(key) = inner.borrow().deep_link.clone() else {
        return;
    };
    if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
        // A refused history change leaves the widget as it is; nothing to undo.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&link.fragment(&key)));
    }
}

fn section_change_callback(weak: Weak<RefCell<Inner>>) -> Callback<Section> {
    Callback::from(move |section: Section| {
        let Some(inner) = weak.upgrade() else {
            return;
        };
        let host = inner.borrow().host.clone();
        // The attribute reflects the shown section; when it already says so
        // this is the attribute's own change coming back.
        if host.get_attribute(attribute::SECTION).as_deref() != Some(section.id()) {
            let _ = host.set_attribute(attribute::SECTION, section.id());
        }
        let detail = js_sys::Object::new();
        set(&detail, "section", &section.id().into());
        fire(&host, event::SECTION_CHANGE, &detail);
        write_fragment(
            &weak,
            DeepLink {
                section,
                quote: None,
            },
        );
    })
}

fn quote_toggle_callback(weak: Weak<RefCell<Inner>>) -> Callback<(AttrValue, bool)> {
    Callback::from(move |(id, open): (AttrValue, bool)| {
        let Some(inner) = weak.upgrade() else {
            return;
        };
        let host = inner.borrow().host.clone();
        let detail = js_sys::Object::new();
        set(&detail, "id", &id.as_str().into());
        set(&detail, "open", &open.into());
        fire(&host, event::QUOTE_TOGGLE, &detail);
        let quote = open.then(|| id.to_string());
        write_fragment(
            &weak,
            DeepLink {
                section: Section::Quotes,
                quote,
            },
        );
    })
}

fn ready_callback(weak: Weak<RefCell<Inner>>) -> Callback<UseReducerDispatcher<WidgetState>> {
    Callback::from(move |dispatcher: UseReducerDispatcher<WidgetState>| {
        let Some(inner) = weak.upgrade() else {
            return;
        };
        let styled = {
            let mut inner = inner.borrow_mut();
            inner.dispatcher = Some(dispatcher);
            inner.rendered = true;
            inner.styled
        };
        // Not before the stylesheet is in: until then the widget is hidden,
        // and a host that measures or focuses it on ready would find nothing.
        if styled {
            announce_ready(&weak);
        }
    })
}

/// A summary is shown and styled: applies what was asked for meanwhile,
/// follows the fragment and fires the ready event.
fn announce_ready(weak: &Weak<RefCell<Inner>>) {
    let Some(inner) = weak.upgrade() else {
        return;
    };
    let (host, dispatcher, pending) = {
        let mut inner = inner.borrow_mut();
        inner.rendered = false;
        let pending = std::mem::take(&mut inner.pending);
        (inner.host.clone(), inner.dispatcher.clone(), pending)
    };
    if let Some(dispatcher) = dispatcher {
        for action in pending {
            dispatcher.dispatch(action);
        }
    }
    follow_fragment(weak);
    fire(&host, event::READY, &js_sys::Object::new());
}

fn set(object: &js_sys::Object, key: &str, value: &JsValue) {
    // Setting a property on a fresh plain object cannot fail.
    let _ = js_sys::Reflect::set(object, &key.into(), value);
}

/// Fires `conference-summary:{name}` ([`event`]) on the element: bubbling and composed,
/// so the host page can listen on the element, the document or any ancestor.
fn fire(host: &Element, name: &str, detail: &JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(&event_name(name), &init) {
        let _ = host.dispatch_event(&event);
    }
}
