//! The widget's view, one piece per file. It renders a
//! [`Summary`](crate::model::Summary) and holds the reader's state (section
//! shown, quotes open); the page around it is the `embed` layer's business.
//!
//! Only what holds state or hooks is a yew component ([`Shell`],
//! [`ConferenceSummary`], the tabs, the source buttons); the rest are plain
//! functions that return `Html`. Each component costs the wasm a few KB of
//! yew's generic machinery, which a function does not.

mod app;
mod dates;
mod error_box;
mod event_day;
mod fingerprint;
mod funders;
mod overview;
mod participants;
mod programme;
mod quote;
mod quotes;
mod shell;
mod source_ref;
mod state;
mod tabs;
mod ui;

pub use app::{ConferenceSummary, ConferenceSummaryProps};
pub use error_box::{Failure, FailureReason};
pub use fingerprint::{render_fingerprint, MARKUP_VERSION};
pub use shell::{Content, Shell, ShellProps};
pub use state::{Action, WidgetState};
pub use ui::Ui;
