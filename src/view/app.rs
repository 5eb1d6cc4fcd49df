use std::rc::Rc;

use yew::prelude::*;

use super::dates::time_element;
use super::funders::funders;
use super::overview::overview;
use super::participants::participants;
use super::programme::programme;
use super::quotes::quotes;
use super::state::{use_on_change, Action, WidgetState};
use super::tabs::Tabs;
use super::ui::Ui;
use crate::i18n::Strings;
use crate::model::{is_safe_link, text_direction, IsoDate, Section, Summary};

/// Properties of [`ConferenceSummary`].
#[derive(Properties, PartialEq)]
pub struct ConferenceSummaryProps {
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
    #[prop_or(AttrValue::Static("cs"))]
    pub id_prefix: AttrValue,
    /// Called after the shown section changed, whoever changed it.
    #[prop_or_default]
    pub on_section_change: Callback<Section>,
    /// Called after a quote opened (`true`) or closed, with its id.
    #[prop_or_default]
    pub on_quote_toggle: Callback<(AttrValue, bool)>,
    /// Called once, after the first render, with a handle that changes the
    /// widget's state from outside (the host page's methods, deep links).
    #[prop_or_default]
    pub on_dispatcher: Callback<UseReducerDispatcher<WidgetState>>,
}

/// The whole widget: header, section tabs and one panel per section.
///
/// `section` and `expanded` set the first render and are followed when they
/// change; the reader's own changes are reported through the callbacks.
#[component]
pub fn ConferenceSummary(props: &ConferenceSummaryProps) -> Html {
    let state = use_reducer_eq(|| {
        WidgetState::new(props.section, props.summary.quotes.len(), props.expanded)
    });
    {
        let dispatcher = state.dispatcher();
        let on_dispatcher = props.on_dispatcher.clone();
        use_effect_with((), move |()| on_dispatcher.emit(dispatcher));
    }
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
        use_on_change(state.section, move |_, section| {
            on_section_change.emit(*section)
        });
        let on_quote_toggle = props.on_quote_toggle.clone();
        let summary = props.summary.clone();
        use_on_change(state.open.clone(), move |before, after| {
            let changed = before.iter().zip(after).zip(&summary.quotes);
            for ((was_open, is_open), quote) in changed {
                if was_open != is_open {
                    on_quote_toggle.emit((AttrValue::from(quote.id.clone()), *is_open));
                }
            }
        });
    }

    let ui = Ui {
        strings: props.strings,
        id_prefix: props.id_prefix.clone(),
        content_dir: text_direction(&props.summary.lang),
    };
    let summary = &props.summary;
    let sections = summary.sections();
    // A section with nothing to show has no tab; asking for it shows the first.
    let selected = if sections.contains(&state.section) {
        state.section
    } else {
        Section::default()
    };
    let on_select = {
        let dispatcher = state.dispatcher();
        Callback::from(move |section: Section| dispatcher.dispatch(Action::Select(section)))
    };
    let on_toggle = {
        let dispatcher = state.dispatcher();
        Callback::from(move |index: usize| dispatcher.dispatch(Action::ToggleQuote(index)))
    };
    let on_set_all = {
        let dispatcher = state.dispatcher();
        Callback::from(move |open: bool| dispatcher.dispatch(Action::SetAllQuotes(open)))
    };

    let panels = sections.iter().copied().map(|section| {
        let content = match section {
            Section::Overview => overview(summary, &ui),
            Section::Quotes => quotes(summary, &ui, &state.open, &on_toggle, &on_set_all),
            Section::Programme => programme(summary, &ui),
            Section::Participants => participants(summary, &ui),
            Section::Funders => funders(summary, &ui),
        };
        html! {
            <section
                class="cs-panel"
                part="panel"
                role="tabpanel"
                id={ui.id(&format!("panel-{}", section.id()))}
                aria-labelledby={ui.id(&format!("tab-{}", section.id()))}
                tabindex="0"
                hidden={section != selected}
            >
                // On screen the tab names the panel; in print, and without
                // JavaScript, the panels stand one after another under these.
                <h3 class="cs-panel-heading" lang={ui.strings.lang} dir={ui.strings.dir()}>{ ui.strings.section_name(section) }</h3>
                { content }
            </section>
        }
    });

    let headline_id = ui.id("headline");
    html! {
        <article class="cs" lang={summary.lang.clone()} dir={ui.content_dir} aria-labelledby={headline_id.clone()}>
            <header class="cs-header">
                <p class="cs-kicker" lang={ui.strings.lang} dir={ui.strings.dir()}>{ ui.strings.widget_label }</p>
                <h2 class="cs-headline" id={headline_id}>{ &summary.headline }</h2>
                <p class="cs-meta">
                    <span>{ &summary.dateline.place }</span>
                    <span class="cs-meta-separator" aria-hidden="true">{ " · " }</span>
                    { conference_dates(summary) }
                </p>
            </header>
            <Tabs sections={sections.clone()} {selected} {on_select} ui={ui.clone()} />
            { for panels }
            <footer class="cs-footer">
                <span lang={ui.strings.lang} dir={ui.strings.dir()}>{ ui.strings.source }{ ":" }</span>{ " " }
                <cite>
                    // Validation refuses any other link; checked again here
                    // because a link is where injected content would bite.
                    if let Some(url) = summary.source.url.as_ref().filter(|url| is_safe_link(url)) {
                        <a href={url.clone()} rel="noopener noreferrer" target="_blank">{ &summary.source.title }</a>
                    } else {
                        { &summary.source.title }
                    }
                </cite>
                { ", " }{ &summary.dateline.place }{ ", " }
                { iso_time(&summary.source.date, &summary.lang) }
            </footer>
        </article>
    }
}

/// "20–21 September 2007".
fn conference_dates(summary: &Summary) -> Html {
    let dates = &summary.dates;
    match (
        IsoDate::parse(&dates.start.date),
        IsoDate::parse(&dates.end.date),
    ) {
        (Some(start), Some(end)) => time_element(start, end, &summary.lang),
        _ => html! {},
    }
}

/// A `<time>` for one `YYYY-MM-DD` date, written the way `lang` writes it.
fn iso_time(date: &str, lang: &str) -> Html {
    match IsoDate::parse(date) {
        Some(parsed) => time_element(parsed, parsed, lang),
        None => html! { { date } },
    }
}
