//! The facts a summary has once: language, headline, place and dates, focus,
//! organiser, chair, and the source's title, date and address.

use yew::prelude::*;

use super::FormProps;
use crate::fields::{Field, Input};

/// The form of the summary's single facts.
#[component]
pub fn Facts(props: &FormProps) -> Html {
    let FormProps {
        summary,
        problems,
        edits,
    } = props;
    let field = |label: &'static str, path: &'static str, value: String, input: Input, on_input| {
        html! {
            <Field label={label} path={path} value={value} input={input}
                problems={problems.clone()} {on_input} />
        }
    };
    let dateline = &summary.dateline;
    let dates = &summary.dates;
    let chair = summary.chair.as_ref();
    html! {
        <fieldset class="form facts">
            <legend>{ "The event" }</legend>
            { field("Language of the content (BCP 47 tag, e.g. en, fr-CA, ja)", "lang",
                summary.lang.clone(), Input::Line, edits.text(|s, v| s.lang = v)) }
            { field("Headline", "headline", summary.headline.clone(), Input::Passage,
                edits.text(|s, v| s.headline = v)) }
            <div class="row">
                { field("Place (dateline)", "dateline.place", dateline.place.clone(), Input::Line,
                    edits.text(|s, v| s.dateline.place = v)) }
                { field("Date (dateline)", "dateline.date", dateline.date.clone(), Input::Date,
                    edits.text(|s, v| s.dateline.date = v)) }
                { field("Paragraph", "dateline.source", number(dateline.source), Input::Paragraph,
                    edits.number(|s, v| s.dateline.source = v)) }
            </div>
            <div class="row">
                { field("First day, as the release words it", "dates.start.text", dates.start.text.clone(), Input::Line,
                    edits.text(|s, v| s.dates.start.text = v)) }
                { field("Date", "dates.start.date", dates.start.date.clone(), Input::Date,
                    edits.text(|s, v| s.dates.start.date = v)) }
                { field("Paragraph", "dates.start.source", number(dates.start.source), Input::Paragraph,
                    edits.number(|s, v| s.dates.start.source = v)) }
            </div>
            <div class="row">
                { field("Last day, as the release words it", "dates.end.text", dates.end.text.clone(), Input::Line,
                    edits.text(|s, v| s.dates.end.text = v)) }
                { field("Date", "dates.end.date", dates.end.date.clone(), Input::Date,
                    edits.text(|s, v| s.dates.end.date = v)) }
                { field("Paragraph", "dates.end.source", number(dates.end.source), Input::Paragraph,
                    edits.number(|s, v| s.dates.end.source = v)) }
            </div>
            <div class="row">
                { field("Focus: what the event is about", "focus.text", summary.focus.text.clone(), Input::Passage,
                    edits.text(|s, v| s.focus.text = v)) }
                { field("Paragraph", "focus.source", number(summary.focus.source), Input::Paragraph,
                    edits.number(|s, v| s.focus.source = v)) }
            </div>
            <div class="row">
                { field("Organiser", "organiser.text", summary.organiser.text.clone(), Input::Line,
                    edits.text(|s, v| s.organiser.text = v)) }
                { field("Paragraph", "organiser.source", number(summary.organiser.source), Input::Paragraph,
                    edits.number(|s, v| s.organiser.source = v)) }
            </div>
            <div class="row">
                { field("Chairmanship a speaker spoke for (optional)", "chair.text",
                    chair.map(|chair| chair.text.clone()).unwrap_or_default(), Input::Line,
                    edits.text(|s, v| set_chair(s, |chair| chair.text = v))) }
                { field("Paragraph", "chair.source", chair.map(|chair| number(chair.source)).unwrap_or_default(),
                    Input::Paragraph, edits.number(|s, v| set_chair(s, |chair| chair.source = v))) }
            </div>
            <div class="row">
                { field("Source title", "source.title", summary.source.title.clone(), Input::Passage,
                    edits.text(|s, v| s.source.title = v)) }
                { field("Source date", "source.date", summary.source.date.clone(), Input::Date,
                    edits.text(|s, v| s.source.date = v)) }
            </div>
            { field("Where the release can be read (optional: https:, http: or mailto:)", "source.url",
                summary.source.url.clone().unwrap_or_default(), Input::Line,
                edits.text(|s, v| s.source.url = (!v.trim().is_empty()).then_some(v))) }
        </fieldset>
    }
}

/// A paragraph number as a field shows it: blank until one is set.
pub fn number(source: usize) -> String {
    if source == 0 {
        String::new()
    } else {
        source.to_string()
    }
}

/// Changes the optional chair; a chair left with neither text nor paragraph
/// is no chair.
fn set_chair(
    summary: &mut conference_summary::model::Summary,
    change: impl FnOnce(&mut conference_summary::model::Text),
) {
    let chair = summary.chair.get_or_insert_with(crate::editor::blank_text);
    change(chair);
    if chair.text.trim().is_empty() && chair.source == 0 {
        summary.chair = None;
    }
}
