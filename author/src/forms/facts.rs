//! The facts a summary has once: language, headline, place and dates, focus,
//! organiser, chair, and the source's title, date and address.

use conference_summary::model::FormatValue;
use yew::prelude::*;

use super::{event_date_row, paragraph_number, text_fields, FormProps};
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
                { field("Paragraph", "dateline.source", paragraph_number(dateline.source), Input::Paragraph,
                    edits.number(|s, v| s.dateline.source = v)) }
            </div>
            { event_date_row("First day, as the release words it".into(), "dates.start", &dates.start,
                problems, edits, |s| Some(&mut s.dates.start)) }
            { event_date_row("Last day, as the release words it".into(), "dates.end", &dates.end,
                problems, edits, |s| Some(&mut s.dates.end)) }
            <div class="row">
                { text_fields("Focus: what the event is about".into(), "focus", &summary.focus,
                    Input::Passage, problems, edits, |s| Some(&mut s.focus)) }
            </div>
            <div class="row">
                { text_fields("Organiser".into(), "organiser", &summary.organiser,
                    Input::Line, problems, edits, |s| Some(&mut s.organiser)) }
            </div>
            <div class="row">
                { field("Chairmanship a speaker spoke for (optional)", "chair.text",
                    chair.map(|chair| chair.text.clone()).unwrap_or_default(), Input::Line,
                    edits.text(|s, v| set_chair(s, |chair| chair.text = v))) }
                { field("Paragraph", "chair.source", chair.map(|chair| paragraph_number(chair.source)).unwrap_or_default(),
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

/// Changes the optional chair; a chair left with neither text nor paragraph
/// is no chair.
fn set_chair(
    summary: &mut conference_summary::model::Summary,
    change: impl FnOnce(&mut conference_summary::model::Text),
) {
    let chair = summary.chair.get_or_insert_with(FormatValue::blank);
    change(chair);
    if chair.text.trim().is_empty() && chair.source == 0 {
        summary.chair = None;
    }
}
