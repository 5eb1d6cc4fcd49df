//! What the editor is working on: the pasted release, the summary being
//! written, and what the draft could not determine. Every change goes
//! through [`Action`], so edits made between two renders are never lost.

use std::collections::BTreeMap;
use std::rc::Rc;

use conference_summary::model::{FormatValue, Summary, ValidationError};
use conference_summary_authoring::draft::{Draft, Missing};
use conference_summary_authoring::release::{within_limit, MAX_RELEASE_BYTES};
use yew::prelude::*;

/// The editor's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Editor {
    /// The release as pasted.
    pub release: String,
    /// The summary: the draft of the release, as edited since. Fields the
    /// draft left out are blank, so that the validator names them.
    pub summary: Summary,
    /// What the draft could not determine, for the editor to fill in.
    pub missing: Vec<Missing>,
    /// Whether a draft has been made since the page opened.
    pub drafted: bool,
    /// Whether a draft is being made.
    pub drafting: bool,
    /// Where the last draft was made: `"worker"` or `"page"`.
    pub drafted_in: &'static str,
    /// Why the release is not all that was pasted, when it was cut.
    pub cut: Option<String>,
}

impl Default for Editor {
    fn default() -> Self {
        Editor {
            release: String::new(),
            summary: Summary::blank(),
            missing: Vec::new(),
            drafted: false,
            drafting: false,
            drafted_in: "",
            cut: None,
        }
    }
}

/// A change to the editor's state.
pub enum Action {
    /// The release text changed; more than [`MAX_RELEASE_BYTES`] is cut.
    SetRelease(String),
    /// A draft of the release is being made.
    Drafting,
    /// Replace the summary with a fresh draft of the release, made where
    /// the `&str` says: `"worker"` or `"page"`.
    Drafted(Box<Draft>, &'static str),
    /// Change the summary.
    Edit(Box<dyn FnOnce(&mut Summary)>),
}

impl Reducible for Editor {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetRelease(release) => {
                let kept = within_limit(&release);
                next.cut = (kept.len() < release.len()).then(|| cut_message(release.len()));
                next.release = kept.to_string();
            }
            Action::Drafting => next.drafting = true,
            Action::Drafted(drafted, made_in) => {
                next.drafted_in = made_in;
                next.summary = drafted.summary;
                next.missing = drafted.missing;
                next.drafted = true;
                next.drafting = false;
            }
            Action::Edit(edit) => edit(&mut next.summary),
        }
        Rc::new(next)
    }
}

/// What the page says when it cut a release of `bytes` bytes.
pub fn cut_message(bytes: usize) -> String {
    format!(
        "The release was cut: it had {bytes} bytes, and a release may have at most {} KiB \
         ({MAX_RELEASE_BYTES} bytes). Only its first {} KiB are kept; check its end, or draft it in parts.",
        MAX_RELEASE_BYTES / 1024,
        MAX_RELEASE_BYTES / 1024
    )
}

/// Makes the callbacks that change the summary.
#[derive(Clone, PartialEq)]
pub struct Edits(pub UseReducerDispatcher<Editor>);

impl Edits {
    /// A callback that sets a text field through `set`.
    pub fn text(&self, set: impl Fn(&mut Summary, String) + 'static) -> Callback<String> {
        let dispatcher = self.0.clone();
        let set = Rc::new(set);
        Callback::from(move |value: String| {
            let set = set.clone();
            dispatcher.dispatch(Action::Edit(Box::new(move |summary| set(summary, value))));
        })
    }

    /// A callback that sets a paragraph number through `set`; anything but a
    /// whole number from 1 becomes 0, which the validator reports.
    pub fn number(&self, set: impl Fn(&mut Summary, usize) + 'static) -> Callback<String> {
        self.text(move |summary, value| set(summary, value.trim().parse().unwrap_or(0)))
    }

    /// A callback that changes the summary in any way: adds or removes items.
    pub fn apply<E: 'static>(&self, change: impl Fn(&mut Summary) + 'static) -> Callback<E> {
        let dispatcher = self.0.clone();
        let change = Rc::new(change);
        Callback::from(move |_: E| {
            let change = change.clone();
            dispatcher.dispatch(Action::Edit(Box::new(move |summary| change(summary))));
        })
    }
}

/// The validator's messages, by the JSON path of the field they are about.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Problems {
    /// Messages by path, e.g. `quotes[2].text`.
    pub by_path: BTreeMap<String, Vec<String>>,
    /// Every message, in document order.
    pub all: Vec<ValidationError>,
}

impl Problems {
    /// The messages about the field at `path`.
    pub fn at(&self, path: &str) -> &[String] {
        self.by_path
            .get(path)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }
}

/// The summary as `summary.json`, and what the validator says of it: the
/// crate's `parse_summary`, in the browser the same code the widget runs on
/// every summary it shows. Where that stops at the shape (a paragraph number
/// not set yet), the crate's `validate` adds what it finds in the fields
/// that have no message yet, so that the editor sees every problem at once.
pub fn check(summary: &Summary) -> (String, Problems) {
    let json = summary.to_json().to_pretty();
    let mut problems = Problems::default();
    if let Err(errors) = conference_summary::parse_summary(&json) {
        let mut all = errors;
        let more: Vec<ValidationError> = conference_summary::validate(summary)
            .into_iter()
            .filter(|error| !all.iter().any(|known| known.path == error.path))
            .collect();
        all.extend(more);
        // In document order: where each message's top-level field stands
        // in the JSON text, which writes the fields in the format's order.
        all.sort_by_key(|error| {
            let top = error.path.split(['.', '[']).next().unwrap_or_default();
            json.find(&format!("\n  \"{top}\":")).unwrap_or(usize::MAX)
        });
        for error in &all {
            problems
                .by_path
                .entry(error.path.clone())
                .or_default()
                .push(error.message.clone());
        }
        problems.all = all;
    }
    (json + "\n", problems)
}
