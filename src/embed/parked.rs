//! The apps of removed widgets, parked for the next widgets to take over.
//! yew 0.23 never releases the listeners it puts on an app's root (it
//! `forget`s their closures), so every app destroyed would be memory lost;
//! an app reused with new props costs nothing more.

use std::cell::RefCell;

use web_sys::Element;
use yew::AppHandle;

use crate::view::Shell;

/// An app and the element it renders into, off the page.
pub(super) type ParkedApp = (Element, AppHandle<Shell>);

thread_local! {
    static PARKED: RefCell<Vec<ParkedApp>> = const { RefCell::new(Vec::new()) };
}

/// A parked app, if there is one.
pub(super) fn take() -> Option<ParkedApp> {
    PARKED.with(|parked| parked.borrow_mut().pop())
}

/// Parks `app` for the next widget; its props must hold nothing of the
/// widget it leaves.
pub(super) fn park(app: ParkedApp) {
    PARKED.with(|parked| parked.borrow_mut().push(app));
}
