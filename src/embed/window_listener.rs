//! A listener on the window that is removed when its owner drops it, so that
//! a removed widget leaves nothing behind on the page.

use wasm_bindgen::prelude::*;

/// A listener for one event type on the window; removed on drop.
pub(crate) struct WindowListener {
    event: &'static str,
    closure: Closure<dyn Fn()>,
}

impl WindowListener {
    /// Listens for `event` on the window; `None` if there is no window.
    pub fn new(event: &'static str, listener: impl Fn() + 'static) -> Option<WindowListener> {
        let window = web_sys::window()?;
        let closure = Closure::<dyn Fn()>::new(listener);
        window
            .add_event_listener_with_callback(event, closure.as_ref().unchecked_ref())
            .ok()?;
        Some(WindowListener { event, closure })
    }
}

impl Drop for WindowListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            // Removing a listener we added cannot fail.
            let _ = window.remove_event_listener_with_callback(
                self.event,
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}
