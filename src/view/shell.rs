use std::rc::Rc;

use yew::prelude::*;

use super::error_box::{error_box, Failure};
use super::state::{Action, WidgetState};
use super::summary_view::{summary_view, SummaryView};
use crate::host::ids::SHADOW_PREFIX;
use crate::i18n::Strings;
use crate::model::Summary;

/// What the widget has to show.
#[derive(Clone, Debug)]
pub enum Content {
    /// A summary is on its way (`src`).
    Loading,
    /// A valid summary.
    Ready(Rc<Summary>),
    /// Why there is nothing to show.
    Failed(Failure),
}

/// Two summaries are the same when they are the same `Rc`: the embed layer
/// parses a text once and hands out that `Rc` (`embed::summaries`).
/// Comparing every field, as a derived `PartialEq` would each time the
/// shell's properties are compared, costs the wasm over a kilobyte of code
/// and the reader time; at worst a copy renders once more.
impl PartialEq for Content {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Content::Loading, Content::Loading) => true,
            (Content::Ready(one), Content::Ready(other)) => Rc::ptr_eq(one, other),
            (Content::Failed(one), Content::Failed(other)) => one == other,
            _ => false,
        }
    }
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
    /// The section shown and the quotes open; the embed layer holds it.
    #[prop_or_default]
    pub state: Rc<WidgetState>,
    /// Every panel with its content: see [`SummaryView::complete`].
    #[prop_or_default]
    pub complete: bool,
    /// Gets what the reader does.
    #[prop_or_default]
    pub on_action: Callback<Action>,
    /// Called after every render, once the DOM shows these props.
    #[prop_or_default]
    pub on_rendered: Callback<()>,
}

/// The root of a mounted widget: a loading note, an error box or the summary.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    {
        let on_rendered = props.on_rendered.clone();
        use_effect(move || on_rendered.emit(()));
    }
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
            { summary_view(SummaryView {
                summary,
                strings: props.strings,
                id_prefix: AttrValue::Static(SHADOW_PREFIX),
                state: &props.state,
                complete: props.complete,
                on_action: props.on_action.clone(),
            }) }
            </>
        },
    }
}
