//! What the editor is working on: the pasted release, the summary being
//! written, what the draft could not determine, which fields the editor has
//! reached, and the work a draft replaced, for Undo. Every change goes
//! through [`Action`], so edits made between two renders are never lost.

use std::collections::BTreeSet;
use std::rc::Rc;

use conference_summary::model::{FormatValue, Summary};
use conference_summary_authoring::draft::{Draft, Missing};
use conference_summary_authoring::release::{within_limit, MAX_RELEASE_BYTES};
use yew::prelude::*;

use crate::problems::concerns_touched;

/// The editor's state.
#[derive(Clone, Debug, PartialEq)]
pub struct Editor {
    /// The release as pasted. Shared, like the summary: the state is copied
    /// on every keystroke, and a long release is 256 KiB.
    pub release: AttrValue,
    /// The summary: the draft of the release, as edited since. Fields the
    /// draft left out are blank, so that the validator names them.
    pub summary: Rc<Summary>,
    /// What the draft could not determine, for the editor to fill in.
    pub missing: Vec<Missing>,
    /// Whether the summary holds a draft (made here, or restored): every
    /// field's problems show.
    pub drafted: bool,
    /// Whether the editor asked to see every problem, drafted or not.
    pub show_all: bool,
    /// The JSON paths of the fields the editor has edited or left.
    pub touched: BTreeSet<String>,
    /// Whether a draft is being made.
    pub drafting: bool,
    /// Whether a draft waits for the editor to confirm that it may replace
    /// their edits.
    pub confirming: bool,
    /// Where the last draft was made: `"worker"` or `"page"`.
    pub drafted_in: &'static str,
    /// Why the release is not all that was pasted, when it was cut.
    pub cut: Option<String>,
    /// The summary as the last draft left it: edits are what differs.
    pub last_draft: Option<Rc<Summary>>,
    /// The work as it was before the last draft, while Undo can bring it
    /// back: until the next edit.
    pub before_draft: Option<Rc<Editor>>,
    /// What the live region last said.
    pub announcement: String,
    /// Counts the changes worth saving, for the autosave to follow.
    pub revision: u64,
}

impl Default for Editor {
    fn default() -> Self {
        Editor {
            release: AttrValue::Static(""),
            summary: Rc::new(Summary::blank()),
            missing: Vec::new(),
            drafted: false,
            show_all: false,
            touched: BTreeSet::new(),
            drafting: false,
            confirming: false,
            drafted_in: "",
            cut: None,
            last_draft: None,
            before_draft: None,
            announcement: String::new(),
            revision: 0,
        }
    }
}

impl Editor {
    /// Whether the summary has edits a draft would replace: it is neither
    /// blank nor the last draft as it was made.
    pub fn has_edits(&self) -> bool {
        match &self.last_draft {
            Some(drafted) => !Rc::ptr_eq(drafted, &self.summary) && *drafted != self.summary,
            None => *self.summary != Summary::blank(),
        }
    }

    /// Whether the problem at `path` shows: once its field is touched, or
    /// after a draft, or when the editor asked for all.
    pub fn shows(&self, path: &str) -> bool {
        self.drafted || self.show_all || concerns_touched(&self.touched, path)
    }

    /// Whether there is anything on the page worth keeping.
    pub fn is_empty(&self) -> bool {
        self.release.trim().is_empty() && !self.has_edits() && self.last_draft.is_none()
    }
}

/// Work kept from an earlier visit, as [`crate::autosave`] reads it back.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    /// The release.
    pub release: String,
    /// The summary.
    pub summary: Summary,
    /// What the draft could not determine.
    pub missing: Vec<Missing>,
    /// Whether the summary held a draft.
    pub drafted: bool,
    /// The fields touched.
    pub touched: BTreeSet<String>,
}

/// A change to the editor's state.
pub enum Action {
    /// The release text changed; more than [`MAX_RELEASE_BYTES`] is cut.
    SetRelease(String),
    /// The editor asked for a draft of a page with edits: ask first.
    AskToDraft,
    /// The editor kept their edits rather than draft.
    KeepEdits,
    /// A draft of the release is being made.
    Drafting,
    /// Replace the summary with a fresh draft of the release, made where
    /// the `&str` says: `"worker"` or `"page"`. The work it replaces is
    /// kept for Undo.
    Drafted(Box<Draft>, &'static str),
    /// Bring back the work the last draft replaced.
    Undo,
    /// Change the summary.
    Edit(Box<dyn FnOnce(&mut Summary)>),
    /// The editor edited or left the field at this JSON path.
    Touch(String),
    /// Show every problem, touched or not.
    ShowAll,
    /// Replace the page's work with work kept from an earlier visit.
    Restore(Box<Kept>),
    /// Say this through the live region.
    Announce(String),
    /// A key typed into a release at its limit was refused.
    Full,
}

impl Reducible for Editor {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // Touching a field touched already changes nothing: no new state,
        // no render (use_reducer renders on a new Rc only).
        if let Action::Touch(path) = &action {
            if self.touched.contains(path) {
                return self;
            }
        }
        if matches!(action, Action::Full) && self.cut.as_deref() == Some(FULL_MESSAGE) {
            return self;
        }
        let mut next = (*self).clone();
        // What the autosave keeps changed: not for a question or a message.
        if !matches!(
            action,
            Action::AskToDraft
                | Action::KeepEdits
                | Action::Drafting
                | Action::Announce(_)
                | Action::Full
        ) {
            next.revision += 1;
        }
        match action {
            Action::SetRelease(release) => {
                let kept = within_limit(&release);
                next.cut = (kept.len() < release.len()).then(|| cut_message(release.len()));
                next.release = AttrValue::from(kept.to_string());
                next.before_draft = None;
            }
            Action::AskToDraft => {
                next.confirming = true;
                next.announcement = CONFIRM_QUESTION.to_string();
            }
            Action::KeepEdits => {
                next.confirming = false;
                next.announcement = "No draft made: your edits are as they were.".to_string();
            }
            Action::Drafting => {
                next.confirming = false;
                next.drafting = true;
            }
            Action::Drafted(drafted, made_in) => {
                let mut before = (*self).clone();
                before.drafting = false;
                before.confirming = false;
                before.announcement = "Draft undone: your earlier work is back.".to_string();
                next.before_draft = Some(Rc::new(before));
                next.drafted_in = made_in;
                let summary = Rc::new(drafted.summary);
                next.last_draft = Some(summary.clone());
                next.summary = summary;
                next.missing = drafted.missing;
                next.drafted = true;
                next.drafting = false;
                next.confirming = false;
                next.announcement =
                    "Draft made: it replaced the forms. Undo brings back the work before it."
                        .to_string();
            }
            Action::Undo => {
                if let Some(before) = &self.before_draft {
                    let mut back = (**before).clone();
                    back.revision = next.revision;
                    return Rc::new(back);
                }
            }
            Action::Edit(edit) => {
                edit(Rc::make_mut(&mut next.summary));
                next.before_draft = None;
            }
            Action::Touch(path) => {
                next.touched.insert(path);
            }
            Action::ShowAll => next.show_all = true,
            Action::Restore(kept) => {
                let Kept {
                    release,
                    summary,
                    missing,
                    drafted,
                    touched,
                } = *kept;
                next.release = AttrValue::from(release);
                next.summary = Rc::new(summary);
                next.missing = missing;
                next.drafted = drafted;
                next.touched = touched;
                next.last_draft = None;
                next.before_draft = None;
                next.announcement = "Your earlier work is restored.".to_string();
            }
            Action::Announce(text) => next.announcement = text,
            Action::Full => next.cut = Some(FULL_MESSAGE.to_string()),
        }
        Rc::new(next)
    }
}

/// What the page asks before a draft replaces the editor's edits.
pub const CONFIRM_QUESTION: &str =
    "Replace your edits with a new draft? A draft replaces everything in the forms; you can undo it afterwards.";

/// What the page says when it refuses a key typed into a release at its
/// limit: the key is refused rather than typed and its end cut, which would
/// lose text the editor does not see go, and cost a new 256 KiB value a key.
pub const FULL_MESSAGE: &str =
    "The release is at its limit of 256 KiB: keys typed into it are not added. \
     Delete some of it first, or draft it in parts.";

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

    /// A callback that marks the field at a JSON path as touched.
    pub fn touch(&self) -> Callback<AttrValue> {
        let dispatcher = self.0.clone();
        Callback::from(move |path: AttrValue| dispatcher.dispatch(Action::Touch(path.to_string())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(editor: Rc<Editor>, action: Action) -> Rc<Editor> {
        editor.reduce(action)
    }

    #[test]
    fn undo_brings_back_exactly_the_work_a_draft_replaced() {
        let mut editor = Rc::new(Editor::default());
        editor = reduce(editor, Action::SetRelease("Title\n\nA paragraph.".into()));
        editor = reduce(
            editor,
            Action::Edit(Box::new(|summary| summary.headline = "Mine".into())),
        );
        editor = reduce(editor, Action::Touch("headline".into()));
        assert!(editor.has_edits());
        let before = editor.clone();
        editor = reduce(editor, Action::AskToDraft);
        assert!(editor.confirming);
        editor = reduce(editor, Action::Drafting);
        let drafted = conference_summary_authoring::draft::draft(&editor.release);
        editor = reduce(editor, Action::Drafted(Box::new(drafted), "page"));
        assert!(!editor.has_edits(), "a fresh draft has no edits");
        editor = reduce(editor, Action::Undo);
        assert_eq!(editor.summary, before.summary);
        assert_eq!(editor.release, before.release);
        assert_eq!(editor.touched, before.touched);
        assert_eq!(editor.drafted, before.drafted);
        assert_eq!(editor.last_draft, before.last_draft);
        assert!(!editor.confirming && !editor.drafting);
        assert!(editor.before_draft.is_none());
    }

    #[test]
    fn an_edit_after_a_draft_ends_its_undo() {
        let mut editor = Rc::new(Editor::default());
        editor = reduce(editor, Action::SetRelease("Title\n\nA paragraph.".into()));
        let drafted = conference_summary_authoring::draft::draft(&editor.release);
        editor = reduce(editor, Action::Drafted(Box::new(drafted), "page"));
        assert!(editor.before_draft.is_some());
        editor = reduce(
            editor,
            Action::Edit(Box::new(|summary| summary.headline = "Mine".into())),
        );
        assert!(editor.before_draft.is_none());
        assert!(editor.has_edits());
    }

    #[test]
    fn touching_a_field_twice_is_no_change() {
        let editor = reduce(Rc::new(Editor::default()), Action::Touch("lang".into()));
        let again = reduce(editor.clone(), Action::Touch("lang".into()));
        assert!(Rc::ptr_eq(&editor, &again));
        assert!(again.shows("lang") && !again.shows("headline"));
    }
}
