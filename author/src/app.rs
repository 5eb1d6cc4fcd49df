//! The page: the release and its draft, the problems, the forms, the preview
//! and the export, in the order an editor works through them; the work kept
//! in the browser as it goes, and offered back on the next visit.

use std::rc::Rc;

use conference_summary::model::Summary;
use conference_summary_authoring::release::MAX_RELEASE_BYTES;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, FocusEvent, HtmlTextAreaElement, InputEvent, KeyboardEvent};
use yew::prelude::*;

use crate::autosave::{self, SAVE_DELAY_MS};
use crate::editor::{Action, Editor, Edits};
use crate::export::Export;
use crate::fields::{Touch, FIELD_ID_PREFIX};
use crate::forms::{Facts, ListOf, Programme, Quotes, Speakers, TextList};
use crate::later::{after, soon, Timeout};
use crate::preview::Preview;
use crate::problem_nav::{go_to_problem, shortcut};
use crate::problems::{check, Problems};
use crate::problems_view::ProblemsPanel;
use crate::release::{ReleasePane, RELEASE_TEXT_ID};
use crate::restore::RestoreOffer;
use crate::worker::Drafter;

/// How long the summary must rest before it is validated again, in
/// milliseconds: a few frames, so that a burst of keystrokes costs one
/// validation, and the messages follow the typing as the eye does.
const VALIDATION_DELAY_MS: i32 = 50;

/// A summary and what the validator says of it.
#[derive(PartialEq)]
struct Checked {
    summary: Rc<Summary>,
    json: AttrValue,
    problems: Rc<Problems>,
}

impl Checked {
    fn of(summary: Rc<Summary>) -> Checked {
        let (json, problems) = check(&summary);
        Checked {
            summary,
            json: AttrValue::from(json),
            problems: Rc::new(problems),
        }
    }
}

/// Moves focus to the element with `id` once the page has rendered what
/// was just dispatched: where an action removes the button that had focus.
fn focus_soon(id: &'static str) {
    soon(move || {
        if let Some(element) = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.get_element_by_id(id))
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}

/// Listens to `kind` events on the document until the returned cleanup runs.
fn listen<E: JsCast>(kind: &'static str, mut handle: impl FnMut(E) + 'static) -> impl FnOnce() {
    let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        if let Ok(event) = event.dyn_into::<E>() {
            handle(event);
        }
    });
    let document = web_sys::window().and_then(|window| window.document());
    if let Some(document) = &document {
        let _ = document.add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
    }
    move || {
        if let Some(document) = &document {
            let _ = document
                .remove_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
        }
    }
}

/// The authoring page.
#[component]
pub fn App() -> Html {
    let editor = use_reducer(Editor::default);
    let edits = Edits(editor.dispatcher());
    let summary = editor.summary.clone();
    let checked = use_state(|| Rc::new(Checked::of(summary.clone())));
    // How many times the validator ran, for the page's tests to count.
    let validations = use_mut_ref(|| 1u32);
    // The check asked for last: its number, and the summary and JSON it is
    // of; an answer to an older one is dropped.
    let asked = use_mut_ref(|| (0u64, None::<(Rc<Summary>, AttrValue)>));
    let drafter = {
        let dispatcher = editor.dispatcher();
        let (checked, validations, asked) = (checked.clone(), validations.clone(), asked.clone());
        use_memo((), move |()| {
            Drafter::new(
                move |drafted, made_in| {
                    dispatcher.dispatch(Action::Drafted(Box::new(drafted), made_in));
                },
                move |number, problems| {
                    let mut asked = asked.borrow_mut();
                    if asked.0 != number {
                        return;
                    }
                    if let Some((summary, json)) = asked.1.take() {
                        *validations.borrow_mut() += 1;
                        checked.set(Rc::new(Checked {
                            summary,
                            json,
                            problems: Rc::new(problems),
                        }));
                    }
                },
            )
        })
    };
    // At most one validation waits: a newer summary replaces it.
    let waiting = use_mut_ref(|| None::<Timeout>);
    {
        let (checked, drafter, asked) = (checked.clone(), drafter.clone(), asked.clone());
        use_effect_with(summary.clone(), move |summary| {
            // An edit back to the summary last checked ("x", then Backspace)
            // while a check of another is out still needs its own: the answer
            // on its way is of the other one.
            let asked_other = asked
                .borrow()
                .1
                .as_ref()
                .is_some_and(|(out, _)| out != summary);
            let stale = checked.summary != *summary || asked_other;
            let summary = summary.clone();
            // Replacing the waiting validation cancels it, also when the
            // summary is back to the one last checked. The JSON is written
            // here, for the export; the worker checks it.
            *waiting.borrow_mut() = stale
                .then(|| {
                    after(VALIDATION_DELAY_MS, move || {
                        let json = summary.to_json().to_pretty() + "\n";
                        let number = {
                            let mut asked = asked.borrow_mut();
                            asked.0 += 1;
                            asked.1 = Some((summary, AttrValue::from(json.clone())));
                            asked.0
                        };
                        drafter.check(number, json);
                    })
                })
                .flatten();
        });
    }
    // Until the validator has seen the latest edit, its messages are old.
    let validating = checked.summary != summary;
    let json = checked.json.clone();
    let problems = checked.problems.clone();
    let all_shown = editor.drafted || editor.show_all;
    let shown = Rc::new(problems.shown(|path| editor.shows(path)));

    // The work kept by an earlier visit, offered until the editor chooses;
    // and what went wrong keeping the work, said quietly.
    let loaded = use_memo((), |()| autosave::load());
    let offer = use_state(|| loaded.as_ref().clone().ok().flatten().map(Rc::new));
    let storage_note = use_state(|| loaded.as_ref().clone().err());
    // Keeps the work once it rests; not while an offer waits, which would
    // overwrite the work it offers.
    let saving = use_mut_ref(|| None::<Timeout>);
    {
        let (handle, storage_note) = (editor.clone(), storage_note.clone());
        let offered = offer.is_some();
        use_effect_with((editor.revision, offered), move |&(revision, offered)| {
            *saving.borrow_mut() = None;
            if !offered && revision > 0 {
                *saving.borrow_mut() = after(SAVE_DELAY_MS, move || {
                    let note = autosave::save(&handle).err();
                    if *storage_note != note {
                        storage_note.set(note);
                    }
                });
            }
        });
    }
    let on_restore = {
        let (offer, dispatcher) = (offer.clone(), editor.dispatcher());
        Callback::from(move |()| {
            if let Some(kept) = offer.as_ref() {
                dispatcher.dispatch(Action::Restore(Box::new(kept.kept.clone())));
            }
            offer.set(None);
            focus_soon("release-text");
        })
    };
    let on_discard = {
        let (offer, dispatcher, storage_note) =
            (offer.clone(), editor.dispatcher(), storage_note.clone());
        Callback::from(move |()| {
            if let Err(error) = autosave::discard() {
                storage_note.set(Some(error));
            }
            offer.set(None);
            dispatcher.dispatch(Action::Announce(
                "The earlier work is discarded.".to_string(),
            ));
            focus_soon("release-text");
        })
    };

    // F8 and Shift+F8, from anywhere on the page (problem_nav.rs says why
    // these keys). The handler reads the problems shown at the last render.
    let shown_paths = use_mut_ref(Vec::<String>::new);
    *shown_paths.borrow_mut() = shown.all.iter().map(|error| error.path.clone()).collect();
    let go = {
        let (dispatcher, shown_paths) = (editor.dispatcher(), shown_paths.clone());
        Callback::from(move |forward: bool| {
            let said = match go_to_problem(&shown_paths.borrow(), forward) {
                Some((at, of)) => format!("Problem {at} of {of}."),
                None => "No problems shown to go to.".to_string(),
            };
            dispatcher.dispatch(Action::Announce(said));
        })
    };
    {
        let go = go.clone();
        use_effect_with((), move |()| {
            listen("keydown", move |event: KeyboardEvent| {
                if let Some(forward) = shortcut(&event) {
                    event.prevent_default();
                    go.emit(forward);
                }
            })
        });
    }
    // A key typed into a release at its limit is refused, before the
    // browser adds it (the input would be cut again, at the cost of a new
    // 256 KiB value for every key).
    let release_bytes = use_mut_ref(|| 0usize);
    *release_bytes.borrow_mut() = editor.release.len();
    {
        let dispatcher = editor.dispatcher();
        use_effect_with((), move |()| {
            listen("beforeinput", move |event: InputEvent| {
                let in_release = event
                    .target()
                    .and_then(|target| target.dyn_into::<HtmlTextAreaElement>().ok())
                    .filter(|area| area.id() == RELEASE_TEXT_ID);
                let Some(area) = in_release else { return };
                let collapsed =
                    area.selection_start().ok().flatten() == area.selection_end().ok().flatten();
                let adds = event.input_type().starts_with("insert");
                let bytes = event.data().map_or(0, |data| data.len());
                if adds
                    && collapsed
                    && bytes > 0
                    && *release_bytes.borrow() + bytes > MAX_RELEASE_BYTES
                {
                    event.prevent_default();
                    dispatcher.dispatch(Action::Full);
                }
            })
        });
    }
    // A field that focus leaves is touched: one listener for every field.
    {
        let dispatcher = editor.dispatcher();
        use_effect_with((), move |()| {
            listen("focusout", move |event: FocusEvent| {
                let id = event
                    .target()
                    .and_then(|target| target.dyn_into::<Element>().ok())
                    .map(|element| element.id());
                if let Some(path) = id
                    .as_deref()
                    .and_then(|id| id.strip_prefix(FIELD_ID_PREFIX))
                {
                    dispatcher.dispatch(Action::Touch(path.to_string()));
                }
            })
        });
    }

    let on_release = {
        let dispatcher = editor.dispatcher();
        Callback::from(move |text: String| dispatcher.dispatch(Action::SetRelease(text)))
    };
    let start_draft = {
        let dispatcher = editor.dispatcher();
        let release = editor.release.clone();
        Callback::from(move |()| {
            dispatcher.dispatch(Action::Drafting);
            drafter.draft(release.to_string());
        })
    };
    // A draft replaces the forms: on a page with edits, the editor says so first.
    let on_draft = {
        let (dispatcher, start_draft) = (editor.dispatcher(), start_draft.clone());
        let has_edits = editor.has_edits();
        Callback::from(move |()| {
            if has_edits {
                dispatcher.dispatch(Action::AskToDraft);
                focus_soon("confirm-draft");
            } else {
                start_draft.emit(());
            }
        })
    };
    let on_confirm = start_draft.reform(|()| {
        focus_soon("make-draft");
    });
    let on_keep = {
        let dispatcher = editor.dispatcher();
        Callback::from(move |()| {
            dispatcher.dispatch(Action::KeepEdits);
            focus_soon("make-draft");
        })
    };
    let on_undo = {
        let dispatcher = editor.dispatcher();
        Callback::from(move |()| {
            dispatcher.dispatch(Action::Undo);
            focus_soon("make-draft");
        })
    };
    let on_show_all = {
        let dispatcher = editor.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(Action::ShowAll))
    };

    let count = problems.all.len();
    let last_valid = use_mut_ref(|| None::<AttrValue>);
    if count == 0 {
        *last_valid.borrow_mut() = Some(json.clone());
    }
    let preview_json = last_valid.borrow().clone();
    let touch = Touch(edits.touch());
    html! {
        <ContextProvider<Touch> context={touch}>
            <header class="page-header">
                <h1>{ "Write a conference summary" }</h1>
                <p>
                    { "Paste a press release, make a draft, then check and complete it. Every item must \
                       use the release's own words and name the paragraph it comes from: the checks below \
                       are the ones the widget makes. Nothing leaves this page unless you export it; your \
                       work is kept in this browser as you go." }
                </p>
                if let Some(note) = storage_note.as_ref() {
                    <p class="storage-note" id="storage-note" role="status">
                        { note.clone() }
                    </p>
                }
            </header>
            <div id="announce" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                { editor.announcement.clone() }
            </div>
            <main class="layout">
                <div class="work">
                    if let Some(kept) = offer.as_ref() {
                        <RestoreOffer offer={kept.clone()} {on_restore} {on_discard} />
                    }
                    <ReleasePane release={editor.release.clone()} summary={summary.clone()}
                        missing={Rc::new(editor.missing.clone())} drafted={editor.drafted}
                        drafting={editor.drafting} drafted_in={editor.drafted_in}
                        cut={editor.cut.clone().map(AttrValue::from)}
                        {on_release} {on_draft} confirming={editor.confirming} {on_confirm} {on_keep}
                        can_undo={editor.before_draft.is_some()} {on_undo} />
                    <section class="forms" aria-labelledby="forms-heading">
                        <h2 id="forms-heading">{ "2. Check and complete" }</h2>
                        <ProblemsPanel total={count} shown={shown.clone()} {all_shown} {validating}
                            validations={*validations.borrow()} {on_show_all} on_go={go} />
                        <Facts summary={summary.clone()} problems={shown.clone()} edits={edits.clone()} />
                        <Speakers summary={summary.clone()} problems={shown.clone()} edits={edits.clone()} />
                        <Quotes summary={summary.clone()} problems={shown.clone()} edits={edits.clone()} />
                        <TextList list={ListOf::Aims} summary={summary.clone()} problems={shown.clone()} edits={edits.clone()} />
                        <TextList list={ListOf::Participants} summary={summary.clone()} problems={shown.clone()} edits={edits.clone()} />
                        <Programme summary={summary.clone()} problems={shown.clone()} edits={edits.clone()} />
                        <TextList list={ListOf::Funders} summary={summary.clone()} problems={shown.clone()} edits={edits.clone()} />
                    </section>
                </div>
                <div class="side">
                    <Preview json={preview_json.clone()} stale={count > 0 && preview_json.is_some()} />
                    <Export {json} summary={summary} problems={count} shown={shown.all.len()} />
                </div>
            </main>
        </ContextProvider<Touch>>
    }
}
