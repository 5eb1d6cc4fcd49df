//! The page: the release and its draft, the problems, the forms, the preview
//! and the export, in the order an editor works through them.

use std::rc::Rc;

use conference_summary::model::Summary;
use yew::prelude::*;

use crate::editor::{check, Action, Editor, Edits, Problems};
use crate::export::Export;
use crate::fields::field_id;
use crate::forms::{Facts, ListOf, Programme, Quotes, Speakers, TextList};
use crate::later::{after, Timeout};
use crate::preview::Preview;
use crate::release::ReleasePane;
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

/// The authoring page.
#[component]
pub fn App() -> Html {
    let editor = use_reducer(Editor::default);
    let edits = Edits(editor.dispatcher());
    let summary = Rc::new(editor.summary.clone());
    let checked = use_state(|| Rc::new(Checked::of(summary.clone())));
    // How many times the validator ran, for the page's tests to count.
    let validations = use_mut_ref(|| 1u32);
    // At most one validation waits: a newer summary replaces it.
    let waiting = use_mut_ref(|| None::<Timeout>);
    {
        let checked = checked.clone();
        let validations = validations.clone();
        use_effect_with(summary.clone(), move |summary| {
            let stale = checked.summary != *summary;
            let summary = summary.clone();
            // Replacing the waiting validation cancels it, also when the
            // summary is back to the one last checked.
            *waiting.borrow_mut() = stale
                .then(|| {
                    after(VALIDATION_DELAY_MS, move || {
                        *validations.borrow_mut() += 1;
                        checked.set(Rc::new(Checked::of(summary)));
                    })
                })
                .flatten();
        });
    }
    // Until the validator has seen the latest edit, its messages are old.
    let validating = checked.summary != summary;
    let json = checked.json.clone();
    let problems = checked.problems.clone();
    let on_release = {
        let dispatcher = editor.dispatcher();
        Callback::from(move |text: String| dispatcher.dispatch(Action::SetRelease(text)))
    };
    let drafter = {
        let dispatcher = editor.dispatcher();
        use_memo((), move |()| {
            Drafter::new(move |drafted, made_in| {
                dispatcher.dispatch(Action::Drafted(Box::new(drafted), made_in));
            })
        })
    };
    let on_draft = {
        let dispatcher = editor.dispatcher();
        let release = editor.release.clone();
        Callback::from(move |()| {
            dispatcher.dispatch(Action::Drafting);
            drafter.draft(release.clone());
        })
    };
    let count = problems.all.len();
    let last_valid = use_mut_ref(|| None::<AttrValue>);
    if count == 0 {
        *last_valid.borrow_mut() = Some(json.clone());
    }
    let shown = last_valid.borrow().clone();
    html! {
        <>
            <header class="page-header">
                <h1>{ "Write a conference summary" }</h1>
                <p>
                    { "Paste a press release, make a draft, then check and complete it. Every item must \
                       use the release's own words and name the paragraph it comes from: the checks below \
                       are the ones the widget makes. Nothing leaves this page unless you export it." }
                </p>
            </header>
            <main class="layout">
                <div class="work">
                    <ReleasePane release={AttrValue::from(editor.release.clone())} summary={summary.clone()}
                        missing={Rc::new(editor.missing.clone())} drafted={editor.drafted}
                        drafting={editor.drafting} drafted_in={editor.drafted_in}
                        cut={editor.cut.clone().map(AttrValue::from)}
                        {on_release} {on_draft} />
                    <section class="forms" aria-labelledby="forms-heading">
                        <h2 id="forms-heading">{ "2. Check and complete" }</h2>
                        <div class="problems" role="status" aria-live="polite" aria-atomic="true" id="problems"
                            aria-busy={validating.to_string()} data-validations={validations.borrow().to_string()}>
                            if count == 0 {
                                <p class="valid">{ "No problems: the summary is valid." }</p>
                            } else {
                                <p class="invalid">{ format!("{count} problem{} to fix:", if count == 1 { "" } else { "s" }) }</p>
                            }
                        </div>
                        if count > 0 {
                            <ul class="problem-list">
                                { for problems.all.iter().take(50).map(|error| html! {
                                    <li><a href={format!("#{}", field_id(&error.path))}><code>{ &error.path }</code></a>
                                        { ": " }{ &error.message }</li>
                                }) }
                            </ul>
                        }
                        <Facts summary={summary.clone()} problems={problems.clone()} edits={edits.clone()} />
                        <Speakers summary={summary.clone()} problems={problems.clone()} edits={edits.clone()} />
                        <Quotes summary={summary.clone()} problems={problems.clone()} edits={edits.clone()} />
                        <TextList list={ListOf::Aims} summary={summary.clone()} problems={problems.clone()} edits={edits.clone()} />
                        <TextList list={ListOf::Participants} summary={summary.clone()} problems={problems.clone()} edits={edits.clone()} />
                        <Programme summary={summary.clone()} problems={problems.clone()} edits={edits.clone()} />
                        <TextList list={ListOf::Funders} summary={summary.clone()} problems={problems.clone()} edits={edits.clone()} />
                    </section>
                </div>
                <div class="side">
                    <Preview json={shown.clone()} stale={count > 0 && shown.is_some()} />
                    <Export {json} summary={summary} problems={count} />
                </div>
            </main>
        </>
    }
}
