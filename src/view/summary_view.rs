use std::rc::Rc;

use yew::prelude::*;

use super::dates::time_element;
use super::funders::funders;
use super::overview::overview;
use super::participants::participants;
use super::programme::programme;
use super::quotes::quotes;
use super::state::{Action, WidgetState};
use super::tabs::tabs;
use super::ui::Ui;
use crate::i18n::Strings;
use crate::model::{is_safe_link, text_direction, IsoDate, Section, Summary};

/// One render of a summary: what to show, in which state, and where the
/// reader's actions go. The state belongs to the caller.
pub struct SummaryView<'a> {
    /// The content to show; already validated.
    pub summary: &'a Rc<Summary>,
    /// Interface strings.
    pub strings: &'static Strings,
    /// Prefix of element ids, unique within the document or shadow root.
    pub id_prefix: AttrValue,
    /// The section shown and the quotes open.
    pub state: &'a WidgetState,
    /// Every panel with its content, not only the shown one: for print and
    /// for prerendered markup, which readers without JavaScript read whole.
    pub complete: bool,
    /// Gets what the reader does: a tab picked, a quote opened or closed.
    pub on_action: Callback<Action>,
}

/// The whole widget: header, section tabs, the shown panel and the footer.
///
/// Every section has its panel element, so that each tab controls one, but
/// only the shown panel has content (all of them when `complete`): a page
/// with many widgets builds a fifth of the nodes.
pub fn summary_view(view: SummaryView) -> Html {
    let SummaryView {
        summary,
        strings,
        id_prefix,
        state,
        complete,
        on_action,
    } = view;
    let ui = Ui {
        strings,
        id_prefix,
        content_dir: text_direction(&summary.lang),
        open_sources: state.open_sources.clone(),
        on_action,
    };
    let sections = summary.sections();
    let selected = state.section.shown_among(&sections);

    let panels = sections.iter().copied().map(|section| {
        let shown = section == selected;
        let content = (shown || complete).then(|| match section {
            Section::Overview => overview(summary, &ui),
            Section::Quotes => quotes(summary, &ui, &state.open),
            Section::Programme => programme(summary, &ui),
            Section::Participants => participants(summary, &ui),
            Section::Funders => funders(summary, &ui),
        });
        html! {
            <section
                class="cs-panel"
                part="panel"
                role="tabpanel"
                id={ui.id(&format!("panel-{}", section.id()))}
                aria-labelledby={ui.id(&format!("tab-{}", section.id()))}
                tabindex="0"
                hidden={!shown}
            >
                if let Some(content) = content {
                    // On screen the tab names the panel; in print, and without
                    // JavaScript, the panels stand one after another under these.
                    <h3 class="cs-panel-heading" lang={ui.strings.lang} dir={ui.strings.dir()}>{ ui.strings.section_name(section) }</h3>
                    { content }
                }
            </section>
        }
    });

    let headline_id = ui.id("headline");
    html! {
        // A new summary starts afresh: no element, and no source paragraph
        // left open, carries over from the last one.
        <article key={Rc::as_ptr(summary) as usize} class="cs" lang={summary.lang.clone()} dir={ui.content_dir} aria-labelledby={headline_id.clone()}>
            <header class="cs-header">
                <p class="cs-kicker" lang={ui.strings.lang} dir={ui.strings.dir()}>{ ui.strings.widget_label }</p>
                <h2 class="cs-headline" id={headline_id}>{ &summary.headline }</h2>
                <p class="cs-meta">
                    <span>{ &summary.dateline.place }</span>
                    <span class="cs-meta-separator" aria-hidden="true">{ " · " }</span>
                    { conference_dates(summary) }
                </p>
            </header>
            { tabs(&ui, &sections, selected) }
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
