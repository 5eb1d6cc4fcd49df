//! One widget on the page, as a type: [`Instance`]. Every change is an
//! [`Action`] applied in one place ([`Instance::act`]), rendered, and told to
//! the page once the render is on screen (`rendered`, `announce`).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::JsValue;
use web_sys::{Element, HtmlElement, ShadowRoot};
use yew::{AppHandle, Callback};

use super::attributes::{self, Attributes};
use super::stylesheet::{swap_in, Styles};
use super::window_listener::WindowListener;
use super::{deep_links, events, parked};
use crate::host::summaries::{built_in, parsed, Parsed};
use crate::host::{console_error, ids, shadow};
use crate::model::element_api::Attribute;
use crate::model::{DeepLink, Section, Summary};
use crate::view::{Action, Content, Failure, FailureReason, Shell, ShellProps, WidgetState};

/// Where the widget's render stands with respect to the page.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// Rendering off the page; whatever the shadow root held still shows.
    Offstage,
    /// Rendered, waiting for the stylesheet to take its place.
    Entering,
    /// On the page and styled.
    Shown,
}

/// What a render made true, told to the page once it is on screen.
enum News {
    /// A summary is shown.
    SummaryShown,
    /// Another section is shown.
    Section(Section),
    /// A quote opened or closed, by id.
    Quote(String, bool),
}

struct Inner {
    host: HtmlElement,
    shadow: ShadowRoot,
    styles: Styles,
    /// The app's root element; on the page once `stage` is `Shown`.
    mount: Element,
    app: Option<AppHandle<Shell>>,
    /// Everything the app shows, the reader's state among it.
    props: ShellProps,
    /// The `expanded` attribute: how each new summary's quotes start.
    expanded: bool,
    stage: Stage,
    news: Vec<News>,
    /// The `deep-link` key and the fragment listener, when deep links are on.
    deep_link: Option<(String, Option<WindowListener>)>,
    /// `beforeprint` and `afterprint`: print shows every panel.
    print: [Option<WindowListener>; 2],
}

/// One widget: what it shows, the reader's state, and how it reacts. The
/// loader's [`Widget`](super::Widget) owns it; its app's callbacks and its
/// window listeners hold a [`WeakInstance`], so that they do not keep a
/// removed widget alive.
pub(super) struct Instance(Rc<RefCell<Inner>>);

/// An [`Instance`] as its callbacks hold it.
#[derive(Clone)]
struct WeakInstance(Weak<RefCell<Inner>>);

impl WeakInstance {
    /// Runs `react` on the instance, unless the widget is gone.
    fn with(&self, react: impl FnOnce(&Instance)) {
        if let Some(inner) = self.0.upgrade() {
            react(&Instance(inner));
        }
    }
}

impl Instance {
    /// Mounts a widget in `host`'s shadow root, styled by `styles`. It
    /// renders off the page, then takes the place of whatever the shadow
    /// root held (prerendered markup) in one step, once styled. `crowded`:
    /// the page holds many widgets, so this one is laid out only when the
    /// reader nears it. `crash`: the widget starts with only the error box,
    /// which says this (see [`Widget::new`](super::Widget::new)).
    pub(super) fn new(
        host: HtmlElement,
        styles: Styles,
        crowded: bool,
        crash: Option<String>,
    ) -> Result<Instance, JsValue> {
        let attributes = Attributes::read(&host, None);
        let shadow = shadow::open_shadow(&host)?;
        let (content, failure) = match &crash {
            // Not even parsed: the summary may be what panicked.
            Some(message) => (
                Content::Failed(Failure {
                    reason: FailureReason::Internal,
                    details: vec![message.clone()].into(),
                }),
                None,
            ),
            None => first_content(&host, &shadow),
        };
        // Test builds only: a panic whenever this element's widget starts
        // with content to render, in a task, as a panic in a render would be.
        #[cfg(feature = "panic-probe")]
        if crash.is_none() && host.has_attribute("data-panic-probe") {
            yew::platform::spawn_local(async { panic!("panic probe: data-panic-probe") });
        }
        let quotes = match &content {
            Content::Ready(summary) => summary.quotes.len(),
            _ => 0,
        };
        let (mount, parked_app) = match parked::take() {
            Some((mount, app)) => (mount, Some(app)),
            None => {
                let document = host.owner_document().ok_or("the element has no document")?;
                (document.create_element("div")?, None)
            }
        };
        shadow::set_mount_class(&mount, crowded)?;
        let news = match content {
            Content::Ready(_) => vec![News::SummaryShown],
            _ => Vec::new(),
        };
        let inner = Rc::new_cyclic(|weak: &Weak<RefCell<Inner>>| {
            let weak = WeakInstance(weak.clone());
            let on_action = {
                let weak = weak.clone();
                Callback::from(move |action| weak.with(|instance| instance.act(action)))
            };
            let on_rendered = {
                let weak = weak.clone();
                Callback::from(move |()| weak.with(Instance::rendered))
            };
            let print = |event, complete| {
                let weak = weak.clone();
                WindowListener::new(event, move || {
                    weak.with(|instance| instance.update(|props| props.complete = complete))
                })
            };
            RefCell::new(Inner {
                host: host.clone(),
                shadow,
                styles,
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
                print: [print("beforeprint", true), print("afterprint", false)],
            })
        });
        {
            let mut state = inner.borrow_mut();
            let props = state.props.clone();
            // The app renders into `mount` off the page (`rendered` puts it on).
            mount.remove();
            let app = match parked_app {
                Some(mut app) => {
                    app.update(props);
                    app
                }
                None => yew::Renderer::<Shell>::with_root_and_props(mount, props).render(),
            };
            state.app = Some(app);
        }
        let instance = Instance(inner);
        if let Some(failure) = failure {
            instance.fail(failure);
        }
        if let Some(message) = crash {
            // The loader has logged it; the page hears of it here.
            events::error(&instance.host(), &message);
        }
        instance.set_deep_link(attributes.deep_link);
        Ok(instance)
    }

    fn downgrade(&self) -> WeakInstance {
        WeakInstance(Rc::downgrade(&self.0))
    }

    /// The element.
    pub(super) fn host(&self) -> HtmlElement {
        self.0.borrow().host.clone()
    }

    /// The section shown: the one asked for, unless the summary has no tab
    /// for it.
    pub(super) fn section(&self) -> Section {
        let inner = self.0.borrow();
        let section = inner.props.state.section;
        match &inner.props.content {
            Content::Ready(summary) => section.shown_among(&summary.sections()),
            _ => section,
        }
    }

    /// Shows the summary given inline (`<script type="application/json">`
    /// child), else the built-in one.
    pub(super) fn show_local(&self) {
        let (local, origin) = local_summary(&self.host());
        self.show_parsed(local, origin);
    }

    /// Shows the summary JSON fetched from `url`.
    pub(super) fn show_json(&self, json: &str, url: &str) {
        self.show_parsed(parsed(json), url);
    }

    fn show_parsed(&self, parsed: Parsed, origin: &str) {
        match parsed {
            Ok(summary) => self.show(summary),
            Err(failure) => self.fail(with_origin(failure, origin)),
        }
    }

    /// Shows `summary`, in the state the attributes give a new one.
    fn show(&self, summary: Rc<Summary>) {
        let expanded = {
            let mut inner = self.0.borrow_mut();
            inner.news.push(News::SummaryShown);
            inner.expanded
        };
        self.update(|props| {
            props.problem = None;
            let section = props.state.section;
            props.state = Rc::new(WidgetState::new(section, summary.quotes.len(), expanded));
            props.content = Content::Ready(summary);
        });
    }

    /// Shows the error box, logs the details and fires the error event.
    pub(super) fn fail(&self, failure: Failure) {
        // Joined as `&str`s: one joining routine in the wasm, not two.
        let details: Vec<&str> = failure.details.iter().map(String::as_str).collect();
        let message = details.join("\n");
        console_error(&message);
        events::error(&self.host(), &message);
        // Nothing the reader already has is taken away: a summary on screen
        // stays, with the error above it.
        self.update(|props| match props.content {
            Content::Ready(_) => props.problem = Some(failure),
            _ => props.content = Content::Failed(failure),
        });
    }

    /// Follows the `expanded` attribute: every quote of this summary and of
    /// the next ones open, or closed.
    pub(super) fn set_expanded(&self, expanded: bool) {
        self.0.borrow_mut().expanded = expanded;
        self.act(Action::SetAllQuotes(expanded));
    }

    /// Changes the props and hands them to the app.
    pub(super) fn update(&self, change: impl FnOnce(&mut ShellProps)) {
        let before = {
            let mut inner = self.0.borrow_mut();
            let before = inner.props.clone();
            change(&mut inner.props);
            before
        };
        self.render(&before);
    }

    /// Renders the props if they differ from `before`. When nothing changed
    /// the app does not render, so what waits for a render is told now.
    fn render(&self, before: &ShellProps) {
        let mut inner = self.0.borrow_mut();
        if inner.props != *before {
            let props = inner.props.clone();
            if let Some(app) = inner.app.as_mut() {
                app.update(props);
            }
        } else if !inner.news.is_empty() {
            drop(inner);
            self.announce();
        }
    }

    /// Applies the reader's or the page's `action` to the state, renders,
    /// and reflects the section in the `section` attribute.
    pub(super) fn act(&self, action: Action) {
        let mut state = (*self.0.borrow().props.state).clone();
        let before = state.clone();
        if !state.apply(action) {
            return;
        }
        let host = {
            let mut inner = self.0.borrow_mut();
            if state.section != before.section {
                inner.news.push(News::Section(state.section));
            }
            if let Content::Ready(summary) = &inner.props.content {
                let toggled: Vec<News> = state
                    .toggled_quotes(&before, &summary.quotes)
                    .map(|(quote, open)| News::Quote(quote.id.clone(), open))
                    .collect();
                inner.news.extend(toggled);
            }
            inner.host.clone()
        };
        let section = state.section;
        self.update(|props| props.state = Rc::new(state));
        // The attribute reflects the state; when it already says so, this is
        // the attribute's own change coming back.
        if attributes::get(&host, Attribute::Section).as_deref() != Some(section.id()) {
            attributes::set(&host, Attribute::Section, section.id());
        }
    }

    /// After every render: the first puts the widget on the page; later ones
    /// tell the page what changed.
    fn rendered(&self) {
        let mut inner = self.0.borrow_mut();
        match inner.stage {
            Stage::Shown => {
                drop(inner);
                self.announce();
            }
            Stage::Entering => {}
            Stage::Offstage => {
                inner.stage = Stage::Entering;
                let (shadow, mount, styles) = (
                    inner.shadow.clone(),
                    inner.mount.clone(),
                    inner.styles.clone(),
                );
                drop(inner);
                let weak = self.downgrade();
                let on_stage = move || {
                    weak.with(|instance| {
                        instance.0.borrow_mut().stage = Stage::Shown;
                        instance.announce();
                    })
                };
                if let Err(error) = swap_in(&shadow, &mount, &styles, on_stage) {
                    console_error(&format!("the widget could not be shown: {error:?}"));
                }
            }
        }
    }

    /// Tells the page, once the widget is on screen, what the renders since
    /// the last time made true: events, the fragment, and a deep link to follow.
    fn announce(&self) {
        let (host, news, key) = {
            let mut inner = self.0.borrow_mut();
            if inner.stage != Stage::Shown {
                return;
            }
            let key = inner.deep_link.as_ref().map(|(key, _)| key.clone());
            (inner.host.clone(), std::mem::take(&mut inner.news), key)
        };
        for news in news {
            let link = match news {
                News::SummaryShown => {
                    self.follow_fragment();
                    events::ready(&host);
                    None
                }
                News::Section(section) => {
                    events::section_change(&host, section);
                    Some(DeepLink {
                        section,
                        quote: None,
                    })
                }
                News::Quote(id, open) => {
                    events::quote_toggle(&host, &id, open);
                    Some(DeepLink {
                        section: Section::Quotes,
                        quote: open.then_some(id),
                    })
                }
            };
            if let (Some(link), Some(key)) = (link, &key) {
                deep_links::record(key, &link);
            }
        }
    }

    /// Turns deep links on (with this key) or off.
    pub(super) fn set_deep_link(&self, key: Option<String>) {
        let same = self.0.borrow().deep_link.as_ref().map(|(key, _)| key) == key.as_ref();
        if same {
            return;
        }
        let listener = key.as_ref().and_then(|_| {
            let weak = self.downgrade();
            WindowListener::new("hashchange", move || weak.with(Instance::follow_fragment))
        });
        self.0.borrow_mut().deep_link = key.map(|key| (key, listener));
        self.follow_fragment();
    }

    /// Shows what the page's fragment names, if it is a deep link for this widget.
    fn follow_fragment(&self) {
        let (link, quote_index, shadow) = {
            let inner = self.0.borrow();
            let Some((key, _)) = &inner.deep_link else {
                return;
            };
            let Content::Ready(summary) = &inner.props.content else {
                return;
            };
            let Some(link) = deep_links::requested(key) else {
                return;
            };
            let quote_index = link
                .quote
                .as_ref()
                .and_then(|id| summary.quotes.iter().position(|quote| &quote.id == id));
            (link, quote_index, inner.shadow.clone())
        };
        self.act(Action::Select(link.section));
        if let (Some(index), Some(id)) = (quote_index, link.quote) {
            self.act(Action::OpenQuote(index));
            let element = ids::quote(ids::SHADOW_PREFIX, &id);
            deep_links::scroll_to(&shadow, element);
        }
    }

    /// Takes the app out of the page, parks it for the next widget and lets
    /// go of every listener on the page.
    pub(super) fn destroy(&self) {
        self.set_deep_link(None);
        let (app, mount, shadow, strings) = {
            let mut inner = self.0.borrow_mut();
            inner.print = [None, None];
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
            parked::park((mount, app));
        }
        // Not `innerHTML`, which a page that requires Trusted Types refuses.
        shadow.set_text_content(None);
    }
}

/// What a new widget shows first, and the local summary's failure to report:
/// with `src`, embed.js fetches the summary, so until it is in, a loading
/// note, or the prerendered summary, which stays if the fetch fails.
fn first_content(host: &HtmlElement, shadow: &ShadowRoot) -> (Content, Option<Failure>) {
    let prerendered = shadow.first_element_child().is_some();
    let (local, origin) = local_summary(host);
    let fetching = attributes::has(host, Attribute::Src);
    match local {
        Ok(summary) if !fetching || prerendered => (Content::Ready(summary), None),
        Ok(_) => (Content::Loading, None),
        // `src` takes the place of the local summary: its problems do not count.
        Err(_) if fetching => (Content::Loading, None),
        Err(failure) => (Content::Loading, Some(with_origin(failure, origin))),
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
        Some(json) => (parsed(&json), "the inline summary"),
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
