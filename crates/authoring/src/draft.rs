//! Drafts a summary from a press release's plain text, for an editor to
//! finish: what the release states in the genre's usual phrases becomes
//! items that cite their paragraph; what it does not is listed as missing.
//!
//! Plain Rust, no file system and no browser, so that the same code runs in
//! the `draft` command and in a page through WebAssembly.
//!
//! ```
//! use conference_summary_authoring::draft::draft;
//!
//! let release = "Forum opens\n\nTALLINN, 3 March 2025 – A forum on online safety opened in Tallinn today.";
//! let draft = draft(release);
//! assert_eq!(draft.summary.dateline.date, "2025-03-03");
//! assert_eq!(draft.summary.dates.end.date, "", "left blank");
//! assert!(draft.missing.iter().any(|missing| missing.path == "dates.end"));
//! ```

mod attribution;
mod attribution_before;
mod attribution_roles;
mod backers;
mod build;
mod colon_speakers;
mod cues;
mod dateline;
mod days;
mod event_owners;
mod facts;
mod focus;
mod focus_words;
mod full_names;
mod funder_clauses;
mod funders;
mod given_names;
#[cfg(test)]
mod growth;
mod list_names;
mod lists;
mod marks;
mod mentions;
mod message;
mod name_context;
mod names;
mod organiser_bodies;
mod organiser_clauses;
mod organiser_gatherings;
mod organiser_names;
#[cfg(test)]
mod organiser_phrasings;
mod organiser_subjects;
mod organiser_title;
mod paragraphs;
mod participant_lists;
mod participants;
mod passages;
mod people;
mod programme;
#[cfg(test)]
mod quote_phrasings;
mod quotes;
mod role_holders;
mod role_words;
mod schedule;
mod span;
#[cfg(test)]
mod speaker_phrasings;
mod titles;
mod when;
mod work;

use conference_summary_model::{Dateline, Json, Summary};

use build::Builder;

/// A draft summary made from a press release.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// The summary, holding what the release states; anything the draft
    /// could not determine is left blank (`FormatValue::blank`), for the
    /// editor to fill.
    pub summary: Summary,
    /// What the editor must still fill in or check, in document order.
    pub missing: Vec<Missing>,
    /// Where in the paragraphs each found item stands, for highlighting.
    pub findings: Vec<Finding>,
}

/// Something the draft could not determine.
#[derive(Debug, Clone, PartialEq)]
pub struct Missing {
    /// The JSON path to fill in, e.g. `dates.end` or `quotes[3].speaker`.
    pub path: String,
    /// What to fill in, in plain English.
    pub message: String,
}

/// A found item's place in a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// 1-based paragraph number, as `source` fields count.
    pub paragraph: usize,
    /// Start of the byte range in `source.paragraphs[paragraph - 1]`.
    pub start: usize,
    /// End of the byte range (exclusive).
    pub end: usize,
    /// The JSON path of the value it became, e.g. `quotes[0].text`.
    pub path: String,
}

impl Draft {
    /// The summary as JSON text, indented by two spaces, in the format's
    /// order, the blanks left out: only what the release states.
    pub fn to_json(&self) -> String {
        without_blanks(self.summary.to_json())
            .unwrap_or(Json::Object(Vec::new()))
            .to_pretty()
    }
}

/// Drafts a summary of the press release `release`: its first non-blank line
/// is the title, the rest its paragraphs (separated by blank lines, or one a
/// line when there are none). Never panics, whatever the text.
pub fn draft(release: &str) -> Draft {
    let document = paragraphs::split(release);
    let paragraphs = &document.paragraphs;
    let dateline = paragraphs
        .first()
        .and_then(|first| dateline::dateline(first));
    let quotes = quotes::find(paragraphs);
    // Without a dateline, the first full date still dates the event's days
    // and bounds its focus.
    let first_date = dateline
        .is_none()
        .then(|| dateline::first_date(paragraphs))
        .flatten();
    let facts = facts::find(
        paragraphs,
        &quotes,
        dateline.as_ref().or(first_date.as_ref()),
    );
    let spoken = facts::spoken(paragraphs, &quotes);
    let programme = programme::find(
        paragraphs,
        dateline.as_ref().or(first_date.as_ref()),
        &spoken,
    );

    let mut out = Builder::new(paragraphs);
    if is_english(paragraphs) {
        out.summary.lang = "en".to_string();
    } else {
        out.miss("lang", "the release does not read as English: fill in its language tag, such as \"fr\" or \"de\"");
    }
    match &document.title {
        Some(title) => out.summary.headline = title.clone(),
        None => out.miss("headline", "the release is empty: fill in a headline"),
    }
    match &dateline {
        Some(found) => {
            out.find("dateline.place", found.place);
            out.summary.dateline = Dateline {
                place: found.place_text.clone(),
                date: found.date.to_string(),
                source: found.place.paragraph.number(),
            };
        }
        None => out.miss(
            "dateline",
            "no dateline (\"PLACE, 20 September 2007 - …\") opens the first paragraph: fill in place, date and source",
        ),
    }
    out.dates(&programme);
    match facts.focus {
        Some(focus) => out.summary.focus = out.text("focus", focus),
        None => out.miss("focus", "no phrase says what the event is about (\"a workshop on …\", \"focused on …\", \"dedicated to …\", \"aimed at …\", \"to discuss …\", \"… is the focus of …\"): fill it in, in the release's words"),
    }
    out.summary.aims = out.texts("aims", &facts.aims);
    out.summary.participants = out.texts("participants", &facts.participants);
    let speaker_ids = out.speakers(&quotes);
    out.programme(&programme);
    out.quotes(&quotes, &speaker_ids);
    // Where no sentence names the organiser, the title's subject may.
    let organiser = facts.organiser.or_else(|| {
        document
            .title
            .as_deref()
            .and_then(|title| organiser_title::from_title(title, paragraphs))
            .or_else(|| {
                let from = dateline.as_ref().map_or(0, |found| found.body);
                organiser_title::from_opening_subject(paragraphs, from)
            })
            .filter(|found| {
                let written = found
                    .paragraph
                    .of(paragraphs)
                    .and_then(|text| text.get(found.start..found.end));
                !written.is_some_and(organiser_names::names_a_day_or_week)
            })
    });
    let organiser = organiser.map(|mut organiser| {
        if let Some(written) = organiser
            .paragraph
            .of(paragraphs)
            .and_then(|text| text.get(organiser.start..organiser.end))
        {
            organiser.end = organiser.start + backers::body_alone(written).len();
            organiser.start += backers::head_of_body(written);
        }
        organiser
    });
    match organiser {
        Some(organiser) => out.summary.organiser = out.text("organiser", organiser),
        None => out.miss(
            "organiser",
            "no organiser named (\"organised/hosted/convened by …\", or \"… held/hosted a workshop\"): fill in who organised the event",
        ),
    }
    if let Some(chair) = facts.chair {
        out.summary.chair = Some(out.text("chair", chair));
    }
    out.summary.funders = out.texts("funders", &facts.funders);
    out.source(
        document.title.as_deref(),
        dateline.as_ref().map(|found| found.date),
    );
    out.finish()
}

/// Whether the paragraphs read as English: enough of its commonest words.
fn is_english(paragraphs: &[String]) -> bool {
    const COMMON: [&str; 16] = [
        "the", "and", "of", "to", "in", "is", "a", "for", "on", "with", "that", "by", "are",
        "will", "be", "from",
    ];
    let mut words = 0usize;
    let mut common = 0usize;
    for paragraph in paragraphs {
        for word in paragraph
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            words += 1;
            if COMMON.contains(&word.to_lowercase().as_str()) {
                common += 1;
            }
        }
    }
    common >= 3 && common * 100 >= words * 12
}

/// `json` without its blanks: empty strings, paragraph 0 and the objects
/// left empty by them; `None` when nothing is left. Lists stay, even empty:
/// an empty list says the release has none.
fn without_blanks(json: Json) -> Option<Json> {
    match json {
        Json::String(text) if text.is_empty() => None,
        Json::Number(0.0) => None,
        Json::Object(members) => {
            let kept: Vec<(String, Json)> = members
                .into_iter()
                .filter_map(|(key, value)| Some((key, without_blanks(value)?)))
                .collect();
            (!kept.is_empty()).then_some(Json::Object(kept))
        }
        Json::Array(items) => Some(Json::Array(
            items.into_iter().filter_map(without_blanks).collect(),
        )),
        other => Some(other),
    }
}
