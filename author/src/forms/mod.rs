//! The forms that correct or complete the draft, one per part of a summary.

mod facts;
mod lists;
mod people;
mod programme;

pub use facts::Facts;
pub use lists::{ListOf, TextList};
pub use people::{Quotes, Speakers};
pub use programme::Programme;

use std::rc::Rc;

use conference_summary::model::Summary;
use yew::prelude::*;

use crate::editor::{Edits, Problems};

/// What every form gets: the summary, the validator's messages, and the
/// means to change the summary.
#[derive(Properties, PartialEq)]
pub struct FormProps {
    /// The summary being written.
    pub summary: Rc<Summary>,
    /// What the validator says of it.
    pub problems: Rc<Problems>,
    /// Makes the callbacks that change it.
    pub edits: Edits,
}
