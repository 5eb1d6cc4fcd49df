//! The widget's view, one piece per file. It renders a
//! [`Summary`](crate::model::Summary) in a given [`WidgetState`] (section
//! shown, quotes open): [`summary_view`]. Who holds that state is the
//! caller's business: the `embed` layer for an element (through [`Shell`]),
//! [`StatefulSummary`] in the light DOM, inside the crate's
//! [`ConferenceSummary`](crate::ConferenceSummary) component for a yew app.
//!
//! Only what holds state or hooks is a yew component ([`Shell`],
//! [`StatefulSummary`], the tabs, the source buttons); the rest are plain
//! functions that return `Html`. Each component costs the wasm a few KB of
//! yew's generic machinery, which a function does not.

mod app;
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
mod source_ref;
mod state;
mod summary;
mod tabs;
mod ui;

pub use app::{StatefulSummary, StatefulSummaryProps};
pub use dates::written_dates;
pub(crate) use error_box::error_box;
pub use error_box::{Failure, FailureReason};
pub use shell::{Content, Shell, ShellProps};
pub use state::{Action, WidgetState};
pub use summary::{summary_view, SummaryView};
pub use ui::Ui;
