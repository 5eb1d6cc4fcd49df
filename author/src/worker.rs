//! The draft and the validator in a worker, so that the page answers
//! keystrokes while a release is drafted and a long summary checked. The
//! worker runs this same module: `main` finds no window and serves drafts
//! and checks instead of showing the page. The page makes
//! the worker through `conferenceSummaryAuthorWorker()`, which
//! scripts/inline-author.mjs defines; where it is missing or fails (a build
//! not inlined, a browser that refuses the worker), the page drafts itself,
//! after the click is answered.

use std::cell::RefCell;
use std::rc::Rc;

use conference_summary_authoring::draft::{draft, Draft};

use crate::problems::{problems_of_json, Problems};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Worker};

use crate::later::soon;

/// The global function that makes a worker running this module.
const MAKE_WORKER: &str = "conferenceSummaryAuthorWorker";

/// What a message asks, its first letter: a draft of the release that
/// follows, or a check of the summary JSON that follows the request's
/// number and a line break. The answer starts with the same letter (and
/// number).
const DRAFT: char = 'D';
/// See [`DRAFT`].
const CHECK: char = 'C';

/// Whether this module runs in a worker: there is no window.
pub fn in_worker() -> bool {
    web_sys::window().is_none()
}

/// The answer to one message posted to the worker.
fn answer(message: &str) -> String {
    if let Some(release) = message.strip_prefix(DRAFT) {
        format!("{DRAFT}{}", draft(release).to_message())
    } else if let Some(request) = message.strip_prefix(CHECK) {
        let (number, json) = request.split_once('\n').unwrap_or((request, ""));
        format!("{CHECK}{number}\n{}", problems_of_json(json).to_message())
    } else {
        String::new()
    }
}

/// In the worker: answers each release posted with its draft, as
/// [`Draft::to_message`] text, and each summary with its problems, as
/// [`Problems::to_message`] text.
pub fn serve() {
    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
        return;
    };
    let scope_answer = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let message = answer(&event.data().as_string().unwrap_or_default());
        let _ = scope_answer.post_message(&JsValue::from(message));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page: so does its handler.
    on_message.forget();
}

/// A check the worker was asked for: its number and the summary JSON, to
/// check on the page should the worker fail.
type PendingCheck = (u64, String);

/// Makes drafts and checks summaries, in a worker where there is one.
pub struct Drafter {
    /// The worker, until it fails.
    worker: Rc<RefCell<Option<Worker>>>,
    /// The release the worker is drafting, drafted on the page if it fails.
    pending: Rc<RefCell<Option<String>>>,
    /// The check the worker is making, made on the page if it fails.
    pending_check: Rc<RefCell<Option<PendingCheck>>>,
    done: Rc<dyn Fn(Draft, &'static str)>,
    checked: Rc<dyn Fn(u64, Problems)>,
    /// Kept alive with the worker.
    _handlers: Vec<Closure<dyn FnMut(JsValue)>>,
}

impl Drafter {
    /// A drafter that calls `done` with each draft, and where it was made
    /// (`"worker"` or `"page"`), and `checked` with the number of each check
    /// and its problems.
    pub fn new(
        done: impl Fn(Draft, &'static str) + 'static,
        checked: impl Fn(u64, Problems) + 'static,
    ) -> Drafter {
        let done: Rc<dyn Fn(Draft, &'static str)> = Rc::new(done);
        let checked: Rc<dyn Fn(u64, Problems)> = Rc::new(checked);
        let made = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str(MAKE_WORKER))
            .ok()
            .and_then(|make| make.dyn_into::<js_sys::Function>().ok())
            .and_then(|make| make.call0(&JsValue::NULL).ok())
            .and_then(|worker| worker.dyn_into::<Worker>().ok());
        let worker = Rc::new(RefCell::new(made.clone()));
        let pending = Rc::new(RefCell::new(None::<String>));
        let pending_check = Rc::new(RefCell::new(None::<PendingCheck>));
        let mut handlers = Vec::new();
        if let Some(made) = made {
            let on_message = {
                let (done, checked) = (done.clone(), checked.clone());
                let (pending, pending_check) = (pending.clone(), pending_check.clone());
                Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
                    let text = event
                        .dyn_ref::<MessageEvent>()
                        .and_then(|event| event.data().as_string())
                        .unwrap_or_default();
                    if let Some(message) = text.strip_prefix(DRAFT) {
                        pending.borrow_mut().take();
                        match Draft::from_message(message) {
                            Ok(drafted) => done(drafted, "worker"),
                            Err(error) => web_sys::console::error_1(&JsValue::from(error)),
                        }
                    } else if let Some(answer) = text.strip_prefix(CHECK) {
                        let (number, message) = answer.split_once('\n').unwrap_or((answer, ""));
                        let number = number.parse::<u64>().unwrap_or(0);
                        let mut waiting = pending_check.borrow_mut();
                        if waiting.as_ref().is_some_and(|(asked, _)| *asked == number) {
                            waiting.take();
                        }
                        drop(waiting);
                        match Problems::from_message(message) {
                            Ok(problems) => checked(number, problems),
                            Err(error) => web_sys::console::error_1(&JsValue::from(error)),
                        }
                    }
                })
            };
            // A worker that fails to start or traps: the page drafts and
            // checks from now on.
            let on_error = {
                let (done, checked) = (done.clone(), checked.clone());
                let (pending, pending_check) = (pending.clone(), pending_check.clone());
                let worker = worker.clone();
                Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
                    worker.borrow_mut().take();
                    if let Some(release) = pending.borrow_mut().take() {
                        let done = done.clone();
                        soon(move || done(draft(&release), "page"));
                    }
                    if let Some((number, json)) = pending_check.borrow_mut().take() {
                        let checked = checked.clone();
                        soon(move || checked(number, problems_of_json(&json)));
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
            pending_check,
            done,
            checked,
            _handlers: handlers,
        }
    }

    /// Drafts `release`; [`Drafter::new`]'s `done` gets the draft.
    pub fn draft(&self, release: String) {
        if self.post(&format!("{DRAFT}{release}")) {
            *self.pending.borrow_mut() = Some(release);
            return;
        }
        let done = self.done.clone();
        soon(move || done(draft(&release), "page"));
    }

    /// Checks the summary whose JSON text is `json`, as check `number`;
    /// [`Drafter::new`]'s `checked` gets its problems. Off the page where
    /// there is a worker; on the page, at once, where there is none.
    pub fn check(&self, number: u64, json: String) {
        if self.post(&format!("{CHECK}{number}\n{json}")) {
            *self.pending_check.borrow_mut() = Some((number, json));
            return;
        }
        (self.checked)(number, problems_of_json(&json));
    }

    /// Posts `message` to the worker; whether there is one that took it.
    fn post(&self, message: &str) -> bool {
        self.worker
            .borrow()
            .as_ref()
            .is_some_and(|worker| worker.post_message(&JsValue::from(message)).is_ok())
    }
}
