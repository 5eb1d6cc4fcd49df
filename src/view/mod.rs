//! The widget's yew components, one per file. They render a
//! [`Summary`](crate::model::Summary) and hold the reader's state (section
//! shown, quotes open); the page around them is the `embed` layer's business.

mod app;
mod context;
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

pub use app::{ConferenceSummary, ConferenceSummaryProps};
pub use context::Ui;
pub use error_box::{ErrorBox, ErrorBoxProps, Failure, FailureReason};
pub use fingerprint::render_fingerprint;
pub use shell::{Content, Shell, ShellProps};
pub use state::{Action, WidgetState};
