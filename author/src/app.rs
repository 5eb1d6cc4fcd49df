//! The page: the release and its draft, the problems, the forms, the preview
//! and the export, in the order an editor works through them.

use std::rc::Rc;

use yew::prelude::*;

use crate::editor::{check, Action, Editor, Edits};
use crate::export::Export;
use crate::fields::field_id;
use crate::forms::{Facts, ListOf, Programme, Quotes, Speakers, TextList};
use crate::preview::Preview;
use crate::release::ReleasePane;

/// The authoring page.
#[component]
pub fn App() -> Html {
    let editor = use_reducer(Editor::default);
    let edits = Edits(editor.dispatcher());
    let summary = Rc::new(editor.summary.clone());
    let (json, problems) = check(&summary);
    let problems = Rc::new(problems);
    let json = AttrValue::from(json);
    let on_release = {
        let dispatcher = editor.dispatcher();
        Callback::from(move |text: String| dispatcher.dispatch(Action::SetRelease(text)))
    };
    let on_draft = {
        let dispatcher = editor.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(Action::Draft))
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
                        {on_release} {on_draft} />
                    <section class="forms" aria-labelledby="forms-heading">
                        <h2 id="forms-heading">{ "2. Check and complete" }</h2>
                        <div class="problems" role="status" aria-live="polite" aria-atomic="true" id="problems">
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
