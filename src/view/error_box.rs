use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Strings;
use crate::model::ValidationError;

/// Why a summary cannot be shown, as the reader is told it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailureReason {
    /// The server answered with this HTTP status.
    Http(u16),
    /// The server's answer was not JSON.
    NotJson,
    /// No answer before the timeout.
    Timeout,
    /// The request failed: offline, refused or blocked.
    Network,
    /// `src` is not a URL.
    BadUrl,
    /// The document is over the size limit.
    TooLarge,
    /// The text is not JSON.
    InvalidJson,
    /// The JSON is not a valid summary.
    InvalidSummary,
    /// A bug in the widget.
    Internal,
}

impl FailureReason {
    /// The sentence that explains this reason in the interface language.
    pub fn describe(self, strings: &Strings) -> String {
        match self {
            FailureReason::Http(status) => {
                strings.error_http.replace("{status}", &status.to_string())
            }
            FailureReason::NotJson => strings.error_type.to_string(),
            FailureReason::Timeout => strings.error_timeout.to_string(),
            FailureReason::Network => strings.error_network.to_string(),
            FailureReason::BadUrl => strings.error_url.to_string(),
            FailureReason::TooLarge => strings.error_size.to_string(),
            FailureReason::InvalidJson => strings.error_json.to_string(),
            FailureReason::InvalidSummary => strings.error_invalid.to_string(),
            FailureReason::Internal => strings.error_internal.to_string(),
        }
    }
}

/// A summary that cannot be shown: why, and the details for whoever
/// maintains the page (English, one line each, the same as in the console).
#[derive(Clone, Debug, PartialEq)]
pub struct Failure {
    /// What the reader is told.
    pub reason: FailureReason,
    /// What the page's maintainer needs, such as `quotes[2].speaker: missing`.
    pub details: Rc<[String]>,
}

impl Failure {
    /// A summary that breaks the format: each of `errors` a detail.
    pub fn invalid_summary(errors: &[ValidationError]) -> Failure {
        Failure {
            reason: FailureReason::InvalidSummary,
            details: errors.iter().map(ToString::to_string).collect(),
        }
    }
}

/// Shown instead of the widget when its content cannot be shown: an alert in
/// the reader's language, with the technical details folded away.
pub fn error_box(strings: &'static Strings, failure: &Failure) -> Html {
    let details = failure
        .details
        .iter()
        .map(|detail| html! { <li>{ detail }</li> });
    html! {
        <div class="cs cs-error" part="error" role="alert" lang={strings.lang} dir={strings.dir()}>
            <p class="cs-error-title">{ strings.error }</p>
            <p>{ failure.reason.describe(strings) }</p>
            if !failure.details.is_empty() {
                <details class="cs-error-details">
                    <summary>{ strings.technical_details }</summary>
                    <ul lang="en">{ for details }</ul>
                </details>
            }
        </div>
    }
}
