use yew::{AttrValue, Callback};

use super::state::Action;
use crate::host::ids::element_id;
use crate::i18n::Strings;

/// What every part of one widget instance's view shares: its interface
/// strings, the prefix that keeps its element ids apart from other
/// instances', the source paragraphs open, and where the reader's actions go.
#[derive(Clone, Debug, PartialEq)]
pub struct Ui {
    /// Interface strings in the UI language.
    pub strings: &'static Strings,
    /// Prefix of every element id in this instance.
    pub id_prefix: AttrValue,
    /// `"ltr"` or `"rtl"`: the direction of the content, which the layout
    /// follows (tab order, quote rules, bullets); the interface's strings
    /// keep their own ([`Strings::dir`]).
    pub content_dir: &'static str,
    /// Element ids of the source paragraphs shown.
    pub open_sources: Vec<AttrValue>,
    /// Gets what the reader does.
    pub on_action: Callback<Action>,
}

impl Ui {
    /// An element id unique to this instance: `{prefix}-{name}`.
    pub fn id(&self, name: &str) -> AttrValue {
        AttrValue::from(element_id(&self.id_prefix, name))
    }
}
