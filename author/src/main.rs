//! `author.html`: from a press release to a verified summary, in the browser.
//!
//! The editor pastes a release; the crate's `draft` finds what it can; forms
//! correct and complete it, checked live by the crate's validator (the one
//! the widget and the `validate` command run); the crate's component shows
//! it; and the page exports `summary.json`, the embed code and the JSON-LD.
//! Drafts are made in a worker running this same module (`worker`).
//! A bundle of its own (`scripts/build-author`), so the embed pays nothing
//! for it, inlined into one file that works without a server.

mod app;
mod autosave;
mod editor;
mod export;
mod fields;
mod forms;
mod highlights;
mod later;
mod paragraphs;
mod preview;
mod problem_nav;
mod problems;
mod problems_view;
mod release;
mod restore;
mod worker;

fn main() {
    if worker::in_worker() {
        worker::serve();
        return;
    }
    yew::Renderer::<app::App>::new().render();
}
