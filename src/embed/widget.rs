//! One widget, as the loader sees it: the class wasm-bindgen makes for
//! `assets/embed.js`, its constructor and its methods. What the widget holds
//! and how it reacts is in `instance`.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback};

use super::attributes::Attributes;
use super::instance::{act, follow_fragment, rendered, show, update, Inner, News, Stage};
use super::stylesheet::Styles;
use super::summaries::{built_in, parse_summary, Parsed};
use super::window_listener::WindowListener;
use super::{console_error, events};
use crate::model::element_api::attribute;
use crate::model::{quoted, Section};
use crate::view::{Action, Content, Failure, FailureReason, Shell, ShellProps, WidgetState};

/// Why the loader could not fetch `src`: what it passes to
/// [`Widget::set_load_error`] with a detail.
#[wasm_bindgen]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadErrorKind {
    /// The server answered with an error status; the detail is the status.
    Http,
    /// The answer was not JSON; the detail is its content type.
    Type,
    /// No answer in time; the detail is the timeout in milliseconds.
    Timeout,
    /// The request failed; the detail is the browser's message.
    Network,
    /// `src` is not a URL; no detail.
    Url,
}

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

#[wasm_bindgen]
impl Widget {
    /// Mounts a widget in `host`'s shadow root, styled by `sheet` (the
    /// page's shared `CSSStyleSheet`) or, when that is null, by a link to
    /// `stylesheet_url`. The widget renders off the page, then takes the
    /// place of whatever the shadow root held (prerendered markup) in one
    /// step, once styled.
    #[wasm_bindgen(constructor)]
    ///
    /// `crowded`: the page holds many widgets, so this one is laid out only
    /// when the reader nears it (the stylesheet's `.cs-crowded`).
    pub fn new(
        host: HtmlElement,
        sheet: JsValue,
        stylesheet_url: String,
        crowded: bool,
    ) -> Result<Widget, JsValue> {
        let attributes = Attributes::read(&host, None);
        let shadow = match host.shadow_root() {
            Some(shadow) => shadow,
            None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
        };
        let prerendered = shadow.first_element_child().is_some();
        let (local, origin) = local_summary(&host);
        // With `src`, embed.js fetches the summary: until it is in, a loading
        // note, or the prerendered summary, which stays if the fetch fails.
        let fetching = host.has_attribute(attribute::SRC);
        let (content, failure) = match local {
            Ok(summary) if !fetching || prerendered => (Content::Ready(summary), None),
            Ok(_) => (Content::Loading, None),
            // `src` takes the place of the local summary: its problems do not count.
            Err(_) if fetching => (Content::Loading, None),
            Err(failure) => (Content::Loading, Some(with_origin(failure, origin))),
        };
        let quotes = match &content {
            Content::Ready(summary) => summary.quotes.len(),
            _ => 0,
        };
        let (mount, parked) = match PARKED.with(|parked| parked.borrow_mut().pop()) {
            Some((mount, app)) => (mount, Some(app)),
            None => {
                let document = host.owner_document().ok_or("the element has no document")?;
                (document.create_element("div")?, None)
            }
        };
        let class = if crowded {
            "cs-mount cs-crowded"
        } else {
            "cs-mount"
        };
        mount.set_attribute("class", class)?;
        let news = match content {
            Content::Ready(_) => vec![News::SummaryShown],
            _ => Vec::new(),
        };
        let inner = Rc::new_cyclic(|weak: &Weak<RefCell<Inner>>| {
            let on_action = {
                let weak = weak.clone();
                Callback::from(move |action| act(&weak, action))
            };
            let on_rendered = {
                let weak = weak.clone();
                Callback::from(move |()| rendered(&weak))
            };
            let print = |event, complete| {
                let weak = weak.clone();
                WindowListener::new(event, move || {
                    if let Some(inner) = weak.upgrade() {
                        update(&inner, |props| props.complete = complete);
                    }
                })
            };
            RefCell::new(Inner {
                host: host.clone(),
                shadow,
                styles: Styles::new(sheet, stylesheet_url),
                mount: mount.clone(),
                app: None,
                props: ShellProps {
                    content,
                    problem: None,
                    strings: attributes.strings,
                    state: Rc::new(WidgetState::new(
                        attributes.section,
                        quotes,
                        attributes.expanded,
                    )),
                    complete: false,
                    on_action,
                    on_rendered,
                },
                expanded: attributes.expanded,
                stage: Stage::Offstage,
                news,
                deep_link: None,
                _print: [print("beforeprint", true), print("afterprint", false)],
            })
        });
        {
            let mut state = inner.borrow_mut();
            let props = state.props.clone();
            // The app renders into `mount` off the page (`rendered` puts it on).
            mount.remove();
            let app = match parked {
                Some(mut app) => {
                    app.update(props);
                    app
                }
                None => yew::Renderer::<Shell>::with_root_and_props(mount, props).render(),
            };
            state.app = Some(app);
        }
        let widget = Widget { inner };
        if let Some(failure) = failure {
            widget.fail(failure);
        }
        widget.set_deep_link(attributes.deep_link);
        Ok(widget)
    }

    /// Parses the built-in summary ahead of the first widget that shows it.
    /// The loader calls this as soon as the module is in, which is often while
    /// the page is still being parsed: time the first widget then saves.
    pub fn prepare() {
        let _built_in = built_in();
    }

    /// Shows only the error box: this is the widget whose panic made the
    /// loader start a fresh instance, and `message` describes the trap.
    pub fn show_crash(&self, message: &str) {
        // The loader has logged it; the page hears of it here.
        events::error(&self.host(), message);
        update(&self.inner, |props| {
            props.problem = None;
            props.content = Content::Failed(Failure {
                reason: FailureReason::Internal,
                details: vec![message.to_string()].into(),
            });
        });
    }

    /// The section shown: the `section` property's value.
    #[wasm_bindgen(getter)]
    pub fn section(&self) -> String {
        let inner = self.inner.borrow();
        let section = inner.props.state.section;
        let offered = match &inner.props.content {
            Content::Ready(summary) => summary.sections().contains(&section),
            _ => true,
        };
        let shown = if offered { section } else { Section::default() };
        shown.id().to_string()
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
        let weak = Rc::downgrade(&self.inner);
        match name {
            attribute::SECTION => act(&weak, Action::Select(attributes.section)),
            attribute::EXPANDED => {
                self.inner.borrow_mut().expanded = attributes.expanded;
                act(&weak, Action::SetAllQuotes(attributes.expanded));
            }
            attribute::LANG => update(&self.inner, |props| props.strings = attributes.strings),
            attribute::DEEP_LINK => self.set_deep_link(attributes.deep_link),
            // `theme` is the stylesheet's business; `Attributes::read` has
            // warned about a value it does not know.
            _ => {}
        }
    }

    /// Shows the summary given inline (`<script type="application/json">`
    /// child), else the built-in one: what is left when `src` goes away.
    pub fn use_local_summary(&self) {
        let (local, origin) = local_summary(&self.host());
        self.show_parsed(local, origin);
    }

    /// Shows a loading note while `src` is fetched, unless a summary is
    /// already shown: that one stays until the new one is in.
    pub fn set_loading(&self) {
        update(&self.inner, |props| {
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

    /// Reports a failed fetch of `src`, with the detail [`LoadErrorKind`] describes.
    pub fn set_load_error(&self, kind: LoadErrorKind, detail: &str) {
        let src = self
            .host()
            .get_attribute(attribute::SRC)
            .unwrap_or_default();
        let (reason, message) = match kind {
            LoadErrorKind::Http => (
                FailureReason::Http(detail.parse().unwrap_or(0)),
                format!("the server answered HTTP {detail}"),
            ),
            LoadErrorKind::Type => (
                FailureReason::NotJson,
                format!("expected JSON, the server sent {}", quoted(detail)),
            ),
            LoadErrorKind::Timeout => (
                FailureReason::Timeout,
                format!("no answer within {detail} ms"),
            ),
            LoadErrorKind::Url => (FailureReason::BadUrl, "src is not a URL".to_string()),
            LoadErrorKind::Network => (FailureReason::Network, detail.to_string()),
        };
        self.fail(Failure {
            reason,
            details: vec![format!("src={}: {message}", quoted(&src))].into(),
        });
    }

    /// Opens (`true`) or closes every quote of the summary shown.
    pub fn set_all_quotes(&self, open: bool) {
        act(&Rc::downgrade(&self.inner), Action::SetAllQuotes(open));
    }

    /// Takes the app out of the page, parks it for the next widget and lets
    /// go of every listener on the page.
    pub fn destroy(&self) {
        self.set_deep_link(None);
        let (app, mount, shadow, strings) = {
            let mut inner = self.inner.borrow_mut();
            inner._print = [None, None];
            inner.news.clear();
            (
                inner.app.take(),
                inner.mount.clone(),
                inner.shadow.clone(),
                inner.props.strings,
            )
        };
        if let Some(mut app) = app {
            // Parked props hold nothing of this widget: no summary, no callbacks.
            app.update(ShellProps {
                content: Content::Loading,
                problem: None,
                strings,
                state: Rc::default(),
                complete: false,
                on_action: Callback::noop(),
                on_rendered: Callback::noop(),
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

    fn show_parsed(&self, parsed: Parsed, origin: &str) {
        match parsed {
            Ok(summary) => show(&self.inner, summary),
            Err(failure) => self.fail(with_origin(failure, origin)),
        }
    }

    /// Shows the error box, logs the details and fires the error event.
    fn fail(&self, failure: Failure) {
        // Joined as `&str`s: one joining routine in the wasm, not two.
        let details: Vec<&str> = failure.details.iter().map(String::as_str).collect();
        let message = details.join("\n");
        console_error(&message);
        events::error(&self.host(), &message);
        // Nothing the reader already has is taken away: a summary on screen
        // stays, with the error above it.
        update(&self.inner, |props| match props.content {
            Content::Ready(_) => props.problem = Some(failure),
            _ => props.content = Content::Failed(failure),
        });
    }

    /// Turns deep links on (with this key) or off.
    fn set_deep_link(&self, key: Option<String>) {
        let same = self.inner.borrow().deep_link.as_ref().map(|(key, _)| key) == key.as_ref();
        if same {
            return;
        }
        let weak = Rc::downgrade(&self.inner);
        let listener = key.as_ref().and_then(|_| {
            let weak = weak.clone();
            WindowListener::new("hashchange", move || follow_fragment(&weak))
        });
        self.inner.borrow_mut().deep_link = key.map(|key| (key, listener));
        follow_fragment(&weak);
    }
}

/// The summary given inline as JSON, else the built-in one, parsed, and what
/// to call it in error messages.
fn local_summary(host: &Element) -> (Parsed, &'static str) {
    let inline = host
        .query_selector(":scope > script[type='application/json']")
        .ok()
        .flatten()
        .and_then(|script| script.text_content());
    match inline {
        Some(json) => (parse_summary(&json), "the inline summary"),
        None => (built_in(), "the built-in summary"),
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
