//! The state of one widget and how it reacts: every change is an `Action`
//! applied in one place (`act`), rendered, and told to the page once the
//! render is on screen (`rendered`, `announce`).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use web_sys::{Element, HtmlElement, ShadowRoot};
use yew::AppHandle;

use super::stylesheet::{swap_in, Styles};
use super::window_listener::WindowListener;
use super::{console_error, deep_links, events};
use crate::model::element_api::attribute;
use crate::model::{DeepLink, Section, Summary};
use crate::view::{Action, Content, Shell, ShellProps, WidgetState};

/// Where the widget's render stands with respect to the page.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Stage {
    /// Rendering off the page; whatever the shadow root held still shows.
    Offstage,
    /// Rendered, waiting for the stylesheet to take its place.
    Entering,
    /// On the page and styled.
    Shown,
}

/// What a render made true, told to the page once it is on screen.
pub(super) enum News {
    /// A summary is shown.
    SummaryShown,
    /// Another section is shown.
    Section(Section),
    /// A quote opened or closed, by id.
    Quote(String, bool),
}

pub(super) struct Inner {
    pub(super) host: HtmlElement,
    pub(super) shadow: ShadowRoot,
    pub(super) styles: Styles,
    /// The app's root element; on the page once `stage` is `Shown`.
    pub(super) mount: Element,
    pub(super) app: Option<AppHandle<Shell>>,
    /// Everything the app shows, the reader's state among it.
    pub(super) props: ShellProps,
    /// The `expanded` attribute: how each new summary's quotes start.
    pub(super) expanded: bool,
    pub(super) stage: Stage,
    pub(super) news: Vec<News>,
    /// The `deep-link` key and the fragment listener, when deep links are on.
    pub(super) deep_link: Option<(String, Option<WindowListener>)>,
    /// `beforeprint` and `afterprint`: print shows every panel.
    pub(super) _print: [Option<WindowListener>; 2],
}

/// Shows `summary`, in the state the attributes give a new one.
pub(super) fn show(inner: &Rc<RefCell<Inner>>, summary: Rc<Summary>) {
    let expanded = {
        let mut inner = inner.borrow_mut();
        inner.news.push(News::SummaryShown);
        inner.expanded
    };
    update(inner, |props| {
        props.problem = None;
        let section = props.state.section;
        props.state = Rc::new(WidgetState::new(section, summary.quotes.len(), expanded));
        props.content = Content::Ready(summary);
    });
}

/// Changes the props and hands them to the app.
pub(super) fn update(inner: &Rc<RefCell<Inner>>, change: impl FnOnce(&mut ShellProps)) {
    let before = {
        let mut state = inner.borrow_mut();
        let before = state.props.clone();
        change(&mut state.props);
        before
    };
    render(inner, &before);
}

/// Renders the props if they differ from `before`. When nothing changed the
/// app does not render, so what waits for a render is told now.
fn render(inner: &Rc<RefCell<Inner>>, before: &ShellProps) {
    let mut state = inner.borrow_mut();
    if state.props != *before {
        let props = state.props.clone();
        if let Some(app) = state.app.as_mut() {
            app.update(props);
        }
    } else if !state.news.is_empty() {
        drop(state);
        announce(&Rc::downgrade(inner));
    }
}

/// Applies the reader's or the page's `action` to the state, renders, and
/// reflects the section in the `section` attribute.
pub(super) fn act(weak: &Weak<RefCell<Inner>>, action: Action) {
    let Some(inner) = weak.upgrade() else {
        return;
    };
    let mut state = (*inner.borrow().props.state).clone();
    let before = state.clone();
    if !state.apply(action) {
        return;
    }
    let host = {
        let mut inner = inner.borrow_mut();
        if state.section != before.section {
            inner.news.push(News::Section(state.section));
        }
        if let Content::Ready(summary) = &inner.props.content {
            let changed = before.open.iter().zip(&state.open).zip(&summary.quotes);
            let toggled: Vec<News> = changed
                .filter(|((was_open, is_open), _)| was_open != is_open)
                .map(|((_, is_open), quote)| News::Quote(quote.id.clone(), *is_open))
                .collect();
            inner.news.extend(toggled);
        }
        inner.host.clone()
    };
    let section = state.section;
    update(&inner, |props| props.state = Rc::new(state));
    // The attribute reflects the state; when it already says so, this is
    // the attribute's own change coming back.
    if host.get_attribute(attribute::SECTION).as_deref() != Some(section.id()) {
        let _ = host.set_attribute(attribute::SECTION, section.id());
    }
}

/// After every render: the first puts the widget on the page; later ones
/// tell the page what changed.
pub(super) fn rendered(weak: &Weak<RefCell<Inner>>) {
    let Some(inner) = weak.upgrade() else {
        return;
    };
    let mut state = inner.borrow_mut();
    match state.stage {
        Stage::Shown => {
            drop(state);
            announce(weak);
        }
        Stage::Entering => {}
        Stage::Offstage => {
            state.stage = Stage::Entering;
            let (shadow, mount, styles) = (
                state.shadow.clone(),
                state.mount.clone(),
                state.styles.clone(),
            );
            drop(state);
            let on_stage = {
                let weak = weak.clone();
                move || {
                    if let Some(inner) = weak.upgrade() {
                        inner.borrow_mut().stage = Stage::Shown;
                        announce(&weak);
                    }
                }
            };
            if let Err(error) = swap_in(&shadow, &mount, &styles, on_stage) {
                console_error(&format!("the widget could not be shown: {error:?}"));
            }
        }
    }
}

/// Tells the page, once the widget is on screen, what the renders since the
/// last time made true: events, the fragment, and a deep link to follow.
fn announce(weak: &Weak<RefCell<Inner>>) {
    let Some(inner) = weak.upgrade() else {
        return;
    };
    let (host, news, key) = {
        let mut inner = inner.borrow_mut();
        if inner.stage != Stage::Shown {
            return;
        }
        let key = inner.deep_link.as_ref().map(|(key, _)| key.clone());
        (inner.host.clone(), std::mem::take(&mut inner.news), key)
    };
    for news in news {
        let link = match news {
            News::SummaryShown => {
                follow_fragment(weak);
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

/// Shows what the page's fragment names, if it is a deep link for this widget.
pub(super) fn follow_fragment(weak: &Weak<RefCell<Inner>>) {
    let Some(inner) = weak.upgrade() else {
        return;
    };
    let (link, quote_index, shadow) = {
        let inner = inner.borrow();
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
    act(weak, Action::Select(link.section));
    if let (Some(index), Some(id)) = (quote_index, link.quote) {
        act(weak, Action::OpenQuote(index));
        deep_links::scroll_to(&shadow, format!("cs-quote-{id}"));
    }
}
