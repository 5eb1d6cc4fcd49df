use std::rc::Rc;

use yew::prelude::*;

use super::state::{use_on_change, Action, WidgetState};
use super::summary_view::{summary_view, SummaryView};
use crate::host::ids::SHADOW_PREFIX;
use crate::i18n::Strings;
use crate::model::{Section, Summary};

/// Properties of [`StatefulSummary`].
#[derive(Properties, PartialEq)]
pub struct StatefulSummaryProps {
    /// The content to show; already validated.
    pub summary: Rc<Summary>,
    /// Interface strings.
    pub strings: &'static Strings,
    /// The section shown first.
    #[prop_or_default]
    pub section: Section,
    /// Whether every quote starts open.
    #[prop_or_default]
    pub expanded: bool,
    /// Prefix of element ids, unique within the document or shadow root.
    #[prop_or(AttrValue::Static(SHADOW_PREFIX))]
    pub id_prefix: AttrValue,
    /// Called after the shown section changed, whoever changed it.
    #[prop_or_default]
    pub on_section_change: Callback<Section>,
    /// Called after a quote opened (`true`) or closed, with its id.
    #[prop_or_default]
    pub on_quote_toggle: Callback<(AttrValue, bool)>,
}

/// The widget as a yew component that keeps the reader's state itself.
///
/// `section` and `expanded` set the first render and are followed when they
/// change; the reader's own changes are reported through the callbacks.
#[component]
pub fn StatefulSummary(props: &StatefulSummaryProps) -> Html {
    let state = use_reducer_eq(|| {
        WidgetState::new(props.section, props.summary.quotes.len(), props.expanded)
    });
    {
        let dispatcher = state.dispatcher();
        use_on_change(props.section, move |_, section| {
            dispatcher.dispatch(Action::Select(*section))
        });
        let dispatcher = state.dispatcher();
        use_on_change(props.expanded, move |_, expanded| {
            dispatcher.dispatch(Action::SetAllQuotes(*expanded))
        });
    }
    {
        let on_section_change = props.on_section_change.clone();
        let on_quote_toggle = props.on_quote_toggle.clone();
        let summary = props.summary.clone();
        use_on_change((*state).clone(), move |before, after| {
            if after.section != before.section {
                on_section_change.emit(after.section);
            }
            for (quote, open) in after.toggled_quotes(before, &summary.quotes) {
                on_quote_toggle.emit((AttrValue::from(quote.id.clone()), open));
            }
        });
    }
    let dispatcher = state.dispatcher();
    summary_view(SummaryView {
        summary: &props.summary,
        strings: props.strings,
        id_prefix: props.id_prefix.clone(),
        state: &state,
        complete: false,
        on_action: Callback::from(move |action| dispatcher.dispatch(action)),
    })
}
