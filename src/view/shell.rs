use std::rc::Rc;

use yew::prelude::*;

use super::app::ConferenceSummary;
use super::error_box::{error_box, Failure};
use super::state::WidgetState;
use crate::i18n::Strings;
use crate::model::{Section, Summary};

/// What the widget has to show.
#[derive(Clone, Debug, PartialEq)]
pub enum Content {
    /// A summary is on its way (`src`).
    Loading,
    /// A valid summary.
    Ready(Rc<Summary>),
    /// Why there is nothing to show.
    Failed(Failure),
}

/// Properties of [`Shell`]: everything the `embed` layer controls.
#[derive(Properties, PartialEq, Clone)]
pub struct ShellProps {
    /// What to show.
    pub content: Content,
    /// A problem to report above a summary that stays shown: a failed `src`
    /// load leaves the reader what they already had.
    #[prop_or_default]
    pub problem: Option<Failure>,
    /// Interface strings.
    pub strings: &'static Strings,
    /// The section shown; followed when it changes.
    #[prop_or_default]
    pub section: Section,
    /// Whether every quote is open; followed when it changes.
    #[prop_or_default]
    pub expanded: bool,
    /// See [`super::ConferenceSummaryProps::on_section_change`].
    #[prop_or_default]
    pub on_section_change: Callback<Section>,
    /// See [`super::ConferenceSummaryProps::on_quote_toggle`].
    #[prop_or_default]
    pub on_quote_toggle: Callback<(AttrValue, bool)>,
    /// Called after a summary is first shown, with the handle that changes
    /// its state from outside.
    #[prop_or_default]
    pub on_ready: Callback<UseReducerDispatcher<WidgetState>>,
}

/// The root of a mounted widget: a loading note, an error box or the summary.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    match &props.content {
        Content::Loading => html! {
            <div class="cs cs-loading" aria-busy="true" lang={props.strings.lang} dir={props.strings.dir()}>
                <p>{ props.strings.loading }</p>
            </div>
        },
        Content::Failed(failure) => error_box(props.strings, failure),
        Content::Ready(summary) => html! {
            <>
            if let Some(problem) = &props.problem {
                { error_box(props.strings, problem) }
            }
            <ConferenceSummary
                // A new summary starts afresh: no state carries over.
                key={Rc::as_ptr(summary) as usize}
                summary={summary.clone()}
                strings={props.strings}
                section={props.section}
                expanded={props.expanded}
                on_section_change={props.on_section_change.clone()}
                on_quote_toggle={props.on_quote_toggle.clone()}
                on_dispatcher={props.on_ready.clone()}
            />
            </>
        },
    }
}
