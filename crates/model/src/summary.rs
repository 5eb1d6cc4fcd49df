//! The summary format, declared once ([`records!`](crate::records)): each
//! field's name, type, shape and meaning. The Rust types below, the shape
//! check, the JSON Schema, the reader, the writer and the blanks an author
//! fills are all generated from this declaration.

use crate::json::Json;
use crate::record::FormatValue;
use crate::section::Section;
use crate::shape::Shape;

crate::records! {
    /// A summary of one conference, written from one source text.
    ///
    /// Every item points at the paragraph of [`Source::paragraphs`] it was
    /// taken from, so that a reader can check it and
    /// [`validate_with`](crate::validate_with) can prove that the item's
    /// words are really there.
    pub struct Summary as "summary" {
        /// Where this format's JSON Schema is, for editors; the widget does not read it.
        #[key = "$schema"]
        pub schema: Option<String>,
        /// The version of the format the document is written in, MAJOR.MINOR; 1.0 when absent. A newer minor version only adds optional fields, which older widgets ignore.
        pub format: Option<String> => Format,
        /// Language of the content, a BCP 47 tag such as en or fr-CA.
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
        /// The programme, one entry a day.
        pub programme: Vec<Day>,
        /// Quoted and paraphrased passages, in the order of the source.
        pub quotes: Vec<Quote>,
        /// Who organised the conference.
        pub organiser: Text,
        /// The chairmanship on whose behalf a speaker spoke.
        pub chair: Option<Text>,
        /// Who funded the conference.
        pub funders: Vec<Text>,
        /// The text the summary was written from.
        pub source: Source,
    }

    /// Words from the source and the paragraph they come from.
    pub struct Text as "citedText" {
        /// The words shown; every one of them stands in the source paragraph.
        pub text: String,
        /// Number of the source paragraph it comes from, counting from 1.
        pub source: usize,
    }

    /// Place and date of the source's dateline.
    pub struct Dateline as "dateline" {
        /// The place, as the source names it.
        pub place: String,
        /// The date, YYYY-MM-DD.
        pub date: String => Date,
        /// Number of the source paragraph it comes from, counting from 1.
        pub source: usize,
    }

    /// A day of the conference: a machine-readable date and the words the
    /// source uses for it ("Friday, the final day of the conference").
    pub struct EventDate as "eventDate" {
        /// The day, YYYY-MM-DD.
        pub date: String => Date,
        /// How the source refers to that day.
        pub text: String,
        /// Number of the source paragraph it comes from, counting from 1.
        pub source: usize,
    }

    /// First and last day of the conference.
    pub struct EventDates as "dates" {
        /// The opening day.
        pub start: EventDate,
        /// The final day.
        pub end: EventDate,
    }

    /// A person quoted in the summary.
    pub struct Speaker as "speaker" {
        /// Identifier quotes refer to.
        pub id: String => Id,
        /// Full name, as the source gives it.
        pub name: String,
        /// Role, as the source gives it.
        pub role: String,
        /// Number of the source paragraph it comes from, counting from 1.
        pub source: usize,
    }

    /// One day of the programme.
    pub struct Day as "day" {
        /// Which day.
        pub date: EventDate,
        /// What happens that day.
        pub items: Vec<Text>,
    }

    /// A passage attributed to a speaker.
    pub struct Quote as "quote" {
        /// Identifier, unique among quotes; deep links use it.
        pub id: String => Id,
        /// The id of the speaker who said it.
        pub speaker: String => Id,
        /// quote: words in quotation marks in the source, verbatim; paraphrase: the source's account of what was said.
        pub kind: QuoteKind,
        /// The passage; a quote must stand letter for letter in its paragraph.
        pub text: String,
        /// Number of the source paragraph it comes from, counting from 1.
        pub source: usize,
    }

    /// The text the summary was written from.
    pub struct Source as "source" {
        /// The source's title.
        pub title: String,
        /// The source's date, YYYY-MM-DD.
        pub date: String => Date,
        /// Where the source can be read: an https, http or mailto URL.
        pub url: Option<String> => Url,
        /// The source's body, one string a paragraph; items refer to them from 1.
        pub paragraphs: Vec<String>,
    }
}

/// Whether a passage is the speaker's own words or the source's report of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteKind {
    /// Words inside quotation marks in the source.
    Quote,
    /// The source's account of what the speaker said ("…, added Carty").
    Paraphrase,
}

impl QuoteKind {
    /// Every kind, in the order of [`QuoteKind::NAMES`].
    pub const ALL: [QuoteKind; 2] = [QuoteKind::Quote, QuoteKind::Paraphrase];
    /// How the format writes each kind.
    pub const NAMES: [&'static str; 2] = ["quote", "paraphrase"];

    /// How the format writes this kind.
    pub fn name(self) -> &'static str {
        QuoteKind::NAMES[self as usize]
    }
}

impl FormatValue for QuoteKind {
    const SHAPE: &'static Shape = &Shape::OneOf(&QuoteKind::NAMES);

    fn read(json: Option<&Json>) -> Self {
        QuoteKind::ALL
            .into_iter()
            .find(|kind| matches!(json, Some(Json::String(name)) if name == kind.name()))
            .unwrap_or(QuoteKind::Quote)
    }

    fn write(&self) -> Option<Json> {
        Some(Json::String(self.name().to_string()))
    }

    fn blank() -> Self {
        QuoteKind::Quote
    }
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
