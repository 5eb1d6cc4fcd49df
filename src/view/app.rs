use std::rc::Rc;

use yew::prelude::*;

use super::context::Ui;
use super::funders::Funders;
use super::overview::Overview;
use super::participants::Participants;
use super::programme::Programme;
use super::quotes::Quotes;
use super::tabs::Tabs;
use crate::i18n::Strings;
use crate::model::{format_date_range, IsoDate, Section, Summary};

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
    /// Prefix of element ids, unique on the page.
    #[prop_or(AttrValue::Static("cs"))]
    pub id_prefix: AttrValue,
}

/// The whole widget: header, section tabs and one panel per section.
#[component]
pub fn ConferenceSummary(props: &ConferenceSummaryProps) -> Html {
    let selected = use_state_eq(|| props.section);
    let ui = Ui {
        strings: props.strings,
        id_prefix: props.id_prefix.clone(),
    };
    let summary = &props.summary;
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |section: Section| selected.set(section))
    };

    let panels = Section::ALL.into_iter().map(|section| {
        let content = match section {
            Section::Overview => html! { <Overview summary={summary.clone()} /> },
            Section::Quotes => {
                html! { <Quotes summary={summary.clone()} expanded={props.expanded} /> }
            }
            Section::Programme => html! { <Programme summary={summary.clone()} /> },
            Section::Participants => html! { <Participants summary={summary.clone()} /> },
            Section::Funders => html! { <Funders summary={summary.clone()} /> },
        };
        html! {
            <section
                class="cs-panel"
                part="panel"
                role="tabpanel"
                id={ui.id(&format!("panel-{}", section.id()))}
                aria-labelledby={ui.id(&format!("tab-{}", section.id()))}
                tabindex="0"
                hidden={section != *selected}
            >
                { content }
            </section>
        }
    });

    let headline_id = ui.id("headline");
    html! {
        <ContextProvider<Ui> context={ui.clone()}>
            <article class="cs" lang={summary.lang.clone()} aria-labelledby={headline_id.clone()}>
                <header class="cs-header">
                    <p class="cs-kicker" lang={ui.strings.lang}>{ ui.strings.widget_label }</p>
                    <h2 class="cs-headline" id={headline_id}>{ &summary.headline }</h2>
                    <p class="cs-meta">
                        <span>{ &summary.dateline.place }</span>
                        <span class="cs-meta-separator" aria-hidden="true">{ " · " }</span>
                        <ConferenceDates summary={summary.clone()} />
                    </p>
                </header>
                <Tabs selected={*selected} on_select={on_select} />
                { for panels }
                <footer class="cs-footer">
                    <span lang={ui.strings.lang}>{ ui.strings.source }{ ": " }</span>
                    <cite>{ &summary.source.title }</cite>
                    { ", " }{ &summary.dateline.place }{ ", " }
                    <IsoTime date={summary.source.date.clone()} lang={summary.lang.clone()} />
                </footer>
            </article>
        </ContextProvider<Ui>>
    }
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    summary: Rc<Summary>,
}

/// "20–21 September 2007".
#[component]
fn ConferenceDates(props: &SummaryProps) -> Html {
    let dates = &props.summary.dates;
    let (Some(start), Some(end)) = (
        IsoDate::parse(&dates.start.date),
        IsoDate::parse(&dates.end.date),
    ) else {
        return html! {};
    };
    // HTML has no datetime for a range of days: the element carries the first.
    html! {
        <time datetime={start.to_string()}>{ format_date_range(start, end, &props.summary.lang) }</time>
    }
}

/// Properties of [`IsoTime`].
#[derive(Properties, PartialEq)]
pub struct IsoTimeProps {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Language the date is written in.
    pub lang: String,
}

/// A `<time>` for one date, written the way the content's language writes it.
#[component]
pub fn IsoTime(props: &IsoTimeProps) -> Html {
    match IsoDate::parse(&props.date) {
        Some(date) => html! {
            <time datetime={date.to_string()}>{ format_date_range(date, date, &props.lang) }</time>
        },
        None => html! { { &props.date } },
    }
}
