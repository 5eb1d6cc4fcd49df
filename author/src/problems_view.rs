//! The count of problems above the forms, their list with a link from each
//! to its field, and the buttons (and keys) that go from one to the next.

use std::rc::Rc;

use yew::prelude::*;

use crate::fields::field_id;
use crate::problem_nav::{focus_problem, NEXT_SHORTCUT, PREVIOUS_SHORTCUT};
use crate::problems::Problems;

/// How many messages the list shows: beyond, the count and the keys lead on.
const LISTED: usize = 50;

/// Properties of [`ProblemsPanel`].
#[derive(Properties, PartialEq)]
pub struct ProblemsPanelProps {
    /// How many problems the summary has, shown or not.
    pub total: usize,
    /// The problems shown: those of the fields the editor has reached.
    pub shown: Rc<Problems>,
    /// Whether every problem shows already (after a draft, or asked for).
    pub all_shown: bool,
    /// Whether the validator has yet to see the latest edit.
    pub validating: bool,
    /// How many times the validator ran, for the page's tests to count.
    pub validations: u32,
    /// Called to show every problem.
    pub on_show_all: Callback<()>,
    /// Called to go to the next problem (`true`) or the previous one.
    pub on_go: Callback<bool>,
}

/// The problems' count, list and navigation.
#[component]
pub fn ProblemsPanel(props: &ProblemsPanelProps) -> Html {
    let count = props.shown.all.len();
    let hidden = props.total.saturating_sub(count);
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let status = if props.total == 0 {
        html! { <p class="valid">{ "No problems: the summary is valid." }</p> }
    } else if count == 0 {
        html! {
            <p class="quiet">
                { "Nothing to fix yet: a field's problems show once you edit it or leave it, and all of them once you make a draft." }
            </p>
        }
    } else {
        html! { <p class="invalid">{ format!("{count} problem{} to fix:", plural(count)) }</p> }
    };
    let go = |forward: bool| props.on_go.reform(move |_: MouseEvent| forward);
    html! {
        <>
            <div class="problems" role="status" aria-live="polite" aria-atomic="true" id="problems"
                aria-busy={props.validating.to_string()} data-validations={props.validations.to_string()}>
                { status }
            </div>
            if count > 0 {
                <ul class="problem-list" aria-label="Problems">
                    { for props.shown.all.iter().take(LISTED).map(|error| {
                        let path = error.path.clone();
                        let onclick = Callback::from(move |event: MouseEvent| {
                            // The field itself takes focus, not just the view:
                            // a link to a fragment only scrolls.
                            if focus_problem(&path) {
                                event.prevent_default();
                            }
                        });
                        html! {
                            <li><a href={format!("#{}", field_id(&error.path))} {onclick}><code>{ &error.path }</code></a>
                                { ": " }{ &error.message }</li>
                        }
                    }) }
                </ul>
                <p class="actions problem-nav">
                    <button type="button" id="previous-problem" aria-keyshortcuts={PREVIOUS_SHORTCUT} onclick={go(false)}>
                        { "Previous problem" }
                    </button>
                    <button type="button" id="next-problem" aria-keyshortcuts={NEXT_SHORTCUT} onclick={go(true)}>
                        { "Next problem" }
                    </button>
                    <span class="hint" id="problem-keys">
                        { "Anywhere on the page: " }<kbd>{ NEXT_SHORTCUT }</kbd>{ " next, " }
                        <kbd>{ PREVIOUS_SHORTCUT }</kbd>{ " previous." }
                    </span>
                </p>
            }
            if hidden > 0 && !props.all_shown {
                <p class="hint" id="problems-hidden">
                    { if count == 0 {
                        format!("{hidden} problem{} in fields you have not reached yet. ", plural(hidden))
                    } else {
                        format!("{hidden} more in fields you have not reached yet. ")
                    } }
                    <button type="button" id="show-all-problems" onclick={props.on_show_all.reform(|_: MouseEvent| ())}>
                        { "Show all problems" }
                    </button>
                </p>
            }
        </>
    }
}
