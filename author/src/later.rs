//! Work for later, on the page's event loop: so that a click or a
//! keystroke is answered first, and what follows it runs after.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A call waiting on a timer; dropping it cancels the call.
pub struct Timeout {
    handle: i32,
    /// Kept alive until the timer fires or is cancelled.
    _call: Closure<dyn FnMut()>,
}

impl Drop for Timeout {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(self.handle);
        }
    }
}

/// Calls `call` once, `millis` milliseconds from now or later, unless the
/// returned [`Timeout`] is dropped first; `None` where there is no window.
pub fn after(millis: i32, call: impl FnOnce() + 'static) -> Option<Timeout> {
    let mut call = Some(call);
    let call = Closure::<dyn FnMut()>::new(move || {
        if let Some(call) = call.take() {
            call();
        }
    });
    let handle = web_sys::window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            call.as_ref().unchecked_ref(),
            millis,
        )
        .ok()?;
    Some(Timeout {
        handle,
        _call: call,
    })
}

/// Calls `call` once, after the events already queued (a keystroke typed
/// meanwhile, the render that shows what was clicked); right away where
/// there is no window.
pub fn soon(call: impl FnOnce() + 'static) {
    let call = Closure::once_into_js(call);
    let queued = web_sys::window().and_then(|window| {
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(call.unchecked_ref(), 0)
            .ok()
    });
    if queued.is_none() {
        if let Some(function) = call.dyn_ref::<js_sys::Function>() {
            let _ = function.call0(&wasm_bindgen::JsValue::NULL);
        }
    }
}
