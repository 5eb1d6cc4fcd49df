//! The types of a summary. Field names are the JSON keys.

#[cfg(feature = "native")]
use serde::{Deserialize, Serialize};

use super::section::Section;

/// A summary of one conference, written from one source text.
///
/// Every item points at the paragraph of [`Source::paragraphs`] it was taken
/// from, so that a reader can check it and [`crate::validate`] can
/// prove that the item's words are really there.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct Summary {
    /// Language of the content (BCP 47), for example `en`.
    pub lang: String,
    /// The headline the summary is shown under.
    pub headline: String,
    /// Where and when the source was issued.
    pub dateline: Dateline,
    /// First and last day of the conference.
    pub dates: EventDates,
    /// What the conference is about, in one phrase.
    pub focus: Text,
    /// What the conference sets out to do.
    pub aims: Vec<Text>,
    /// The groups of people taking part.
    pub participants: Vec<Text>,
    /// The people quoted.
    pub speakers: Vec<Speaker>,
    /// The conference programme, one entry a day.
    pub programme: Vec<Day>,
    /// Quoted and paraphrased passages, in the order of the source.
    pub quotes: Vec<Quote>,
    /// Who organised the conference.
    pub organiser: Text,
    /// The chairmanship on whose behalf a speaker spoke, if any.
    #[cfg_attr(
        feature = "native",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub chair: Option<Text>,
    /// Who funded the conference.
    pub funders: Vec<Text>,
    /// The text the summary was written from.
    pub source: Source,
}

/// A short piece of content and the paragraph it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct Text {
    /// The words shown; each of them occurs in the source paragraph.
    pub text: String,
    /// 1-based number of the source paragraph.
    pub source: usize,
}

/// Place and date of the source's dateline.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct Dateline {
    /// The place, as the source names it.
    pub place: String,
    /// The date, `YYYY-MM-DD`.
    pub date: String,
    /// 1-based number of the source paragraph.
    pub source: usize,
}

/// A day of the conference: a machine-readable date and the words the
/// source uses for it ("Friday, the final day of the conference").
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct EventDate {
    /// The date, `YYYY-MM-DD`.
    pub date: String,
    /// How the source refers to that day.
    pub text: String,
    /// 1-based number of the source paragraph.
    pub source: usize,
}

/// First and last day of the conference.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct EventDates {
    /// The opening day.
    pub start: EventDate,
    /// The final day.
    pub end: EventDate,
}

/// A person quoted in the summary.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct Speaker {
    /// Identifier that quotes refer to: lower case letters, digits and `-`.
    pub id: String,
    /// Full name, as the source gives it.
    pub name: String,
    /// Role, as the source gives it.
    pub role: String,
    /// 1-based number of the paragraph that names the speaker and role.
    pub source: usize,
}

/// One day of the programme.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct Day {
    /// Which day.
    pub date: EventDate,
    /// What happens that day.
    pub items: Vec<Text>,
}

/// Whether a passage is the speaker's own words or the source's report of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(rename_all = "lowercase"))]
pub enum QuoteKind {
    /// Words inside quotation marks in the source.
    Quote,
    /// The source's account of what the speaker said ("…, added Carty").
    Paraphrase,
}

/// A passage attributed to a speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct Quote {
    /// Identifier, unique among quotes: lower case letters, digits and `-`.
    pub id: String,
    /// The [`Speaker::id`] of who said it.
    pub speaker: String,
    /// Quote or paraphrase.
    pub kind: QuoteKind,
    /// The passage, verbatim from the source paragraph.
    pub text: String,
    /// 1-based number of the source paragraph.
    pub source: usize,
}

/// The text the summary was written from.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct Source {
    /// Its title.
    pub title: String,
    /// Its date, `YYYY-MM-DD`.
    pub date: String,
    /// Where it can be read: an `https:`, `http:` or `mailto:` URL.
    #[cfg_attr(
        feature = "native",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub url: Option<String>,
    /// Its body, one string a paragraph; items refer to them from 1.
    pub paragraphs: Vec<String>,
}

impl Summary {
    /// The sections that have something to show, in tab order. Overview and
    /// funders always do (focus and organiser are required); an author who
    /// leaves out quotes, programme or participants gets no empty tab.
    pub fn sections(&self) -> Vec<Section> {
        Section::ALL
            .into_iter()
            .filter(|section| match section {
                Section::Quotes => !self.quotes.is_empty(),
                Section::Programme => !self.programme.is_empty(),
                Section::Participants => !self.participants.is_empty() || !self.speakers.is_empty(),
                Section::Overview | Section::Funders => true,
            })
            .collect()
    }

    /// The speaker with this id.
    pub fn speaker(&self, id: &str) -> Option<&Speaker> {
        self.speakers.iter().find(|speaker| speaker.id == id)
    }

    /// The text of source paragraph `number` (1-based).
    pub fn paragraph(&self, number: usize) -> Option<&str> {
        number
            .checked_sub(1)
            .and_then(|index| self.source.paragraphs.get(index))
            .map(String::as_str)
    }
}
