//! The draft in a worker, so that the page answers keystrokes while a
//! release is drafted. The worker runs this same module: `main` finds no
//! window and serves drafts instead of showing the page. The page makes
//! the worker through `conferenceSummaryAuthorWorker()`, which
//! scripts/inline-author.mjs defines; where it is missing or fails (a build
//! not inlined, a browser that refuses the worker), the page drafts itself,
//! after the click is answered.

use std::cell::RefCell;
use std::rc::Rc;

use conference_summary_authoring::draft::{draft, Draft};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Worker};

use crate::later::soon;

/// The global function that makes a worker running this module.
const MAKE_WORKER: &str = "conferenceSummaryAuthorWorker";

/// Whether this module runs in a worker: there is no window.
pub fn in_worker() -> bool {
    web_sys::window().is_none()
}

/// In the worker: answers each release posted with its draft, as
/// [`Draft::to_message`] text.
pub fn serve() {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
        return;
    };
    let answer = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let release = event.data().as_string().unwrap_or_default();
        let message = draft(&release).to_message();
        let _ = answer.post_message(&JsValue::from(message));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page: so does its handler.
    on_message.forget();
}

/// Makes drafts, in a worker where there is one.
pub struct Drafter {
    /// The worker, until it fails.
    worker: Rc<RefCell<Option<Worker>>>,
    /// The release the worker is drafting, drafted on the page if it fails.
    pending: Rc<RefCell<Option<String>>>,
    done: Rc<dyn Fn(Draft, &'static str)>,
    /// Kept alive with the worker.
    _handlers: Vec<Closure<dyn FnMut(JsValue)>>,
}

impl Drafter {
    /// A drafter that calls `done` with each draft, and where it was made:
    /// `"worker"` or `"page"`.
    pub fn new(done: impl Fn(Draft, &'static str) + 'static) -> Drafter {
        let done: Rc<dyn Fn(Draft, &'static str)> = Rc::new(done);
        let made = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str(MAKE_WORKER))
            .ok()
            .and_then(|make| make.dyn_into::<js_sys::Function>().ok())
            .and_then(|make| make.call0(&JsValue::NULL).ok())
            .and_then(|worker| worker.dyn_into::<Worker>().ok());
        let worker = Rc::new(RefCell::new(made.clone()));
        let pending = Rc::new(RefCell::new(None::<String>));
        let mut handlers = Vec::new();
        if let Some(made) = made {
            let on_message = {
                let (done, pending) = (done.clone(), pending.clone());
                Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
                    pending.borrow_mut().take();
                    let text = event
                        .dyn_ref::<MessageEvent>()
                        .and_then(|event| event.data().as_string())
                        .unwrap_or_default();
                    match Draft::from_message(&text) {
                        Ok(drafted) => done(drafted, "worker"),
                        Err(error) => web_sys::console::error_1(&JsValue::from(error)),
                    }
                })
            };
            // A worker that fails to start or traps: the page drafts from now on.
            let on_error = {
                let (done, pending, worker) = (done.clone(), pending.clone(), worker.clone());
                Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
                    worker.borrow_mut().take();
                    if let Some(release) = pending.borrow_mut().take() {
                        let done = done.clone();
                        soon(move || done(draft(&release), "page"));
                    }
                })
            };
            made.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            made.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            handlers.extend([on_message, on_error]);
        }
        Drafter {
            worker,
            pending,
            done,
            _handlers: handlers,
        }
    }

    /// Drafts `release`; [`Drafter::new`]'s `done` gets the draft.
    pub fn draft(&self, release: String) {
        if let Some(worker) = self.worker.borrow().as_ref() {
            if worker
                .post_message(&JsValue::from(release.as_str()))
                .is_ok()
            {
                *self.pending.borrow_mut() = Some(release);
                return;
            }
        }
        let done = self.done.clone();
        soon(move || done(draft(&release), "page"));
    }
}
