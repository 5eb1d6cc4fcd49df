//! The widget's view, one piece per file. It renders a
//! [`Summary`](crate::model::Summary) in a given [`WidgetState`] (section
//! shown, quotes open): [`summary_view`]. Who holds that state is the
//! caller's business: the `embed` layer for an element (through [`Shell`]),
//! [`StatefulSummary`] in the light DOM, inside the crate's
//! [`ConferenceSummary`](crate::ConferenceSummary) component for a yew app.
//!
//! Only what holds state or hooks is a yew component ([`Shell`] and
//! [`StatefulSummary`]); the rest, tabs and source buttons included, are
//! plain functions that return `Html`, which cost the wasm none of the
//! generic machinery a yew component brings.

mod cited;
mod dates;
mod error_box;
mod event_day;
mod funders;
mod overview;
mod participants;
mod programme;
mod quote;
mod quotes;
mod shell;
mod state;
mod stateful_summary;
mod summary_view;
mod tabs;
mod ui;

pub use dates::written_dates;
pub(crate) use error_box::error_box;
pub use error_box::{Failure, FailureReason};
pub use shell::{Content, Shell, ShellProps};
pub use state::{Action, WidgetState};
pub use stateful_summary::{StatefulSummary, StatefulSummaryProps};
pub use summary_view::{summary_view, SummaryView};
pub use ui::Ui;
